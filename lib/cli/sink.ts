// The `ferry` command's log sink: progress on stdout as plain lines and headings; debug lines, warnings
// and errors on stderr in the command's one voice, `ferry: <command>: warning: <file>:<line>: <message>`.
import { positionPrefix, type LogSink } from '../log';

export interface CliSinkOptions {
  /** The command running (`run`, `copy`), named on every warning and error line; '' for none. */
  command: string;
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
}

export function createCliSink(options: CliSinkOptions): LogSink {
  const head = options.command === '' ? 'ferry: ' : `ferry: ${options.command}: `;
  return {
    write(level, text, where) {
      if (level === 'info') options.out.write(`${text}\n`);
      // Debug lines go to stderr, as crane's and skopeo's do: `--json --verbose` keeps stdout parseable.
      else if (level === 'debug') options.err.write(`debug: ${positionPrefix(where)}${text}\n`);
      else
        options.err.write(
          `${head}${level === 'warn' ? 'warning' : 'error'}: ${positionPrefix(where)}${text}\n`,
        );
    },
    startGroup(name) {
      options.out.write(`== ${name}\n`);
    },
    endGroup() {},
  };
}
