// customDefaults as URLs (Piper's first documented example), against scripted in-process HTTP(S)
// servers on loopback: fetched over HTTPS with a generated CA, redirects followed, errors named, the
// size bounded while streaming. pkg/config/config.go OpenPiperFile/httpReadFile is what this mirrors.
import { readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type RequestListener, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, resolveParameters, YAML_LIMITS } from '../../lib/config';
import { PipelineEnvironment } from '../../lib/env';
import { ConfigError } from '../../lib/util/errors';
import { catalog } from '../../steps';
import { createServerPki } from '../helpers/pki';
import { memoryLogger, workspaceWith } from './helpers';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return (server.address() as AddressInfo).port;
}

const DEFAULTS = 'steps:\n  imagePushToRegistry:\n    targetRegistryUrl: from-url.example\n';

const routes: RequestListener = (req, res) => {
  const path = new URL(req.url ?? '/', 'http://loopback').pathname;
  if (path === '/defaults.yml') {
    res.writeHead(200, { 'content-type': 'application/yaml' }).end(DEFAULTS);
  } else if (path === '/moved') {
    res.writeHead(302, { location: '/defaults.yml' }).end();
  } else if (path === '/huge') {
    res.writeHead(200);
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const more = (): void => {
      while (sent <= YAML_LIMITS.maxBytes) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', more);
      }
      res.end();
    };
    res.on('error', () => undefined);
    more();
  } else {
    res.writeHead(404).end('not here');
  }
};

async function workspace(customDefaults: string): Promise<string> {
  const { dir, cleanup } = await workspaceWith({
    '.pipeline/config.yml': `customDefaults:\n  - ${customDefaults}\n`,
  });
  cleanups.push(cleanup);
  return dir;
}

describe('customDefaults URLs', () => {
  it('fetches defaults over HTTPS (CA given), and their values apply below the config', async () => {
    const pki = createServerPki();
    cleanups.push(() => rmSync(pki.dir, { recursive: true, force: true }));
    const server = createHttpsServer(
      { cert: readFileSync(pki.certFile), key: readFileSync(pki.keyFile) },
      routes,
    );
    const port = await listen(server as unknown as Server);
    const dir = await workspace(`https://localhost:${port}/defaults.yml?token=hidden`);
    const config = await loadConfig({ workspace: dir, ca: readFileSync(pki.caFile, 'utf8') });
    expect(config.defaults.map((d) => d.file)).toEqual([`https://localhost:${port}/defaults.yml`]);
    const { values, sources } = await resolveParameters({
      step: 'imagePushToRegistry',
      catalog,
      config,
      env: new PipelineEnvironment(),
      vars: {},
      log: memoryLogger().log,
      skipMandatoryCheck: true,
    });
    expect(values['targetRegistryUrl']).toBe('from-url.example');
    expect(sources['targetRegistryUrl']?.kind).toBe('defaults');
  });

  it('refuses an HTTPS server whose certificate is not trusted, naming the URL', async () => {
    const pki = createServerPki();
    cleanups.push(() => rmSync(pki.dir, { recursive: true, force: true }));
    const server = createHttpsServer(
      { cert: readFileSync(pki.certFile), key: readFileSync(pki.keyFile) },
      routes,
    );
    const port = await listen(server as unknown as Server);
    const dir = await workspace(`https://localhost:${port}/defaults.yml`);
    await expect(loadConfig({ workspace: dir })).rejects.toThrow(
      new RegExp(`customDefaults https://localhost:${port}/defaults.yml could not be fetched`),
    );
  });

  it.each([
    ['/moved', undefined],
    ['/missing', /HTTP 404/],
    ['/huge', /larger than 1048576 bytes/],
  ])('loopback HTTP %s', async (path, error) => {
    const port = await listen(createHttpServer(routes));
    const dir = await workspace(`http://127.0.0.1:${port}${path}`);
    const loading = loadConfig({ workspace: dir });
    if (error === undefined) {
      const config = await loading;
      expect(config.defaults[0]?.steps['imagePushToRegistry']?.['targetRegistryUrl']).toBe(
        'from-url.example',
      );
    } else {
      const e = await loading.catch((x: unknown) => x);
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).exitCode).toBe(2);
      expect((e as Error).message).toMatch(error);
    }
  });
});

// cmd/piper.go ResolveAccessTokens / AccessTokensFromEnvJSON and pkg/config/config.go httpReadFile:
// `host:token` entries, sent as `Authorization: token …` with GitHub's raw media type, to that host only.
describe('private customDefaults with gitHubTokens', () => {
  const TOKEN = 'ghp_s3cr3tT0kenForDefaults';

  /** A server that serves /private.yml only with the token, and records what each request carried. */
  async function privateServer(): Promise<{ port: number; seen: { auth?: string; accept?: string }[] }> {
    const seen: { auth?: string; accept?: string }[] = [];
    const port = await listen(
      createHttpServer((req, res) => {
        const auth = req.headers.authorization;
        seen.push({
          ...(auth !== undefined ? { auth } : {}),
          ...(req.headers.accept !== undefined ? { accept: req.headers.accept } : {}),
        });
        const path = new URL(req.url ?? '/', 'http://loopback').pathname;
        if (path.startsWith('/elsewhere/')) {
          res.writeHead(302, {
            location: `http://127.0.0.1:${path.slice('/elsewhere/'.length)}/private.yml`,
          });
          res.end();
        } else if (path === '/private.yml' && auth === `token ${TOKEN}`) {
          res.writeHead(200).end(DEFAULTS);
        } else {
          res.writeHead(404).end('not found');
        }
      }),
    );
    return { port, seen };
  }

  it.each([
    [
      'a JSON list in PIPER_gitHubTokens',
      (host: string) => ({ PIPER_gitHubTokens: JSON.stringify([`${host}:${TOKEN}`]) }),
    ],
    [
      'a comma list in FERRY_gitHubTokens',
      (host: string) => ({ FERRY_gitHubTokens: `other.example:x,${host}:${TOKEN}` }),
    ],
  ])('fetches a private file with the token for its host, from %s', async (_how, vars) => {
    const { port, seen } = await privateServer();
    const host = `127.0.0.1:${port}`;
    const dir = await workspace(`http://${host}/private.yml`);
    const secrets: string[] = [];
    const config = await loadConfig({ workspace: dir, vars: vars(host), addSecret: (s) => secrets.push(s) });
    expect(config.defaults[0]?.steps['imagePushToRegistry']?.['targetRegistryUrl']).toBe('from-url.example');
    expect(seen).toEqual([{ auth: `token ${TOKEN}`, accept: 'application/vnd.github.v3.raw' }]);
    expect(secrets).toContain(TOKEN);
  });

  it('sends no token to a host it is not given for, and the error says how to give one', async () => {
    const { port, seen } = await privateServer();
    const dir = await workspace(`http://127.0.0.1:${port}/private.yml`);
    const vars = { PIPER_gitHubTokens: JSON.stringify([`github.example.com:${TOKEN}`]) };
    const error = await loadConfig({ workspace: dir, vars }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/HTTP 404.*PIPER_gitHubTokens='\["127\.0\.0\.1:\d+:<token>"\]'/);
    expect((error as Error).message).not.toContain(TOKEN);
    expect(seen).toEqual([{ accept: 'application/yaml, text/yaml, text/plain, */*' }]);
  });

  it('does not carry the token across a redirect to another host', async () => {
    const target = await privateServer();
    const first = await privateServer();
    const dir = await workspace(`http://127.0.0.1:${first.port}/elsewhere/${target.port}`);
    const vars = { PIPER_gitHubTokens: JSON.stringify([`127.0.0.1:${first.port}:${TOKEN}`]) };
    const error = await loadConfig({ workspace: dir, vars }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/HTTP 404/);
    expect(first.seen[0]?.auth).toBe(`token ${TOKEN}`);
    expect(target.seen).toEqual([{ accept: 'application/yaml, text/yaml, text/plain, */*' }]);
  });

  it('warns about a malformed entry without printing it', async () => {
    const { port } = await privateServer();
    const dir = await workspace(`http://127.0.0.1:${port}/defaults-missing.yml`);
    const vars = { PIPER_gitHubTokens: JSON.stringify([`no-colon-${TOKEN}`]) };
    const error = await loadConfig({ workspace: dir, vars }).catch((e: unknown) => e);
    expect((error as Error).message).not.toContain(TOKEN);
    const { dir: local, cleanup } = await workspaceWith({
      '.pipeline/config.yml': `customDefaults:\n  - http://127.0.0.1:${port}/private.yml\n`,
    });
    cleanups.push(cleanup);
    const vars2 = { PIPER_gitHubTokens: JSON.stringify([`no-colon-${TOKEN}`, `127.0.0.1:${port}:${TOKEN}`]) };
    const config = await loadConfig({ workspace: local, vars: vars2 });
    expect(config.warnings?.map((w) => w.message)).toEqual([
      'PIPER_gitHubTokens entry 1 is not "host:token"; it is ignored.',
    ]);
    expect(JSON.stringify(config)).not.toContain(TOKEN);
  });
});
