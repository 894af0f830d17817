// `ferry run STEP [--param value …] [--stage S]` and `ferry run --stage S`.
import { ciStageName } from '../../config';
import { runStage, runStep, failureMessage, type RunReport } from '../../runner';
import { catalog } from '../../../steps';
import { STAGES } from '../../../stages';
import { exitCodeOf, UsageError } from '../../util/errors';
import { parseArgs, single, unexpectedArgument, type CommandFlags } from '../args';
import type { Command, CommandIO } from '../command';
import { paramFlags, reservedNames, stepParseOptions } from '../step-flags';
import { say } from '../voice';
import { stepHelp } from './help';
import { createVaultOpener } from '../../vault';

/** `ferry run`'s own options (as RUN_HELP lists them); every other option is a step parameter. */
export const RUN_FLAGS: CommandFlags = { values: ['stage', 'config'], booleans: ['strict'] };
const RESERVED = reservedNames(RUN_FLAGS);

export const RUN_HELP = `Usage:
  ferry run STEP [--PARAM VALUE …] [--stage STAGE] [--config FILE] [--strict]
  ferry run --stage STAGE [--PARAM VALUE …] [--config FILE] [--strict]

Runs one step, or every active step of a stage, with parameters resolved from
.pipeline/config.yml, the pipeline environment, FERRY_/PIPER_ variables, flags and Vault.
On GitHub Actions a single step runs in the stage named by the job id (GITHUB_JOB)
unless --stage is given. Configuration warnings (unknown keys, Piper parameters ferry
does not implement) are errors with --strict. Step parameters: ferry run STEP --help.

Exit status: 0 success, 1 a step failed, 2 bad usage or a configuration error,
130/143 cancelled by SIGINT/SIGTERM.
`;

/** The run's summary for a terminal: headings, aligned columns and lines (Markdown is for GitHub). */
export function plainSummary(blocks: RunReport['summary']['blocks']): string {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.line !== undefined) {
      out.push(block.line);
      continue;
    }
    const rows = block.rows ?? [];
    if (block.heading) out.push(`${block.heading}:`);
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    if (columns.length === 0) continue;
    const table = [columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))];
    const widths = columns.map((_, i) => Math.max(...table.map((cells) => (cells[i] ?? '').length)));
    for (const cells of table)
      out.push(`  ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd());
  }
  return out.join('\n');
}

function report(io: CommandIO, result: RunReport): number {
  const summary = plainSummary(result.summary.blocks).trim();
  if (summary) io.stdout.write(`\n${summary}\n`);
  for (const outcome of result.outcomes) {
    if (outcome.status === 'failed') say(io, 'run', failureMessage(outcome));
  }
  // A configuration or usage problem found while resolving a step's parameters still exits 2.
  return result.error === undefined ? 0 : exitCodeOf(result.error);
}

export const runCommand: Command = async (args, io) => {
  const stepName = args[0] !== undefined && !args[0].startsWith('-') ? args[0] : undefined;
  const found = stepName ? catalog.require(stepName) : undefined;
  const command = found ? `run ${found.step.name}` : 'run';
  const parsed = parseArgs(
    stepName ? args.slice(1) : args,
    stepParseOptions(found ? [found.step] : catalog.list(), RUN_FLAGS, command),
  );
  if (parsed.flags.has('help')) {
    io.stdout.write(found ? stepHelp(found.step) : RUN_HELP);
    return 0;
  }
  const [extra] = parsed.positionals;
  if (extra !== undefined) throw unexpectedArgument(extra, command);
  const stage = single(parsed, 'stage');
  const common = {
    strict: parsed.flags.has('strict'),
    workspace: io.cwd,
    catalog,
    stages: STAGES,
    configFile: single(parsed, 'config'),
    flags: paramFlags(parsed, RESERVED),
    vars: io.env,
    environment: io.env,
    log: io.log,
    signal: io.signal,
    openVault: createVaultOpener({ vars: io.env, log: io.log }),
  };
  if (stepName)
    return report(io, await runStep(stepName, { ...common, stage: stage ?? ciStageName(io.env) }));
  if (!stage)
    throw new UsageError(
      "Name a step or a stage: ferry run STEP, or ferry run --stage STAGE. Run 'ferry run --help'.",
    );
  return report(io, await runStage(stage, common));
};
