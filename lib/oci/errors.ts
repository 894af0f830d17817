// Typed errors of the registry client: a RegistryError parsed from the OCI error body, knowing its
// method, status, codes and whether it is temporary, printed with a URL that holds no secret.
import { errnoOf, isCertificateErrno, networkErrorKind, type NetworkErrorKind } from '../util/errno';
import { FerryError, type ErrorCode } from '../util/errors';
import { redactUrl } from '../util/url';

export type { NetworkErrorKind } from '../util/errno';
export { redactUrl } from '../util/url';

/** 408, 429 and 5xx are worth retrying; everything else says something about the request. */
export function isTemporaryStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

export interface OciErrorEntry {
  code: string;
  message?: string;
  detail?: unknown;
}

/** Parses `{errors:[{code,message,detail}]}`; returns [] for anything else. */
export function parseOciErrors(body: string): OciErrorEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return [];
  }
  if (typeof json !== 'object' || json === null || !('errors' in json) || !Array.isArray(json.errors))
    return [];
  const entries: OciErrorEntry[] = [];
  const list: unknown[] = json.errors;
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue;
    const code = 'code' in item && typeof item.code === 'string' ? item.code : 'UNKNOWN';
    const entry: OciErrorEntry = { code };
    if ('message' in item && typeof item.message === 'string') entry.message = item.message;
    if ('detail' in item) entry.detail = item.detail;
    entries.push(entry);
  }
  return entries;
}

export interface RegistryErrorOptions {
  method: string;
  /** Any URL; it is redacted before it is kept. */
  url: string;
  status: number;
  /** Response body text (OCI error JSON or anything else). */
  body?: string;
  /** What the caller was doing, e.g. `push blob sha256:… to r.io/app`. */
  action?: string;
  /** Overrides the fix hint chosen from the status. */
  hint?: string;
  /** The server's Retry-After, in milliseconds, for a caller that retries a larger unit itself. */
  retryAfterMs?: number;
  cause?: unknown;
}

function codeForStatus(status: number): ErrorCode {
  if (status === 401 || status === 403) return 'AUTH';
  if (status === 404) return 'NOT_FOUND';
  return 'REGISTRY';
}

function hintFor(status: number, codes: readonly string[]): string {
  if (status === 401) return 'Check the username and password (or token) for this registry.';
  if (status === 403)
    return 'The credentials are valid but lack permission; ask for pull/push rights on this repository.';
  if (status === 404 || codes.includes('MANIFEST_UNKNOWN') || codes.includes('NAME_UNKNOWN'))
    return 'Check the repository name, tag or digest.';
  if (codes.includes('DIGEST_INVALID') || codes.includes('SIZE_INVALID'))
    return 'The uploaded content did not match its digest; retry, and check the source.';
  if (codes.includes('MANIFEST_BLOB_UNKNOWN') || codes.includes('BLOB_UNKNOWN'))
    return 'A blob the manifest names is missing in the target; push blobs before the manifest.';
  if (codes.includes('MANIFEST_INVALID') || status === 415)
    return 'The registry does not accept this manifest or media type.';
  if (isTemporaryStatus(status)) return 'The registry is unavailable or overloaded; try again later.';
  return 'See the registry message above.';
}

/** An HTTP-level failure from a registry, with the OCI error codes it sent. */
export class RegistryError extends FerryError {
  readonly method: string;
  readonly status: number;
  /** OCI error codes from the body, e.g. ['MANIFEST_UNKNOWN']. */
  readonly codes: readonly string[];
  readonly errors: readonly OciErrorEntry[];
  /** The request URL with credentials and token query values removed. */
  readonly url: string;
  /** True when retrying could help: 408, 429, 5xx. */
  readonly temporary: boolean;
  /** The server's Retry-After in milliseconds, when it sent one. */
  readonly retryAfterMs: number | undefined;

  constructor(options: RegistryErrorOptions) {
    const errors = options.body ? parseOciErrors(options.body) : [];
    const codes = errors.map((e) => e.code);
    const url = redactUrl(options.url);
    const detail = errors.length
      ? errors.map((e) => `${e.code}${e.message ? `: ${e.message}` : ''}`).join('; ')
      : shortBody(options.body);
    const what = options.action ?? `${options.method} ${url}`;
    const message = `${what} failed: ${options.method} ${url} returned ${options.status}${detail ? ` (${detail})` : ''}. ${options.hint ?? hintFor(options.status, codes)}`;
    super(message, { code: codeForStatus(options.status), cause: options.cause });
    this.name = 'RegistryError';
    this.method = options.method;
    this.status = options.status;
    this.codes = codes;
    this.errors = errors;
    this.url = url;
    this.temporary = isTemporaryStatus(options.status);
    this.retryAfterMs = options.retryAfterMs;
  }
}

function shortBody(body: string | undefined): string {
  if (!body) return '';
  const text = body.replace(/\s+/g, ' ').trim();
  if (text.startsWith('<')) return ''; // an HTML error page says nothing useful in one line
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** Why a connection failed, in words that name no option: front ends add their own flag or parameter. */
function networkReason(kind: NetworkErrorKind, errno: string | undefined): string | undefined {
  switch (kind) {
    case 'dns':
      return 'host not found';
    case 'tls':
      return errno === 'ERR_SSL_WRONG_VERSION_NUMBER'
        ? 'the server does not speak TLS on this port'
        : isCertificateErrno(errno)
          ? 'the TLS certificate is not trusted'
          : 'the TLS handshake failed';
    case 'refused':
      return 'connection refused';
    case 'reset':
      return 'the connection was closed';
    case 'timeout':
      return 'timed out';
    case 'other':
      return undefined;
  }
}

function networkHint(kind: NetworkErrorKind, temporary: boolean): string {
  if (kind === 'dns') return 'Check the registry address.';
  if (kind === 'tls')
    return "Trust the registry's CA certificate, or mark the registry insecure if it serves plain HTTP or you trust the network.";
  return temporary
    ? 'The connection failed; check that the registry is reachable and try again.'
    : 'Check the registry address and that it is reachable.';
}

/** A connection-level failure (reset, refused, timeout, TLS, DNS): temporary unless it is TLS or DNS. */
export class NetworkError extends FerryError {
  readonly method: string;
  readonly url: string;
  readonly temporary: boolean;
  /** The system error code, e.g. ECONNRESET, UND_ERR_SOCKET, CERT_HAS_EXPIRED. */
  readonly errno: string | undefined;
  /** What kind of failure, from the errno; front ends map it to their own flags (a CA bundle for 'tls'). */
  readonly kind: NetworkErrorKind;

  constructor(options: {
    method: string;
    url: string;
    cause: unknown;
    temporary: boolean;
    errno?: string;
    hint?: string;
  }) {
    const url = redactUrl(options.url);
    const errno = options.errno ?? errnoOf(options.cause);
    const kind = networkErrorKind(errno);
    const why = options.cause instanceof Error ? options.cause.message : String(options.cause);
    const reason = networkReason(kind, errno);
    const detail = `${why}${errno ? `; ${errno}` : ''}`;
    const hint = options.hint ?? networkHint(kind, options.temporary);
    super(`${options.method} ${url} failed: ${reason ? `${reason} (${detail})` : detail}. ${hint}`, {
      code: 'NETWORK',
      cause: options.cause,
    });
    this.name = 'NetworkError';
    this.method = options.method;
    this.url = url;
    this.temporary = options.temporary;
    this.errno = errno;
    this.kind = kind;
  }
}

/** The NetworkError behind an error (itself or a cause), so a front end can add its own hint. */
export function findNetworkError(error: unknown): NetworkError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current instanceof Error; depth++) {
    if (current instanceof NetworkError) return current;
    current = current.cause;
  }
  return undefined;
}

/** True for errors worth retrying: temporary registry statuses and connection failures. */
export function isTemporaryError(error: unknown): boolean {
  return (error instanceof RegistryError || error instanceof NetworkError) && error.temporary;
}
