import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  STAGES
} from "./chunk-LEENYKK7.js";
import {
  parseArgs,
  single
} from "./chunk-4GNQGUOS.js";
import {
  createConfigReporter,
  loadConfig,
  logWarnings,
  resolveStages
} from "./chunk-AO3DAJSI.js";
import {
  catalog
} from "./chunk-VYWMYPA6.js";
import "./chunk-IKWUVRQU.js";
import "./chunk-S6FS6OU5.js";
import "./chunk-QWGMBWEH.js";
import "./chunk-XZBLILYS.js";
import "./chunk-ZEJSRW3S.js";
import {
  PipelineEnvironment
} from "./chunk-JM2OKKD7.js";
import "./chunk-JV4SPRKX.js";
import "./chunk-YY2QXDXW.js";
import "./chunk-YIYXQXTP.js";
import "./chunk-H6UICYKR.js";

// lib/cli/commands/stages.ts
var STAGES_HELP = `Usage: ferry stages [--config FILE] [--json] [--strict]

Lists each stage (ferry's and those declared in .pipeline/config.yml), each step in it,
whether it is active and why. Configuration warnings are errors with --strict (exit 2).
`;
var stagesCommand = async (args, io) => {
  const parsed = parseArgs(args, {
    values: /* @__PURE__ */ new Set(["config"]),
    booleans: /* @__PURE__ */ new Set(["json", "help", "strict", "verbose"]),
    command: "stages"
  });
  if (parsed.flags.has("help")) {
    io.stdout.write(STAGES_HELP);
    return 0;
  }
  const config = await loadConfig({ workspace: io.cwd, configFile: single(parsed, "config") });
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
  STAGES_HELP,
  stagesCommand
};
