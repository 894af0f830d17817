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
