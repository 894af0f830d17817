// `ferry stages [--json]`: each stage, each step, active or not and why.
import { PipelineEnvironment } from '../../env';
import { createConfigReporter, loadConfig, logWarnings, resolveStages } from '../../config';
import { catalog } from '../../../steps';
import { STAGES } from '../../../stages';
import { closedOptions, parseArgs, single, unexpectedArgument, type CommandFlags } from '../args';
import type { Command } from '../command';

export const STAGES_HELP = `Usage: ferry stages [--config FILE] [--json] [--strict]

Lists each stage (ferry's and those declared in .pipeline/config.yml), each step in it,
whether it is active and why. Configuration warnings are errors with --strict.

Exit status: 0 printed, 2 bad usage or a configuration error.
`;

/** `ferry stages`'s options, as STAGES_HELP lists them. */
export const STAGES_FLAGS: CommandFlags = { values: ['config'], booleans: ['json', 'strict'] };

export const stagesCommand: Command = async (args, io) => {
  const parsed = parseArgs(args, closedOptions(STAGES_FLAGS, 'stages'));
  if (parsed.flags.has('help')) {
    io.stdout.write(STAGES_HELP);
    return 0;
  }
  const [extra] = parsed.positionals;
  if (extra !== undefined) throw unexpectedArgument(extra, 'stages');
  const config = await loadConfig({
    workspace: io.cwd,
    configFile: single(parsed, 'config'),
    vars: io.env,
    addSecret: (value) => io.log.addSecret(value),
  });
  const env = await PipelineEnvironment.load(io.cwd);
  const stages = resolveStages({
    catalog,
    definitions: STAGES,
    config,
    env,
    workspace: io.cwd,
    log: io.log,
    reporter: createConfigReporter({ strict: parsed.flags.has('strict'), onWarning: logWarnings(io.log) }),
  });
  if (parsed.flags.has('json')) {
    io.stdout.write(`${JSON.stringify(stages, null, 2)}\n`);
    return 0;
  }
  for (const stage of stages) {
    io.stdout.write(`${stage.name}${stage.userDefined ? ' (user stage)' : ''}\n`);
    if (stage.steps.length === 0) io.stdout.write('  (no steps)\n');
    for (const step of stage.steps) {
      const label =
        step.presets && Object.keys(step.presets).length > 0
          ? `${step.name} (${Object.entries(step.presets)
              .map(([k, v]) => `${k}: ${String(v)}`)
              .join(', ')})`
          : step.name;
      io.stdout.write(`  ${step.active ? 'active  ' : 'inactive'}  ${label}: ${step.reason}\n`);
    }
  }
  return 0;
};
