import { FerryError } from '../../util/errors.js';
export type GitFailure = 
/** The server refused the credentials (401/403), or asked for some and none were given. */
'auth'
/** The repository does not exist at that URL (or the user may not see it). */
 | 'repository-not-found'
/** The branch to clone or fetch does not exist. */
 | 'branch-not-found'
/**
 * The server refused the ref update: non-fast-forward, stale lease, a ref lock held or lost. Whether the
 * branch really moved is decided by fetching it (pushWithRetry), not by this class.
 */
 | 'rejected'
/** The branch moved and the edit no longer applies on the new head. */
 | 'conflict'
/** Could not reach the server: DNS, refused connection, TLS verification, a broken transfer. */
 | 'network' | 'other';
export declare class GitError extends FerryError {
    readonly reason: GitFailure;
    constructor(message: string, reason: GitFailure, cause?: unknown);
}
export declare function isGitError(error: unknown, reason?: GitFailure): error is GitError;
/**
 * The error an edit callback throws when, on a branch that moved, it cannot make its change (the line it
 * edits is gone or was changed by someone else in a way it must not overwrite).
 */
export declare function conflictError(message: string, cause?: unknown): GitError;
/** Classifies a failed git command by its stderr. */
export declare function classifyGitFailure(stderr: string): GitFailure;
/**
 * git's output as it may be printed: every URL in it without user info and with each query value
 * replaced by `***` (a token in a remote URL's query must not reach a log or an error).
 */
export declare function redactGitOutput(text: string): string;
