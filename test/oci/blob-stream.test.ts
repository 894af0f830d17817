// The lean blob path: a blob GET from a plain-HTTP registry is read on a connection of its own into one
// reused buffer (lib/oci/transport/raw-get.ts) and pumped straight into the upload (blob-body.ts). The
// sources here are scripted TCP and HTTP servers in this test (no real registry lies about lengths,
// cuts bodies off or answers oddly on purpose); the target is the real docker-registry where a copy
// must land, and scripted where the test watches what arrives (a slow reader, a careless target).
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  createServer as createTcpServer,
  type AddressInfo,
  type Server as TcpServer,
  type Socket,
} from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createLogger, createMemorySink, SecretRegistry } from '../../lib/log';
import { createKeychain } from '../../lib/oci/auth';
import { copyImage } from '../../lib/oci/copy';
import { parseReference } from '../../lib/oci/reference';
import { createRegistryClient, type RegistryClient } from '../../lib/oci/registry';
import { parseResponseHead } from '../../lib/oci/transport';
import { MEDIA_TYPES } from '../../lib/oci/types';
import { FerryError } from '../../lib/util/errors';
import { haveBinaries } from '../helpers/binaries';
import { oneLayerImage, sha } from '../helpers/one-layer-image';
import { startRegistry, type RegistryServer } from '../helpers/servers/registry';

const noSleep = { attempts: 3, sleep: async (): Promise<void> => {} };

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** An HTTP server that records what it is asked (method, url, authorization, range). */
async function httpServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{
  host: string;
  seen: { method: string; url: string; authorization?: string; range?: string }[];
  /** Resolves when every connection to this server has closed. */
  idle(): Promise<void>;
}> {
  const seen: { method: string; url: string; authorization?: string; range?: string }[] = [];
  const server: Server = createServer((req, res) => {
    seen.push({
      method: req.method ?? '',
      url: req.url ?? '',
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      ...(req.headers.range ? { range: req.headers.range } : {}),
    });
    handler(req, res);
  });
  const open = new Set<Socket>();
  const idle: (() => void)[] = [];
  server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => {
      open.delete(socket);
      if (open.size === 0) for (const resolve of idle.splice(0)) resolve();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    idle: () =>
      open.size === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            idle.push(resolve);
          }),
  };
}

/** A TCP server that answers each connection with `answer` (raw bytes, for answers node:http would not send). */
async function tcpServer(
  answer: (socket: Socket, request: string, n: number) => void,
): Promise<{ host: string; requests: string[] }> {
  const requests: string[] = [];
  const server: TcpServer = createTcpServer((socket) => {
    let head = '';
    socket.on('error', () => undefined);
    socket.on('data', (data: Buffer) => {
      if (head.includes('\r\n\r\n')) return;
      head += data.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      requests.push(head);
      answer(socket, head, requests.length);
    });
  });
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  );
  return { host: `127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

function client(hosts: string[], extra: Parameters<typeof createRegistryClient>[0] = {}): RegistryClient {
  const c = createRegistryClient({ insecureRegistries: hosts, retry: noSleep, ...extra });
  closers.push(() => c.close());
  return c;
}

async function readAll(body: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const blobPath = (digest: string): RegExp => new RegExp(`^GET /v2/team/app/blobs/${digest} HTTP/1\\.1`);

describe('the response head parser of the lean GET', () => {
  test('reads status and headers, case-insensitively, repeated headers kept', () => {
    expect(parseResponseHead('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A: 1\r\nx-a: 2')).toEqual({
      status: 200,
      headers: { 'content-length': ['5'], 'x-a': ['1', '2'] },
    });
    expect(parseResponseHead('HTTP/1.0 206')?.status).toBe(206);
  });

  test.each([
    ['no status line', 'Content-Length: 5'],
    ['HTTP/2 status line', 'HTTP/2 200 OK'],
    ['space before the colon', 'HTTP/1.1 200 OK\r\nContent-Length : 5'],
    ['a folded line', 'HTTP/1.1 200 OK\r\nX-A: 1\r\n  continued'],
    ['a header without a colon', 'HTTP/1.1 200 OK\r\nnonsense'],
    ['a control character', 'HTTP/1.1 200 OK\r\nX-A: a\x00b'],
  ])('refuses %s (the full transport gets the answer instead)', (_what, head) => {
    expect(parseResponseHead(head)).toBeUndefined();
  });
});

describe('blob GET from a plain-HTTP source', () => {
  const bytes = randomBytes(300_000);
  const digest = sha(bytes);

  test('a plain 200 is read on the lean path and arrives whole', async () => {
    const src = await tcpServer((socket) => {
      socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${bytes.length}\r\n\r\n`);
      socket.end(bytes);
    });
    const got = await client([src.host])
      .repository(parseReference(`${src.host}/team/app`))
      .blobGet(digest);
    expect(got.size).toBe(bytes.length);
    expect((await readAll(got.body)).equals(bytes)).toBe(true);
    // One GET /v2/ (the ping) and one blob GET, on the lean path (it says Connection: close).
    const gets = src.requests.filter((r) => blobPath(digest).test(r));
    expect(gets).toHaveLength(1);
    expect(gets[0]).toMatch(/\r\nConnection: close\r\n/);
  });

  test('a source that sends more than its Content-Length fails, naming it', async () => {
    const src = await tcpServer((socket, request) => {
      if (request.startsWith('GET /v2/ '))
        return void socket.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
      socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${bytes.length}\r\n\r\n`);
      socket.end(Buffer.concat([bytes, Buffer.alloc(10_000, 1)]));
    });
    const got = await client([src.host])
      .repository(parseReference(`${src.host}/team/app`))
      .blobGet(digest);
    const error = await readAll(got.body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FerryError);
    expect(error).toMatchObject({ code: 'DIGEST_MISMATCH' });
    expect((error as FerryError).message).toContain(
      `${src.host} sent more than the ${bytes.length} bytes it declared`,
    );
  });

  test('a body cut off mid-way is resumed with Range on the lean path, and arrives whole', async () => {
    const src = await tcpServer((socket, request, n) => {
      if (request.startsWith('GET /v2/ '))
        return void socket.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
      const range = /\r\nrange: bytes=(\d+)-\r\n/i.exec(request);
      if (!range) {
        // The first answer declares it all and stops after 100 000 bytes.
        socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${bytes.length}\r\n\r\n`);
        socket.end(bytes.subarray(0, 100_000));
        return;
      }
      const from = Number(range[1]);
      socket.write(
        `HTTP/1.1 206 Partial Content\r\nContent-Length: ${bytes.length - from}\r\nContent-Range: bytes ${from}-${bytes.length - 1}/${bytes.length}\r\n\r\n`,
      );
      socket.end(bytes.subarray(from));
      expect(n).toBeGreaterThan(2);
    });
    const got = await client([src.host])
      .repository(parseReference(`${src.host}/team/app`))
      .blobGet(digest);
    expect((await readAll(got.body)).equals(bytes)).toBe(true);
    const gets = src.requests.filter((r) => blobPath(digest).test(r));
    expect(gets).toHaveLength(2);
    expect(gets[1]).toMatch(/\r\nrange: bytes=100000-\r\n/i);
  });

  test('a source that always cuts off fails after the retries, as a network error naming the host', async () => {
    const src = await tcpServer((socket, request) => {
      if (request.startsWith('GET /v2/ '))
        return void socket.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
      socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${bytes.length}\r\n\r\n`);
      socket.end(bytes.subarray(0, 1000));
    });
    const got = await client([src.host])
      .repository(parseReference(`${src.host}/team/app`))
      .blobGet(digest);
    const error = await readAll(got.body).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NETWORK' });
    expect((error as FerryError).message).toContain(src.host);
    // The first GET and two resumes (attempts: 3).
    expect(src.requests.filter((r) => blobPath(digest).test(r))).toHaveLength(3);
  });

  test('a chunked answer goes to the full transport and arrives whole', async () => {
    const src = await httpServer((req, res) => {
      if (req.url === '/v2/') return void res.writeHead(200).end();
      res.writeHead(200, { 'transfer-encoding': 'chunked' });
      res.write(bytes.subarray(0, 1000));
      res.end(bytes.subarray(1000));
    });
    const got = await client([src.host])
      .repository(parseReference(`${src.host}/team/app`))
      .blobGet(digest);
    expect((await readAll(got.body)).equals(bytes)).toBe(true);
    // The lean GET saw a chunked answer and dropped it; the full transport asked again.
    expect(src.seen.filter((r) => r.method === 'GET' && r.url.includes('/blobs/'))).toHaveLength(2);
  });

  test('a 401 on the lean GET (an expired token) is asked again on the full transport', async () => {
    let blobGets = 0;
    const src = await httpServer((req, res) => {
      if (req.url === '/v2/') return void res.writeHead(200).end();
      blobGets++;
      if (blobGets === 1)
        return void res.writeHead(401, { 'www-authenticate': 'Basic realm="r"', 'content-length': 0 }).end();
      res.writeHead(200, { 'content-length': String(bytes.length) }).end(bytes);
    });
    const got = await client([src.host])
      .repository(parseReference(`${src.host}/team/app`))
      .blobGet(digest);
    expect((await readAll(got.body)).equals(bytes)).toBe(true);
    expect(blobGets).toBe(2);
  });

  test('credentials go to the registry on the lean GET, never to the storage it redirects to, nor to a log', async () => {
    const USER = 'lean-user';
    const PASSWORD = 'Lean-path-pw-51c';
    const basic = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
    const storage = await httpServer((_req, res) => {
      res.writeHead(200, { 'content-length': String(bytes.length) }).end(bytes);
    });
    const registry = await httpServer((req, res) => {
      if (req.headers.authorization !== basic)
        return void res.writeHead(401, { 'www-authenticate': 'Basic realm="r"' }).end();
      if (req.url === '/v2/') return void res.writeHead(200).end();
      res.writeHead(307, { location: `http://${storage.host}/signed/blob?sig=1` }).end();
    });
    const sink = createMemorySink();
    const secrets = new SecretRegistry();
    secrets.addBasicAuth(USER, PASSWORD);
    const c = client([registry.host, storage.host], {
      keychain: createKeychain({
        credentials: { [registry.host]: { username: USER, password: PASSWORD } },
        secrets,
      }),
      log: createLogger({ sink, debug: true, secrets }),
      secrets,
    });
    const repository = c.repository(parseReference(`${registry.host}/team/app`));
    for (let i = 0; i < 2; i++) {
      const got = await repository.blobGet(digest);
      expect((await readAll(got.body)).equals(bytes)).toBe(true);
    }
    expect(storage.seen.length).toBeGreaterThanOrEqual(2);
    for (const seen of storage.seen) expect(seen.authorization).toBeUndefined();
    // The registry redirects its blobs: after the first, they go to the full transport directly.
    expect(registry.seen.filter((r) => r.url.includes('/blobs/'))).toHaveLength(3);
    const output = sink.text();
    expect(output).not.toContain(PASSWORD);
    expect(output).not.toContain(basic.slice(6));
  });
});

const ok = haveBinaries('docker-registry');

describe.skipIf(!ok)('copy on the lean path into a target', () => {
  let registry: RegistryServer;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(async () => {
    await registry?.stop();
  });

  /** A source registry of one image whose layer is served as `serve` says. */
  async function source(
    layer: Buffer,
    served: Buffer = layer,
    /** 'chunked' answers blob GETs without Content-Length: the full transport reads them. */
    framing: 'length' | 'chunked' = 'length',
  ): Promise<{ host: string; seen: { method: string; url: string }[] }> {
    const { config, manifest } = oneLayerImage(layer);
    const blobs = new Map([
      [sha(config), config],
      [sha(layer), served],
    ]);
    return httpServer((req, res) => {
      const url = req.url ?? '';
      if (url === '/v2/') return void res.writeHead(200).end('{}');
      if (url.startsWith('/v2/team/app/manifests/')) {
        res.writeHead(200, {
          'content-type': MEDIA_TYPES.ociManifest,
          'content-length': manifest.length,
          'docker-content-digest': sha(manifest),
        });
        return void res.end(req.method === 'HEAD' ? undefined : manifest);
      }
      const blob = blobs.get(url.split('/blobs/')[1] ?? '');
      if (!blob) return void res.writeHead(404).end();
      res.writeHead(200, framing === 'length' ? { 'content-length': blob.length } : {});
      res.end(req.method === 'HEAD' ? undefined : blob);
    });
  }

  test.each(['length', 'chunked'] as const)(
    'an 8 MiB layer (%s answer) into a target that reads slowly: backpressure keeps every byte intact',
    async (framing) => {
      const layer = randomBytes(8 * 1024 * 1024);
      const src = await source(layer, layer, framing);
      // A careless target that reads blob bodies in sips, pausing after every chunk, and records the
      // digest of what it got: the pump must wait for it, and never overwrite bytes not yet sent.
      const received = new Map<string, string>();
      let pauses = 0;
      const target = await httpServer((req, res) => {
        const url = req.url ?? '';
        if (url === '/v2/') return void res.writeHead(200).end();
        if (req.method === 'HEAD') return void res.writeHead(404).end();
        if (req.method === 'POST')
          return void res.writeHead(202, { location: '/v2/t/app/blobs/uploads/1' }).end();
        const hash = createHash('sha256');
        req.on('data', (chunk: Buffer) => {
          hash.update(chunk);
          req.pause();
          pauses++;
          setImmediate(() => req.resume());
        });
        req.on('end', () => {
          const digest = `sha256:${hash.digest('hex')}`;
          const claimed = new URL(url, 'http://x').searchParams.get('digest');
          if (claimed) received.set(claimed, digest);
          res.writeHead(201, { 'docker-content-digest': digest }).end();
        });
      });
      const c = client([src.host, target.host]);
      await copyImage({
        source: c.repository(parseReference(`${src.host}/team/app:1`)),
        sourceReference: '1',
        target: c.repository(parseReference(`${target.host}/t/app:1`), { push: true }),
        tags: ['1'],
      });
      expect(received.get(sha(layer))).toBe(sha(layer));
      expect(pauses).toBeGreaterThan(10);
      // One GET on the lean path; a chunked answer is dropped there and asked again on the transport.
      const gets = src.seen.filter((r) => r.method === 'GET' && r.url.includes(sha(layer)));
      expect(gets).toHaveLength(framing === 'length' ? 1 : 2);
    },
  );

  test('a big layer through the lean path lands in docker-registry with its digest', async () => {
    const layer = randomBytes(12 * 1024 * 1024 + 17);
    const src = await source(layer);
    const c = client([src.host, registry.host]);
    const result = await copyImage({
      source: c.repository(parseReference(`${src.host}/team/app:1`)),
      sourceReference: '1',
      target: c.repository(parseReference(`${registry.host}/lean/app:1`), { push: true }),
      tags: ['1'],
    });
    expect(result.blobsUploaded).toBe(2);
    const blob = await fetch(`http://${registry.host}/v2/lean/app/blobs/${sha(layer)}`);
    expect(sha(Buffer.from(await blob.arrayBuffer()))).toBe(sha(layer));
  });

  test('a tampered layer never completes its upload: the last chunk is held back until the digest matched', async () => {
    const layer = randomBytes(2 * 1024 * 1024);
    const tampered = Buffer.from(layer);
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 1) ^ 0xff, tampered.length - 1);
    const src = await source(layer, tampered);
    const complete: number[] = [];
    let layerBytes = 0;
    const target = await httpServer((req, res) => {
      if (req.url === '/v2/') return void res.writeHead(200).end();
      if (req.method === 'HEAD') return void res.writeHead(404).end();
      if (req.method === 'POST')
        return void res.writeHead(202, { location: '/v2/t/app/blobs/uploads/1' }).end();
      let length = 0;
      req.on('data', (chunk: Buffer) => {
        length += chunk.length;
        if (req.url?.includes(sha(layer).slice(7))) layerBytes = length;
      });
      req.on('error', () => undefined);
      req.on('end', () => {
        complete.push(length);
        res.writeHead(201).end();
      });
    });
    const c = client([src.host, target.host]);
    const error = await copyImage({
      source: c.repository(parseReference(`${src.host}/team/app:1`)),
      sourceReference: '1',
      target: c.repository(parseReference(`${target.host}/t/app:1`), { push: true }),
      tags: ['1'],
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'DIGEST_MISMATCH' });
    expect((error as FerryError).message).toMatch(/failed verification: its content has digest sha256:/);
    expect((error as FerryError).message).toContain(`${src.host}/team/app`);
    // Once every connection is gone, what the careless target got of the layer was short of the whole.
    await c.close();
    await target.idle();
    expect(layerBytes).toBeLessThan(layer.length);
    expect(complete.filter((n) => n === layer.length)).toEqual([]);
  });
});
