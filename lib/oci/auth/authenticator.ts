// Answers registry challenges: Basic, and Bearer tokens per the Docker token-auth spec (one token per
// registry and scope set, cached for its lifetime, fetched once however many requests wait for it).
import type { Logger } from '../../log';
import { SecretRegistry } from '../../log';
import { FerryError, errorMessage } from '../../util/errors';
import { RegistryError, redactUrl } from '../errors';
import { ResponseSizeError, isLoopbackHost, type HttpResponse, type Transport } from '../transport';
import type { Keychain, RegistryCredential } from './keychain';

export interface Challenge {
  scheme: 'basic' | 'bearer';
  realm?: string;
  service?: string;
  scope?: string;
  error?: string;
}

/** Parses a WWW-Authenticate header (the first Basic or Bearer challenge in it). */
export function parseChallenge(header: string | undefined): Challenge | undefined {
  if (!header) return undefined;
  const match = /^\s*(basic|bearer)\b\s*(.*)$/i.exec(header);
  if (!match) return undefined;
  const scheme = (match[1] ?? '').toLowerCase() === 'basic' ? 'basic' : 'bearer';
  const challenge: Challenge = { scheme };
  const params = /([a-zA-Z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
  for (let m = params.exec(match[2] ?? ''); m; m = params.exec(match[2] ?? '')) {
    const key = (m[1] ?? '').toLowerCase();
    const value = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
    if (key === 'realm' || key === 'service' || key === 'scope' || key === 'error') challenge[key] = value;
  }
  return challenge;
}

export interface AuthenticatorOptions {
  /** host[:port] as in references (docker.io for the Hub). */
  registry: string;
  keychain: Keychain;
  transport: Transport;
  secrets?: SecretRegistry;
  log?: Logger;
  /** Safety margin before a token's end of life at which it is renewed. Default 10 s. */
  renewBeforeMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

interface CachedToken {
  header: string;
  expiresAt: number;
}

/** Largest token answer read (tokens are a few KiB; a JWT with many scopes stays far below). */
const MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024;

/** Default token lifetime when the server does not say (the spec's 60 s). */
const DEFAULT_EXPIRES_IN_S = 60;

function scopeKey(scopes: readonly string[]): string {
  return [...new Set(scopes)].sort().join(' ');
}

/** Adds a challenge's scopes (space-separated) to ours, without duplicates. */
function mergeScopes(scopes: readonly string[], extra: string | undefined): string[] {
  const merged = new Set(scopes);
  for (const s of (extra ?? '').split(' ')) if (s) merged.add(s);
  return [...merged];
}

/**
 * One per registry. `authorization(scopes)` gives the header to send (undefined until a challenge is
 * known); `retryAfterUnauthorized` learns from a 401 and gives the header to retry with, once.
 */
export class RegistryAuthenticator {
  private challenge: Challenge | undefined;
  private readonly credentialCache = new Map<string, Promise<RegistryCredential | undefined>>();
  private readonly tokens = new Map<string, Promise<CachedToken>>();
  /** Scopes a challenge added to what a caller asked for, so the next request asks for them up front. */
  private readonly widened = new Map<string, string[]>();
  private readonly secrets: SecretRegistry;
  private readonly now: () => number;
  /** Token requests made, for tests and diagnostics. */
  tokenRequests = 0;

  constructor(private readonly options: AuthenticatorOptions) {
    this.secrets = options.secrets ?? new SecretRegistry();
    this.now = options.now ?? Date.now;
  }

  private credentials(repository?: string): Promise<RegistryCredential | undefined> {
    const key = repository ?? '';
    let credential = this.credentialCache.get(key);
    if (!credential) {
      credential = this.options.keychain.resolve(this.options.registry, repository);
      this.credentialCache.set(key, credential);
    }
    return credential;
  }

  /** The Authorization header for a request needing `scopes`, or undefined (anonymous / not known yet). */
  async authorization(scopes: readonly string[]): Promise<string | undefined> {
    const challenge = this.challenge;
    if (!challenge) return undefined;
    const credential = await this.credentials(repositoryOf(scopes));
    if (challenge.scheme === 'basic') return basicHeader(credential);
    if (credential?.registryToken) return `Bearer ${credential.registryToken}`;
    return (await this.token(this.widened.get(scopeKey(scopes)) ?? scopes, challenge, credential)).header;
  }

  /** True when the keychain has credentials for this registry (and repository). */
  async hasCredentials(scopes: readonly string[]): Promise<boolean> {
    return (await this.credentials(repositoryOf(scopes))) !== undefined;
  }

  /** Learns the challenge from a `/v2/` ping (a 401), so later requests authenticate up front. */
  observe(response: HttpResponse): void {
    const challenge = parseChallenge(response.headers.get('www-authenticate'));
    if (challenge) this.challenge = challengeOf(challenge);
  }

  /**
   * Called on a 401. Returns the header to send on one retry, or undefined when retrying cannot help
   * (no challenge, no credentials for Basic, or the header sent was already fresh).
   */
  async retryAfterUnauthorized(
    response: HttpResponse,
    scopes: readonly string[],
    sent: string | undefined,
  ): Promise<string | undefined> {
    const challenge = parseChallenge(response.headers.get('www-authenticate'));
    if (!challenge) return undefined;
    this.challenge = challengeOf(challenge);
    const credential = await this.credentials(repositoryOf(scopes));
    if (challenge.scheme === 'basic') {
      const header = basicHeader(credential);
      return header !== undefined && header !== sent ? header : undefined;
    }
    if (credential?.registryToken) {
      const header = `Bearer ${credential.registryToken}`;
      return header !== sent ? header : undefined;
    }
    const wanted = mergeScopes(this.widened.get(scopeKey(scopes)) ?? scopes, challenge.scope);
    if (wanted.length > scopes.length) this.widened.set(scopeKey(scopes), wanted);
    // The token we sent was refused (expired early, revoked): forget it and fetch one fresh token.
    const key = scopeKey(wanted);
    const cached = this.tokens.get(key);
    if (cached && sent !== undefined && (await cached.catch(() => undefined))?.header === sent)
      this.tokens.delete(key);
    const token = await this.token(wanted, this.challenge, credential);
    return token.header !== sent ? token.header : undefined;
  }

  private token(
    scopes: readonly string[],
    challenge: Challenge,
    credential: RegistryCredential | undefined,
  ): Promise<CachedToken> {
    const key = scopeKey(scopes);
    const cached = this.tokens.get(key);
    if (cached) {
      return cached.then((token) => {
        if (token.expiresAt > this.now()) return token;
        if (this.tokens.get(key) === cached) this.tokens.delete(key);
        return this.token(scopes, challenge, credential);
      });
    }
    const pending = this.fetchToken(scopes, challenge, credential);
    this.tokens.set(key, pending);
    pending.catch(() => {
      if (this.tokens.get(key) === pending) this.tokens.delete(key);
    });
    return pending;
  }

  private async fetchToken(
    scopes: readonly string[],
    challenge: Challenge,
    credential: RegistryCredential | undefined,
  ): Promise<CachedToken> {
    const registry = this.options.registry;
    if (!challenge.realm) {
      throw new FerryError(
        `Authenticating to ${registry} failed: its Bearer challenge names no realm. The registry is misconfigured.`,
        {
          code: 'AUTH',
        },
      );
    }
    let realm: URL;
    try {
      realm = new URL(challenge.realm);
    } catch (error) {
      throw new FerryError(
        `Authenticating to ${registry} failed: token realm '${redactUrl(challenge.realm)}' is not a URL. The registry is misconfigured.`,
        {
          code: 'AUTH',
          cause: error,
        },
      );
    }
    const hasSecret = credential?.password !== undefined || credential?.identityToken !== undefined;
    if (
      hasSecret &&
      realm.protocol !== 'https:' &&
      !isLoopbackHost(realm.host) &&
      !this.options.transport.isInsecure(realm.host)
    ) {
      throw new FerryError(
        `Authenticating to ${registry} failed: its token realm ${redactUrl(realm.toString())} is plain HTTP, and credentials are not sent in clear text. Mark ${realm.host} insecure if you accept that.`,
        { code: 'AUTH' },
      );
    }
    this.tokenRequests++;
    const who = credential?.username
      ? ` as '${credential.username}'`
      : credential?.identityToken
        ? ' with an identity token'
        : ' anonymously';
    let response: HttpResponse;
    try {
      if (credential?.identityToken) {
        // OAuth2 refresh-token grant, as Docker does for `identitytoken`.
        const form = new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: credential.identityToken,
          client_id: 'ferry',
        });
        if (challenge.service) form.set('service', challenge.service);
        if (scopes.length) form.set('scope', scopes.join(' '));
        response = await this.options.transport.request({
          method: 'POST',
          url: realm.toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: form.toString(),
          buffer: true,
          maxBytes: MAX_TOKEN_RESPONSE_BYTES,
        });
      } else {
        if (challenge.service) realm.searchParams.set('service', challenge.service);
        for (const scope of scopes) realm.searchParams.append('scope', scope);
        const basic = basicHeader(credential);
        response = await this.options.transport.request({
          method: 'GET',
          url: realm.toString(),
          headers: basic ? { authorization: basic } : {},
          buffer: true,
          maxBytes: MAX_TOKEN_RESPONSE_BYTES,
        });
      }
    } catch (error) {
      if (error instanceof ResponseSizeError)
        throw new FerryError(
          `Authenticating to ${registry}${who} failed: the token server ${realm.host} sent no usable answer: ${error.why} (the reading stopped there). The token server is misconfigured or hostile; check the registry's token realm.`,
          { code: 'AUTH', cause: error },
        );
      throw new FerryError(
        `Authenticating to ${registry}${who} failed: the token server did not answer (${errorMessage(error)}). Check that ${realm.host} is reachable.`,
        {
          code: 'AUTH',
          cause: error,
        },
      );
    }
    const ok = response.status >= 200 && response.status <= 299;
    // A token answer is small; an error body is read only as far as a message needs.
    const body = ok ? await response.text(MAX_TOKEN_RESPONSE_BYTES) : await response.head(64 * 1024);
    if (response.status === 401 || response.status === 403) {
      throw new RegistryError({
        method: 'GET',
        url: realm.origin + realm.pathname,
        status: response.status,
        action: `Authenticating to ${registry}${who}`,
        hint: credential
          ? `The credentials were refused; check the username and password (or token) for ${registry}.`
          : `The registry requires credentials; pass a username and password for ${registry} or log in with docker login.`,
      });
    }
    if (response.status < 200 || response.status > 299) {
      throw new RegistryError({
        method: 'GET',
        url: realm.origin + realm.pathname,
        status: response.status,
        body,
        action: `Authenticating to ${registry}${who}`,
      });
    }
    const parsed = parseTokenResponse(body);
    if (!parsed) {
      throw new FerryError(
        `Authenticating to ${registry} failed: the token server's answer has no token. The token server is misconfigured.`,
        {
          code: 'AUTH',
        },
      );
    }
    this.secrets.add(parsed.token);
    if (parsed.refreshToken) this.secrets.add(parsed.refreshToken);
    const lifetimeMs = parsed.expiresIn * 1000;
    const margin = Math.min(this.options.renewBeforeMs ?? 10_000, lifetimeMs / 2);
    this.options.log?.debug(
      `token for ${registry} (${scopes.join(' ') || 'no scope'}) valid ${parsed.expiresIn} s`,
    );
    return { header: `Bearer ${parsed.token}`, expiresAt: this.now() + lifetimeMs - margin };
  }
}

/** The challenge without its per-request parts (scope, error). */
function challengeOf(challenge: Challenge): Challenge {
  return {
    scheme: challenge.scheme,
    ...(challenge.realm ? { realm: challenge.realm } : {}),
    ...(challenge.service ? { service: challenge.service } : {}),
  };
}

function repositoryOf(scopes: readonly string[]): string | undefined {
  const first = scopes[0];
  if (!first?.startsWith('repository:')) return undefined;
  const parts = first.split(':');
  return parts[1];
}

function basicHeader(credential: RegistryCredential | undefined): string | undefined {
  if (credential?.username === undefined || credential.password === undefined) return undefined;
  return `Basic ${Buffer.from(`${credential.username}:${credential.password}`, 'utf8').toString('base64')}`;
}

/** `token` or `access_token`, `expires_in` (seconds, at least 60 by the spec when absent). */
export function parseTokenResponse(
  body: string,
): { token: string; expiresIn: number; refreshToken?: string } | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null) return undefined;
  const token =
    'token' in json && typeof json.token === 'string' && json.token
      ? json.token
      : 'access_token' in json && typeof json.access_token === 'string' && json.access_token
        ? json.access_token
        : undefined;
  if (!token) return undefined;
  const expiresIn =
    'expires_in' in json && typeof json.expires_in === 'number' && json.expires_in > 0
      ? json.expires_in
      : DEFAULT_EXPIRES_IN_S;
  const refreshToken =
    'refresh_token' in json && typeof json.refresh_token === 'string' ? json.refresh_token : undefined;
  return refreshToken ? { token, expiresIn, refreshToken } : { token, expiresIn };
}
