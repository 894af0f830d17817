import type { Logger } from '../log/index.js';
import { type Environment } from './environment.js';
export type { Environment } from './environment.js';
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
export declare const exec: Exec;
