// lib/vault against the Vault test double (test/doubles/vault): lookup order, KV versions, namespaces,
// logins (token, AppRole, JWT) once per session, revocation, files, credential env, errors, masking.
import { readFileSync, rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLogger, createMemorySink } from '../../lib/log';
import {
  candidatePaths,
  convertEnvVar,
  createVaultClient,
  credentialEnvFromParams,
  createVaultOpener,
  createVaultSession,
  isVaultError,
  openVault,
  vaultCredentialEnv,
  vaultCredentialsFromEnv,
  vaultOptionsFromParams,
  vaultSecretNotFoundError,
  type VaultAuth,
  type VaultClientOptions,
} from '../../lib/vault';
import { ConfigError } from '../../lib/util/errors';
import { startVaultDouble, type VaultDouble } from '../doubles/vault/server';
import { startGithubOidcDouble } from '../doubles/vault/github-oidc';
import { createServerPki } from '../helpers/pki';
import { defineLookupCases, request } from './cases';
import { examplePaths, exampleTree, SECRET_VALUES } from './tree';

const ROLE_ID = 'role-id-1b2c3d';
const SECRET_ID = 'approle-secret-id-8e7f6a5b';
const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm8vciJ9.sig-9f8e7d6c5b';
const LIMITED_TOKEN = 'hvs.limited-token-0d9c8b7a';

function mountsFor(
  v2: string,
  v1: string,
): Record<string, { version: 1 | 2; secrets: Record<string, Record<string, string>> }> {
  const tree = exampleTree(v2, v1);
  const mounts: Record<string, { version: 1 | 2; secrets: Record<string, Record<string, string>> }> = {
    [v2]: { version: 2, secrets: {} },
    [v1]: { version: 1, secrets: {} },
  };
  for (const [path, data] of Object.entries(tree)) {
    const [mount, ...rest] = path.split('/');
    const m = mount === undefined ? undefined : mounts[mount];
    if (m) m.secrets[rest.join('/')] = data;
  }
  return mounts;
}

let vault: VaultDouble;

beforeAll(async () => {
  vault = await startVaultDouble({
    mounts: mountsFor('secret', 'kv1'),
    namespaces: {
      'team-a': {
        'team-kv': {
          version: 2,
          secrets: { 'ferry/app/docker-registry': { targetRegistryPassword: 'team-a-pass-5e6f7a' } },
        },
      },
    },
    tokens: { [LIMITED_TOKEN]: { policy: ['secret/data/ferry/pipelines/GROUP-SECRETS/*'] } },
    approle: { roleId: ROLE_ID, secretId: SECRET_ID },
    jwt: { role: 'ferry-ci', jwt: JWT, mount: 'github' },
  });
});

afterAll(async () => {
  await vault.stop();
});

function setup(auth: VaultAuth, extra: Partial<VaultClientOptions> = {}) {
  const sink = createMemorySink();
  const log = createLogger({ sink, debug: true });
  const client = createVaultClient({ serverUrl: vault.url, auth, log, retry: { attempts: 1 }, ...extra });
  const session = createVaultSession({ client, log });
  const clean = (...more: string[]): string => {
    const text = sink.text();
    for (const s of [
      ...SECRET_VALUES,
      SECRET_ID,
      JWT,
      vault.rootToken,
      LIMITED_TOKEN,
      ...vault.issued,
      ...more,
    ]) {
      expect(text).not.toContain(s);
    }
    return text;
  };
  return { sink, log, client, session, clean };
}

describe('against the Vault double', () => {
  defineLookupCases(() => ({ serverUrl: vault.url, token: vault.rootToken, v2: 'secret', v1: 'kv1' }));
});

describe('candidatePaths', () => {
  test.each([
    [
      { vaultPath: 'a/b', vaultBasePath: 'c', vaultPipelineName: 'p' },
      ['a/b/s', 'c/p/s', 'c/GROUP-SECRETS/s'],
    ],
    [{ vaultBasePath: 'c', vaultPipelineName: 'p' }, ['c/p/s', 'c/GROUP-SECRETS/s']],
    [{ vaultBasePath: 'c/' }, ['c/GROUP-SECRETS/s']],
    [{ vaultPath: '/a//b/', vaultPipelineName: 'p' }, ['a/b/s']],
    [{ vaultPath: 'c/p', vaultBasePath: 'c', vaultPipelineName: 'p' }, ['c/p/s', 'c/GROUP-SECRETS/s']],
    [{ vaultPath: '  ', vaultBasePath: '' }, []],
  ])('%j', (paths, expected) => {
    expect(candidatePaths('s', paths)).toEqual(expected);
  });
});

describe('sessions', () => {
  test('each path is read once per session, and one preflight per mount, with requests in parallel', async () => {
    const { session, clean } = setup({ method: 'token', token: vault.rootToken });
    const before = vault.requests.length;
    try {
      const reqs = [
        request('targetRegistryPassword', 'docker-registry'),
        request('sourceRegistryPassword', 'docker-registry'),
        request('containerRegistryPassword', 'docker-registry'),
        request('targetRegistryUser', 'docker-registry'),
      ];
      await session.lookup(reqs, examplePaths('secret'));
      await session.lookup(reqs, examplePaths('secret'));
    } finally {
      await session.close();
    }
    const mine = vault.requests.slice(before);
    const reads = mine.filter((r) => r.path.startsWith('secret/data/')).map((r) => r.path);
    expect(reads.sort()).toEqual([
      'secret/data/ferry/app/docker-registry',
      'secret/data/ferry/pipelines/GROUP-SECRETS/docker-registry',
      'secret/data/ferry/pipelines/shop/docker-registry',
    ]);
    expect(mine.filter((r) => r.path.startsWith('sys/internal/ui/mounts/'))).toHaveLength(1);
    // A supplied token is the caller's: not revoked.
    expect(mine.some((r) => r.path === 'auth/token/revoke-self')).toBe(false);
    expect(vault.isLive(vault.rootToken)).toBe(true);
    clean();
  });

  test('AppRole: one login for many lookups, the token masked, and revoked at close', async () => {
    const { session, log, clean } = setup({ method: 'approle', roleId: ROLE_ID, secretId: SECRET_ID });
    const logins = vault.count('auth/approle/login');
    await Promise.all([
      session.lookup([request('targetRegistryPassword', 'docker-registry')], examplePaths('secret')),
      session.lookup([request('containerRegistryPassword', 'docker-registry')], examplePaths('secret')),
    ]);
    await session.lookup(
      [request('password', 'gitHttpsCredential', { fields: ['gitHttpsPassword'] })],
      examplePaths('secret'),
    );
    expect(vault.count('auth/approle/login')).toBe(logins + 1);
    const token = vault.issued.at(-1) ?? '';
    expect(log.secrets.has(token)).toBe(true);
    log.info(`token is ${token}`);
    await session.close();
    await session.close();
    expect(vault.revoked).toContain(token);
    expect(vault.isLive(token)).toBe(false);
    expect(
      vault.requests.filter((r) => r.path === 'auth/token/revoke-self' && r.token === token),
    ).toHaveLength(1);
    const text = clean();
    expect(text).toContain('token is ***');
    await expect(session.lookup([], {})).rejects.toMatchObject({ code: 'VAULT' });
  });

  test('revokes at close also when the step failed (try/finally)', async () => {
    const { session, clean } = setup({ method: 'approle', roleId: ROLE_ID, secretId: SECRET_ID });
    const revokedBefore = vault.revoked.length;
    const run = async (): Promise<void> => {
      try {
        await session.lookup([request('targetRegistryPassword', 'docker-registry')], examplePaths('secret'));
        throw new Error('step failed');
      } finally {
        await session.close();
      }
    };
    await expect(run()).rejects.toThrow('step failed');
    expect(vault.revoked.length).toBe(revokedBefore + 1);
    expect(vault.isLive(vault.issued.at(-1) ?? '')).toBe(false);
    clean();
  });

  test('JWT login on a custom mount with a token fetched on demand, once per session', async () => {
    let fetched = 0;
    const { session, clean } = setup({
      method: 'jwt',
      role: 'ferry-ci',
      mount: 'github',
      jwt: () => {
        fetched++;
        return Promise.resolve(JWT);
      },
    });
    const before = vault.count('auth/github/login');
    try {
      await session.lookup([request('targetRegistryPassword', 'docker-registry')], examplePaths('secret'));
      await session.lookup([request('sourceRegistryPassword', 'docker-registry')], examplePaths('secret'));
    } finally {
      await session.close();
    }
    expect(fetched).toBe(1);
    expect(vault.count('auth/github/login')).toBe(before + 1);
    expect(vault.revoked).toContain(vault.issued.at(-1));
    clean();
  });

  test('namespace: X-Vault-Namespace on every request, and the namespace’s own mount tree', async () => {
    const { session, clean } = setup({ method: 'token', token: vault.rootToken }, { namespace: 'team-a' });
    const before = vault.requests.length;
    try {
      const found = await session.lookup([request('targetRegistryPassword', 'docker-registry')], {
        vaultPath: 'team-kv/ferry/app',
      });
      expect(found.get('targetRegistryPassword')?.value).toBe('team-a-pass-5e6f7a');
      // The root namespace's mounts are not visible from team-a.
      const root = await session.lookup(
        [request('targetRegistryPassword', 'docker-registry')],
        examplePaths('secret'),
      );
      expect(root.size).toBe(0);
    } finally {
      await session.close();
    }
    const mine = vault.requests.slice(before);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((r) => r.namespace === 'team-a')).toBe(true);
    clean('team-a-pass-5e6f7a');
  });

  test('permission denied on some paths: Piper goes on to the next path, and the error says denied', async () => {
    const { session, clean } = setup({ method: 'token', token: LIMITED_TOKEN });
    try {
      const found = await session.lookup(
        [
          request('containerRegistryPassword', 'docker-registry'),
          request('targetRegistryPassword', 'docker-registry'),
        ],
        examplePaths('secret'),
      );
      expect(found.get('containerRegistryPassword')?.value).toBe('group-container-pass-0a8e44');
      expect(found.has('targetRegistryPassword')).toBe(false);
      const attempts = session.triedPaths('targetRegistryPassword');
      expect(attempts.map((a) => a.result)).toEqual(['denied', 'denied', 'field-missing']);
      const message = vaultSecretNotFoundError(
        request('targetRegistryPassword', 'docker-registry'),
        attempts,
      ).message;
      expect(message).toContain('secret/ferry/app/docker-registry (denied)');
      expect(message).not.toContain(LIMITED_TOKEN);
    } finally {
      await session.close();
    }
    clean();
  });

  test('a file-valued secret is masked in the output, line by line', async () => {
    const { session, log, clean } = setup({ method: 'token', token: vault.rootToken });
    let file: string | undefined;
    try {
      const found = await session.lookup(
        [request('dockerConfigJSON', 'docker-config', { file: true })],
        examplePaths('secret'),
      );
      file = found.get('dockerConfigJSON')?.value;
      expect((await stat(file ?? '')).mode & 0o777).toBe(0o600);
      log.info('registry line: "registry.example.com": { "auth": "ZG9ja2VyOmQwY2tlci1jMG5mIWctc2VjcmV0" }');
    } finally {
      await session.close();
    }
    expect(file).toBeDefined();
    await expect(stat(file ?? '')).rejects.toMatchObject({ code: 'ENOENT' });
    clean();
  });
});

describe('KV version detection', () => {
  test('falls back to sys/mounts on a Vault without the preflight endpoint, cached per mount', async () => {
    const old = await startVaultDouble({ mounts: mountsFor('secret', 'kv1'), uiMounts: false });
    try {
      const { session, clean } = setup({ method: 'token', token: old.rootToken }, { serverUrl: old.url });
      try {
        const v2 = await session.lookup(
          [request('targetRegistryPassword', 'docker-registry')],
          examplePaths('secret'),
        );
        expect(v2.get('targetRegistryPassword')?.value).toBe('app-target-pass-7f3a9c');
        const v1 = await session.lookup([request('targetRegistryPassword', 'docker-registry')], {
          vaultPath: 'kv1/ferry/app',
        });
        expect(v1.get('targetRegistryPassword')?.value).toBe('v1-target-pass-4d2c6a');
      } finally {
        await session.close();
      }
      expect(old.count('sys/mounts')).toBe(2);
      clean(old.rootToken);
    } finally {
      await old.stop();
    }
  });

  test('without preflight nor sys/mounts access, assumes KV v1 as the vault CLI does', async () => {
    const old = await startVaultDouble({
      mounts: mountsFor('secret', 'kv1'),
      uiMounts: false,
      tokens: { [LIMITED_TOKEN]: { policy: ['kv1/*'] } },
    });
    try {
      const { client } = setup({ method: 'token', token: LIMITED_TOKEN }, { serverUrl: old.url });
      expect(await client.kvMount('kv1/ferry/app/docker-registry')).toEqual({ mount: 'kv1/', version: 1 });
      expect(await client.read('kv1/ferry/app/docker-registry')).toEqual({
        targetRegistryPassword: 'v1-target-pass-4d2c6a',
      });
      expect(await client.read('kv1/ferry/nothing')).toBeUndefined();
    } finally {
      await old.stop();
    }
  });
});

describe('reads', () => {
  test('values that are not strings become text as in Piper (numbers, booleans; objects as JSON)', async () => {
    vault.setSecret('secret/ferry/typed', { port: 5000, insecure: true, nested: { a: ['b'] }, gone: null });
    const { client } = setup({ method: 'token', token: vault.rootToken });
    expect(await client.read('/secret/ferry/typed/')).toEqual({
      port: '5000',
      insecure: 'true',
      nested: '{"a":["b"]}',
    });
    expect(await client.read('secret/ferry/absent')).toBeUndefined();
  });

  test('a 503 (sealed, standby) on a read is retried; a login is not re-sent after a response', async () => {
    const calls: string[] = [];
    const answers = [
      { status: 200, body: JSON.stringify({ data: { path: 'kv/', options: { version: '1' } } }) },
      { status: 503, body: JSON.stringify({ errors: ['Vault is sealed'] }) },
      { status: 200, body: JSON.stringify({ data: { p: 'value-after-retry' } }) },
    ];
    const client = createVaultClient({
      serverUrl: 'http://vault.invalid',
      auth: { method: 'token', token: 'hvs.t-1234' },
      log: createLogger({ sink: createMemorySink() }),
      retry: { attempts: 3, baseDelayMs: 1 },
      transport: (req) => {
        calls.push(`${req.method} ${req.url}`);
        return Promise.resolve(answers.shift() ?? { status: 500, body: '' });
      },
    });
    expect(await client.read('kv/x')).toEqual({ p: 'value-after-retry' });
    expect(calls).toEqual([
      'GET http://vault.invalid/v1/sys/internal/ui/mounts/kv/x',
      'GET http://vault.invalid/v1/kv/x',
      'GET http://vault.invalid/v1/kv/x',
    ]);

    let logins = 0;
    const approle = createVaultClient({
      serverUrl: 'http://vault.invalid',
      auth: { method: 'approle', roleId: 'r', secretId: 'single-use-secret-id' },
      log: createLogger({ sink: createMemorySink() }),
      retry: { attempts: 3, baseDelayMs: 1 },
      transport: () => {
        logins++;
        return Promise.resolve({ status: 503, body: JSON.stringify({ errors: ['Vault is sealed'] }) });
      },
    });
    await expect(approle.login()).rejects.toMatchObject({ reason: 'server', status: 503 });
    expect(logins).toBe(1);
  });
});

describe('TLS', () => {
  test('an https Vault with a private CA: trusted with caFile, refused (clearly) without it', async () => {
    const pki = createServerPki();
    const tlsVault = await startVaultDouble({
      mounts: mountsFor('secret', 'kv1'),
      tls: { cert: readFileSync(pki.certFile, 'utf8'), key: readFileSync(pki.keyFile, 'utf8') },
    });
    try {
      const trusted = setup(
        { method: 'token', token: tlsVault.rootToken },
        { serverUrl: tlsVault.url, caFile: pki.caFile },
      );
      try {
        const found = await trusted.session.lookup(
          [request('targetRegistryPassword', 'docker-registry')],
          examplePaths('secret'),
        );
        expect(found.get('targetRegistryPassword')?.value).toBe('app-target-pass-7f3a9c');
      } finally {
        await trusted.session.close();
      }
      trusted.clean(tlsVault.rootToken);

      const untrusted = setup({ method: 'token', token: tlsVault.rootToken }, { serverUrl: tlsVault.url });
      const error: unknown = await untrusted.client
        .read('secret/ferry/app/docker-registry')
        .catch((e: unknown) => e);
      await untrusted.session.close();
      expect(isVaultError(error, 'unreachable')).toBe(true);
      expect(String(error)).toMatch(/CERT|SIGNATURE|ISSUER/);
      expect(String(error)).toContain('CA bundle');
    } finally {
      await tlsVault.stop();
      rmSync(pki.dir, { recursive: true, force: true });
    }
  });
});

describe('errors', () => {
  async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = address !== null && typeof address === 'object' ? address.port : 0;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return port;
  }

  test('unreachable: names the URL, not the token', async () => {
    const port = await closedPort();
    const { session, clean } = setup(
      { method: 'token', token: vault.rootToken },
      { serverUrl: `http://127.0.0.1:${port}` },
    );
    const error: unknown = await session
      .lookup([request('targetRegistryPassword', 'docker-registry')], examplePaths('secret'))
      .catch((e: unknown) => e);
    await session.close();
    expect(isVaultError(error, 'unreachable')).toBe(true);
    expect(String(error)).toContain(`http://127.0.0.1:${port}`);
    expect(String(error)).toContain('ECONNREFUSED');
    expect(String(error)).not.toContain(vault.rootToken);
    clean();
  });

  test('unreachable is retried (idempotent reads) before it fails', async () => {
    const port = await closedPort();
    let calls = 0;
    const sink = createMemorySink();
    const client = createVaultClient({
      serverUrl: `http://127.0.0.1:${port}`,
      auth: { method: 'token', token: vault.rootToken },
      log: createLogger({ sink }),
      retry: { attempts: 3, baseDelayMs: 1 },
      transport: () => {
        calls++;
        return Promise.reject(Object.assign(new Error('connect failed'), { code: 'ECONNREFUSED' }));
      },
    });
    await expect(client.read('secret/x')).rejects.toMatchObject({ reason: 'unreachable' });
    expect(calls).toBe(3);
  });

  test('AppRole login refused: a clear error without the secret_id', async () => {
    const { client, clean } = setup({ method: 'approle', roleId: ROLE_ID, secretId: 'wrong-secret-id-77aa' });
    const error: unknown = await client.read('secret/ferry/app/docker-registry').catch((e: unknown) => e);
    expect(isVaultError(error, 'login-refused')).toBe(true);
    expect(String(error)).toContain('invalid role or secret ID');
    expect(String(error)).toContain('PIPER_vaultAppRoleSecretID');
    expect(String(error)).not.toContain('wrong-secret-id-77aa');
    // The failed login is remembered: no second attempt hammers Vault.
    const logins = vault.count('auth/approle/login');
    await expect(client.login()).rejects.toMatchObject({ reason: 'login-refused' });
    expect(vault.count('auth/approle/login')).toBe(logins);
    clean('wrong-secret-id-77aa');
  });

  test('JWT login refused (wrong token): a clear error without the JWT', async () => {
    const { client } = setup({
      method: 'jwt',
      role: 'ferry-ci',
      mount: 'github',
      jwt: 'eyJ.wrong-jwt-3344.sig',
    });
    const error: unknown = await client.login().catch((e: unknown) => e);
    expect(isVaultError(error, 'login-refused')).toBe(true);
    expect(String(error)).toContain("JWT role 'ferry-ci' (auth/github)");
    expect(String(error)).not.toContain('wrong-jwt-3344');
  });

  test('an invalid token: every path denied', async () => {
    const { session, clean } = setup({ method: 'token', token: 'hvs.not-a-real-token-1234' });
    try {
      const found = await session.lookup(
        [request('targetRegistryPassword', 'docker-registry')],
        examplePaths('secret'),
      );
      expect(found.size).toBe(0);
      expect(session.triedPaths('targetRegistryPassword').map((a) => a.result)).toEqual([
        'denied',
        'denied',
        'denied',
      ]);
    } finally {
      await session.close();
    }
    clean('hvs.not-a-real-token-1234');
  });
});

describe('vaultCredentialEnv', () => {
  test.each([
    ['password', 'PASSWORD'],
    ['api-token', 'API_TOKEN'],
    ['db.password', 'DBPASSWORD'],
    ['my key/ä', 'MYKEY'],
    ['Already_OK_1', 'ALREADY_OK_1'],
  ])('convertEnvVar(%j) = %j (Piper: - becomes _, other characters dropped)', (key, name) => {
    expect(convertEnvVar(key)).toBe(name);
  });

  test('a custom prefix, and the default prefix as well (as Piper), lists of paths', async () => {
    const { session, log, clean } = setup({ method: 'token', token: vault.rootToken });
    try {
      const env = await vaultCredentialEnv({
        session,
        log,
        paths: examplePaths('secret'),
        vaultCredentialPath: ['general', 'gitHttpsCredential'],
        vaultCredentialKeys: [['api-token'], ['gitHttpsPassword']],
        prefix: ['MY_', 'GIT_'],
      });
      const b64 = (s: string): string => Buffer.from(s).toString('base64');
      expect(env).toEqual({
        MY_API_TOKEN: 'group-api-token-6c1f08',
        MY_API_TOKEN_BASE64: b64('group-api-token-6c1f08'),
        PIPER_VAULTCREDENTIAL_API_TOKEN: 'group-api-token-6c1f08',
        PIPER_VAULTCREDENTIAL_API_TOKEN_BASE64: b64('group-api-token-6c1f08'),
        GIT_GITHTTPSPASSWORD: 'alias-git-pass-3b9d12',
        GIT_GITHTTPSPASSWORD_BASE64: b64('alias-git-pass-3b9d12'),
        PIPER_VAULTCREDENTIAL_GITHTTPSPASSWORD: 'alias-git-pass-3b9d12',
        PIPER_VAULTCREDENTIAL_GITHTTPSPASSWORD_BASE64: b64('alias-git-pass-3b9d12'),
      });
      expect(log.secrets.has(b64('alias-git-pass-3b9d12'))).toBe(true);
      for (const v of Object.values(env)) log.info(`env value ${v}`);
      clean(...Object.values(env));
    } finally {
      await session.close();
    }
  });

  // pkg/config/vault_test.go TestResolveVaultCredentialsWrapper: lists that do not line up export
  // nothing (Piper logs it at debug level; ferry warns, naming the lists).
  test.each([
    [['a', 'b'], [['x']], undefined, /lists 2 paths but vaultCredentialKeys 1 entries/],
    [['a', 'b'], ['x', 'y'], undefined, /vaultCredentialKeys\[0\] for 'a' must be a list of strings/],
    [['a'], [['x']], ['P1_', 'P2_'], /lists 1 paths but vaultCredentialEnvPrefix 2 prefixes/],
    ['a', [['x']], undefined, /must be a list of strings for a single path/],
    [3, ['x'], undefined, /must be a string or a list of strings/],
  ])(
    'path %j with keys %j and prefix %j exports nothing, with a warning',
    async (path, keys, prefix, message) => {
      const { session, log, sink } = setup({ method: 'token', token: vault.rootToken });
      const env = await vaultCredentialEnv({
        session,
        log,
        paths: {},
        vaultCredentialPath: path,
        vaultCredentialKeys: keys,
        prefix,
      });
      expect(env).toEqual({});
      await session.close();
      expect(sink.text()).toMatch(message);
    },
  );

  // pkg/config/vault.go populateTestCredentialsAsEnvs: PIPER_TESTCREDENTIAL_, no _BASE64, once.
  test('test credentials are exported under PIPER_TESTCREDENTIAL_, string or list form', async () => {
    const { session, log, clean } = setup({ method: 'token', token: vault.rootToken });
    try {
      const one = await credentialEnvFromParams({
        session,
        log,
        values: {
          ...examplePaths('secret'),
          vaultTestCredentialPath: 'general',
          vaultTestCredentialKeys: ['api-token'],
        },
      });
      expect(one).toEqual({ PIPER_TESTCREDENTIAL_API_TOKEN: 'group-api-token-6c1f08' });
      const listed = await credentialEnvFromParams({
        session,
        log,
        values: {
          ...examplePaths('secret'),
          vaultTestCredentialPath: ['general'],
          vaultTestCredentialKeys: [['api-token']],
          vaultTestCredentialEnvPrefix: ['MY_'],
        },
      });
      expect(listed).toEqual({ MY_API_TOKEN: 'group-api-token-6c1f08' });
      clean('group-api-token-6c1f08');
    } finally {
      await session.close();
    }
  });
});

describe('options and openVault', () => {
  test('vaultOptionsFromParams reads Piper’s keys and checks types', () => {
    const s = vaultOptionsFromParams({
      vaultServerUrl: 'https://vault.example.com:8200',
      vaultNamespace: 'team-a',
      vaultPath: 'kv/app',
      vaultBasePath: 'kv/pipelines',
      vaultPipelineName: 'shop',
      skipVault: false,
      vaultJwtRole: 'ci',
    });
    expect(s).toMatchObject({
      serverUrl: 'https://vault.example.com:8200',
      namespace: 'team-a',
      skip: false,
      paths: { vaultPath: 'kv/app', vaultBasePath: 'kv/pipelines', vaultPipelineName: 'shop' },
      jwtRole: 'ci',
      jwtMount: 'jwt',
      appRoleMount: 'approle',
    });
    expect(() => vaultOptionsFromParams({ skipVault: 'yes' })).toThrow(ConfigError);
    expect(() => vaultOptionsFromParams({ vaultPath: 3 })).toThrow(
      /vaultPath: expected a string, got number/,
    );
    expect(() => vaultOptionsFromParams({ vaultServerUrl: 'vault.example.com' })).toThrow(
      /not an http\(s\) URL/,
    );
  });

  test('vaultCredentialsFromEnv: Piper’s and ferry’s variables, ferry’s first', () => {
    expect(
      vaultCredentialsFromEnv({
        PIPER_vaultToken: 'piper-token',
        FERRY_VAULT_TOKEN: 'ferry-token',
        PIPER_vaultAppRoleID: 'rid',
        PIPER_vaultAppRoleSecretID: 'sid',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions/x?api-version=2.0',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'rt',
        FERRY_VAULT_JWT: ' ',
      }),
    ).toEqual({
      token: 'ferry-token',
      appRoleId: 'rid',
      appRoleSecretId: 'sid',
      githubOidc: { requestUrl: 'https://token.actions/x?api-version=2.0', requestToken: 'rt' },
    });
    expect(vaultCredentialsFromEnv({})).toEqual({});
  });

  test('openVault: undefined without vaultServerUrl, with skipVault, or without credentials (warned)', async () => {
    const sink = createMemorySink();
    const log = createLogger({ sink });
    expect(
      await openVault({ settings: vaultOptionsFromParams({}), credentials: { token: 't' }, log }),
    ).toBeUndefined();
    expect(
      await openVault({
        settings: vaultOptionsFromParams({ vaultServerUrl: vault.url, skipVault: true }),
        credentials: { token: 't' },
        log,
      }),
    ).toBeUndefined();
    expect(
      await openVault({
        settings: vaultOptionsFromParams({ vaultServerUrl: vault.url }),
        credentials: {},
        log,
      }),
    ).toBeUndefined();
    expect(sink.text()).toContain('no credentials were given');
    await openVault({
      settings: vaultOptionsFromParams({ vaultServerUrl: vault.url, vaultJwtRole: 'ci' }),
      credentials: {},
      log,
    });
    expect(sink.text()).toContain('vaultJwtRole is set but there is no JWT');
  });

  test('openVault logs in once (AppRole from the environment) and the session reads and revokes', async () => {
    const sink = createMemorySink();
    const log = createLogger({ sink, debug: true });
    const logins = vault.count('auth/approle/login');
    const session = await openVault({
      settings: vaultOptionsFromParams({ vaultServerUrl: vault.url, ...examplePaths('secret') }),
      credentials: vaultCredentialsFromEnv({
        PIPER_vaultAppRoleID: ROLE_ID,
        PIPER_vaultAppRoleSecretID: SECRET_ID,
      }),
      log,
    });
    expect(session).toBeDefined();
    if (!session) return;
    try {
      expect(vault.count('auth/approle/login')).toBe(logins + 1);
      const found = await session.lookup(
        [request('targetRegistryPassword', 'docker-registry')],
        examplePaths('secret'),
      );
      expect(found.get('targetRegistryPassword')?.value).toBe('app-target-pass-7f3a9c');
      expect(vault.count('auth/approle/login')).toBe(logins + 1);
    } finally {
      await session.close();
    }
    expect(vault.revoked).toContain(vault.issued.at(-1));
    for (const s of [...SECRET_VALUES, SECRET_ID, ...vault.issued]) expect(sink.text()).not.toContain(s);
  });

  test('openVault with vaultJwtRole fetches the GitHub Actions OIDC token and logs in with it', async () => {
    const oidc = await startGithubOidcDouble({
      requestToken: 'gh-request-token-4455',
      audience: 'https://vault.example.com',
      jwt: JWT,
    });
    try {
      const sink = createMemorySink();
      const log = createLogger({ sink, debug: true });
      const session = await openVault({
        settings: vaultOptionsFromParams({
          vaultServerUrl: vault.url,
          vaultJwtRole: 'ferry-ci',
          vaultJwtMountPath: 'github',
          vaultJwtAudience: 'https://vault.example.com',
        }),
        credentials: vaultCredentialsFromEnv({
          ACTIONS_ID_TOKEN_REQUEST_URL: `${oidc.url}/token?api-version=2.0`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'gh-request-token-4455',
        }),
        log,
      });
      expect(session).toBeDefined();
      await session?.close();
      expect(oidc.requests).toEqual([{ audience: 'https://vault.example.com', authorized: true }]);
      expect(vault.revoked).toContain(vault.issued.at(-1));
      for (const s of ['gh-request-token-4455', JWT, ...vault.issued]) expect(sink.text()).not.toContain(s);
    } finally {
      await oidc.stop();
    }
  });

  test('a cancelled run stops the OIDC token request, as it stops every Vault request', async () => {
    const oidc = await startGithubOidcDouble({
      requestToken: 'gh-request-token-7781',
      jwt: JWT,
      stall: true,
    });
    try {
      const controller = new AbortController();
      const logins = vault.count('auth/github/login');
      const opening = openVault({
        settings: vaultOptionsFromParams({
          vaultServerUrl: vault.url,
          vaultJwtRole: 'ferry-ci',
          vaultJwtMountPath: 'github',
        }),
        credentials: vaultCredentialsFromEnv({
          ACTIONS_ID_TOKEN_REQUEST_URL: `${oidc.url}/token?api-version=2.0`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'gh-request-token-7781',
        }),
        log: createLogger({ sink: createMemorySink() }),
        signal: controller.signal,
      });
      await oidc.firstRequest;
      const reason = new Error('cancelled by the test');
      controller.abort(reason);
      await expect(opening).rejects.toBe(reason);
      expect(vault.count('auth/github/login')).toBe(logins);
    } finally {
      await oidc.stop();
    }
  });

  test('createVaultOpener: credentials from the entry point’s variables and from resolved parameters', async () => {
    const sink = createMemorySink();
    const log = createLogger({ sink, debug: true });
    const fromVars = createVaultOpener({ vars: { FERRY_VAULT_TOKEN: vault.rootToken }, log });
    const byVars = await fromVars({ vaultServerUrl: vault.url, vaultPath: 'secret/ferry/app' });
    const fromParams = createVaultOpener({ vars: {}, log });
    const byParams = await fromParams({
      vaultServerUrl: vault.url,
      vaultAppRoleID: ROLE_ID,
      vaultAppRoleSecretID: SECRET_ID,
    });
    try {
      expect(byVars?.client.ownsToken).toBe(false);
      expect(byParams?.client.ownsToken).toBe(true);
      const found = await byParams?.lookup(
        [request('targetRegistryPassword', 'docker-registry')],
        examplePaths('secret'),
      );
      expect(found?.get('targetRegistryPassword')?.value).toBe('app-target-pass-7f3a9c');
      expect(
        await fromParams({ vaultServerUrl: vault.url, skipVault: true, vaultToken: 'x' }),
      ).toBeUndefined();
    } finally {
      await byVars?.close();
      await byParams?.close();
    }
    for (const s of [...SECRET_VALUES, SECRET_ID, vault.rootToken, ...vault.issued])
      expect(sink.text()).not.toContain(s);
  });

  test('openVault: a refused login fails at the start of the run', async () => {
    const sink = createMemorySink();
    await expect(
      openVault({
        settings: vaultOptionsFromParams({ vaultServerUrl: vault.url }),
        credentials: { appRoleId: ROLE_ID, appRoleSecretId: 'nope-nope-nope' },
        log: createLogger({ sink }),
        retry: { attempts: 1 },
      }),
    ).rejects.toMatchObject({ code: 'VAULT', reason: 'login-refused' });
  });
});
