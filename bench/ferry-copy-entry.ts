// Bench-only entry: runs `ferry copy` (copyCommand) as a process, the way the ferry CLI does, so the
// benchmark times a real process start to exit. bench/copy.ts bundles it with esbuild first.
import { createConsoleSink, createLogger } from '../lib/log';
import { copyCommand } from '../lib/oci/cli';

const log = createLogger({ sink: createConsoleSink() });
const argv = process.argv.slice(2);
const code = await copyCommand(argv[0] === 'copy' ? argv.slice(1) : argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
  log,
});
process.exitCode = code;
