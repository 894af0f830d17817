// Entry point of the `ferry` binary: the only place the CLI reads process.argv and process.env.
import { createConsoleSink, createLogger } from '../log';
import { runCli } from './cli';

// A closed pipe (`ferry config x | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const args = process.argv.slice(2);
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
    env: process.env,
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    log,
    signal: controller.signal,
  },
);
process.exitCode = code;
