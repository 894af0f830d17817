// Requests started before the copy engine loads (lib/oci/transport/head-start.ts) and taken over by the
// transport: sent once, not twice; taken only when method, URL and headers are the transport's own;
// their answer, failure and connection pool carry over. And `ferry copy`'s bundle starting them
// (copy-head-start.ts). COUNTING SERVERS in this test (node:http on loopback): they record every
// request and connection, which no real registry shows; the real copies run in test/cli/bundles.test.ts.
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { startCopyRequests } from '../../lib/cli/commands/copy-head-start';
import { sha256Digest } from '../../lib/oci/digest';
import {
  DEFAULT_USER_AGENT,
  startRequest,
  takeStartedAgent,
  takeStartedRequest,
} from '../../lib/oci/transport/head-start';
import { createTransport } from '../../lib/oci/transport';
import { MANIFEST_ACCEPT, MEDIA_TYPES } from '../../lib/oci/types';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const UA = { 'user-agent': DEFAULT_USER_AGENT };
const ACCEPT = { ...UA, accept: MANIFEST_ACCEPT.join(', ') };

interface Counting {
  host: string;
  seen: string[];
  connections: number;
  stop(): Promise<void>;
}

const servers: Counting[] = [];
afterEach(async () => {
  const done = servers.splice(0);
  // Whatever a test started and did not take is dropped with its pool.
  for (const s of done) takeStartedAgent(`http://${s.host}`)?.destroy();
  await Promise.all(done.map((s) => s.stop()));
});

async function startCounting(
  answer: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) =>
    void res.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
): Promise<Counting> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method ?? ''} ${req.url ?? ''}`);
    answer(req, res);
  });
  let connections = 0;
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  const counting: Counting = {
    host: `127.0.0.1:${address.port}`,
    seen,
    get connections() {
      return connections;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  servers.push(counting);
  return counting;
}

/** Lets the event loop run until the server has seen `count` requests. */
async function seenAtLeast(server: Counting, count: number): Promise<void> {
  while (server.seen.length < count) await new Promise((resolve) => setImmediate(resolve));
}

describe('a started request and the transport', () => {
  test('the transport takes over the started request instead of sending it again, on its connection', async () => {
    const server = await startCounting();
    const url = `http://${server.host}/v2/`;
    startRequest('GET', url, UA);
    await seenAtLeast(server, 1);
    const transport = createTransport();
    try {
      const response = await transport.request({ method: 'GET', url });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('{}');
      // The next request goes through the started request's pool: no new connection.
      const next = await transport.request({ method: 'GET', url: `http://${server.host}/v2/next` });
      await next.dump();
      expect(server.seen).toEqual(['GET /v2/', 'GET /v2/next']);
      expect(server.connections).toBe(1);
    } finally {
      await transport.close();
    }
  });

  test('is taken only with the same method, URL and headers', async () => {
    const server = await startCounting();
    const url = `http://${server.host}/v2/team/app/manifests/v1`;
    startRequest('GET', url, ACCEPT);
    expect(takeStartedRequest('HEAD', url, ACCEPT)).toBeUndefined();
    expect(takeStartedRequest('GET', `${url}x`, ACCEPT)).toBeUndefined();
    expect(takeStartedRequest('GET', url, UA)).toBeUndefined();
    expect(takeStartedRequest('GET', url, { ...ACCEPT, authorization: 'Basic eDp5' })).toBeUndefined();
    const transport = createTransport();
    try {
      // Other headers than the started request's: sent anew, the started one is left alone.
      const response = await transport.request({
        method: 'GET',
        url,
        headers: { accept: MEDIA_TYPES.ociIndex },
      });
      await response.dump();
      await seenAtLeast(server, 2);
      expect(server.seen).toEqual([`GET /v2/team/app/manifests/v1`, `GET /v2/team/app/manifests/v1`]);
      // Taken once, then gone.
      expect(takeStartedRequest('GET', url, ACCEPT)).toBeDefined();
      expect(takeStartedRequest('GET', url, ACCEPT)).toBeUndefined();
    } finally {
      await transport.close();
      takeStartedAgent(`http://${server.host}`)?.destroy();
    }
  });

  test("an answer that came before the transport asked is the transport's answer, body and all", async () => {
    const body = 'x'.repeat(200_000);
    const server = await startCounting((_req, res) => void res.writeHead(404).end(body));
    const url = `http://${server.host}/v2/team/app/manifests/v1`;
    const started = [startRequest('HEAD', url, ACCEPT), startRequest('GET', url, ACCEPT)];
    // Both answers are in before the transport asks.
    await Promise.all(started.map(({ request }) => once(request, 'response')));
    expect(started.every((s) => s.response !== undefined)).toBe(true);
    const transport = createTransport();
    try {
      const head = await transport.request({ method: 'HEAD', url, headers: { accept: ACCEPT.accept } });
      expect(head.status).toBe(404);
      const get = await transport.request({ method: 'GET', url, headers: { accept: ACCEPT.accept } });
      expect(get.status).toBe(404);
      expect(await get.text()).toBe(body);
      expect(server.seen).toHaveLength(2);
    } finally {
      await transport.close();
    }
  });

  test('a started request that failed fails the transport as its own would', async () => {
    const server = await startCounting();
    const url = `http://${server.host}/v2/`;
    await server.stop();
    servers.splice(servers.indexOf(server), 1);
    const started = startRequest('GET', url, UA);
    // The refusal is in before the transport asks.
    await new Promise((resolve) => started.request.once('error', resolve));
    expect(started.error).toBeDefined();
    const transport = createTransport({ retry: { attempts: 1 } });
    try {
      await expect(transport.request({ method: 'GET', url })).rejects.toMatchObject({
        name: 'NetworkError',
        message: expect.stringContaining('ECONNREFUSED') as unknown,
      });
    } finally {
      await transport.close();
      takeStartedAgent(`http://${server.host}`)?.destroy();
    }
  });
});

describe("ferry copy's started requests", () => {
  const take = (method: string, url: string, headers: Record<string, string>): boolean => {
    const started = takeStartedRequest(method, url, headers);
    started?.request.destroy();
    return started !== undefined;
  };

  test('start the pings, the source manifest GET and the target manifest HEAD on loopback', async () => {
    const source = await startCounting();
    const target = await startCounting();
    expect(
      startCopyRequests([`${source.host}/team/app:v1`, `docker://${target.host}/prod/app:v2`, '--json']),
    ).toBe(true);
    expect(take('GET', `http://${source.host}/v2/`, UA)).toBe(true);
    expect(take('GET', `http://${source.host}/v2/team/app/manifests/v1`, ACCEPT)).toBe(true);
    expect(take('GET', `http://${target.host}/v2/`, UA)).toBe(true);
    expect(take('HEAD', `http://${target.host}/v2/prod/app/manifests/v2`, ACCEPT)).toBe(true);
    takeStartedAgent(`http://${source.host}`)?.destroy();
    takeStartedAgent(`http://${target.host}`)?.destroy();
  });

  test.each([
    ['--help', ['127.0.0.1:1/a:v1', '127.0.0.1:1/b:v1', '--help']],
    ['one argument', ['127.0.0.1:1/a:v1']],
    ['an unknown flag', ['127.0.0.1:1/a:v1', '127.0.0.1:1/b:v1', '--bogus']],
    ['registries not on loopback', ['registry.example/a:v1', 'ghcr.io/team/b:v1']],
    ['Docker Hub', ['library/alpine:3', 'alpine:3']],
    ['file transports', ['oci:/tmp/layout:v1', 'oci-archive:/tmp/a.tar']],
    ['a bad reference', ['127.0.0.1:1/UPPER:v1', '127.0.0.1:1/b@sha256:short']],
  ])('start nothing for %s', (_what, args) => {
    expect(startCopyRequests(args)).toBe(false);
  });

  test('start nothing for the target with --tag, and ask an --insecure-registry in plain HTTP', async () => {
    const target = await startCounting();
    expect(
      startCopyRequests([
        'registry.internal:5000/team/app:v1',
        `${target.host}/prod/app:v1`,
        '--tag',
        'v2',
        '--insecure-registry',
        'registry.internal:5000',
      ]),
    ).toBe(true);
    expect(takeStartedRequest('GET', `http://${target.host}/v2/`, UA)).toBeUndefined();
    // The insecure host's requests were started (the name does not resolve; they fail on their own).
    expect(take('GET', 'http://registry.internal:5000/v2/team/app/manifests/v1', ACCEPT)).toBe(true);
    expect(take('GET', 'http://registry.internal:5000/v2/', UA)).toBe(true);
    takeStartedAgent('http://registry.internal:5000')?.destroy();
  });
});

describe('dist/cli.js copy', () => {
  let work: string | undefined;
  afterEach(async () => {
    if (work) await rm(work, { recursive: true, force: true });
    work = undefined;
  });

  test('sends each first request once: started by the bundle, taken over by the engine', async () => {
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociManifest,
        config: { mediaType: MEDIA_TYPES.ociConfig, digest: `sha256:${'1'.repeat(64)}`, size: 2 },
        layers: [],
      }),
    );
    const digest = sha256Digest(manifest);
    const registry = (req: IncomingMessage, res: ServerResponse): void => {
      if (req.url === '/v2/') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        return;
      }
      res.writeHead(200, {
        'content-type': MEDIA_TYPES.ociManifest,
        'content-length': String(manifest.length),
        'docker-content-digest': digest,
      });
      res.end(req.method === 'HEAD' ? undefined : manifest);
    };
    const source = await startCounting(registry);
    const target = await startCounting(registry);
    work = await mkdtemp(join(tmpdir(), 'ferry-head-start-'));
    const home = work;
    const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) =>
      execFile(
        process.execPath,
        [CLI, 'copy', `${source.host}/team/app:v1`, `${target.host}/prod/app:v1`],
        { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home } },
        (error, out, err) =>
          error ? reject(new Error(`${error.message}\n${err}`)) : resolve({ stdout: out }),
      ),
    );
    expect(stdout).toBe(`Nothing to copy: ${target.host}/prod/app:v1 already holds ${digest}.\n`);
    expect(source.seen.sort()).toEqual(['GET /v2/', 'GET /v2/team/app/manifests/v1']);
    expect(target.seen.sort()).toEqual(['GET /v2/', 'HEAD /v2/prod/app/manifests/v1']);
  });
});
