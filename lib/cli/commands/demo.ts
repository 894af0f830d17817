// `ferry demo` (and `npm run demo`): the whole chain, build → promote by digest → GitOps commit, on one
// machine with nothing but Node and git, in a temp dir that is removed afterwards.
import { resolve } from 'node:path';
import { runDemo } from '../../demo';
import { closedOptions, enabled, parseArgs, single, unexpectedArgument, type CommandFlags } from '../args';
import type { Command } from '../command';
import { say } from '../voice';
import { STAGES } from '../../../stages';
import { catalog } from '../../../steps';

export const DEMO_HELP = `Usage: ferry demo [--keep] [--app DIR]

Runs ferry's whole chain on this machine, with no network and nothing left running:
starts a staging and a target registry (embedded; the target with a generated password)
and a GitOps repository, writes a Piper-format .pipeline/config.yml, then runs
stage Build (build examples/hello, push to staging, promote to target) and
stage Acceptance (commit the image digest), and prints the digest at each registry
and the GitOps commit with its diff.

Options:
  --keep      keep the temp dir (the app workspace and the GitOps repository)
  --app DIR   build this context instead of examples/hello (no RUN: the native builder builds it)
  -h, --help  show this help

Exit status: 0 success, 1 a step failed, 2 bad usage.
`;

/** `ferry demo`'s options, as DEMO_HELP lists them. */
export const DEMO_FLAGS: CommandFlags = { values: ['app'], booleans: ['keep'] };

export interface DemoArgs {
  keep: boolean;
  help: boolean;
  app?: string;
}

export function parseDemoArgs(args: readonly string[]): DemoArgs {
  const options = parseArgs(args, closedOptions(DEMO_FLAGS, 'demo'));
  const [extra] = options.positionals;
  if (extra !== undefined) throw unexpectedArgument(extra, 'demo');
  const parsed: DemoArgs = { keep: enabled(options, 'keep'), help: enabled(options, 'help') };
  const app = single(options, 'app');
  if (app !== undefined) parsed.app = app;
  return parsed;
}

export const demoCommand: Command = async (args, io) => {
  const parsed = parseDemoArgs(args);
  if (parsed.help) {
    io.stdout.write(DEMO_HELP);
    return 0;
  }
  const result = await runDemo({
    log: io.log,
    catalog,
    stages: STAGES,
    print: (line) => io.stdout.write(`${line}\n`),
    path: io.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    environment: io.env,
    keep: parsed.keep,
    ...(parsed.app ? { appDir: resolve(io.cwd, parsed.app) } : {}),
    ...(io.signal ? { signal: io.signal } : {}),
  });
  if (result.failure !== undefined) {
    say(io, 'demo', result.failure);
    return result.exitCode === 0 ? 1 : result.exitCode;
  }
  const kept = parsed.keep ? `kept ${result.workDir}` : 'temp dir removed';
  io.stdout.write(`\nDone in ${result.seconds.toFixed(1)} s; servers stopped, ${kept}.\n`);
  return 0;
};
