const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  say
} from "./chunk-CXIF5CUK.js";
import {
  createVaultOpener,
  failureMessage,
  runStage,
  runStep
} from "./chunk-4AXQKOEB.js";
import "./chunk-MFJDS4RC.js";
import "./chunk-MXX67E6I.js";
import {
  paramFlags,
  reservedNames,
  stepHelp,
  stepParseOptions
} from "./chunk-RIDB2CGU.js";
import {
  STAGES
} from "./chunk-HNBCAF7I.js";
import {
  parseArgs,
  single,
  unexpectedArgument
} from "./chunk-6AIOAQ5K.js";
import {
  ciStageName
} from "./chunk-I22EZAHI.js";
import {
  catalog
} from "./chunk-YPI3CE7V.js";
import "./chunk-6QWMKVMJ.js";
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
import {
  UsageError,
  exitCodeOf
} from "./chunk-ZTYGLEFB.js";

// lib/cli/commands/run.ts
var RUN_FLAGS = { values: ["stage", "config"], booleans: ["strict"] };
var RESERVED = reservedNames(RUN_FLAGS);
var RUN_HELP = `Usage:
  ferry run STEP [--PARAM VALUE \u2026] [--stage STAGE] [--config FILE] [--strict]
  ferry run --stage STAGE [--PARAM VALUE \u2026] [--config FILE] [--strict]

Runs one step, or every active step of a stage, with parameters resolved from
.pipeline/config.yml, the pipeline environment, FERRY_/PIPER_ variables, flags and Vault.
On GitHub Actions a single step runs in the stage named by the job id (GITHUB_JOB)
unless --stage is given. Configuration warnings (unknown keys, Piper parameters ferry
does not implement) are errors with --strict. Step parameters: ferry run STEP --help.

Exit status: 0 success, 1 a step failed, 2 bad usage or a configuration error,
130/143 cancelled by SIGINT/SIGTERM.
`;
function plainSummary(blocks) {
  const out = [];
  for (const block of blocks) {
    if (block.line !== void 0) {
      out.push(block.line);
      continue;
    }
    const rows = block.rows ?? [];
    if (block.heading) out.push(`${block.heading}:`);
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    if (columns.length === 0) continue;
    const table = [columns, ...rows.map((r) => columns.map((c) => r[c] ?? ""))];
    const widths = columns.map((_, i) => Math.max(...table.map((cells) => (cells[i] ?? "").length)));
    for (const cells of table)
      out.push(`  ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ")}`.trimEnd());
  }
  return out.join("\n");
}
function report(io, result) {
  const summary = plainSummary(result.summary.blocks).trim();
  if (summary) io.stdout.write(`
${summary}
`);
  for (const outcome of result.outcomes) {
    if (outcome.status === "failed") say(io, "run", failureMessage(outcome));
  }
  return result.error === void 0 ? 0 : exitCodeOf(result.error);
}
var runCommand = async (args, io) => {
  const stepName = args[0] !== void 0 && !args[0].startsWith("-") ? args[0] : void 0;
  const found = stepName ? catalog.require(stepName) : void 0;
  const command = found ? `run ${found.step.name}` : "run";
  const parsed = parseArgs(
    stepName ? args.slice(1) : args,
    stepParseOptions(found ? [found.step] : catalog.list(), RUN_FLAGS, command)
  );
  if (parsed.flags.has("help")) {
    io.stdout.write(found ? stepHelp(found.step) : RUN_HELP);
    return 0;
  }
  const [extra] = parsed.positionals;
  if (extra !== void 0) throw unexpectedArgument(extra, command);
  const stage = single(parsed, "stage");
  const common = {
    strict: parsed.flags.has("strict"),
    workspace: io.cwd,
    catalog,
    stages: STAGES,
    configFile: single(parsed, "config"),
    flags: paramFlags(parsed, RESERVED),
    vars: io.env,
    environment: io.env,
    log: io.log,
    signal: io.signal,
    openVault: createVaultOpener({ vars: io.env, log: io.log })
  };
  if (stepName)
    return report(io, await runStep(stepName, { ...common, stage: stage ?? ciStageName(io.env) }));
  if (!stage)
    throw new UsageError(
      "Name a step or a stage: ferry run STEP, or ferry run --stage STAGE. Run 'ferry run --help'."
    );
  return report(io, await runStage(stage, common));
};
export {
  RUN_FLAGS,
  RUN_HELP,
  plainSummary,
  runCommand
};
