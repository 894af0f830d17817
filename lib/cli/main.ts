// Entry point of the `ferry` binary: the only place the CLI reads process.argv and process.env, sets
// process-wide flags and listens for signals; commands get all of it as options (CommandIO).
import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { createLogger } from '../log';
import { cancelOnSignals } from '../util/cancel';
import { COMMAND_NAMES, runCli } from './cli';
import { dockerConfigSearch } from './settings';
import { createCliSink } from './sink';

// A closed pipe (`ferry config x | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const args = process.argv.slice(2);
// Node 22+: keep V8's compiled code of the lazily imported command chunks on disk, so the next start
// skips compiling them. Kept in the user's cache directory (never TMPDIR, which a run must leave clean);
// NODE_COMPILE_CACHE, when set, is Node's own choice and wins.
const compileCache = (nodeModule as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache;
const cacheHome =
  process.env.XDG_CACHE_HOME ?? (process.env.HOME ? join(process.env.HOME, '.cache') : undefined);
if (compileCache && !process.env.NODE_COMPILE_CACHE && cacheHome) {
  try {
    compileCache(join(cacheHome, 'ferry', 'node-compile-cache'));
  } catch {
    // a cache that cannot be written only costs start-up time
  }
}
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
