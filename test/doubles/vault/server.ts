// TEST DOUBLE of HashiCorp Vault, following Vault's documented HTTP API (developer.hashicorp.com/vault/api-docs):
// no Vault server can be installed on these machines, so this in-process node:http server stands in for one.
//
// What it implements, as documented: X-Vault-Token (403 {"errors":["permission denied"]}), X-Vault-Namespace
// (a mount tree per namespace; tokens bound to the namespace they were made in, the root token to all),
// GET /v1/sys/internal/ui/mounts/<path> (authenticated preflight: {data:{path,type,options:{version}}}),
// GET /v1/sys/mounts, POST /v1/auth/<approle mount>/login {role_id, secret_id},
// POST /v1/auth/<jwt mount>/login {role, jwt}, KV v2 GET /v1/<mount>/data/<path> ({data:{data,metadata}}),
// KV v1 GET /v1/<mount>/<path> ({data}), POST /v1/auth/token/revoke-self (204), GET /v1/auth/token/lookup-self.
// With the root token it also takes the set-up calls test/vault/real-vault.test.ts makes against a real Vault
// (sys/mounts/<m>, KV writes, sys/auth/<m>, sys/policies/acl/<name>, AppRole role, role-id and secret-id), so
// that suite can be smoke-run against this double (test/doubles/vault/serve.ts).
// Every request is logged so tests can count logins, preflights and reads, and check revocation.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { isRecord } from '../../../lib/util/is-record';

export type SecretData = Record<string, unknown>;

export interface KvMountSpec {
  version: 1 | 2;
  /** Secrets by path inside the mount (`team/app/docker-registry`). */
  secrets?: Record<string, SecretData>;
}

/** Paths a token may read: exact API paths, or prefixes ending in `*` (Vault policy globs). */
export type Policy = readonly string[];

export interface LoginSpec {
  namespace?: string;
  /** Policy of the tokens issued by this login. Default: everything. */
  policy?: Policy;
}

export interface VaultDoubleOptions {
  /** Mounts (name without slash) of the root namespace. */
  mounts?: Record<string, KvMountSpec>;
  /** Mounts of other namespaces, by namespace name (`team-a`). */
  namespaces?: Record<string, Record<string, KvMountSpec>>;
  /** The root token: every path, every namespace, sys/mounts included. Random by default. */
  rootToken?: string;
  /** Further tokens with a policy (no sys/mounts access) and the namespace they belong to. */
  tokens?: Record<string, { policy: Policy; namespace?: string }>;
  approle?: LoginSpec & { roleId: string; secretId: string; mount?: string };
  jwt?: LoginSpec & { role: string; jwt: string; mount?: string };
  /** false: behave like Vault before 0.10 (no preflight endpoint, 404). Default true. */
  uiMounts?: boolean;
  /** Serve https with this certificate and key (PEM text). */
  tls?: { cert: string; key: string };
  /** Told of every request as it arrives (tests wait for one instead of polling). */
  onRequest?: (request: RecordedRequest) => void;
  /** Requests for which this returns true are recorded and never answered (a Vault that hangs). */
  stall?: (request: RecordedRequest) => boolean;
}

export interface RecordedRequest {
  method: string;
  /** Path after /v1/, decoded. */
  path: string;
  namespace: string;
  token: string | undefined;
}

interface TokenInfo {
  namespace: string;
  policy: Policy | 'root';
}

export interface VaultDouble {
  url: string;
  rootToken: string;
  requests: RecordedRequest[];
  /** Tokens issued by logins, in order. */
  issued: string[];
  revoked: string[];
  isLive(token: string): boolean;
  /** Requests whose path is exactly `path` (after /v1/). */
  count(path: string, method?: string): number;
  setSecret(mountAndPath: string, data: SecretData, namespace?: string): void;
  stop(): Promise<void>;
}

const MOUNT_DEFAULTS = { 'sys/': { type: 'system' }, 'cubbyhole/': { type: 'cubbyhole' } } as const;

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status);
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

const denied = (res: ServerResponse): void => send(res, 403, { errors: ['permission denied'] });

function envelope(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    request_id: randomBytes(8).toString('hex'),
    lease_id: '',
    renewable: false,
    lease_duration: 0,
    data: null,
    wrap_info: null,
    warnings: null,
    auth: null,
    ...fields,
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function allows(policy: Policy | 'root', apiPath: string): boolean {
  if (policy === 'root') return true;
  return policy.some((p) => (p.endsWith('*') ? apiPath.startsWith(p.slice(0, -1)) : apiPath === p));
}

export async function startVaultDouble(options: VaultDoubleOptions = {}): Promise<VaultDouble> {
  const rootToken = options.rootToken ?? `hvs.root-${randomBytes(12).toString('hex')}`;
  const trees = new Map<string, Map<string, { version: 1 | 2; secrets: Map<string, SecretData> }>>();
  const addTree = (ns: string, mounts: Record<string, KvMountSpec> | undefined): void => {
    const tree = new Map<string, { version: 1 | 2; secrets: Map<string, SecretData> }>();
    for (const [name, spec] of Object.entries(mounts ?? {})) {
      tree.set(name.replace(/\/$/, ''), {
        version: spec.version,
        secrets: new Map(Object.entries(spec.secrets ?? {})),
      });
    }
    trees.set(ns, tree);
  };
  addTree('', options.mounts);
  for (const [ns, mounts] of Object.entries(options.namespaces ?? {})) addTree(ns, mounts);

  const tokens = new Map<string, TokenInfo>([[rootToken, { namespace: '', policy: 'root' }]]);
  // AppRole: mount (namespace-qualified) → role name → ids and the policy of the tokens it issues.
  const approles = new Map<string, Map<string, { roleId: string; secretIds: Set<string>; policy: Policy }>>();
  const policies = new Map<string, Policy>();
  const approleKey = (ns: string, mount: string): string => `${ns}|${mount}`;
  if (options.approle) {
    const a = options.approle;
    approles.set(
      approleKey(a.namespace ?? '', a.mount ?? 'approle'),
      new Map([
        ['default', { roleId: a.roleId, secretIds: new Set([a.secretId]), policy: a.policy ?? ['*'] }],
      ]),
    );
  }
  for (const [t, spec] of Object.entries(options.tokens ?? {}))
    tokens.set(t, { namespace: spec.namespace ?? '', policy: spec.policy });
  const requests: RecordedRequest[] = [];
  const issued: string[] = [];
  const revoked: string[] = [];

  function mountOf(ns: string, path: string): { name: string; rest: string } | undefined {
    const tree = trees.get(ns);
    if (!tree) return undefined;
    let best: string | undefined;
    for (const name of tree.keys()) {
      if ((path === name || path.startsWith(`${name}/`)) && (!best || name.length > best.length)) best = name;
    }
    return best === undefined
      ? undefined
      : { name: best, rest: path === best ? '' : path.slice(best.length + 1) };
  }

  function issue(spec: LoginSpec): Record<string, unknown> {
    const token = `hvs.${randomBytes(18).toString('base64url')}`;
    tokens.set(token, { namespace: spec.namespace ?? '', policy: spec.policy ?? ['*'] });
    issued.push(token);
    return envelope({
      auth: {
        client_token: token,
        accessor: randomBytes(8).toString('hex'),
        policies: ['default'],
        token_policies: ['default'],
        metadata: {},
        lease_duration: 2764800,
        renewable: true,
        entity_id: '',
        token_type: 'service',
        orphan: true,
      },
    });
  }

  /** The root token's set-up calls. Returns false when the path is not one of them. */
  function admin(method: string, path: string, ns: string, body: string, res: ServerResponse): boolean {
    let parsed: Record<string, unknown> = {};
    try {
      const value: unknown = body ? JSON.parse(body) : {};
      if (isRecord(value)) parsed = value;
    } catch {
      send(res, 400, { errors: ['failed to parse JSON input'] });
      return true;
    }
    let tree = trees.get(ns);
    if (!tree) {
      tree = new Map();
      trees.set(ns, tree);
    }
    const mountMatch = /^sys\/mounts\/(.+)$/.exec(path);
    if (mountMatch?.[1]) {
      if (method === 'DELETE') tree.delete(mountMatch[1]);
      else {
        const version = isRecord(parsed.options) && String(parsed.options.version) === '2' ? 2 : 1;
        tree.set(mountMatch[1], { version, secrets: new Map() });
      }
      send(res, 204);
      return true;
    }
    const authMatch = /^sys\/auth\/(.+)$/.exec(path);
    if (authMatch?.[1]) {
      if (method === 'DELETE') approles.delete(approleKey(ns, authMatch[1]));
      else if (parsed.type === 'approle') approles.set(approleKey(ns, authMatch[1]), new Map());
      send(res, 204);
      return true;
    }
    const policyMatch = /^sys\/policies\/acl\/(.+)$/.exec(path);
    if (policyMatch?.[1]) {
      if (method === 'DELETE') policies.delete(policyMatch[1]);
      else {
        const hcl = typeof parsed.policy === 'string' ? parsed.policy : '';
        policies.set(
          policyMatch[1],
          [...hcl.matchAll(/path\s+"([^"]+)"/g)].map((m) => m[1] ?? ''),
        );
      }
      send(res, 204);
      return true;
    }
    const roleMatch = /^auth\/(.+)\/role\/([^/]+)(\/secret-id)?$/.exec(path);
    const roles = roleMatch ? approles.get(approleKey(ns, roleMatch[1] ?? '')) : undefined;
    if (roleMatch && roles) {
      const name = roleMatch[2] ?? '';
      if (roleMatch[3]) {
        const role = roles.get(name);
        if (!role) return false;
        const secretId = randomBytes(16).toString('hex');
        role.secretIds.add(secretId);
        send(
          res,
          200,
          envelope({ data: { secret_id: secretId, secret_id_accessor: randomBytes(8).toString('hex') } }),
        );
        return true;
      }
      const names = Array.isArray(parsed.token_policies)
        ? parsed.token_policies.filter((p) => typeof p === 'string')
        : [];
      roles.set(name, {
        roleId: randomBytes(16).toString('hex'),
        secretIds: new Set(),
        policy: names.flatMap((n) => policies.get(n) ?? []),
      });
      send(res, 204);
      return true;
    }
    const m = mountOf(ns, path);
    const mount = m ? tree.get(m.name) : undefined;
    if (m && mount && method !== 'DELETE') {
      if (mount.version === 2) {
        if (!m.rest.startsWith('data/') || !isRecord(parsed.data)) return false;
        mount.secrets.set(m.rest.slice('data/'.length), parsed.data);
        send(res, 200, envelope({ data: { created_time: new Date().toISOString(), version: 1 } }));
      } else {
        mount.secrets.set(m.rest, parsed);
        send(res, 204);
      }
      return true;
    }
    return false;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://vault');
    const method = req.method ?? 'GET';
    const ns = (
      typeof req.headers['x-vault-namespace'] === 'string' ? req.headers['x-vault-namespace'] : ''
    ).replace(/^\/|\/$/g, '');
    const tokenHeader = req.headers['x-vault-token'];
    const token = typeof tokenHeader === 'string' ? tokenHeader : undefined;
    if (!url.pathname.startsWith('/v1/')) return send(res, 404, { errors: [] });
    const path = decodeURIComponent(url.pathname.slice(4)).replace(/\/$/, '');
    const recorded: RecordedRequest = { method, path, namespace: ns, token };
    requests.push(recorded);
    options.onRequest?.(recorded);
    if (options.stall?.(recorded)) return;
    const body = method === 'POST' || method === 'PUT' ? await readBody(req) : '';

    // Logins need no token.
    const loginMatch = /^auth\/(.+)\/login$/.exec(path);
    if (method === 'POST' && loginMatch) {
      const mount = loginMatch[1];
      let parsed: Record<string, unknown>;
      try {
        const value: unknown = JSON.parse(body);
        parsed = isRecord(value) ? value : {};
      } catch {
        return send(res, 400, { errors: ['failed to parse JSON input'] });
      }
      const roles = mount === undefined ? undefined : approles.get(approleKey(ns, mount));
      if (roles) {
        const role = [...roles.values()].find((r) => r.roleId === parsed.role_id);
        if (!role || typeof parsed.secret_id !== 'string' || !role.secretIds.has(parsed.secret_id)) {
          return send(res, 400, { errors: ['invalid role or secret ID'] });
        }
        return send(res, 200, issue({ namespace: ns, policy: role.policy }));
      }
      const jwt = options.jwt;
      if (jwt && mount === (jwt.mount ?? 'jwt') && ns === (jwt.namespace ?? '')) {
        if (parsed.role !== jwt.role)
          return send(res, 400, { errors: [`role "${String(parsed.role)}" could not be found`] });
        if (parsed.jwt !== jwt.jwt)
          return send(res, 400, { errors: ['error validating token: invalid signature'] });
        return send(res, 200, issue(jwt));
      }
      return send(res, 400, {
        errors: [`no handler for route "auth/${mount}/login". route entry not found.`],
      });
    }

    const info = token === undefined ? undefined : tokens.get(token);
    // A namespace's token works in that namespace; the root namespace's root token works everywhere.
    if (!info || (info.policy !== 'root' && info.namespace !== ns)) return denied(res);

    if (method === 'POST' && path === 'auth/token/revoke-self') {
      if (token !== undefined) {
        tokens.delete(token);
        revoked.push(token);
      }
      return send(res, 204);
    }

    if (method === 'GET' && path === 'auth/token/lookup-self') {
      return send(
        res,
        200,
        envelope({ data: { id: token, policies: info.policy === 'root' ? ['root'] : ['default'] } }),
      );
    }

    if (info.policy === 'root' && (method === 'POST' || method === 'PUT' || method === 'DELETE')) {
      const handled = admin(method, path, ns, body, res);
      if (handled) return;
    }

    if (method === 'GET' && info.policy === 'root') {
      const roleIdMatch = /^auth\/(.+)\/role\/([^/]+)\/role-id$/.exec(path);
      const role = roleIdMatch
        ? approles.get(approleKey(ns, roleIdMatch[1] ?? ''))?.get(roleIdMatch[2] ?? '')
        : undefined;
      if (role) return send(res, 200, envelope({ data: { role_id: role.roleId } }));
    }

    if (method === 'GET' && path.startsWith('sys/internal/ui/mounts/')) {
      if (options.uiMounts === false) return send(res, 404, { errors: [] });
      const target = path.slice('sys/internal/ui/mounts/'.length);
      const m = mountOf(ns, target);
      // Vault answers 403 for a missing mount too, so the endpoint cannot be used to list mounts.
      if (!m)
        return send(res, 403, {
          errors: [
            'preflight capability check returned 403, please ensure client\'s policies grant access to path "' +
              target +
              '/"',
          ],
        });
      const mountAccess =
        info.policy === 'root' || info.policy.some((p) => p.startsWith(`${m.name}/`) || p === '*');
      if (!mountAccess) {
        return send(res, 403, {
          errors: [
            `preflight capability check returned 403, please ensure client's policies grant access to path "${m.name}/"`,
          ],
        });
      }
      const version = trees.get(ns)?.get(m.name)?.version ?? 1;
      return send(
        res,
        200,
        envelope({
          data: {
            accessor: `kv_${m.name}`,
            config: { default_lease_ttl: 0, max_lease_ttl: 0 },
            description: '',
            local: false,
            options: { version: String(version) },
            path: `${m.name}/`,
            seal_wrap: false,
            type: 'kv',
            uuid: randomBytes(8).toString('hex'),
          },
        }),
      );
    }

    if (method === 'GET' && path === 'sys/mounts') {
      if (info.policy !== 'root') return denied(res);
      const table: Record<string, unknown> = { ...MOUNT_DEFAULTS };
      for (const [name, m] of trees.get(ns) ?? [])
        table[`${name}/`] = { type: 'kv', description: '', options: { version: String(m.version) } };
      return send(res, 200, { ...table, ...envelope({ data: table }) });
    }

    if (method === 'GET') {
      const m = mountOf(ns, path);
      const mount = m ? trees.get(ns)?.get(m.name) : undefined;
      if (!m || !mount) return send(res, 404, { errors: [] });
      if (!allows(info.policy, path)) return denied(res);
      if (mount.version === 2) {
        if (!m.rest.startsWith('data/')) return send(res, 404, { errors: [] });
        const secret = mount.secrets.get(m.rest.slice('data/'.length));
        if (!secret) return send(res, 404, { errors: [] });
        return send(
          res,
          200,
          envelope({
            data: {
              data: secret,
              metadata: {
                created_time: new Date(0).toISOString(),
                custom_metadata: null,
                deletion_time: '',
                destroyed: false,
                version: 1,
              },
            },
          }),
        );
      }
      const secret = mount.secrets.get(m.rest);
      if (!secret) return send(res, 404, { errors: [] });
      return send(res, 200, envelope({ lease_duration: 2764800, data: secret }));
    }
    return send(res, 405, { errors: ['unsupported operation'] });
  }

  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((error: unknown) => send(res, 500, { errors: [String(error)] }));
  };
  const server = options.tls ? createHttpsServer(options.tls, listener) : createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('vault double: no TCP address');
  const { port } = address;

  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    rootToken,
    requests,
    issued,
    revoked,
    isLive: (t) => tokens.has(t),
    count: (p, m) => requests.filter((r) => r.path === p && (m === undefined || r.method === m)).length,
    setSecret(mountAndPath, data, namespace = '') {
      const m = mountOf(namespace, mountAndPath);
      const mount = m ? trees.get(namespace)?.get(m.name) : undefined;
      if (!m || !mount) throw new Error(`no mount for ${mountAndPath} in namespace '${namespace}'`);
      mount.secrets.set(m.rest, data);
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
