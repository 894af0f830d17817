// `ferry config STEP [--stage S] [--json]`: every resolved parameter and where its value came from.
import {
  checkConfig,
  ciStageName,
  createConfigReporter,
  describeSource,
  loadConfig,
  logWarnings,
  paramSpecsOf,
  resolveParameters,
} from '../../config';
import { PipelineEnvironment } from '../../env';
import { catalog } from '../../../steps';
import { UsageError } from '../../util/errors';
import { redactUserinfoPasswords } from '../../util/url';
import { parseArgs, single, unexpectedArgument, type CommandFlags } from '../args';
import type { Command } from '../command';
import { paramFlags, reservedNames, stepParseOptions } from '../step-flags';
import { parameterHelp } from './help';

/** `ferry config`'s own options (as CONFIG_HELP lists them); every other option is a step parameter. */
export const CONFIG_FLAGS: CommandFlags = { values: ['stage', 'config'], booleans: ['json', 'strict'] };
const RESERVED = reservedNames(CONFIG_FLAGS);

export const CONFIG_HELP = `Usage: ferry config STEP [--stage STAGE] [--config FILE] [--json] [--strict] [--PARAM VALUE …]

Prints every parameter of STEP as resolved for STAGE, with the source of its value
(default, pipeline environment, file and section, environment variable, flag, vault).
Secrets, and passwords in URLs (https://user:***@host), are shown as ***.
On GitHub Actions STAGE defaults to the job id (GITHUB_JOB).
Configuration warnings are errors with --strict.

Exit status: 0 printed, 2 bad usage or a configuration error.
`;

/** A value as printed: a password in a URL's user info (`https://robot:pw@r.io`) becomes `***`. */
function redactPasswords(value: unknown): unknown {
  if (typeof value === 'string') return redactUserinfoPasswords(value);
  if (Array.isArray(value)) return value.map(redactPasswords);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactPasswords(v)]));
  return value;
}

export const configCommand: Command = async (args, io) => {
  const stepName = args[0] !== undefined && !args[0].startsWith('-') ? args[0] : undefined;
  if (!stepName) {
    const parsed = parseArgs(args, stepParseOptions(catalog.list(), CONFIG_FLAGS, 'config'));
    if (parsed.flags.has('help')) {
      io.stdout.write(CONFIG_HELP);
      return 0;
    }
    throw new UsageError(
      "Name a step: ferry config STEP (ferry --help lists the steps). Run 'ferry config --help'.",
    );
  }
  const found = catalog.require(stepName);
  const command = `config ${found.step.name}`;
  const parsed = parseArgs(args.slice(1), stepParseOptions([found.step], CONFIG_FLAGS, command));
  if (parsed.flags.has('help')) {
    io.stdout.write(`${CONFIG_HELP}\n${parameterHelp(found.step)}`);
    return 0;
  }
  const [extra] = parsed.positionals;
  if (extra !== undefined) throw unexpectedArgument(extra, command);
  const stage = single(parsed, 'stage') ?? ciStageName(io.env);
  const config = await loadConfig({
    workspace: io.cwd,
    configFile: single(parsed, 'config'),
    vars: io.env,
    addSecret: (value) => io.log.addSecret(value),
  });
  const reporter = createConfigReporter({
    strict: parsed.flags.has('strict'),
    onWarning: logWarnings(io.log),
  });
  checkConfig({ catalog, config, reporter, ...(stage !== undefined ? { stage } : {}), steps: [found.step] });
  const env = await PipelineEnvironment.load(io.cwd);
  for (const secret of env.secretValues()) io.log.addSecret(secret);
  const { values, sources } = await resolveParameters({
    step: stepName,
    catalog,
    stage,
    config,
    env,
    vars: io.env,
    flags: paramFlags(parsed, RESERVED),
    log: io.log,
    reporter,
    skipMandatoryCheck: true,
  });
  const specs = paramSpecsOf(found.step);
  const rows = Object.keys(specs)
    .sort()
    .map((name) => {
      const spec = specs[name];
      const value = values[name];
      const source = sources[name];
      const shown = value === undefined ? null : spec?.secret ? '***' : redactPasswords(value);
      return { name, value: shown, source: source ? describeSource(source) : 'unset' };
    });
  if (parsed.flags.has('json')) {
    const out = {
      step: found.step.name,
      stage: stage ?? null,
      parameters: Object.fromEntries(rows.map((r) => [r.name, { value: r.value, source: r.source }])),
    };
    io.stdout.write(`${io.log.mask(JSON.stringify(out, null, 2))}\n`);
    return 0;
  }
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const row of rows) {
    const value =
      row.value === null ? '-' : typeof row.value === 'string' ? row.value : JSON.stringify(row.value);
    io.stdout.write(io.log.mask(`${row.name.padEnd(width)}  ${value}  (${row.source})\n`));
  }
  return 0;
};
