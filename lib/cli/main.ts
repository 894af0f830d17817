// Entry point of the `ferry` binary: the only place the CLI reads process.argv and process.env, sets
// process-wide flags and listens for signals; commands get all of it as options (CommandIO).
import { setFlagsFromString } from 'node:v8';
import { createConsoleSink, createLogger } from '../log';
import { runCli } from './cli';
import { dockerConfigSearch } from './settings';

// A closed pipe (`ferry config x | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const args = process.argv.slice(2);
// undici parses HTTP with WebAssembly; V8's background tier-up of that module holds process exit
// ~300 ms after a short copy (measured, docs/performance.md). Baseline code parses headers as well.
if (args[0] === 'copy') setFlagsFromString('--liftoff-only');
const verbose = args.includes('--verbose') || process.env.FERRY_VERBOSE === 'true';
const log = createLogger({ sink: createConsoleSink(), debug: verbose });
const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
process.once('SIGTERM', () => controller.abort());

const code = await runCli(
  args.filter((a) => a !== '--verbose'),
  {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    log,
    signal: controller.signal,
    dockerConfig: dockerConfigSearch(process.env),
  },
);
process.exitCode = code;
