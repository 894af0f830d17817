import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  createVaultOpener,
  failureMessage,
  runStage,
  runStep
} from "./chunk-OZLU6MBB.js";
import {
  booleanNames,
  paramFlags
} from "./chunk-5HCEMSFB.js";
import "./chunk-3TMVNOLU.js";
import {
  parseArgs,
  single
} from "./chunk-2SB756AK.js";
import "./chunk-VICPL5UC.js";
import {
  requireStep,
  stepList
} from "./chunk-EOVICWZV.js";
import "./chunk-QLQXVRPB.js";
import "./chunk-SDDO5NTP.js";
import "./chunk-2MNOM6DJ.js";
import "./chunk-H2IB2YTE.js";
import "./chunk-2UI3WGIA.js";
import "./chunk-FZFFK2CV.js";
import "./chunk-KAYBFQZT.js";
import {
  UsageError,
  exitCodeOf
} from "./chunk-4IZ6AG3E.js";

// lib/cli/commands/help.ts
function formatDefault(spec) {
  if (spec.default === void 0) return "";
  return typeof spec.default === "string" ? spec.default : JSON.stringify(spec.default);
}
function stepHelp(step) {
  const lines = [
    `Usage: ferry run ${step.name} [--PARAM VALUE \u2026] [--stage STAGE]`,
    "",
    step.description,
    "",
    "Parameters:"
  ];
  for (const [name, spec] of Object.entries(step.params)) {
    const bits = [spec.type];
    const def = formatDefault(spec);
    if (def) bits.push(`default ${def}`);
    if (spec.mandatory) bits.push("mandatory");
    if (spec.secret) bits.push("secret");
    lines.push(`  --${name} (${bits.join(", ")})`, `      ${spec.description}`);
  }
  if (step.aliases?.length) lines.push("", `Also known as: ${step.aliases.map((a) => a.name).join(", ")}`);
  return `${lines.join("\n")}
`;
}

// lib/cli/commands/run.ts
var RESERVED = /* @__PURE__ */ new Set(["stage", "config", "help", "verbose"]);
var RUN_HELP = `Usage:
  ferry run STEP [--PARAM VALUE \u2026] [--stage STAGE] [--config FILE]
  ferry run --stage STAGE [--PARAM VALUE \u2026] [--config FILE]

Runs one step, or every active step of a stage, with parameters resolved from
.pipeline/config.yml, the pipeline environment, FERRY_/PIPER_ variables, flags and Vault.
Exit 0 on success, 1 when a step fails, 2 for a usage or configuration error.
`;
function report(io, result) {
  const summary = result.summary.markdown().trim();
  if (summary) io.stdout.write(`
${summary}
`);
  for (const outcome of result.outcomes) {
    if (outcome.status === "failed") io.log.error(failureMessage(outcome));
  }
  return result.error === void 0 ? 0 : exitCodeOf(result.error);
}
var runCommand = async (args, io) => {
  const stepName = args[0] !== void 0 && !args[0].startsWith("-") ? args[0] : void 0;
  const found = stepName ? requireStep(stepName) : void 0;
  const parsed = parseArgs(stepName ? args.slice(1) : args, {
    booleans: /* @__PURE__ */ new Set([...booleanNames(found ? [found.step] : stepList), "help", "verbose"])
  });
  if (parsed.flags.has("help")) {
    io.stdout.write(found ? stepHelp(found.step) : RUN_HELP);
    return 0;
  }
  if (parsed.positionals.length > 0) {
    throw new UsageError(`Unexpected argument '${parsed.positionals[0]}'.

${RUN_HELP}`);
  }
  const stage = single(parsed, "stage");
  const common = {
    workspace: io.cwd,
    configFile: single(parsed, "config"),
    flags: paramFlags(parsed, RESERVED),
    vars: io.env,
    log: io.log,
    signal: io.signal,
    openVault: createVaultOpener({ vars: io.env, log: io.log })
  };
  if (stepName) return report(io, await runStep(stepName, { ...common, stage }));
  if (!stage)
    throw new UsageError(
      `Name a step or a stage: ferry run STEP, or ferry run --stage STAGE.

${RUN_HELP}`
    );
  return report(io, await runStage(stage, common));
};
export {
  RUN_HELP,
  runCommand
};
