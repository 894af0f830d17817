import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  createVaultOpener,
  failureMessage,
  runStage,
  runStep
} from "./chunk-MUA2SYPL.js";
import "./chunk-7QZ52HSE.js";
import {
  booleanNames,
  paramFlags
} from "./chunk-BQM73R2G.js";
import {
  STAGES
} from "./chunk-LEENYKK7.js";
import {
  parseArgs,
  single
} from "./chunk-4GNQGUOS.js";
import {
  ciStageName,
  expectedNumber
} from "./chunk-AO3DAJSI.js";
import {
  catalog
} from "./chunk-VYWMYPA6.js";
import "./chunk-IKWUVRQU.js";
import "./chunk-S6FS6OU5.js";
import "./chunk-QWGMBWEH.js";
import "./chunk-XZBLILYS.js";
import "./chunk-ZEJSRW3S.js";
import "./chunk-JM2OKKD7.js";
import "./chunk-JV4SPRKX.js";
import "./chunk-YY2QXDXW.js";
import "./chunk-YIYXQXTP.js";
import {
  UsageError,
  exitCodeOf
} from "./chunk-H6UICYKR.js";

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
    const bits = [
      spec.type === "number" && (spec.integer || spec.min !== void 0 || spec.max !== void 0) ? expectedNumber(spec) : spec.type
    ];
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
var RESERVED = /* @__PURE__ */ new Set(["stage", "config", "help", "verbose", "strict"]);
var RUN_HELP = `Usage:
  ferry run STEP [--PARAM VALUE \u2026] [--stage STAGE] [--config FILE] [--strict]
  ferry run --stage STAGE [--PARAM VALUE \u2026] [--config FILE] [--strict]

Runs one step, or every active step of a stage, with parameters resolved from
.pipeline/config.yml, the pipeline environment, FERRY_/PIPER_ variables, flags and Vault.
On GitHub Actions a single step runs in the stage named by the job id (GITHUB_JOB)
unless --stage is given. Configuration warnings (unknown keys, Piper parameters ferry
does not implement) are errors with --strict.
Exit 0 on success, 1 when a step fails, 2 for a usage or configuration error.
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
    if (outcome.status === "failed") io.log.error(failureMessage(outcome));
  }
  return result.error === void 0 ? 0 : exitCodeOf(result.error);
}
var runCommand = async (args, io) => {
  const stepName = args[0] !== void 0 && !args[0].startsWith("-") ? args[0] : void 0;
  const found = stepName ? catalog.require(stepName) : void 0;
  const parsed = parseArgs(stepName ? args.slice(1) : args, {
    booleans: /* @__PURE__ */ new Set([...booleanNames(found ? [found.step] : catalog.list()), "help", "verbose", "strict"])
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
    strict: parsed.flags.has("strict"),
    workspace: io.cwd,
    catalog,
    stages: STAGES,
    configFile: single(parsed, "config"),
    flags: paramFlags(parsed, RESERVED),
    vars: io.env,
    log: io.log,
    signal: io.signal,
    openVault: createVaultOpener({ vars: io.env, log: io.log })
  };
  if (stepName)
    return report(io, await runStep(stepName, { ...common, stage: stage ?? ciStageName(io.env) }));
  if (!stage)
    throw new UsageError(
      `Name a step or a stage: ferry run STEP, or ferry run --stage STAGE.

${RUN_HELP}`
    );
  return report(io, await runStage(stage, common));
};
export {
  RUN_HELP,
  plainSummary,
  runCommand
};
