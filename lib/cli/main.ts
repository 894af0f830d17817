// Entry point of the `ferry` binary (run by entry.ts once the compile cache is on, or by a one-command
// bundle, dist/cli/<command>.cjs): with entry.ts, the only place the CLI reads process.argv and
// process.env, sets process-wide flags and listens for signals; commands get all of it as options
// (CommandIO).
import { createLogger } from '../log';
import { cancelOnSignals } from '../util/cancel';
import { COMMAND_NAMES, runCli } from './cli';
import { dockerConfigSearch } from './settings';
import { createCliSink } from './sink';

export interface MainOptions {
  /**
   * Exit as soon as the command has finished and its output is written, instead of waiting for the
   * event loop to drain (idle keep-alive sockets) and for Node's teardown of the heap: a few ms of a
   * short command. For commands that await all their work, as `copy` and `set-image` do.
   */
  exitWhenDone?: boolean;
}

/** Runs the command process.argv names and sets the exit code. */
export async function main(options: MainOptions = {}): Promise<void> {
  // A closed pipe (`ferry config x | head`) is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }

  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose') || process.env.FERRY_VERBOSE === 'true';
  const command = args[0] !== undefined && COMMAND_NAMES.includes(args[0]) ? args[0] : '';
  const log = createLogger({
    sink: createCliSink({ command, out: process.stdout, err: process.stderr }),
    debug: verbose,
  });
  // SIGINT/SIGTERM (GitHub's cancel sends both, then kills): stop, clean up, exit 130/143.
  const cancel = cancelOnSignals({
    onSignal: (name) =>
      process.stderr.write(
        `ferry: ${name} received: stopping and cleaning up (a second signal exits at once).\n`,
      ),
  });

  const code = await runCli(
    args.filter((a) => a !== '--verbose'),
    {
      stdout: process.stdout,
      stderr: process.stderr,
      // Opened only by a command that reads it (`ferry env import -`): creating the stream costs start-up.
      get stdin() {
        return process.stdin;
      },
      env: process.env,
      cwd: process.cwd(),
      isTTY: process.stdout.isTTY === true,
      log,
      signal: cancel.signal,
      dockerConfig: dockerConfigSearch(process.env),
    },
  );
  // A command that stops cleanly on a signal (`ferry registry serve`) keeps its 0; work cut short exits 130/143.
  const exitCode = code !== 0 && cancel.exitCode !== undefined ? cancel.exitCode : code;
  process.exitCode = exitCode;
  // Once cancelled, nothing may keep the process alive (an idle keep-alive socket, a child's pipe).
  if (cancel.received !== undefined) process.exit(exitCode);
  if (options.exitWhenDone) {
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    // The bundles run through ferry's own V8 code cache, saved on 'exit' (entry.ts), not Node's.
    process.exit(exitCode);
  }
}

/** Resolves once what was written to the stream so far has been handed to the system. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.writableLength === 0 || stream.destroyed) resolve();
    else stream.write('', () => resolve());
  });
}
