// The one redaction of URLs for messages and logs: no user info, no secret in the query.

/** Query parameters whose values are secrets (tokens in redirect URLs to blob storage, OAuth). */
const SECRET_QUERY_KEYS =
  /^(?:x-amz-.*|x-goog-.*|sig|signature|se|sv|sp|token|access_token|refresh_token|_state|password|key|code|expires|policy|key-pair-id)$/i;

export interface RedactUrlOptions {
  /**
   * 'mask' (default): keep the query, secret values replaced by `***` (a registry or blob URL, where
   * the rest of the query helps). 'drop': no query and no fragment, for an address shown to a person
   * (a git remote, a Vault server); an unparseable one is not shown at all, since credentials in it
   * could have any shape.
   */
  query?: 'mask' | 'drop';
}

/** A URL for messages: no user info, and secret query values masked (or the query dropped). */
export function redactUrl(url: string, options: RedactUrlOptions = {}): string {
  const drop = options.query === 'drop';
  // No user info, query or fragment: nothing to take out. Most URLs in debug lines are such, and
  // parsing each costs a short command more than the line.
  if (!drop && !/[@?#]/.test(url)) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return drop ? '<invalid URL>' : url.replace(/\/\/[^/@]*@/, '//').replace(/\?.*$/, '?***');
  }
  parsed.username = '';
  parsed.password = '';
  if (drop) {
    parsed.search = '';
    parsed.hash = '';
    return parsed.toString();
  }
  for (const key of [...parsed.searchParams.keys()]) {
    if (SECRET_QUERY_KEYS.test(key)) parsed.searchParams.set(key, '***');
  }
  return parsed.toString().replace(/%2A%2A%2A/g, '***');
}

/** A server's address as shown to a person (a Vault server): no user info, query, fragment or trailing slash. */
export function displayServerUrl(url: string): string {
  return redactUrl(url, { query: 'drop' }).replace(/\/$/, '');
}

const LOOPBACK_NAMES = new Set(['localhost', '::1', '[::1]']);

/** Splits `host[:port]` (IPv6 in brackets) into its host name. */
export function hostnameOf(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.lastIndexOf(':');
  return colon < 0 ? host : host.slice(0, colon);
}

/**
 * Whether `host` (`host[:port]`) is in a list of insecure registries (lower-cased): by its full
 * `host:port`, or by its name alone, which marks every port of that host.
 */
export function isListedHost(host: string, listed: ReadonlySet<string>): boolean {
  const lower = host.toLowerCase();
  return listed.has(lower) || listed.has(hostnameOf(lower));
}

/** 127.0.0.0/8, ::1 and localhost (`host[:port]`, IPv6 in brackets, or a bare IPv6 address). */
export function isLoopbackHost(host: string): boolean {
  const lower = host.toLowerCase();
  if (lower === '::1') return true;
  const name = hostnameOf(lower);
  return LOOPBACK_NAMES.has(name) || /^127(?:\.\d{1,3}){3}$/.test(name) || name.endsWith('.localhost');
}

/**
 * Replaces the password of every `user:password@` in a text with `***` (`https://robot:s3cret@r.io`
 * → `https://robot:***@r.io`; also the scheme-less `robot:s3cret@r.io/app` a registry URL may be
 * written as). The user name stays, so a reader can still tell which identity a value carries.
 */
export function redactUserinfoPasswords(text: string): string {
  return (
    text
      .replace(/([a-z][a-z0-9+.-]*:\/\/[^/\s:@]*):[^/\s]*@/gi, '$1:***@')
      // Scheme-less, at the start of a value or after a separator; `app:1.0@sha256:…` is a reference.
      .replace(/(^|[\s,;=("'[])([^/\s:@,;=("'[]+):(?!\*\*\*@)[^/\s@]+@(?!sha(?:256|384|512):)/gi, '$1$2:***@')
  );
}
