// Typed git failures. The chokepoint (command.ts) is the only place that reads git's exit code and
// stderr; everything else branches on `GitError.reason`.
import { FerryError, type ErrorCode } from '../../util/errors';

export type GitFailure =
  /** The server refused the credentials (401/403), or asked for some and none were given. */
  | 'auth'
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
  | 'network'
  | 'other';

const CODES: Record<GitFailure, ErrorCode> = {
  auth: 'AUTH',
  'repository-not-found': 'NOT_FOUND',
  'branch-not-found': 'GIT',
  rejected: 'GIT',
  conflict: 'GITOPS',
  network: 'NETWORK',
  other: 'GIT',
};

export class GitError extends FerryError {
  readonly reason: GitFailure;

  constructor(message: string, reason: GitFailure, cause?: unknown) {
    super(message, { code: CODES[reason], cause });
    this.name = 'GitError';
    this.reason = reason;
  }
}

export function isGitError(error: unknown, reason?: GitFailure): error is GitError {
  return error instanceof GitError && (reason === undefined || error.reason === reason);
}

/**
 * The error an edit callback throws when, on a branch that moved, it cannot make its change (the line it
 * edits is gone or was changed by someone else in a way it must not overwrite).
 */
export function conflictError(message: string, cause?: unknown): GitError {
  return new GitError(message, 'conflict', cause);
}

// Patterns on git's C-locale stderr (the chokepoint runs git with LC_ALL=C). Order matters: a failed
// push prints "failed to push some refs" for every cause, so the specific causes come first.
const PATTERNS: readonly [GitFailure, RegExp][] = [
  ['branch-not-found', /Remote branch .* not found|couldn't find remote ref/i],
  [
    'rejected',
    /\[rejected\][^\n]*\((fetch first|non-fast-forward|stale info)\)|\[remote rejected\][^\n]*(failed to update ref|cannot lock ref|failed to lock|incorrect old value)|Updates were rejected because|cannot lock ref|Unable to create '[^'\n]*\.lock'/i,
  ],
  [
    'auth',
    /Authentication failed|could not read (Username|Password)|terminal prompts disabled|returned error: 40[13]|HTTP Basic: Access denied/i,
  ],
  [
    'repository-not-found',
    /repository '.*' not found|returned error: 404|does not appear to be a git repository/i,
  ],
  [
    'network',
    /Could not resolve host|Failed to connect|Connection refused|Connection timed out|Operation timed out|Connection reset|SSL certificate problem|server certificate verification failed|SSL_connect|gnutls_handshake|Empty reply from server|RPC failed|early EOF|the remote end hung up unexpectedly/i,
  ],
];

/** Classifies a failed git command by its stderr. */
export function classifyGitFailure(stderr: string): GitFailure {
  for (const [reason, pattern] of PATTERNS) if (pattern.test(stderr)) return reason;
  return 'other';
}

const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s'"<>]+/gi;

function redactOneUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return text.replace(/\/\/[^/@]*@/, '//').replace(/\?.*$/, '?***');
  }
  url.username = '';
  url.password = '';
  if (url.search) {
    const keys = [...new Set(url.searchParams.keys())];
    url.search = keys.map((key) => `${encodeURIComponent(key)}=***`).join('&');
  }
  if (url.hash) url.hash = '';
  return url.toString();
}

/**
 * git's output as it may be printed: every URL in it without user info and with each query value
 * replaced by `***` (a token in a remote URL's query must not reach a log or an error).
 */
export function redactGitOutput(text: string): string {
  return text.replace(URL_IN_TEXT, redactOneUrl);
}
