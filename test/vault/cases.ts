// Lookup cases shared by the suite against the Vault test double and the one against a real Vault: the
// same tree, the same expectations. Every case prints what it resolved and checks the output is masked.
import { stat, readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { createLogger, createMemorySink, type Logger } from '../../lib/log';
import {
  createVaultClient,
  createVaultSession,
  vaultCredentialEnv,
  vaultSecretNotFoundError,
  type VaultSecretRequest,
  type VaultSession,
} from '../../lib/vault';
import { DOCKER_CONFIG, examplePaths, SECRET_VALUES } from './tree';

export interface LookupWorld {
  serverUrl: string;
  token: string;
  namespace?: string;
  /** KV v2 and KV v1 mount names holding `exampleTree(v2, v1)`. */
  v2: string;
  v1: string;
}

export function request(
  param: string,
  secretName: string,
  extra: Partial<VaultSecretRequest> = {},
): VaultSecretRequest {
  return { param, fields: [param], secretName, file: false, ...extra };
}

/** Runs `fn` with a fresh token session; closes it whatever happens, then checks the output holds no secret. */
export async function withSession(
  world: LookupWorld,
  fn: (session: VaultSession, log: Logger) => Promise<void>,
  extraSecrets: readonly string[] = [],
): Promise<string> {
  const sink = createMemorySink();
  const log = createLogger({ sink, debug: true });
  const client = createVaultClient({
    serverUrl: world.serverUrl,
    auth: { method: 'token', token: world.token },
    log,
    retry: { attempts: 1 },
    ...(world.namespace ? { namespace: world.namespace } : {}),
  });
  const session = createVaultSession({ client, log });
  try {
    await fn(session, log);
  } finally {
    await session.close();
  }
  const text = sink.text();
  for (const secret of [...SECRET_VALUES, ...extraSecrets, world.token]) expect(text).not.toContain(secret);
  return text;
}

/** What a careless step would do: print every value it got. The logger must mask them all. */
function printAll(log: Logger, values: Iterable<string>): void {
  for (const v of values) {
    log.info(`resolved value: ${v}`);
    log.debug(`base64: ${Buffer.from(v).toString('base64')}`);
  }
}

export function defineLookupCases(world: () => LookupWorld): void {
  test('takes each parameter from the first candidate path holding its field, in Piper order', async () => {
    const w = world();
    const text = await withSession(w, async (session, log) => {
      const found = await session.lookup(
        [
          request('targetRegistryPassword', 'docker-registry'),
          request('sourceRegistryPassword', 'docker-registry'),
          request('containerRegistryPassword', 'docker-registry'),
        ],
        examplePaths(w.v2),
      );
      expect(found.get('targetRegistryPassword')).toEqual({
        value: 'app-target-pass-7f3a9c',
        path: `${w.v2}/ferry/app/docker-registry`,
        field: 'targetRegistryPassword',
      });
      expect(found.get('sourceRegistryPassword')?.value).toBe('shop-source-pass-55e1b7');
      expect(found.get('sourceRegistryPassword')?.path).toBe(`${w.v2}/ferry/pipelines/shop/docker-registry`);
      expect(found.get('containerRegistryPassword')?.path).toBe(
        `${w.v2}/ferry/pipelines/GROUP-SECRETS/docker-registry`,
      );
      expect(session.triedPaths('containerRegistryPassword')).toEqual([
        { path: `${w.v2}/ferry/app/docker-registry`, result: 'field-missing' },
        { path: `${w.v2}/ferry/pipelines/shop/docker-registry`, result: 'field-missing' },
      ]);
      printAll(
        log,
        [...found.values()].map((v) => v.value),
      );
    });
    expect(text).toContain('resolved value: ***');
  });

  test('skips candidate paths whose variables are unset', async () => {
    const w = world();
    await withSession(w, async (session, log) => {
      const { vaultBasePath, vaultPipelineName } = examplePaths(w.v2);
      const noVaultPath = await session.lookup([request('targetRegistryPassword', 'docker-registry')], {
        vaultBasePath,
        vaultPipelineName,
      });
      expect(noVaultPath.get('targetRegistryPassword')?.value).toBe('shop-target-pass-91c2d0');

      const baseOnly = await session.lookup(
        [
          request('targetRegistryPassword', 'docker-registry'),
          request('containerRegistryPassword', 'docker-registry'),
        ],
        { vaultBasePath, vaultPipelineName: '' },
      );
      expect(baseOnly.has('targetRegistryPassword')).toBe(false);
      expect(baseOnly.get('containerRegistryPassword')?.value).toBe('group-container-pass-0a8e44');
      expect(session.triedPaths('targetRegistryPassword')).toEqual([
        { path: `${w.v2}/ferry/pipelines/GROUP-SECRETS/docker-registry`, result: 'field-missing' },
      ]);

      const none = await session.lookup([request('targetRegistryPassword', 'docker-registry')], {});
      expect(none.size).toBe(0);
      expect(session.triedPaths('targetRegistryPassword')).toEqual([]);
      printAll(
        log,
        [...noVaultPath.values(), ...baseOnly.values()].map((v) => v.value),
      );
    });
  });

  test('falls back to the parameter aliases as field names', async () => {
    const w = world();
    await withSession(w, async (session, log) => {
      const found = await session.lookup(
        [request('password', 'gitHttpsCredential', { fields: ['password', 'gitHttpsPassword'] })],
        examplePaths(w.v2),
      );
      expect(found.get('password')).toEqual({
        value: 'alias-git-pass-3b9d12',
        path: `${w.v2}/ferry/pipelines/shop/gitHttpsCredential`,
        field: 'gitHttpsPassword',
      });
      printAll(log, ['alias-git-pass-3b9d12']);
    });
  });

  test('reads a KV version 1 mount (no data/ prefix, no metadata wrapper)', async () => {
    const w = world();
    await withSession(w, async (session, log) => {
      expect(await session.client.kvMount(`${w.v1}/ferry/app/docker-registry`)).toEqual({
        mount: `${w.v1}/`,
        version: 1,
      });
      expect(await session.client.kvMount(`${w.v2}/ferry/app/docker-registry`)).toEqual({
        mount: `${w.v2}/`,
        version: 2,
      });
      const found = await session.lookup([request('targetRegistryPassword', 'docker-registry')], {
        vaultPath: `${w.v1}/ferry/app`,
      });
      expect(found.get('targetRegistryPassword')?.value).toBe('v1-target-pass-4d2c6a');
      printAll(log, ['v1-target-pass-4d2c6a']);
    });
  });

  test('writes a file-valued secret to a 0600 file that close() removes', async () => {
    const w = world();
    let file = '';
    await withSession(w, async (session, log) => {
      const found = await session.lookup(
        [request('dockerConfigJSON', 'docker-config', { file: true })],
        examplePaths(w.v2),
      );
      file = found.get('dockerConfigJSON')?.value ?? '';
      expect(file).not.toBe('');
      expect(await readFile(file, 'utf8')).toBe(DOCKER_CONFIG);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      printAll(log, [DOCKER_CONFIG]);
    });
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  test('exports vaultCredentialPath keys as PIPER_VAULTCREDENTIAL_<KEY> and _BASE64, masked', async () => {
    const w = world();
    await withSession(
      w,
      async (session, log) => {
        const env = await vaultCredentialEnv({
          session,
          log,
          paths: examplePaths(w.v2),
          vaultCredentialPath: 'general',
          vaultCredentialKeys: ['api-token', 'db.password', 'absent'],
        });
        expect(env).toEqual({
          PIPER_VAULTCREDENTIAL_API_TOKEN: 'group-api-token-6c1f08',
          PIPER_VAULTCREDENTIAL_API_TOKEN_BASE64: Buffer.from('group-api-token-6c1f08').toString('base64'),
          PIPER_VAULTCREDENTIAL_DBPASSWORD: 'group-db-pass-e2a7d5',
          PIPER_VAULTCREDENTIAL_DBPASSWORD_BASE64: Buffer.from('group-db-pass-e2a7d5').toString('base64'),
        });
        printAll(log, Object.values(env));
      },
      [
        Buffer.from('group-api-token-6c1f08').toString('base64'),
        Buffer.from('group-db-pass-e2a7d5').toString('base64'),
      ],
    );
  });

  test('a parameter found nowhere is absent, and its error lists every path tried', async () => {
    const w = world();
    await withSession(w, async (session) => {
      const req = request('gitopsToken', 'docker-registry');
      const found = await session.lookup([req], examplePaths(w.v2));
      expect(found.has('gitopsToken')).toBe(false);
      const error = vaultSecretNotFoundError(req, session.triedPaths('gitopsToken'));
      expect(error.code).toBe('MISSING_PARAMETER');
      expect(error.message).toContain(`${w.v2}/ferry/app/docker-registry (field missing)`);
      expect(error.message).toContain(`${w.v2}/ferry/pipelines/shop/docker-registry (field missing)`);
      expect(error.message).toContain(
        `${w.v2}/ferry/pipelines/GROUP-SECRETS/docker-registry (field missing)`,
      );
      const missing = await session.lookup([request('x', 'no-such-secret')], examplePaths(w.v2));
      expect(missing.size).toBe(0);
      expect(session.triedPaths('x').map((a) => a.result)).toEqual(['not-found', 'not-found', 'not-found']);
      for (const s of SECRET_VALUES) expect(error.message).not.toContain(s);
    });
  });
}
