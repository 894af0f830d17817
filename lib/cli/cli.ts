// The `ferry` command: dispatches subcommands and turns errors into one clear line and an exit code
// (0 ok, 1 a step failed, 2 a usage or configuration error).
import packageJson from '../../package.json' with { type: 'json' };
import { EXIT_USAGE, UsageError } from '../util/errors';
import { didYouMean } from '../util/suggest';
import { sayError, wantsJson } from './voice';
import type { Command, CommandIO } from './command';

export const VERSION: string = packageJson.version;

// Each command is loaded when it runs: `ferry copy` then starts without the step framework, YAML,
// git or the GitHub client (the bundle is split per command), which is most of a short copy's time.
const COMMANDS: Readonly<Record<string, { load: () => Promise<Command>; summary: string }>> = {
  run: { load: async () => (await import('./commands/run')).runCommand, summary: 'run a step or a stage' },
  config: {
    load: async () => (await import('./commands/config')).configCommand,
    summary: 'show the resolved parameters of a step and where each came from',
  },
  stages: {
    load: async () => (await import('./commands/stages')).stagesCommand,
    summary: 'list stages and which steps are active in each, and why',
  },
  env: {
    load: async () => (await import('./commands/env')).envCommand,
    summary: 'get, export or import the pipeline environment',
  },
  copy: {
    load: async () => (await import('./commands/copy')).copyCommand,
    summary: 'copy an image between registries, OCI layouts and docker archives, digest intact',
  },
  'set-image': {
    load: async () => (await import('./commands/set-image')).setImageCommand,
    summary: 'pin images by digest in manifests, kustomizations, Helm values, setter comments (no git)',
  },
  registry: {
    load: async () => (await import('./commands/registry')).registryCommand,
    summary: 'serve an embedded OCI registry (demos, testing a pipeline)',
  },
  demo: {
    load: async () => (await import('./commands/demo')).demoCommand,
    summary: 'build, promote and deploy on this machine: two embedded registries and a GitOps repo',
  },
};

/** The commands, in the order `ferry --help` lists them. */
export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);

export async function mainHelp(): Promise<string> {
  const { steps } = await import('../../steps');
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
  if (name === undefined) {
    // No command: a usage mistake, so the help goes where errors go.
    io.stderr.write(await mainHelp());
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    // `ferry help COMMAND …` is `ferry COMMAND … --help`, as git and npm have it.
    if (name === 'help' && rest[0] !== undefined && COMMANDS[rest[0]]) return runCli([...rest, '--help'], io);
    io.stdout.write(await mainHelp());
    return 0;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    const hint = didYouMean(name, Object.keys(COMMANDS));
    const what = name.startsWith('-') ? `Unknown option '${name}'` : `Unknown command '${name}'`;
    const error = new UsageError(`${what}.${hint} Run 'ferry --help' for the commands.`);
    return sayError(io, '', error, { json: wantsJson(rest) || name === '--json' });
  }
  try {
    const run = await command.load();
    return await run(rest, io);
  } catch (error) {
    return sayError(io, name, error, { json: wantsJson(rest) });
  }
}
