// Typed errors for ferry: every failure carries a code, an optional cause, and a message that reads
// "what failed: why. How to fix." Code branches on `code` or the class, never on message text.

/** Exit codes of the `ferry` command: 1 for a failed step, 2 for a usage or configuration error. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export type ErrorCode =
  | 'USAGE'
  | 'CONFIG'
  | 'ENV'
  | 'STEP_UNAVAILABLE'
  | 'STEP_FAILED'
  | 'MISSING_PARAMETER'
  | 'REFERENCE'
  | 'REGISTRY'
  | 'AUTH'
  | 'NETWORK'
  | 'DIGEST_MISMATCH'
  | 'NOT_FOUND'
  | 'VAULT'
  | 'GIT'
  | 'GITOPS'
  | 'BUILD'
  | 'PATH'
  | 'CANCELLED';

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

export class FerryError extends Error {
  readonly code: ErrorCode;
  readonly usage: boolean;
  readonly where: ErrorPosition | undefined;

  constructor(message: string, options: FerryErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FerryError';
    this.code = options.code;
    this.usage = options.usage ?? false;
    this.where = options.where;
  }

  get exitCode(): number {
    return this.usage ? EXIT_USAGE : EXIT_FAILURE;
  }
}

/** A configuration problem: a file that does not parse, an unknown key, a wrong type. Exit 2. */
export class ConfigError extends FerryError {
  constructor(message: string, cause?: unknown, where?: ErrorPosition) {
    super(message, { code: 'CONFIG', usage: true, cause, ...(where ? { where } : {}) });
    this.name = 'ConfigError';
  }
}

/** A command line that does not make sense. Exit 2. */
export class UsageError extends FerryError {
  constructor(message: string, cause?: unknown) {
    super(message, { code: 'USAGE', usage: true, cause });
    this.name = 'UsageError';
  }
}

/** The one helper for "this input makes no sense": a UsageError (exit 2) with the message. */
export function usage(message: string, cause?: unknown): UsageError {
  return new UsageError(message, cause);
}

/** The run was cancelled (SIGINT, SIGTERM, or a caller's AbortSignal). */
export class CancelledError extends FerryError {
  constructor(message = 'Cancelled.', cause?: unknown) {
    super(message, { code: 'CANCELLED', cause });
    this.name = 'CancelledError';
  }
}

export function isFerryError(error: unknown): error is FerryError {
  return error instanceof FerryError;
}

/** The message of any thrown value, for the one line a failed command prints. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Where a thrown value (or what caused it) says the problem is, if anywhere. */
export function errorPosition(error: unknown): ErrorPosition | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++)
    if (e instanceof FerryError && e.where) return e.where;
  return undefined;
}

export function exitCodeOf(error: unknown): number {
  return isFerryError(error) ? error.exitCode : EXIT_FAILURE;
}
