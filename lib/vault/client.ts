// A small client for HashiCorp Vault's HTTP API: login (token, AppRole, JWT), KV v1/v2 reads with the
// engine version detected from the mount, and revocation of the token it obtained. Nothing else.
import { errnoOf } from '../util/errno';
import { FerryError } from '../util/errors';
import { displayServerUrl } from '../util/url';
import type { Logger } from '../log';
import {
  createDefaultTransport,
  sendWithRetry,
  type RetryOptions,
  type VaultHttpMethod,
  type VaultHttpResponse,
  type VaultTransport,
} from './http';
import { isRecord } from '../util/is-record';

/** How to obtain a token. A JWT may be given as a string or fetched on demand (GitHub Actions OIDC). */
export type VaultAuth =
  | { method: 'token'; token: string }
  | { method: 'approle'; roleId: string; secretId: string; /** Default `approle`. */ mount?: string }
  | {
      method: 'jwt';
      role: string;
      /** A function is called at login with the client's abort signal (a cancelled run stops it). */
      jwt: string | ((signal?: AbortSignal) => Promise<string>);
      /** Default `jwt`. */
      mount?: string;
    };

export interface VaultClientOptions {
  /** `https://vault.example.com:8200`; a path prefix (behind a proxy) is kept. */
  serverUrl: string;
  /** Vault Enterprise namespace, sent as `X-Vault-Namespace` on every request, logins included. */
  namespace?: string;
  /** PEM bundle to trust (ignored when `transport` is given). */
  caFile?: string;
  auth: VaultAuth;
  log: Logger;
  /** Replaces the HTTP layer (tests, proxies). */
  transport?: VaultTransport;
  retry?: RetryOptions;
  /**
   * When the preflight endpoint `sys/internal/ui/mounts/<path>` is missing (Vault < 0.10) or refuses,
   * ask `sys/mounts` instead (needs read on `sys/mounts`). Default true.
   */
  sysMountsFallback?: boolean;
  /**
   * Aborts logins and reads (a cancelled run). Revocation does not take it: a cancelled run still
   * revokes its token, within REVOKE_TIMEOUT_MS.
   */
  signal?: AbortSignal;
}

/** How long revocation may take at the end of a run (also a cancelled one) before ferry gives up. */
const REVOKE_TIMEOUT_MS = 5_000;

export interface KvMount {
  /** The mount path with its trailing slash, e.g. `secret/`. */
  mount: string;
  version: 1 | 2;
}

export interface VaultClient {
  readonly serverUrl: string;
  /** Logs in once; later calls return the same promise (and the same failure). */
  login(): Promise<void>;
  /** Reads a KV secret at `<mount>/<path>`. `undefined` when there is none. Every value is masked first. */
  read(path: string): Promise<Record<string, string> | undefined>;
  /** The KV mount holding `path` and its version; `undefined` when no mount holds it. Cached per mount. */
  kvMount(path: string): Promise<KvMount | undefined>;
  /** Revokes the token this client obtained by login; a token the caller supplied is left alone. */
  revoke(): Promise<void>;
  /** True when the token came from a login made here (and so is ours to revoke). */
  readonly ownsToken: boolean;
  /** Releases connections. Does not revoke. */
  close(): Promise<void>;
}

export type VaultErrorReason = 'unreachable' | 'login-refused' | 'denied' | 'server' | 'protocol' | 'closed';

/** A Vault failure; `reason` says which, so callers branch on it and never on the message. */
export class VaultError extends FerryError {
  readonly reason: VaultErrorReason;
  readonly status: number | undefined;

  constructor(message: string, options: { reason: VaultErrorReason; status?: number; cause?: unknown }) {
    super(message, { code: 'VAULT', cause: options.cause });
    this.name = 'VaultError';
    this.reason = options.reason;
    this.status = options.status;
  }
}

export function isVaultError(error: unknown, reason?: VaultErrorReason): error is VaultError {
  return error instanceof VaultError && (reason === undefined || error.reason === reason);
}

/** Piper's path clean-up: trimmed, no leading/trailing or doubled slashes. */
export function sanitizeVaultPath(path: string): string {
  return path
    .trim()
    .split('/')
    .filter((s) => s.length > 0)
    .join('/');
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function parseJson(body: string): unknown {
  if (body.trim().length === 0) return undefined;
  try {
    return JSON.parse(body) as Json;
  } catch {
    return undefined;
  }
}

/** Vault's `{"errors": [...]}` as one line. */
function vaultErrors(res: VaultHttpResponse): string {
  const parsed = parseJson(res.body);
  if (isRecord(parsed) && Array.isArray(parsed.errors)) {
    const texts = parsed.errors.filter((e): e is string => typeof e === 'string' && e.length > 0);
    if (texts.length > 0) return texts.join('; ');
  }
  return 'no error message';
}

/** Piper's rule: strings as they are, numbers and booleans as text, anything else as JSON. */
function stringifyValues(data: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === null || value === undefined) continue;
    out[key] =
      typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return out;
}

function encodePath(path: string): string {
  return path
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

function describeAuth(auth: VaultAuth): string {
  switch (auth.method) {
    case 'token':
      return 'token';
    case 'approle':
      return `AppRole (auth/${auth.mount ?? 'approle'})`;
    case 'jwt':
      return `JWT role '${auth.role}' (auth/${auth.mount ?? 'jwt'})`;
  }
}

function loginHint(auth: VaultAuth): string {
  switch (auth.method) {
    case 'token':
      return 'Check PIPER_vaultToken / FERRY_VAULT_TOKEN.';
    case 'approle':
      return `Check PIPER_vaultAppRoleID and PIPER_vaultAppRoleSecretID, and that the secret_id has not expired or run out of uses.`;
    case 'jwt':
      return `Check that role '${auth.role}' exists on auth/${auth.mount ?? 'jwt'} and that its bound claims (repository, ref, audience) match this workflow's OIDC token.`;
  }
}

export function createVaultClient(options: VaultClientOptions): VaultClient {
  const { log, auth } = options;
  const base = options.serverUrl.replace(/\/+$/, '');
  const shownUrl = displayServerUrl(base);
  const sysMountsFallback = options.sysMountsFallback ?? true;

  // Mask what the caller handed us before any request can fail and print.
  if (auth.method === 'token') log.addSecret(auth.token);
  if (auth.method === 'approle') log.addSecret(auth.secretId);
  if (auth.method === 'jwt' && typeof auth.jwt === 'string') log.addSecret(auth.jwt);

  let transportPromise: Promise<{ transport: VaultTransport; close(): Promise<void> }> | undefined;
  const getTransport = (): Promise<{ transport: VaultTransport; close(): Promise<void> }> => {
    if (options.transport) {
      const transport = options.transport;
      return Promise.resolve({ transport, close: () => Promise.resolve() });
    }
    transportPromise ??= createDefaultTransport(
      options.caFile === undefined ? {} : { caFile: options.caFile },
    );
    return transportPromise;
  };

  let token: string | undefined;
  let owned = false;
  let revoked = false;
  let loginPromise: Promise<void> | undefined;
  const mounts: KvMount[] = [];
  const pendingMounts = new Map<string, Promise<unknown>>();

  async function send(
    method: VaultHttpMethod,
    path: string,
    opts: { body?: Record<string, unknown>; withToken: boolean; idempotent: boolean; signal?: AbortSignal },
  ): Promise<VaultHttpResponse> {
    const signal = opts.signal ?? options.signal;
    const headers: Record<string, string> = { 'X-Vault-Request': 'true' };
    if (opts.withToken && token !== undefined) headers['X-Vault-Token'] = token;
    if (options.namespace) headers['X-Vault-Namespace'] = options.namespace;
    if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
    const { transport } = await getTransport();
    try {
      return await sendWithRetry(
        transport,
        {
          method,
          url: `${base}/v1/${encodePath(path)}`,
          headers,
          ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }),
          ...(signal ? { signal } : {}),
        },
        { idempotent: opts.idempotent, ...(options.retry ? { retry: options.retry } : {}) },
      );
    } catch (error) {
      // A cancelled run is not an unreachable Vault: the cancellation goes up as it is.
      if (options.signal?.aborted && signal === options.signal) throw options.signal.reason;
      const code = errnoOf(error) ?? (error instanceof Error ? error.message : 'unknown error');
      throw new VaultError(
        `Vault at ${shownUrl} is unreachable (${code}). Check vaultServerUrl, and that the server is up and reachable from this runner (proxy, firewall, CA bundle).`,
        { reason: 'unreachable', cause: error },
      );
    }
  }

  async function doLogin(): Promise<void> {
    if (auth.method === 'token') {
      token = auth.token;
      owned = false;
      log.debug(`Vault: using the given token for ${shownUrl}`);
      return;
    }
    let loginPath: string;
    let body: Record<string, unknown>;
    if (auth.method === 'approle') {
      loginPath = `auth/${sanitizeVaultPath(auth.mount ?? 'approle')}/login`;
      body = { role_id: auth.roleId, secret_id: auth.secretId };
    } else {
      let jwt: string;
      try {
        jwt = typeof auth.jwt === 'string' ? auth.jwt : await auth.jwt(options.signal);
      } catch (error) {
        // A cancelled run is not a refused login: say so as the other requests do.
        if (options.signal?.aborted) throw options.signal.reason;
        throw new VaultError(
          `Vault login with ${describeAuth(auth)} failed: could not obtain the OIDC token (${error instanceof Error ? log.mask(error.message) : 'unknown error'}). In GitHub Actions, grant the job 'permissions: id-token: write'.`,
          { reason: 'login-refused', cause: error },
        );
      }
      log.addSecret(jwt);
      loginPath = `auth/${sanitizeVaultPath(auth.mount ?? 'jwt')}/login`;
      body = { role: auth.role, jwt };
    }
    const res = await send('POST', loginPath, { body, withToken: false, idempotent: false });
    const parsed = parseJson(res.body);
    const clientToken =
      res.status === 200 &&
      isRecord(parsed) &&
      isRecord(parsed.auth) &&
      typeof parsed.auth.client_token === 'string'
        ? parsed.auth.client_token
        : undefined;
    // Registered before any line below can print it.
    log.addSecret(clientToken);
    if (clientToken === undefined || clientToken.length === 0) {
      const why = res.status === 200 ? 'the response held no client_token' : log.mask(vaultErrors(res));
      const refused = res.status === 400 || res.status === 401 || res.status === 403 || res.status === 200;
      throw new VaultError(
        `Vault login with ${describeAuth(auth)} at ${shownUrl} was refused (HTTP ${res.status}: ${why}). ${loginHint(auth)}`,
        { reason: refused ? 'login-refused' : 'server', status: res.status },
      );
    }
    token = clientToken;
    owned = true;
    log.info(`Vault: logged in to ${shownUrl} with ${describeAuth(auth)}`);
  }

  function login(): Promise<void> {
    if (revoked) return Promise.reject(closedError());
    loginPromise ??= doLogin();
    return loginPromise;
  }

  function closedError(): VaultError {
    return new VaultError(
      `Vault client for ${shownUrl} is closed: its token was revoked. Open a new session.`,
      {
        reason: 'closed',
      },
    );
  }

  function knownMount(path: string): KvMount | undefined {
    let best: KvMount | undefined;
    for (const m of mounts) {
      const bare = m.mount.replace(/\/$/, '');
      if ((path === bare || path.startsWith(m.mount)) && (!best || m.mount.length > best.mount.length))
        best = m;
    }
    return best;
  }

  function remember(mount: string, version: 1 | 2): KvMount {
    const m: KvMount = { mount: mount.endsWith('/') ? mount : `${mount}/`, version };
    if (!mounts.some((x) => x.mount === m.mount)) mounts.push(m);
    log.debug(`Vault: ${m.mount} is a KV version ${version} mount`);
    return m;
  }

  function versionOf(options: unknown): 1 | 2 {
    return isRecord(options) && (options.version === '2' || options.version === 2) ? 2 : 1;
  }

  async function detectMount(path: string): Promise<KvMount | undefined> {
    const pre = await send('GET', `sys/internal/ui/mounts/${path}`, { withToken: true, idempotent: true });
    if (pre.status === 200) {
      const parsed = parseJson(pre.body);
      const data = isRecord(parsed) && isRecord(parsed.data) ? parsed.data : undefined;
      if (data && typeof data.path === 'string' && data.path.length > 0)
        return remember(data.path, versionOf(data.options));
      throw new VaultError(
        `Vault at ${shownUrl} answered the mount lookup for ${path} without a mount path. Is ${shownUrl} a Vault server?`,
        { reason: 'protocol', status: pre.status },
      );
    }
    if (pre.status !== 403 && pre.status !== 404 && pre.status !== 400) {
      throw new VaultError(
        `Vault at ${shownUrl} failed the mount lookup for ${path} (HTTP ${pre.status}: ${vaultErrors(pre)}). Check the server's health.`,
        { reason: 'server', status: pre.status },
      );
    }
    if (sysMountsFallback) {
      const all = await send('GET', 'sys/mounts', { withToken: true, idempotent: true });
      if (all.status === 200) {
        const parsed = parseJson(all.body);
        // Current Vault repeats the mount table under `data`; old versions put it at the top level only.
        const table = isRecord(parsed) ? (isRecord(parsed.data) ? parsed.data : parsed) : {};
        let best: { mount: string; options: unknown } | undefined;
        for (const [mount, entry] of Object.entries(table)) {
          if (!mount.endsWith('/') || !isRecord(entry)) continue;
          const bare = mount.slice(0, -1);
          if ((path === bare || path.startsWith(mount)) && (!best || mount.length > best.mount.length)) {
            best = { mount, options: entry.options };
          }
        }
        return best ? remember(best.mount, versionOf(best.options)) : undefined;
      }
    }
    // No preflight endpoint at all: Vault before 0.10, which only had KV version 1 (what the vault CLI assumes).
    if (pre.status === 404) return remember(path.split('/')[0] ?? path, 1);
    throw new VaultError(
      `Vault denied access to ${path} (HTTP ${pre.status}: ${vaultErrors(pre)}): there is no such mount, or the token's policy does not allow reading it.`,
      { reason: 'denied', status: pre.status },
    );
  }

  async function kvMount(rawPath: string): Promise<KvMount | undefined> {
    const path = sanitizeVaultPath(rawPath);
    await login();
    const first = path.split('/')[0] ?? path;
    // One preflight per mount: concurrent reads under the same first segment wait for the one in flight.
    for (;;) {
      const known = knownMount(path);
      if (known) return known;
      const pending = pendingMounts.get(first);
      if (!pending) break;
      await pending.catch(() => undefined);
    }
    const detection = detectMount(path);
    pendingMounts.set(first, detection);
    try {
      return await detection;
    } finally {
      pendingMounts.delete(first);
    }
  }

  async function read(rawPath: string): Promise<Record<string, string> | undefined> {
    const path = sanitizeVaultPath(rawPath);
    if (revoked) throw closedError();
    const mount = await kvMount(path);
    if (!mount) return undefined;
    const rest = path === mount.mount.replace(/\/$/, '') ? '' : path.slice(mount.mount.length);
    const apiPath = mount.version === 2 ? `${mount.mount}data${rest ? `/${rest}` : ''}` : path;
    const res = await send('GET', apiPath, { withToken: true, idempotent: true });
    if (res.status === 404) return undefined;
    if (res.status === 403) {
      throw new VaultError(
        `Vault denied reading ${path} (HTTP 403: ${vaultErrors(res)}). Grant the token's policy 'read' on ${apiPath}.`,
        { reason: 'denied', status: 403 },
      );
    }
    if (res.status !== 200) {
      throw new VaultError(
        `Vault failed reading ${path} (HTTP ${res.status}: ${vaultErrors(res)}). Check the server's health.`,
        {
          reason: 'server',
          status: res.status,
        },
      );
    }
    const parsed = parseJson(res.body);
    const outer = isRecord(parsed) ? parsed.data : undefined;
    // KV v2 wraps the secret with its metadata; a deleted latest version has `data: null`.
    const data = mount.version === 2 ? (isRecord(outer) ? outer.data : undefined) : outer;
    if (data === null || (mount.version === 2 && data === undefined && isRecord(outer))) return undefined;
    if (!isRecord(data)) {
      throw new VaultError(
        `Vault answered the read of ${path} with an unexpected body (no 'data' object for a KV v${mount.version} mount).`,
        { reason: 'protocol', status: res.status },
      );
    }
    const values = stringifyValues(data);
    for (const value of Object.values(values)) log.addSecret(value);
    return values;
  }

  async function revoke(): Promise<void> {
    if (revoked) return;
    if (loginPromise) await loginPromise.catch(() => undefined);
    revoked = true;
    if (!owned || token === undefined) return;
    const res = await send('POST', 'auth/token/revoke-self', {
      withToken: true,
      idempotent: true,
      signal: AbortSignal.timeout(REVOKE_TIMEOUT_MS),
    });
    token = undefined;
    if (res.status !== 204 && res.status !== 200) {
      throw new VaultError(
        `Vault did not revoke the login token (HTTP ${res.status}: ${vaultErrors(res)}). It stays valid until its TTL ends.`,
        { reason: 'server', status: res.status },
      );
    }
    log.debug('Vault: login token revoked');
  }

  return {
    serverUrl: shownUrl,
    login,
    read,
    kvMount,
    revoke,
    get ownsToken() {
      return owned;
    },
    async close() {
      if (transportPromise) await (await transportPromise).close();
    },
  };
}
