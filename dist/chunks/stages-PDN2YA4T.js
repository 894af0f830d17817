import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  resolveStages
} from "./chunk-3TMVNOLU.js";
import {
  parseArgs,
  single
} from "./chunk-2SB756AK.js";
import {
  loadConfig
} from "./chunk-VICPL5UC.js";
import "./chunk-EOVICWZV.js";
import "./chunk-QLQXVRPB.js";
import "./chunk-SDDO5NTP.js";
import "./chunk-2MNOM6DJ.js";
import "./chunk-H2IB2YTE.js";
import "./chunk-2UI3WGIA.js";
import "./chunk-FZFFK2CV.js";
import {
  PipelineEnvironment
} from "./chunk-KAYBFQZT.js";
import "./chunk-4IZ6AG3E.js";

// lib/cli/commands/stages.ts
var STAGES_HELP = `Usage: ferry stages [--config FILE] [--json]

Lists each stage (ferry's and those declared in .pipeline/config.yml), each step in it,
whether it is active and why.
`;
var stagesCommand = async (args, io) => {
  const parsed = parseArgs(args, { booleans: /* @__PURE__ */ new Set(["json", "help"]) });
  if (parsed.flags.has("help")) {
    io.stdout.write(STAGES_HELP);
    return 0;
  }
  const config = await loadConfig({ workspace: io.cwd, configFile: single(parsed, "config") });
  const env = await PipelineEnvironment.load(io.cwd);
  const stages = resolveStages({ config, env, workspace: io.cwd, log: io.log });
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
