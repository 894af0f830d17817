// Hostile registries, as no real server behaves: scripted HTTP servers in this test (not doubles of a
// real registry) that send Location and Link URLs to other origins, endless or oversized bodies, and
// plain HTTP on a non-loopback address. They record every header they get, so the tests can show that
// credentials stay with the registry's origin and its token realm, and that reads stop at their limit.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, test } from 'vitest';
import { createLogger, createMemorySink, SecretRegistry } from '../../lib/log';
import { createKeychain } from '../../lib/oci/auth';
import { parseReference } from '../../lib/oci/reference';
import { createRegistryClient, type RegistryClient } from '../../lib/oci/registry';
import { createTransport } from '../../lib/oci/transport';
import { MEDIA_TYPES } from '../../lib/oci/types';
import { runStep } from '../../lib/runner';
import { FerryError, exitCodeOf } from '../../lib/util/errors';
import { catalog } from '../../steps';

const USER = 'ci-bot';
const PASSWORD = 'Hostile-test-pw-9f3';
const TOKEN = 'registry-token-77ab';
const BASIC = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
}

interface Scripted {
  server: Server;
  host: string;
  url: string;
  seen: Seen[];
  /** Body bytes this server wrote (for the bounded-read tests). */
  written: { bytes: number };
}

type Handler = (req: IncomingMessage, res: ServerResponse, body: Buffer, self: Scripted) => void;

const servers: Scripted[] = [];
const clients: RegistryClient[] = [];

async function scripted(handler: Handler, bind = '127.0.0.1', reachAt = '127.0.0.1'): Promise<Scripted> {
  const self: Scripted = {
    server: createServer(),
    host: '',
    url: '',
    seen: [],
    written: { bytes: 0 },
  };
  self.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    self.seen.push({
      method: req.method ?? '',
      url: req.url ?? '',
      authorization: req.headers.authorization,
    });
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handler(req, res, Buffer.concat(chunks), self));
    req.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => self.server.listen(0, bind, resolve));
  const { port } = self.server.address() as AddressInfo;
  self.host = `${reachAt}:${port}`;
  self.url = `http://${self.host}`;
  servers.push(self);
  return self;
}

/** Writes `chunk` until the client goes away (or `total` bytes), counting what was written. */
function endless(res: ServerResponse, self: Scripted, total = Infinity): void {
  const chunk = Buffer.alloc(64 * 1024, 0x7b);
  const pump = (): void => {
    while (self.written.bytes < total && !res.destroyed) {
      self.written.bytes += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  res.on('close', () => res.removeAllListeners('drain'));
  pump();
}

function client(
  registry: string,
  options: { insecure?: string[]; secure?: boolean } = {},
): {
  client: RegistryClient;
  log: () => string;
} {
  const sink = createMemorySink();
  const secrets = new SecretRegistry();
  secrets.addBasicAuth(USER, PASSWORD);
  const log = createLogger({ sink, debug: true, secrets });
  const made = createRegistryClient({
    keychain: createKeychain({
      credentials: { [registry]: { username: USER, password: PASSWORD } },
      secrets,
    }),
    retry: { attempts: 2, baseDelayMs: 1 },
    secrets,
    log,
    ...(options.insecure ? { insecureRegistries: options.insecure } : {}),
    ...(options.secure !== undefined ? { secure: { [registry]: options.secure } } : {}),
  });
  clients.push(made);
  return { client: made, log: () => sink.text() };
}

const basicChallenge = (res: ServerResponse): void => {
  res.writeHead(401, { 'www-authenticate': 'Basic realm="hostile"' }).end();
};

afterEach(async () => {
  for (const c of clients.splice(0)) await c.close();
  for (const s of servers.splice(0)) {
    s.server.closeAllConnections();
    await new Promise((resolve) => s.server.close(resolve));
  }
});

function sha256(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

describe('credentials stay with the registry origin and its token realm', () => {
  test('upload Location on another origin: the PUT goes there without credentials', async () => {
    const layer = Buffer.from('layer bytes');
    const storage = await scripted((_req, res) => res.writeHead(201).end());
    const registry = await scripted((req, res) => {
      if (req.headers.authorization !== BASIC) return basicChallenge(res);
      if (req.method === 'POST')
        return res.writeHead(202, { location: `${storage.url}/upload/1?_state=abc` }).end();
      res.writeHead(404).end();
    });
    const { client: c, log } = client(registry.host);
    const repo = c.repository(parseReference(`${registry.host}/team/app`), { push: true });
    await repo.blobPut(
      { mediaType: MEDIA_TYPES.ociLayer, digest: sha256(layer), size: layer.length },
      async () => Readable.from([layer]),
    );
    expect(registry.seen.filter((s) => s.method === 'POST').map((s) => s.authorization)).toEqual([BASIC]);
    expect(storage.seen).toHaveLength(1);
    expect(storage.seen[0]).toMatchObject({ method: 'PUT', authorization: undefined });
    expect(log()).not.toContain(PASSWORD);
    expect(log()).not.toContain(BASIC.slice(6));
  });

  test('token realm gets the Basic credentials, the registry the token, a foreign Location nothing', async () => {
    const layer = Buffer.from('another layer');
    const realm = await scripted((req, res) => {
      if (req.url?.startsWith('/token'))
        return res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ token: TOKEN, expires_in: 300 }));
      // The realm's origin is not the registry's: an upload sent here gets no token either.
      res.writeHead(201).end();
    });
    const registry = await scripted((req, res) => {
      if (req.headers.authorization !== `Bearer ${TOKEN}`)
        return res
          .writeHead(401, {
            'www-authenticate': `Bearer realm="${realm.url}/token",service="hostile"`,
          })
          .end();
      if (req.method === 'POST') return res.writeHead(202, { location: `${realm.url}/upload/2` }).end();
      res.writeHead(404).end();
    });
    const { client: c } = client(registry.host);
    const repo = c.repository(parseReference(`${registry.host}/team/app`), { push: true });
    await repo.blobPut(
      { mediaType: MEDIA_TYPES.ociLayer, digest: sha256(layer), size: layer.length },
      async () => Readable.from([layer]),
    );
    const tokenRequests = realm.seen.filter((s) => s.url.startsWith('/token'));
    expect(tokenRequests.length).toBeGreaterThan(0);
    for (const t of tokenRequests) expect(t.authorization).toBe(BASIC);
    const uploads = realm.seen.filter((s) => s.url.startsWith('/upload'));
    expect(uploads).toEqual([
      { method: 'PUT', url: expect.stringContaining('/upload/2') as string, authorization: undefined },
    ]);
    for (const s of registry.seen)
      expect(s.authorization === undefined || s.authorization === `Bearer ${TOKEN}`).toBe(true);
  });

  test('blob GET redirected to storage: fetched there without the registry credentials', async () => {
    const content = Buffer.from('blob in object storage');
    const storage = await scripted((_req, res) =>
      res.writeHead(200, { 'content-length': String(content.length) }).end(content),
    );
    const registry = await scripted((req, res) => {
      if (req.headers.authorization !== BASIC) return basicChallenge(res);
      res.writeHead(307, { location: `${storage.url}/bucket/blob?X-Amz-Signature=sig` }).end();
    });
    const { client: c } = client(registry.host);
    const repo = c.repository(parseReference(`${registry.host}/team/app`));
    const { body } = await repo.blobGet(sha256(content));
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(content)).toBe(true);
    expect(storage.seen.map((s) => s.authorization)).toEqual([undefined]);
  });

  test('Link pagination to another origin: followed without credentials', async () => {
    const other = await scripted((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ tags: ['b'] })),
    );
    const registry = await scripted((req, res) => {
      if (req.headers.authorization !== BASIC) return basicChallenge(res);
      res
        .writeHead(200, {
          'content-type': 'application/json',
          link: `<${other.url}/v2/team/app/tags/list?last=a>; rel="next"`,
        })
        .end(JSON.stringify({ tags: ['a'] }));
    });
    const { client: c } = client(registry.host);
    const tags = await c.repository(parseReference(`${registry.host}/team/app`)).tagList();
    expect(tags).toEqual(['a', 'b']);
    expect(other.seen.map((s) => s.authorization)).toEqual([undefined]);
  });
});

describe('reads are bounded while they stream', () => {
  const manifestHandler =
    (kind: 'endless' | 'declared' | 'error'): Handler =>
    (req, res, _body, self) => {
      if (req.url === '/v2/') return res.writeHead(200).end();
      if (kind === 'declared') {
        res.writeHead(200, {
          'content-type': MEDIA_TYPES.ociManifest,
          'content-length': String(100 * 1024 * 1024),
        });
        return endless(res, self, 100 * 1024 * 1024);
      }
      res.writeHead(kind === 'error' ? 404 : 200, { 'content-type': MEDIA_TYPES.ociManifest });
      endless(res, self, kind === 'error' ? 128 * 1024 * 1024 : Infinity);
    };

  test('an endless manifest stops at the 4 MiB limit with an error naming the registry', async () => {
    const registry = await scripted(manifestHandler('endless'));
    const { client: c } = client(registry.host);
    const error = await c
      .repository(parseReference(`${registry.host}/team/app:v1`))
      .manifestGet('v1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FerryError);
    expect((error as FerryError).message).toContain(registry.host);
    expect((error as FerryError).message).toMatch(/limit/);
    // The server could push a few socket buffers ahead, never the endless rest.
    expect(registry.written.bytes).toBeLessThan(32 * 1024 * 1024);
  });

  test('a manifest declaring 100 MiB is refused before its body is read', async () => {
    const registry = await scripted(manifestHandler('declared'));
    const { client: c } = client(registry.host);
    const error = await c
      .repository(parseReference(`${registry.host}/team/app:v1`))
      .manifestGet('v1')
      .catch((e: unknown) => e);
    expect((error as FerryError).message).toMatch(/declares 104857600 bytes/);
    expect((error as FerryError).message).toContain(registry.host);
    expect(registry.written.bytes).toBeLessThan(32 * 1024 * 1024);
  });

  test('a 128 MiB error body: the registry error, with only the start of the body read', async () => {
    const registry = await scripted(manifestHandler('error'));
    const { client: c } = client(registry.host);
    const error = await c
      .repository(parseReference(`${registry.host}/team/app:v1`))
      .manifestGet('v1')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(registry.written.bytes).toBeLessThan(32 * 1024 * 1024);
  });

  test('an endless token answer stops at its limit with an AUTH error naming the token server', async () => {
    const realm = await scripted((_req, res, _body, self) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      endless(res, self);
    });
    const registry = await scripted((req, res) => {
      if (!req.headers.authorization?.startsWith('Bearer'))
        return res.writeHead(401, { 'www-authenticate': `Bearer realm="${realm.url}/token"` }).end();
      res.writeHead(404).end();
    });
    const { client: c, log } = client(registry.host);
    const error = await c
      .repository(parseReference(`${registry.host}/team/app:v1`))
      .manifestGet('v1')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'AUTH' });
    expect((error as FerryError).message).toContain(realm.host);
    expect((error as FerryError).message).toMatch(/limit/);
    expect((error as FerryError).message).not.toContain(PASSWORD);
    expect(log()).not.toContain(PASSWORD);
    expect(realm.written.bytes).toBeLessThan(32 * 1024 * 1024);
  });

  test('a blob GET cut off mid-body, then a server that ignores Range: the part already passed is skipped', async () => {
    const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251));
    const ranges: (string | undefined)[] = [];
    const registry = await scripted((req, res) => {
      if (req.url === '/v2/') return res.writeHead(200).end();
      ranges.push(req.headers.range);
      res.writeHead(200, { 'content-length': String(bytes.length) });
      // The first answer breaks off after 100 000 bytes; the second ignores Range and sends it all.
      if (ranges.length === 1) res.write(bytes.subarray(0, 100_000), () => res.destroy());
      else res.end(bytes);
    });
    const { client: c } = client(registry.host);
    const got = await c.repository(parseReference(`${registry.host}/team/app`)).blobGet(sha256(bytes));
    const chunks: Buffer[] = [];
    for await (const chunk of got.body) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
    expect(ranges).toHaveLength(2);
    expect(ranges[0]).toBeUndefined();
    expect(ranges[1]).toMatch(/^bytes=[1-9]\d*-$/);
  });

  test('a source longer than its descriptor is stopped: the upload is not completed', async () => {
    const registry = await scripted((req, res) => {
      if (req.method === 'POST')
        return res.writeHead(202, { location: '/v2/team/app/blobs/uploads/1' }).end();
      if (req.method === 'PUT') return res.writeHead(201).end();
      res.writeHead(200).end();
    });
    const { client: c } = client(registry.host);
    const bytes = Buffer.alloc(1000, 1);
    const error = await c
      .repository(parseReference(`${registry.host}/team/app`), { push: true })
      .blobPut(
        { mediaType: MEDIA_TYPES.ociLayer, digest: sha256(bytes.subarray(0, 10)), size: 10 },
        async () => Readable.from([bytes]),
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'DIGEST_MISMATCH' });
    expect((error as FerryError).message).toMatch(/source gave more than the 10 bytes/);
  });
});

const external = Object.values(networkInterfaces())
  .flat()
  .find((a) => a !== undefined && a.family === 'IPv4' && !a.internal)?.address;

describe.skipIf(external === undefined)('credentials never cross a network in clear text', () => {
  test('http:// to a non-loopback registry: refused before any request unless marked insecure', async () => {
    const registry = await scripted(
      (req, res) => {
        if (req.headers.authorization !== BASIC) return basicChallenge(res);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"tags":["v1"]}');
      },
      '0.0.0.0',
      external,
    );
    const plain = client(registry.host, { secure: false });
    const error = await plain.client
      .repository(parseReference(`${registry.host}/team/app`))
      .tagList()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'USAGE', usage: true });
    expect((error as FerryError).message).toMatch(/insecureRegistries|--insecure-registry/);
    expect((error as FerryError).message).not.toContain(PASSWORD);
    expect(registry.seen).toEqual([]);

    const optedIn = client(registry.host, { secure: false, insecure: [registry.host] });
    expect(await optedIn.client.repository(parseReference(`${registry.host}/team/app`)).tagList()).toEqual([
      'v1',
    ]);
    expect(registry.seen.some((s) => s.authorization === BASIC)).toBe(true);
  });

  test('the transport itself sends no Authorization over plain HTTP beyond loopback', async () => {
    const server = await scripted((_req, res) => res.writeHead(200).end(), '0.0.0.0', external);
    const transport = createTransport();
    try {
      const error = await transport
        .request({ method: 'GET', url: `${server.url}/v2/`, headers: { authorization: BASIC } })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'AUTH', usage: true });
      expect((error as FerryError).message).not.toContain(BASIC.slice(6));
      expect(server.seen).toEqual([]);
      // Without credentials the same request goes out: only credentials are held back.
      expect((await transport.request({ method: 'GET', url: `${server.url}/v2/` })).status).toBe(200);
    } finally {
      await transport.close();
    }
  });
});

describe.skipIf(external === undefined)('imagePushToRegistry: http:// beyond loopback', () => {
  test('with credentials and no insecureRegistries: exit 2 before any request, no secret printed', async () => {
    const registry = await scripted((_req, res) => res.writeHead(500).end(), '0.0.0.0', external);
    const workspace = await mkdtemp(join(tmpdir(), 'ferry-hostile-step-'));
    try {
      const sink = createMemorySink();
      const log = createLogger({ sink, debug: true });
      const report = await runStep('imagePushToRegistry', {
        catalog,
        workspace,
        flags: {
          sourceRegistryUrl: `http://${registry.host}`,
          sourceRegistryUser: USER,
          sourceRegistryPassword: PASSWORD,
          sourceImages: ['team/app'],
          sourceImageTag: '1.0.0',
          targetRegistryUrl: `http://${registry.host}`,
          targetRegistryUser: USER,
          targetRegistryPassword: PASSWORD,
          targetImageTag: '1.0.0',
        },
        vars: {},
        log,
      });
      expect(report.error).toBeInstanceOf(FerryError);
      expect(exitCodeOf(report.error)).toBe(2);
      const output = `${sink.text()}\n${report.error instanceof Error ? report.error.message : ''}`;
      expect(output).toMatch(/plain HTTP is allowed only for loopback and registries marked insecure/);
      expect(output).toContain('insecureRegistries');
      expect(output).not.toContain(PASSWORD);
      expect(output).not.toContain(BASIC.slice(6));
      expect(registry.seen).toEqual([]);
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });
});
