// Runs the `ferry` CLI in-process with captured streams, as a user would call it from a shell.
import { Writable } from 'node:stream';
import { COMMAND_NAMES, runCli } from '../../lib/cli/cli';
import { dockerConfigSearch } from '../../lib/cli/settings';
import { createCliSink } from '../../lib/cli/sink';
import { createLogger } from '../../lib/log';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Both streams, for checks that a secret appears nowhere. */
  all: string;
}

function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

export async function ferry(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): Promise<CliResult> {
  const out = capture();
  const err = capture();
  // The sink lib/cli/main.ts gives the real command.
  const command = args[0] !== undefined && COMMAND_NAMES.includes(args[0]) ? args[0] : '';
  const log = createLogger({
    sink: createCliSink({ command, out: out.stream, err: err.stream }),
    debug: true,
  });
  const code = await runCli(args, {
    stdout: out.stream,
    stderr: err.stream,
    env: options.env ?? {},
    dockerConfig: dockerConfigSearch(options.env ?? {}),
    cwd: options.cwd,
    isTTY: false,
    log,
  });
  return { code, stdout: out.text(), stderr: err.text(), all: out.text() + err.text() };
}
