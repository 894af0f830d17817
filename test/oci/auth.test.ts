// Auth: challenge parsing, keychain sources (explicit, config.json auths/credHelpers/credsStore,
// DOCKER_CONFIG, podman auth.json), and the Bearer flow (scope caching, expiry, a refused token)
// against a scripted in-process registry and token server.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { SecretRegistry } from '../../lib/log';
import {
  createKeychain,
  parseChallenge,
  parseTokenResponse,
  RegistryAuthenticator,
  credentialServerUrl,
} from '../../lib/oci/auth';
import { parseReference } from '../../lib/oci/reference';
import { createRegistryClient } from '../../lib/oci/registry';
import { createTransport } from '../../lib/oci/transport';
import { FerryError } from '../../lib/util/errors';
import type { Exec, ExecOptions } from '../../lib/util/exec';

describe('parseChallenge', () => {
  test.each([
    [
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull"',
      {
        scheme: 'bearer',
        realm: 'https://auth.docker.io/token',
        service: 'registry.docker.io',
        scope: 'repository:library/alpine:pull',
      },
    ],
    ['Basic realm="Registry Realm"', { scheme: 'basic', realm: 'Registry Realm' }],
    ['basic realm=x', { scheme: 'basic', realm: 'x' }],
    [
      'Bearer realm="https://a/t",error="insufficient_scope",scope="repository:a:pull,push"',
      {
        scheme: 'bearer',
        realm: 'https://a/t',
        error: 'insufficient_scope',
        scope: 'repository:a:pull,push',
      },
    ],
  ])('%s', (header, expected) => {
    expect(parseChallenge(header)).toEqual(expected);
  });

  test.each([[undefined], [''], ['Negotiate abc']])('%j is no challenge', (header) => {
    expect(parseChallenge(header)).toBeUndefined();
  });

  test('token responses: token or access_token, expires_in defaulting to 60', () => {
    expect(parseTokenResponse('{"token":"a","expires_in":300}')).toEqual({ token: 'a', expiresIn: 300 });
    expect(parseTokenResponse('{"access_token":"b"}')).toEqual({ token: 'b', expiresIn: 60 });
    expect(parseTokenResponse('{"nothing":1}')).toBeUndefined();
    expect(parseTokenResponse('not json')).toBeUndefined();
  });
});

describe('keychain', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ferry-keychain-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const b64 = (s: string) => Buffer.from(s).toString('base64');

  test('explicit credentials win and are registered as secrets (with base64 user:pass)', async () => {
    const secrets = new SecretRegistry();
    const keychain = createKeychain({
      credentials: { 'https://r.io/': { username: 'u', password: 'explicit-pw' } },
      secrets,
    });
    expect(await keychain.resolve('r.io')).toEqual({ username: 'u', password: 'explicit-pw' });
    expect(await keychain.resolve('other.io')).toBeUndefined();
    expect(secrets.has('explicit-pw')).toBe(true);
    expect(secrets.has(b64('u:explicit-pw'))).toBe(true);
  });

  test('config.json auths: auth, username/password, identitytoken, Hub key; DOCKER_CONFIG dir first', async () => {
    const dockerDir = mkdtempSync(join(dir, 'docker-'));
    writeFileSync(
      join(dockerDir, 'config.json'),
      JSON.stringify({
        auths: {
          'https://index.docker.io/v1/': { auth: b64('hubuser:hub-pw') },
          'r.io:5000': { username: 'plain', password: 'plain-pw' },
          'https://id.io': { identitytoken: 'refresh-tok-123' },
        },
      }),
    );
    const extra = join(dir, 'extra.json');
    writeFileSync(
      extra,
      JSON.stringify({
        auths: { 'r.io:5000': { auth: b64('second:second-pw') }, 'x.io': { auth: b64('x:x-pw') } },
      }),
    );
    const secrets = new SecretRegistry();
    const keychain = createKeychain({ dockerConfigDir: dockerDir, dockerConfigFiles: [extra], secrets });
    expect(await keychain.resolve('docker.io')).toEqual({ username: 'hubuser', password: 'hub-pw' });
    expect(await keychain.resolve('r.io:5000')).toEqual({ username: 'plain', password: 'plain-pw' });
    expect(await keychain.resolve('id.io')).toEqual({ identityToken: 'refresh-tok-123' });
    expect(await keychain.resolve('x.io')).toEqual({ username: 'x', password: 'x-pw' });
    for (const s of ['hub-pw', b64('hubuser:hub-pw'), 'plain-pw', 'refresh-tok-123', 'x-pw'])
      expect(secrets.has(s)).toBe(true);
  });

  test('credHelpers and credsStore go through docker-credential-<name> get, host on stdin', async () => {
    const file = join(dir, 'helpers.json');
    writeFileSync(
      file,
      JSON.stringify({ credHelpers: { 'ecr.io': 'ecr-login' }, credsStore: 'desktop', auths: {} }),
    );
    const calls: { command: string; args: readonly string[]; input?: string }[] = [];
    const exec: Exec = async (command, args, options?: ExecOptions) => {
      calls.push({ command, args, ...(options?.input !== undefined ? { input: options.input } : {}) });
      if (command === 'docker-credential-ecr-login')
        return {
          exitCode: 0,
          stdout: JSON.stringify({ ServerURL: 'ecr.io', Username: 'AWS', Secret: 'ecr-secret' }),
          stderr: '',
        };
      if (options?.input === 'https://index.docker.io/v1/')
        return {
          exitCode: 0,
          stdout: JSON.stringify({ Username: '<token>', Secret: 'desktop-refresh' }),
          stderr: '',
        };
      return { exitCode: 1, stdout: 'credentials not found in native keychain', stderr: '' };
    };
    const secrets = new SecretRegistry();
    const keychain = createKeychain({ dockerConfigFiles: [file], exec, secrets });
    expect(await keychain.resolve('ecr.io')).toEqual({ username: 'AWS', password: 'ecr-secret' });
    expect(await keychain.resolve('docker.io')).toEqual({ identityToken: 'desktop-refresh' });
    expect(await keychain.resolve('none.io')).toBeUndefined();
    expect(calls.map((c) => [c.command, c.args.join(' '), c.input])).toEqual([
      ['docker-credential-ecr-login', 'get', 'ecr.io'],
      ['docker-credential-desktop', 'get', 'https://index.docker.io/v1/'],
      ['docker-credential-desktop', 'get', 'none.io'],
    ]);
    expect(secrets.has('ecr-secret') && secrets.has('desktop-refresh')).toBe(true);
    expect(credentialServerUrl('r.io')).toBe('r.io');
  });

  test('without an injected exec, a real docker-credential helper on PATH is run', async () => {
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    const helper = join(bin, 'docker-credential-ferrytest');
    writeFileSync(
      helper,
      '#!/bin/sh\nread host\nprintf \'{"ServerURL":"%s","Username":"helper-user","Secret":"helper-secret"}\' "$host"\n',
    );
    chmodSync(helper, 0o755);
    const file = join(dir, 'store.json');
    writeFileSync(file, JSON.stringify({ credsStore: 'ferrytest', auths: {} }));
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path ?? '/usr/bin:/bin'}`;
    try {
      const keychain = createKeychain({ dockerConfigFiles: [file] });
      expect(await keychain.resolve('helper.example:5000')).toEqual({
        username: 'helper-user',
        password: 'helper-secret',
      });
    } finally {
      process.env.PATH = path;
    }
  });

  test('podman auth.json: a repository-specific entry wins over the host entry', async () => {
    const file = join(dir, 'auth.json');
    writeFileSync(
      file,
      JSON.stringify({
        auths: { 'quay.io': { auth: b64('host:h-pw') }, 'quay.io/team/app': { auth: b64('repo:r-pw') } },
      }),
    );
    const keychain = createKeychain({ authFiles: [file] });
    expect(await keychain.resolve('quay.io', 'team/app')).toEqual({ username: 'repo', password: 'r-pw' });
    expect(await keychain.resolve('quay.io', 'team/other')).toEqual({ username: 'host', password: 'h-pw' });
    expect(await keychain.resolve('quay.io')).toEqual({ username: 'host', password: 'h-pw' });
  });

  test('a broken config file is a CONFIG error that does not echo its content', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"auths": {"r.io": {"auth": "c2VjcmV0OnNlY3JldA=="}');
    const error = await createKeychain({ dockerConfigFiles: [file] })
      .resolve('r.io')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FerryError);
    expect((error as FerryError).code).toBe('CONFIG');
    expect((error as FerryError).message).not.toContain('c2VjcmV0');
  });
});

/** A scripted registry + token server: `/v2/*` wants a Bearer token issued by `/token`. */
describe('bearer flow against a scripted registry', () => {
  let server: Server;
  let base = '';
  let issued = 0;
  const tokenRequests: { scopes: string[]; auth: string | undefined }[] = [];
  const valid = new Set<string>();
  let expiresIn: number | undefined = 300;
  let field = 'token';

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', base);
    if (url.pathname === '/token' && req.method === 'POST') {
      // OAuth2 refresh-token grant (Docker's identitytoken).
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const form = new URLSearchParams(Buffer.concat(chunks).toString());
        if (form.get('grant_type') !== 'refresh_token' || form.get('refresh_token') !== 'refresh-me') {
          res.writeHead(401).end();
          return;
        }
        tokenRequests.push({ scopes: (form.get('scope') ?? '').split(' '), auth: 'refresh' });
        const token = `tok-${++issued}`;
        valid.add(token);
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ access_token: token, expires_in: 300 }));
      });
      return;
    }
    if (url.pathname === '/token') {
      const auth = req.headers.authorization;
      if (auth !== `Basic ${Buffer.from('me:right-pw').toString('base64')}`) {
        res.writeHead(401).end();
        return;
      }
      tokenRequests.push({ scopes: url.searchParams.getAll('scope'), auth });
      const token = `tok-${++issued}`;
      valid.add(token);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ [field]: token, ...(expiresIn !== undefined ? { expires_in: expiresIn } : {}) }),
      );
      return;
    }
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!bearer || !valid.has(bearer)) {
      // The challenge names a scope the caller did not ask for (the first path segment): the
      // authenticator must widen its token request and keep using the widened token afterwards.
      res.writeHead(401, {
        'www-authenticate': `Bearer realm="${base}/token",service="scripted",scope="repository:${url.pathname.split('/')[2]}:pull"`,
        'content-type': 'application/json',
      });
      res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }));
      return;
    }
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ name: 'x', tags: ['a'] }));
  };

  beforeAll(async () => {
    server = createServer(handle);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no address');
    base = `http://127.0.0.1:${address.port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  beforeEach(() => {
    issued = 0;
    tokenRequests.length = 0;
    valid.clear();
    expiresIn = 300;
    field = 'token';
  });

  const host = () => base.slice('http://'.length);
  const keychain = (password = 'right-pw') =>
    createKeychain({ credentials: { [host()]: { username: 'me', password } } });

  test('one token per scope set, shared by requests and by parallel callers', async () => {
    const client = createRegistryClient({ keychain: keychain() });
    const a = client.repository(parseReference(`${host()}/team/a`));
    await Promise.all([a.tagList(), a.tagList(), a.tagList()]);
    await a.tagList();
    expect(tokenRequests).toEqual([
      { scopes: ['repository:team/a:pull'], auth: expect.stringMatching(/^Basic /) },
    ]);
    const b = client.repository(parseReference(`${host()}/team/b`), { push: true, mountFrom: ['team/a'] });
    await b.tagList();
    expect(tokenRequests).toHaveLength(2);
    expect(tokenRequests[1]?.scopes.sort()).toEqual([
      'repository:team/a:pull',
      'repository:team/b:pull,push',
    ]);
    await client.close();
  });

  test('access_token is accepted', async () => {
    field = 'access_token';
    const client = createRegistryClient({ keychain: keychain() });
    expect(await client.repository(parseReference(`${host()}/team/c`)).tagList()).toEqual(['a']);
    await client.close();
  });

  test('an expired token is renewed before use; a refused one is replaced once', async () => {
    let now = 1_000_000;
    const transport = createTransport({});
    const auth = new RegistryAuthenticator({
      registry: host(),
      keychain: keychain(),
      transport,
      now: () => now,
    });
    expiresIn = 60;
    const client = createRegistryClient({ keychain: keychain(), transport });
    // Drive the authenticator directly for the clock; the client path is covered above.
    const first = await transport.request({ method: 'GET', url: `${base}/v2/team/d/tags/list` });
    await first.dump();
    const header1 = await auth.retryAfterUnauthorized(first, ['repository:team/d:pull'], undefined);
    expect(header1).toBe('Bearer tok-1');
    expect(await auth.authorization(['repository:team/d:pull'])).toBe('Bearer tok-1');
    now += 55_000; // within the renewal margin of a 60 s token
    expect(await auth.authorization(['repository:team/d:pull'])).toBe('Bearer tok-2');
    expect(auth.tokenRequests).toBe(2);

    // The registry revokes tok-2: the 401 on it brings one fresh token.
    valid.delete('tok-2');
    const refused = await transport.request({
      method: 'GET',
      url: `${base}/v2/team/d/tags/list`,
      headers: { authorization: 'Bearer tok-2' },
    });
    await refused.dump();
    expect(await auth.retryAfterUnauthorized(refused, ['repository:team/d:pull'], 'Bearer tok-2')).toBe(
      'Bearer tok-3',
    );

    // End to end: the client's cached token is revoked behind its back; the next request still works.
    const repo = client.repository(parseReference(`${host()}/team/e`));
    await repo.tagList();
    valid.clear();
    expect(await repo.tagList()).toEqual(['a']);
    await client.close();
    await transport.close();
  });

  test('an identity token is exchanged with the refresh-token grant', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ferry-idtoken-'));
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ auths: { [host()]: { identitytoken: 'refresh-me' } } }),
    );
    const client = createRegistryClient({ keychain: createKeychain({ dockerConfigDir: dir }) });
    expect(await client.repository(parseReference(`${host()}/team/h`)).tagList()).toEqual(['a']);
    expect(tokenRequests).toEqual([{ scopes: ['repository:team/h:pull'], auth: 'refresh' }]);
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a wrong password is one AUTH error without the password', async () => {
    const client = createRegistryClient({ keychain: keychain('Wrong-Pw-777'), retry: { baseDelayMs: 1 } });
    const error = await client
      .repository(parseReference(`${host()}/team/f`))
      .tagList()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FerryError);
    expect((error as FerryError).code).toBe('AUTH');
    expect((error as FerryError).message).toContain("as 'me'");
    expect((error as FerryError).message).not.toContain('Wrong-Pw-777');
    await client.close();
  });

  test('anonymous against a registry that needs credentials: AUTH error saying to pass them', async () => {
    const client = createRegistryClient({});
    const error = await client
      .repository(parseReference(`${host()}/team/g`))
      .tagList()
      .catch((e: unknown) => e);
    expect((error as FerryError).code).toBe('AUTH');
    expect((error as FerryError).message).toMatch(/requires credentials/);
    await client.close();
  });
});
