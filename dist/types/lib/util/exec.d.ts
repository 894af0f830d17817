import type { Logger } from '../log/index.js';
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
    /** Stops the program (SIGTERM, then SIGKILL) and rejects with the signal's reason. */
    signal?: AbortSignal;
}
export interface ExecResult {
    exitCode: number;
    stdout: string;
    stderr: string;
}
export type Exec = (command: string, args: readonly string[], options?: ExecOptions) => Promise<ExecResult>;
export declare const exec: Exec;
