// The one chokepoint through which ferry runs external programs (buildah, helm, docker, credential
// helpers). Output is captured, never echoed unmasked; secrets go through stdin or env, never argv.
// A run's AbortSignal stops the program: SIGTERM, then SIGKILL when it does not exit in time.
import { StringDecoder } from 'node:string_decoder';
import type { Logger } from '../log';
import { nodeChildProcess } from './builtins';
import { inheritedEnvironment, type Environment } from './environment';
import { CancelledError, FerryError, errorMessage } from './errors';

export type { Environment } from './environment';

export interface ExecOptions {
  cwd?: string;
  /**
   * The environment the program starts from: the entry point's, handed down through the run
   * (`StepContext.environment`). Without it the program inherits this process's, as spawn does.
   */
  environment?: Environment;
  /** Added to the environment the program starts from. */
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
  /** Stops the program (SIGTERM, then SIGKILL) and rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export type Exec = (command: string, args: readonly string[], options?: ExecOptions) => Promise<ExecResult>;

/** The environment a program starts with, or undefined to let spawn inherit this process's. */
function childEnvironment(options: ExecOptions): NodeJS.ProcessEnv | undefined {
  if (options.environment === undefined && options.env === undefined) return undefined;
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(options.environment ?? inheritedEnvironment()))
    if (value !== undefined) env[name] = value;
  return Object.assign(env, options.env);
}

/** How long a program has to exit after SIGTERM before it gets SIGKILL. */
const KILL_GRACE_MS = 3_000;

/** Calls `onLine` for each complete line of a stream's text, and once for a last unterminated one. */
function lineSplitter(onLine: (line: string) => void): { push(chunk: Buffer): void; end(): void } {
  let pending = '';
  // A UTF-8 character split across two chunks is decoded whole.
  const decoder = new StringDecoder('utf8');
  return {
    push(chunk) {
      pending += decoder.write(chunk);
      const lines = pending.split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    },
    end() {
      pending += decoder.end();
      if (pending) onLine(pending);
      pending = '';
    },
  };
}

interface Completed {
  exitCode: number;
  stdout: string;
  stderr: string;
  aborted: boolean;
}

function run(command: string, args: readonly string[], options: ExecOptions): Promise<Completed> {
  return new Promise((resolve, reject) => {
    const { signal } = options;
    const child = nodeChildProcess().spawn(command, [...args], {
      cwd: options.cwd,
      env: childEnvironment(options),
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const log = options.stream ? options.log : undefined;
    const outLines = log ? lineSplitter((line) => log.debug(line)) : undefined;
    const errLines = log ? lineSplitter((line) => log.debug(line)) : undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out.push(chunk);
      outLines?.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err.push(chunk);
      errLines?.push(chunk);
    });
    // A program that exits without reading its input closes the pipe: not an error of ours.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input === undefined ? undefined : Buffer.from(options.input));

    let aborted = false;
    let killTimer: NodeJS.Timeout | undefined;
    const onAbort = (): void => {
      aborted = true;
      child.kill('SIGTERM');
      killTimer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
      killTimer.unref();
    };
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });

    let settled = false;
    child.on('error', (error) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      if (killTimer) clearTimeout(killTimer);
      reject(error);
    });
    child.on('close', (code, killedBy) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      if (killTimer) clearTimeout(killTimer);
      outLines?.end();
      errLines?.end();
      resolve({
        // A program ended by a signal reports 128 + its number, as a shell does.
        exitCode: code ?? (killedBy === 'SIGKILL' ? 137 : 143),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        aborted,
      });
    });
  });
}

export const exec: Exec = async (command, args, options = {}) => {
  const { log, signal } = options;
  signal?.throwIfAborted();
  let result: Completed;
  try {
    result = await run(command, args, options);
  } catch (error) {
    throw new FerryError(
      `${command}: could not start it: ${errorMessage(error)}. Is ${command} installed and on PATH?`,
      {
        code: 'NOT_FOUND',
        cause: error,
      },
    );
  }
  if (result.aborted) {
    const reason: unknown = signal?.reason;
    throw reason instanceof Error ? reason : new CancelledError(`${command}: cancelled.`);
  }
  if (result.exitCode !== 0 && !options.allowFailure) {
    const tail = (result.stderr || result.stdout).trim().split('\n').slice(-5).join('\n');
    const message = `${command} ${args[0] ?? ''} exited with code ${result.exitCode}${tail ? `: ${tail}` : ''}`;
    throw new FerryError(log ? log.mask(message) : message, { code: 'STEP_FAILED' });
  }
  return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
};
