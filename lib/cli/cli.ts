// The `ferry` command: dispatches subcommands and turns errors into one clear line and an exit code
// (0 ok, 1 a step failed, 2 a usage or configuration error).
import packageJson from '../../package.json' with { type: 'json' };
import { errorMessage, exitCodeOf } from '../util/errors';
import { steps } from '../../steps';
import type { Command, CommandIO } from './command';
import { configCommand } from './commands/config';
import { envCommand } from './commands/env';
import { runCommand } from './commands/run';
import { stagesCommand } from './commands/stages';
import { copyCommand } from '../oci/cli';
import { registryCommand } from '../registry/cli';
import { setImageCommand } from '../gitops/set-image';
import { demoCommand } from '../demo';

export const VERSION: string = packageJson.version;

const COMMANDS: Readonly<Record<string, { run: Command; summary: string }>> = {
  run: { run: runCommand, summary: 'run a step or a stage' },
  config: { run: configCommand, summary: 'show the resolved parameters of a step and where each came from' },
  stages: { run: stagesCommand, summary: 'list stages and which steps are active in each, and why' },
  env: { run: envCommand, summary: 'get, export or import the pipeline environment' },
  copy: {
    run: copyCommand,
    summary: 'copy an image between registries, OCI layouts and docker archives, digest intact',
  },
  'set-image': {
    run: setImageCommand,
    summary: 'pin images by digest in manifests, kustomizations, Helm values, setter comments (no git)',
  },
  registry: { run: registryCommand, summary: 'serve an embedded OCI registry (demos, testing a pipeline)' },
  demo: {
    run: demoCommand,
    summary: 'build, promote and deploy on this machine: two embedded registries and a GitOps repo',
  },
};

export function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    `ferry ${VERSION}: build, promote by digest, and deploy container images through GitOps.`,
    '',
    'Usage: ferry COMMAND [ARGS…]    (ferry COMMAND --help for details)',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Steps:',
    ...Object.values(steps).map(
      (s) => `  ${s.name}${s.aliases?.length ? ` (also ${s.aliases.map((a) => a.name).join(', ')})` : ''}`,
    ),
    '',
  ].join('\n');
}

export async function runCli(args: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`ferry: unknown command '${name}'. Run 'ferry --help' for the commands.\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.log.error(errorMessage(error));
    return exitCodeOf(error);
  }
}
