// The one chokepoint through which ferry runs external programs (buildah, helm, docker, credential
// helpers). Output is captured, never echoed unmasked; secrets go through stdin or env, never argv.
import { getExecOutput } from '@actions/exec';
import type { Logger } from '../log';
import { FerryError, errorMessage } from './errors';

export interface ExecOptions {
  cwd?: string;
  /** Added to the inherited environment. */
  env?: Record<string, string>;
  /** Written to the program's standard input. */
  input?: string;
  /** Resolve with a non-zero exit code instead of throwing. */
  allowFailure?: boolean;
  /** Masks the error a failed program raises. With `stream`, also gets its output lines (debug). */
  log?: Logger;
  /**
   * Stream output lines to `log` at debug level as they come (builders' progress). Off by default:
   * output can hold values nobody registered as secrets yet (a remote URL with a token in it).
   */
  stream?: boolean;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export type Exec = (command: string, args: readonly string[], options?: ExecOptions) => Promise<ExecResult>;

export const exec: Exec = async (command, args, options = {}) => {
  const { log } = options;
  let result: ExecResult;
  try {
    result = await getExecOutput(command, [...args], {
      cwd: options.cwd,
      env: options.env ? ({ ...process.env, ...options.env } as Record<string, string>) : undefined,
      input: options.input === undefined ? undefined : Buffer.from(options.input),
      ignoreReturnCode: true,
      silent: true,
      listeners:
        log && options.stream
          ? {
              stdline: (line: string) => log.debug(line),
              errline: (line: string) => log.debug(line),
            }
          : undefined,
    });
  } catch (error) {
    throw new FerryError(
      `${command}: could not start it: ${errorMessage(error)}. Is ${command} installed and on PATH?`,
      {
        code: 'NOT_FOUND',
        cause: error,
      },
    );
  }
  if (result.exitCode !== 0 && !options.allowFailure) {
    const tail = (result.stderr || result.stdout).trim().split('\n').slice(-5).join('\n');
    const message = `${command} ${args[0] ?? ''} exited with code ${result.exitCode}${tail ? `: ${tail}` : ''}`;
    throw new FerryError(log ? log.mask(message) : message, { code: 'STEP_FAILED' });
  }
  return result;
};
