// The lookup cases of vault.test.ts against a REAL Vault, when VAULT_ADDR and VAULT_TOKEN (a token that
// may mount engines, e.g. the dev root token) are set: see docs/vault.md ("Testing against a real Vault").
// It mounts two KV engines and an AppRole method under random names, and removes them afterwards.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLogger, createMemorySink } from '../../lib/log';
import { openVault, vaultOptionsFromParams, type VaultTransport } from '../../lib/vault';
import { createDefaultTransport } from '../../lib/vault/http';
import { defineLookupCases, request } from './cases';
import { examplePaths, exampleTree, SECRET_VALUES } from './tree';

const addr = process.env.VAULT_ADDR?.replace(/\/+$/, '');
const rootToken = process.env.VAULT_TOKEN;
const namespace = process.env.VAULT_NAMESPACE || undefined;
const enabled = Boolean(addr && rootToken);

if (!enabled) {
  console.warn(
    'skipping the real-Vault suite: set VAULT_ADDR and VAULT_TOKEN (e.g. `vault server -dev -dev-root-token-id=root`, then VAULT_ADDR=http://127.0.0.1:8200 VAULT_TOKEN=root). The same cases run against the Vault test double in vault.test.ts.',
  );
}

const suffix = randomBytes(4).toString('hex');
const v2 = `ferry-test-${suffix}-v2`;
const v1 = `ferry-test-${suffix}-v1`;
const approle = `ferry-test-${suffix}-approle`;
const policy = `ferry-test-${suffix}`;

/** One call to the real Vault with the admin token, for setting the test tree up and down. */
async function admin(
  method: string,
  path: string,
  body?: unknown,
  token = rootToken ?? '',
): Promise<unknown> {
  const headers: Record<string, string> = { 'X-Vault-Token': token };
  if (namespace) headers['X-Vault-Namespace'] = namespace;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${addr}/v1/${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text}`);
  if (!text) return undefined;
  const parsed: unknown = JSON.parse(text);
  return parsed;
}

function dataField(response: unknown, field: string): string {
  if (typeof response === 'object' && response !== null && 'data' in response) {
    const data = response.data;
    if (typeof data === 'object' && data !== null && field in data) {
      const value: unknown = Object.entries(data).find(([k]) => k === field)?.[1];
      if (typeof value === 'string') return value;
    }
  }
  throw new Error(`no data.${field} in the response`);
}

describe.skipIf(!enabled)('against a real Vault (VAULT_ADDR)', () => {
  beforeAll(async () => {
    await admin('POST', `sys/mounts/${v2}`, { type: 'kv', options: { version: '2' } });
    await admin('POST', `sys/mounts/${v1}`, { type: 'kv', options: { version: '1' } });
    for (const [path, data] of Object.entries(exampleTree(v2, v1))) {
      const [mount, ...rest] = path.split('/');
      if (mount === v2) await admin('POST', `${v2}/data/${rest.join('/')}`, { data });
      else await admin('POST', path, data);
    }
    await admin('POST', `sys/auth/${approle}`, { type: 'approle' });
    await admin('PUT', `sys/policies/acl/${policy}`, {
      policy: `path "${v2}/data/*" { capabilities = ["read"] }\npath "${v1}/*" { capabilities = ["read"] }\n`,
    });
    await admin('POST', `auth/${approle}/role/ferry`, { token_policies: [policy], token_ttl: '5m' });
  });

  afterAll(async () => {
    for (const path of [
      `sys/mounts/${v2}`,
      `sys/mounts/${v1}`,
      `sys/auth/${approle}`,
      `sys/policies/acl/${policy}`,
    ]) {
      await admin('DELETE', path).catch((e: unknown) => console.warn(`cleanup: ${String(e)}`));
    }
  });

  defineLookupCases(() => ({
    serverUrl: addr ?? '',
    token: rootToken ?? '',
    v2,
    v1,
    ...(namespace ? { namespace } : {}),
  }));

  test('AppRole login with a policy-limited token, and the token revoked at close', async () => {
    const roleId = dataField(await admin('GET', `auth/${approle}/role/ferry/role-id`), 'role_id');
    const secretId = dataField(await admin('POST', `auth/${approle}/role/ferry/secret-id`, {}), 'secret_id');
    const sink = createMemorySink();
    const log = createLogger({ sink, debug: true });
    // Wraps the real transport to learn which token the session sends, so the test can check it is revoked.
    const http = await createDefaultTransport();
    const sent = new Set<string>();
    const transport: VaultTransport = (req) => {
      const t = req.headers['X-Vault-Token'];
      if (t) sent.add(t);
      return http.transport(req);
    };
    const session = await openVault({
      transport,
      settings: vaultOptionsFromParams({
        vaultServerUrl: addr,
        vaultAppRoleMountPath: approle,
        ...(namespace ? { vaultNamespace: namespace } : {}),
      }),
      credentials: { appRoleId: roleId, appRoleSecretId: secretId },
      log,
    });
    expect(session).toBeDefined();
    if (!session) return;
    try {
      const found = await session.lookup(
        [
          request('targetRegistryPassword', 'docker-registry'),
          request('sourceRegistryPassword', 'docker-registry'),
        ],
        examplePaths(v2),
      );
      expect(found.get('targetRegistryPassword')?.value).toBe('app-target-pass-7f3a9c');
      expect(found.get('sourceRegistryPassword')?.value).toBe('shop-source-pass-55e1b7');
    } finally {
      await session.close();
      await http.close();
    }
    const [token = ''] = [...sent];
    expect(sent.size).toBe(1);
    await expect(admin('GET', 'auth/token/lookup-self', undefined, token)).rejects.toThrow(/HTTP 403/);
    for (const s of [...SECRET_VALUES, secretId, token]) expect(sink.text()).not.toContain(s);
  });
});
