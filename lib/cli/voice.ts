// The one voice of the `ferry` command: every message on stderr reads `ferry: <command>: <what>`;
// with --json an error is also printed on stdout as one JSON object. Exit codes (docs/cli.md):
// 0 success, 1 a step or operation failed, 2 usage or configuration, 130/143 cancelled by SIGINT/SIGTERM.
import { errorMessage, exitCodeOf, isFerryError } from '../util/errors';
import type { CommandIO } from './command';

/** Messages carry no prefix of their own; a multi-line cause becomes one line. */
function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

/** One line on stderr: `ferry: <command>: <message>` (`ferry: <message>` with no command), masked. */
export function say(io: CommandIO, command: string, message: string): void {
  const head = command === '' ? 'ferry' : `ferry: ${command}`;
  io.stderr.write(`${io.log.mask(`${head}: ${oneLine(message)}`)}\n`);
}

/** Reports a failure in the one voice (and as JSON on stdout with `json`); returns its exit code. */
export function sayError(
  io: CommandIO,
  command: string,
  error: unknown,
  options: { json?: boolean; hint?: string } = {},
): number {
  const message = `${errorMessage(error)}${options.hint ?? ''}`;
  const code = exitCodeOf(error);
  say(io, command, message);
  if (options.json) {
    const body = {
      error: {
        command: command === '' ? null : command,
        message: oneLine(message),
        code: isFerryError(error) ? error.code : 'ERROR',
        exitCode: code,
      },
    };
    io.stdout.write(`${io.log.mask(JSON.stringify(body))}\n`);
  }
  return code;
}

/** Whether the arguments ask for JSON output. */
export function wantsJson(args: readonly string[]): boolean {
  return args.some((a) => a === '--json' || a === '--json=true');
}
