// One classification of connection-level failures (system and undici error codes) for every HTTP
// client in ferry: which code a failure carries, what kind of failure it is.

/** What went wrong with a connection, for messages and for front ends that map it to their own flags. */
export type NetworkErrorKind = 'dns' | 'tls' | 'refused' | 'reset' | 'timeout' | 'other';

/** The system error code of a network failure (`ECONNREFUSED`), looking through `cause` and AggregateError. */
export function errnoOf(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current !== undefined && current !== null && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    if ('code' in current && typeof current.code === 'string') return current.code;
    if (current instanceof AggregateError && current.errors.length > 0) {
      current = current.errors[0];
      continue;
    }
    current = 'cause' in current ? current.cause : undefined;
  }
  return undefined;
}

/** Certificate verification failures: the server speaks TLS, but its certificate is not trusted. */
export function isCertificateErrno(errno: string | undefined): boolean {
  return (
    errno !== undefined &&
    (errno.startsWith('CERT_') ||
      errno.startsWith('ERR_TLS_CERT') ||
      errno.includes('SELF_SIGNED') ||
      errno.startsWith('UNABLE_TO_') ||
      errno === 'HOSTNAME_MISMATCH')
  );
}

const DNS_ERRNOS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
const REFUSED_ERRNOS = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH']);
const RESET_ERRNOS = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);
const TIMEOUT_ERRNOS = new Set([
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/** The kind of a connection failure, from its system or undici error code. */
export function networkErrorKind(errno: string | undefined): NetworkErrorKind {
  if (errno === undefined) return 'other';
  if (DNS_ERRNOS.has(errno)) return 'dns';
  if (isCertificateErrno(errno) || errno.startsWith('ERR_SSL_') || errno.startsWith('ERR_TLS_')) return 'tls';
  if (REFUSED_ERRNOS.has(errno)) return 'refused';
  if (RESET_ERRNOS.has(errno)) return 'reset';
  if (TIMEOUT_ERRNOS.has(errno)) return 'timeout';
  return 'other';
}

const TEMPORARY_ERRNOS = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);

/** Connection failures worth retrying an idempotent request for: a later try may well succeed. */
export function isTemporaryErrno(errno: string | undefined): boolean {
  return errno !== undefined && TEMPORARY_ERRNOS.has(errno);
}

/** Failures where the request certainly never reached the server, so even a non-idempotent one may be sent again. */
const NOT_SENT_ERRNOS = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

export function isNotSentErrno(errno: string | undefined): boolean {
  return errno !== undefined && NOT_SENT_ERRNOS.has(errno);
}
