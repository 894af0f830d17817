// Blob and manifest verification during a copy. The source is a lying registry: a scripted HTTP server in
// this test (no real registry serves content that differs from its digest), speaking just enough of the
// distribution API to be pulled from. It serves a tampered, a longer or a shorter layer than its
// descriptor names, or (lie 'manifest') another manifest than the Docker-Content-Digest it sends claims,
// by tag and by digest alike; or it stops sending halfway through the layer and holds the connection open
// (once, or on every request), or serves it chunked. Targets are a real docker-registry, a second
// scripted server that accepts any upload without checking, so the copy's own verification is what
// stops the push, and a third that stops reading an upload halfway (no real registry hangs on purpose).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyImage } from '../../lib/oci/copy';
import { parseReference } from '../../lib/oci/reference';
import { createRegistryClient, type RegistryClient } from '../../lib/oci/registry';
import { createTransport } from '../../lib/oci/transport';
import { MEDIA_TYPES } from '../../lib/oci/types';
import { FerryError } from '../../lib/util/errors';
import { haveBinaries } from '../helpers/binaries';
import { oneLayerImage, sha } from '../helpers/one-layer-image';
import { ferry } from '../helpers/cli';
import { startRegistry, type RegistryServer } from '../helpers/servers/registry';

type Lie = 'honest' | 'chunked' | 'tampered' | 'longer' | 'shorter' | 'manifest' | 'stalls-once' | 'stalls';

interface Scripted {
  host: string;
  /** Requests seen, as `METHOD path`. */
  seen: string[];
  manifestDigest: string;
  close(): Promise<void>;
}

/** A registry that serves one image (config, one layer, manifest) and lies about the layer as told. */
async function startLyingSource(lie: Lie, layerBytes = 200_000): Promise<Scripted> {
  const layer = Buffer.alloc(layerBytes, 7);
  const { config, manifest } = oneLayerImage(layer);
  // A manifest as valid as the real one (same blobs), so only the digest check can tell them apart.
  const other = Buffer.from(
    JSON.stringify({ ...(JSON.parse(manifest.toString('utf8')) as object), annotations: { swapped: 'yes' } }),
  );
  const body = lie === 'manifest' ? other : manifest;
  const served =
    lie === 'tampered'
      ? Buffer.concat([layer.subarray(0, 1000), Buffer.alloc(1, 9), layer.subarray(1001)])
      : lie === 'longer'
        ? Buffer.concat([layer, Buffer.alloc(5000, 1)])
        : lie === 'shorter'
          ? layer.subarray(0, 150_000)
          : layer;
  const blobs = new Map([
    [sha(config), config],
    [sha(layer), served],
  ]);
  const seen: string[] = [];
  let layerGets = 0;
  const server = createServer((req, res) => {
    seen.push(`${req.method ?? ''} ${req.url ?? ''}`);
    const url = req.url ?? '';
    if (url === '/v2/') return void res.writeHead(200).end('{}');
    const m = /^\/v2\/lie\/app\/manifests\/(.+)$/.exec(url);
    if (m) {
      res.writeHead(200, {
        'content-type': MEDIA_TYPES.ociManifest,
        'content-length': body.length,
        'docker-content-digest': sha(manifest),
      });
      return void res.end(req.method === 'HEAD' ? undefined : body);
    }
    const b = /^\/v2\/lie\/app\/blobs\/(sha256:[a-f0-9]{64})$/.exec(url);
    const blob = b?.[1] ? blobs.get(b[1]) : undefined;
    if (blob && blob === served && req.method === 'GET' && stalls(lie)) {
      layerGets++;
      const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
      const from = range ? Number(range[1]) : 0;
      const rest = layer.subarray(from);
      const headers = { 'content-type': 'application/octet-stream', 'content-length': rest.length };
      if (lie === 'stalls-once' && layerGets > 1) {
        res.writeHead(range ? 206 : 200, {
          ...headers,
          ...(range ? { 'content-range': `bytes ${from}-${layer.length - 1}/${layer.length}` } : {}),
        });
        return void res.end(rest);
      }
      // Headers and half of what is asked for, then nothing, on a connection left open.
      res.writeHead(range ? 206 : 200, {
        ...headers,
        ...(range ? { 'content-range': `bytes ${from}-${layer.length - 1}/${layer.length}` } : {}),
      });
      return void res.write(rest.subarray(0, rest.length >> 1));
    }
    if (blob && blob === served && req.method === 'GET' && lie === 'chunked') {
      // Honest bytes without a Content-Length: read through the full transport, not the lean GET.
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      return void res.end(blob);
    }
    if (blob) {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': blob.length });
      return void res.end(req.method === 'HEAD' ? undefined : blob);
    }
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"code":"NOT_FOUND"}]}');
  });
  return listen(server, seen, sha(manifest));
}

function stalls(lie: Lie): boolean {
  return lie === 'stalls' || lie === 'stalls-once';
}

/**
 * A target that opens upload sessions and then, on the upload, reads `readBytes` of the body and no more,
 * holding the connection open (a registry whose storage hangs).
 */
async function startStuckTarget(readBytes: number): Promise<Scripted> {
  const seen: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    seen.push(`${req.method ?? ''} ${req.url ?? ''}`);
    const url = req.url ?? '';
    if (url === '/v2/') return void res.writeHead(200).end('{}');
    if (req.method === 'HEAD') return void res.writeHead(404).end();
    if (req.method === 'POST')
      return void res.writeHead(202, { location: '/v2/t/app/blobs/uploads/1', 'content-length': 0 }).end();
    if (req.method === 'PUT' && url.startsWith('/v2/t/app/blobs/uploads/')) {
      let read = 0;
      req.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read >= readBytes) req.pause();
      });
      return;
    }
    req.resume();
    req.on('end', () => void res.writeHead(201, { 'content-length': 0 }).end());
  });
  return listen(server, seen, '');
}

/** A target that accepts every upload and manifest without checking anything (as a careless registry). */
async function startCarelessTarget(): Promise<Scripted> {
  const seen: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    seen.push(`${req.method ?? ''} ${req.url ?? ''}`);
    req.resume();
    req.on('end', () => {
      const url = req.url ?? '';
      if (url === '/v2/') return void res.writeHead(200).end('{}');
      if (req.method === 'HEAD') return void res.writeHead(404).end();
      if (req.method === 'POST')
        return void res.writeHead(202, { location: '/v2/t/app/blobs/uploads/1', 'content-length': 0 }).end();
      if (req.method === 'PUT' || req.method === 'PATCH')
        return void res.writeHead(201, { location: url, 'content-length': 0 }).end();
      res.writeHead(404).end();
    });
  });
  return listen(server, seen, '');
}

async function listen(server: Server, seen: string[], manifestDigest: string): Promise<Scripted> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    seen,
    manifestDigest,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const ok = haveBinaries('docker-registry');

describe.skipIf(!ok)('copy verifies what the source serves, whatever the target does', () => {
  let registry: RegistryServer;
  let careless: Scripted;
  let client: RegistryClient;
  const sources: Scripted[] = [];

  beforeAll(async () => {
    registry = await startRegistry();
    careless = await startCarelessTarget();
  });
  afterAll(async () => {
    await client?.close();
    await Promise.all(sources.map((s) => s.close()));
    await careless?.close();
    await registry?.stop();
  });

  const source = async (lie: Lie, layerBytes?: number): Promise<Scripted> => {
    const s = await startLyingSource(lie, layerBytes);
    sources.push(s);
    return s;
  };

  it('copies an honest source (the scripted server is a usable registry)', async () => {
    const src = await source('honest');
    client = createRegistryClient({ insecureRegistries: [src.host, registry.host, careless.host] });
    const result = await copyImage({
      source: client.repository(parseReference(`${src.host}/lie/app:1`)),
      sourceReference: '1',
      target: client.repository(parseReference(`${registry.host}/ok/app:1`), { push: true }),
      tags: ['1'],
    });
    expect(result.targetDigest).toBe(src.manifestDigest);
    expect(result.blobsUploaded).toBe(2);
  });

  it.each([
    ['tampered', /failed verification: its content has digest sha256:/],
    ['longer', /failed verification: more than the expected 200000 bytes/],
    ['shorter', /150000 bytes instead of 200000|after 150000 of 200000 bytes/],
  ] as const)(
    'a %s layer fails the copy naming the source, and no manifest reaches a careless target',
    async (lie, why) => {
      const src = await source(lie);
      client ??= createRegistryClient({ insecureRegistries: [src.host, registry.host, careless.host] });
      const local = createRegistryClient({ insecureRegistries: [src.host, careless.host] });
      try {
        careless.seen.length = 0;
        const error = await copyImage({
          source: local.repository(parseReference(`${src.host}/lie/app:1`)),
          sourceReference: '1',
          target: local.repository(parseReference(`${careless.host}/t/app:1`), { push: true }),
          tags: ['1'],
        }).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(FerryError);
        const message = (error as FerryError).message;
        expect(message).toMatch(why);
        expect(message).toContain(`${src.host}/lie/app`);
        expect(message).not.toContain(careless.host);
        expect(careless.seen.filter((r) => r.startsWith('PUT /v2/t/app/manifests/'))).toEqual([]);
      } finally {
        await local.close();
      }
    },
  );

  it.each([
    ['tag', /says its digest is sha256:[a-f0-9]{64} \(Docker-Content-Digest\), but the bytes it sent have/],
    ['digest', /returned content with digest sha256:/],
  ] as const)(
    'a manifest other than the registry claims, asked by %s, fails the copy before anything is pushed',
    async (by, why) => {
      const src = await source('manifest');
      // A target of its own: the shared one may still see uploads of an earlier failed copy arrive.
      const own = await startCarelessTarget();
      const local = createRegistryClient({ insecureRegistries: [src.host, own.host] });
      try {
        const reference = by === 'tag' ? '1' : src.manifestDigest;
        const error = await copyImage({
          source: local.repository(parseReference(`${src.host}/lie/app:1`)),
          sourceReference: reference,
          target: local.repository(parseReference(`${own.host}/t/app:1`), { push: true }),
          tags: ['1'],
        }).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(FerryError);
        expect((error as FerryError).code).toBe('DIGEST_MISMATCH');
        expect((error as FerryError).message).toMatch(why);
        expect((error as FerryError).message).toContain(`${src.host}/lie/app`);
        // Refused before the plan: no upload and no manifest reached the target (at most its tag HEAD).
        expect(own.seen.filter((r) => !/^(GET|HEAD) /.test(r))).toEqual([]);
      } finally {
        await local.close();
        await own.close();
      }
    },
  );

  it('ferry copy by tag from a registry whose Docker-Content-Digest lies: one line, exit 1, no tag', async () => {
    const src = await source('manifest');
    const run = await ferry(
      [
        'copy',
        '--insecure-registry',
        src.host,
        '--insecure-registry',
        registry.host,
        `docker://${src.host}/lie/app:1`,
        `${registry.host}/bad-manifest/app:1`,
      ],
      { cwd: process.cwd() },
    );
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('ferry: copy: '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${src.host}/lie/app:1`);
    expect(lines[0]).toContain('Docker-Content-Digest');
    const head = await fetch(`http://${registry.host}/v2/bad-manifest/app/manifests/1`, { method: 'HEAD' });
    expect(head.status).toBe(404);
    // Not even the repository exists: no blob was pushed either.
    const tags = await fetch(`http://${registry.host}/v2/bad-manifest/app/tags/list`);
    expect(tags.status).toBe(404);
  });

  it.each(['tampered', 'longer', 'shorter'] as const)(
    'ferry copy of a %s layer into docker-registry: one clear line naming the source, exit 1, no tag',
    async (lie) => {
      const src = await source(lie);
      const target = `${registry.host}/bad-${lie}/app:1`;
      const run = await ferry(
        [
          'copy',
          '--insecure-registry',
          src.host,
          '--insecure-registry',
          registry.host,
          `docker://${src.host}/lie/app:1`,
          target,
        ],
        { cwd: process.cwd() },
      );
      expect(run.code).toBe(1);
      const lines = run.stderr.split('\n').filter((l) => l.startsWith('ferry: copy: '));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`${src.host}/lie/app`);
      expect(lines[0]).not.toMatch(new RegExp(`Pushing blob .* to ${registry.host}`));
      const head = await fetch(`http://${registry.host}/v2/bad-${lie}/app/manifests/1`, { method: 'HEAD' });
      expect(head.status).toBe(404);
    },
  );

  describe('a transfer that stops halfway through the layer', () => {
    // A pause limit of 1 s, so a stall is seen in seconds rather than the default two minutes; the
    // healthy requests of these copies are a few kilobytes each.
    const stalling = (hosts: readonly string[], attempts = 3): RegistryClient =>
      createRegistryClient({
        retry: { attempts, baseDelayMs: 1 },
        transport: createTransport({
          insecureRegistries: hosts,
          bodyTimeoutMs: 1000,
          retry: { attempts, baseDelayMs: 1 },
        }),
      });
    /** Copies `src`'s image to `target` and returns how it failed, as a FerryError. */
    const copyFailure = async (local: RegistryClient, src: Scripted, target: string): Promise<FerryError> => {
      const error = await copyImage({
        source: local.repository(parseReference(`${src.host}/lie/app:1`)),
        sourceReference: '1',
        target: local.repository(parseReference(target), { push: true }),
        tags: ['1'],
      }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(FerryError);
      return error as FerryError;
    };

    it.each([
      ['lean GET', 'honest'],
      ['full transport', 'chunked'],
    ] as const)(
      'a target that stops reading is named, not the source held back meanwhile (%s)',
      async (_path, lie) => {
        // Larger than what the sockets on both sides can hold, so the source is held back for good.
        const src = await source(lie, 32 << 20);
        const stuck = await startStuckTarget(1 << 20);
        const local = stalling([src.host, stuck.host], 2);
        try {
          const { message } = await copyFailure(local, src, `${stuck.host}/t/app:1`);
          expect(message).toContain(`PUT http://${stuck.host}/v2/t/app/blobs/uploads/`);
          expect(message).toMatch(/pause in the transfer took longer than 1000 ms/);
          expect(message).not.toContain('could not be read from the source');
          expect(stuck.seen.filter((r) => r.startsWith('PUT /v2/t/app/manifests/'))).toEqual([]);
        } finally {
          await local.close();
          await stuck.close();
        }
      },
    );

    it('once: the copy picks the layer up where it stopped and lands the same digest', async () => {
      const src = await source('stalls-once');
      const local = stalling([src.host, registry.host]);
      try {
        const result = await copyImage({
          source: local.repository(parseReference(`${src.host}/lie/app:1`)),
          sourceReference: '1',
          target: local.repository(parseReference(`${registry.host}/stalled-once/app:1`), { push: true }),
          tags: ['1'],
        });
        expect(result.targetDigest).toBe(src.manifestDigest);
        expect(src.seen.filter((r) => r.startsWith('GET /v2/lie/app/blobs/')).length).toBe(3);
      } finally {
        await local.close();
      }
      const head = await fetch(`http://${registry.host}/v2/stalled-once/app/manifests/1`, {
        method: 'HEAD',
        headers: { accept: MEDIA_TYPES.ociManifest },
      });
      expect(head.headers.get('docker-content-digest')).toBe(src.manifestDigest);
    });

    it('for good: one error naming the source and the pause, after the retries, and no tag', async () => {
      const src = await source('stalls');
      const local = stalling([src.host, registry.host]);
      try {
        const { message } = await copyFailure(local, src, `${registry.host}/stalled/app:1`);
        expect(message).toContain(`${src.host}/lie/app`);
        expect(message).toMatch(/pause in the transfer took longer than 1000 ms/);
        expect(message).not.toContain(`to ${registry.host}`);
        // Asked again, within the retry budget, and then given up.
        const gets = src.seen.filter((r) => r.startsWith('GET /v2/lie/app/blobs/'));
        expect(gets.length).toBeGreaterThan(2);
        expect(gets.length).toBeLessThanOrEqual(6);
      } finally {
        await local.close();
      }
      const head = await fetch(`http://${registry.host}/v2/stalled/app/manifests/1`, { method: 'HEAD' });
      expect(head.status).toBe(404);
    });
  });
});
