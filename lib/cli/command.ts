// What a CLI subcommand receives: its arguments and the process's streams and environment, so a
// command can be tested in-process. Entry points read process.*; nothing below them does.
import type { Logger } from '../log';

export interface CommandIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** True when stdout is a terminal (progress bars); false in CI logs. */
  isTTY: boolean;
  log: Logger;
  signal?: AbortSignal;
}

/** A subcommand: returns the exit code (0 ok, 1 failed, 2 usage/config error). */
export type Command = (args: readonly string[], io: CommandIO) => Promise<number>;
