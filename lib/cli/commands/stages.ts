// `ferry stages [--json]`: each stage, each step, active or not and why.
import { PipelineEnvironment } from '../../env';
import { createConfigReporter, loadConfig, logWarnings, resolveStages } from '../../config';
import { catalog } from '../../../steps';
import { STAGES } from '../../../stages';
import { parseArgs, single } from '../args';
import type { Command } from '../command';

export const STAGES_HELP = `Usage: ferry stages [--config FILE] [--json] [--strict]

Lists each stage (ferry's and those declared in .pipeline/config.yml), each step in it,
whether it is active and why. Configuration warnings are errors with --strict (exit 2).
`;

export const stagesCommand: Command = async (args, io) => {
  const parsed = parseArgs(args, {
    values: new Set(['config']),
    booleans: new Set(['json', 'help', 'strict', 'verbose']),
    command: 'stages',
  });
  if (parsed.flags.has('help')) {
    io.stdout.write(STAGES_HELP);
    return 0;
  }
  const config = await loadConfig({ workspace: io.cwd, configFile: single(parsed, 'config') });
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
