// What a CLI subcommand receives: its arguments and the process's streams, environment and settings,
// so a command can be tested in-process. Entry points read process.*; nothing below them does.
import type { Logger } from '../log';
import type { DockerConfigSearch } from './settings';

export interface CommandIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Standard input, for `ferry env import -`. */
  stdin?: NodeJS.ReadableStream;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** True when stdout is a terminal (progress bars); false in CI logs. */
  isTTY: boolean;
  log: Logger;
  signal?: AbortSignal;
  /** Where registry credentials are looked for (the entry point's Docker config search). */
  dockerConfig?: DockerConfigSearch;
}

/** A subcommand: returns the exit code (0 ok, 1 failed, 2 usage/config error). */
export type Command = (args: readonly string[], io: CommandIO) => Promise<number>;
