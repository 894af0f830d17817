/** Exit codes of the `ferry` command: 1 for a failed step, 2 for a usage or configuration error. */
export declare const EXIT_FAILURE = 1;
export declare const EXIT_USAGE = 2;
export type ErrorCode = 'USAGE' | 'CONFIG' | 'ENV' | 'STEP_UNAVAILABLE' | 'STEP_FAILED' | 'MISSING_PARAMETER' | 'REFERENCE' | 'REGISTRY' | 'AUTH' | 'NETWORK' | 'DIGEST_MISMATCH' | 'NOT_FOUND' | 'VAULT' | 'GIT' | 'GITOPS' | 'BUILD' | 'PATH' | 'CANCELLED';
export interface FerryErrorOptions {
    code: ErrorCode;
    cause?: unknown;
    /** True for usage and configuration errors: the command exits 2 instead of 1. */
    usage?: boolean;
    /** Where the problem is, when it is in a file (a config key): the Action annotates that line. */
    where?: ErrorPosition;
}
/** A file position (the shape of lib/log's SourcePosition; lib/util imports nothing). */
export interface ErrorPosition {
    file?: string;
    line?: number;
    key?: string;
}
export declare class FerryError extends Error {
    readonly code: ErrorCode;
    readonly usage: boolean;
    readonly where: ErrorPosition | undefined;
    constructor(message: string, options: FerryErrorOptions);
    get exitCode(): number;
}
/** A configuration problem: a file that does not parse, an unknown key, a wrong type. Exit 2. */
export declare class ConfigError extends FerryError {
    constructor(message: string, cause?: unknown, where?: ErrorPosition);
}
/** A command line that does not make sense. Exit 2. */
export declare class UsageError extends FerryError {
    constructor(message: string, cause?: unknown);
}
/** The one helper for "this input makes no sense": a UsageError (exit 2) with the message. */
export declare function usage(message: string, cause?: unknown): UsageError;
/** The run was cancelled (SIGINT, SIGTERM, or a caller's AbortSignal). */
export declare class CancelledError extends FerryError {
    constructor(message?: string, cause?: unknown);
}
export declare function isFerryError(error: unknown): error is FerryError;
/** The message of any thrown value, for the one line a failed command prints. */
export declare function errorMessage(error: unknown): string;
/** Where a thrown value (or what caused it) says the problem is, if anywhere. */
export declare function errorPosition(error: unknown): ErrorPosition | undefined;
export declare function exitCodeOf(error: unknown): number;
