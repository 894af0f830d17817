import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  STAGES
} from "./chunk-LEENYKK7.js";
import {
  closedOptions,
  parseArgs,
  single,
  unexpectedArgument
} from "./chunk-T74UJO5A.js";
import {
  createConfigReporter,
  loadConfig,
  logWarnings,
  resolveStages
} from "./chunk-GM5N4YEP.js";
import {
  catalog
} from "./chunk-JN4R4JTD.js";
import {
  PipelineEnvironment
} from "./chunk-OFVKT6U7.js";
import "./chunk-XGLPXUUA.js";
import "./chunk-MNQIVAF5.js";
import "./chunk-6SR5I5XD.js";
import "./chunk-SRMTCHKY.js";
import "./chunk-TA265BSQ.js";
import "./chunk-WOKTHJJR.js";
import "./chunk-XZBLILYS.js";
import "./chunk-ZEJSRW3S.js";
import "./chunk-4EXIJ2BJ.js";
import "./chunk-VEM4P3BU.js";
import "./chunk-5CXBWRR3.js";

// lib/cli/commands/stages.ts
var STAGES_HELP = `Usage: ferry stages [--config FILE] [--json] [--strict]

Lists each stage (ferry's and those declared in .pipeline/config.yml), each step in it,
whether it is active and why. Configuration warnings are errors with --strict.

Exit status: 0 printed, 2 bad usage or a configuration error.
`;
var STAGES_FLAGS = { values: ["config"], booleans: ["json", "strict"] };
var stagesCommand = async (args, io) => {
  const parsed = parseArgs(args, closedOptions(STAGES_FLAGS, "stages"));
  if (parsed.flags.has("help")) {
    io.stdout.write(STAGES_HELP);
    return 0;
  }
  const [extra] = parsed.positionals;
  if (extra !== void 0) throw unexpectedArgument(extra, "stages");
  const config = await loadConfig({
    workspace: io.cwd,
    configFile: single(parsed, "config"),
    vars: io.env,
    addSecret: (value) => io.log.addSecret(value)
  });
  const env = await PipelineEnvironment.load(io.cwd);
  const stages = resolveStages({
    catalog,
    definitions: STAGES,
    config,
    env,
    workspace: io.cwd,
    log: io.log,
    reporter: createConfigReporter({ strict: parsed.flags.has("strict"), onWarning: logWarnings(io.log) })
  });
  if (parsed.flags.has("json")) {
    io.stdout.write(`${JSON.stringify(stages, null, 2)}
`);
    return 0;
  }
  for (const stage of stages) {
    io.stdout.write(`${stage.name}${stage.userDefined ? " (user stage)" : ""}
`);
    if (stage.steps.length === 0) io.stdout.write("  (no steps)\n");
    for (const step of stage.steps) {
      const label = step.presets && Object.keys(step.presets).length > 0 ? `${step.name} (${Object.entries(step.presets).map(([k, v]) => `${k}: ${String(v)}`).join(", ")})` : step.name;
      io.stdout.write(`  ${step.active ? "active  " : "inactive"}  ${label}: ${step.reason}
`);
    }
  }
  return 0;
};
export {
  STAGES_FLAGS,
  STAGES_HELP,
  stagesCommand
};
