const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  STAGES
} from "./chunk-HNBCAF7I.js";
import {
  closedOptions,
  parseArgs,
  single,
  unexpectedArgument
} from "./chunk-6AIOAQ5K.js";
import {
  createConfigReporter,
  loadConfig,
  logWarnings,
  resolveStages
} from "./chunk-I22EZAHI.js";
import {
  catalog
} from "./chunk-YPI3CE7V.js";
import {
  PipelineEnvironment
} from "./chunk-6QWMKVMJ.js";
import "./chunk-55K4AF6Q.js";
import "./chunk-YG2JLHQD.js";
import "./chunk-CYNXPD3H.js";
import "./chunk-F7STDRLI.js";
import "./chunk-SA635VBW.js";
import "./chunk-TCHB576X.js";
import "./chunk-YZFBVT3Z.js";
import "./chunk-4EWSLH6K.js";
import "./chunk-TMQRFWOI.js";
import "./chunk-FJHZMGUF.js";
import "./chunk-ZTYGLEFB.js";

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
