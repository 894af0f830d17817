// The first GET or HEAD to a plain-HTTP-first registry (loopback, insecure) goes out with the registry's
// ping instead of after it, without credentials, and falls back to the normal way when the answer is
// not plainly a registry's. SCRIPTED REGISTRIES in this test (node:http on loopback): they hold the
// ping and record the order and headers of what arrives, which no real registry shows. Against the real
// docker-registry (plain, htpasswd, token, TLS on loopback) the same paths run in registry.test.ts.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, test } from 'vitest';
import { createKeychain, type Keychain } from '../../lib/oci/auth';
import { sha256Digest } from '../../lib/oci/digest';
import { parseReference } from '../../lib/oci/reference';
import { createRegistryClient } from '../../lib/oci/registry';
import { MEDIA_TYPES } from '../../lib/oci/types';

const MANIFEST = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    config: { mediaType: MEDIA_TYPES.ociConfig, digest: `sha256:${'1'.repeat(64)}`, size: 2 },
    layers: [],
  }),
);
const PASSWORD = 'early-pw-5be1c0';

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  /** Whether the ping had been answered when this request arrived. */
  afterPing: boolean;
}

interface Scripted {
  host: string;
  seen: Seen[];
  stop(): Promise<void>;
}

/**
 * A registry that answers its ping only once a request for the manifest has arrived (or once a second
 * ping comes, so a client that waits for the ping is not stuck): the order shows who waited for whom.
 */
async function startScripted(options: { basic?: boolean; status?: number } = {}): Promise<Scripted> {
  const seen: Seen[] = [];
  let pingAnswered = false;
  let failedOnce = false;
  const heldPings: ServerResponse[] = [];
  const answerPings = (): void => {
    pingAnswered = true;
    for (const res of heldPings.splice(0)) {
      if (options.basic) res.writeHead(401, { 'www-authenticate': 'Basic realm="scripted"' }).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    }
  };
  const authorized = (req: IncomingMessage): boolean =>
    !options.basic ||
    req.headers.authorization === `Basic ${Buffer.from(`robot:${PASSWORD}`).toString('base64')}`;
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    seen.push({
      method: req.method ?? '',
      url,
      authorization: req.headers.authorization,
      afterPing: pingAnswered,
    });
    if (url === '/v2/') {
      heldPings.push(res);
      // A client that sends nothing before the ping answers is not left hanging: a second ping (its
      // retry) or the manifest request releases it; the order is what the test reads.
      if (heldPings.length > 1 || pingAnswered) answerPings();
      return;
    }
    if (!pingAnswered) setImmediate(answerPings);
    if (!authorized(req)) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="scripted"' }).end();
      return;
    }
    if (options.status !== undefined && !failedOnce) {
      // Once: the early answer is this status; the request sent again after the ping gets the manifest.
      failedOnce = true;
      res.writeHead(options.status).end();
      return;
    }
    if (url === '/v2/team/app/manifests/v1') {
      res.writeHead(200, {
        'content-type': MEDIA_TYPES.ociManifest,
        'content-length': String(MANIFEST.length),
        'docker-content-digest': sha256Digest(MANIFEST),
      });
      res.end(req.method === 'HEAD' ? undefined : MANIFEST);
      return;
    }
    res
      .writeHead(404, { 'content-type': 'application/json' })
      .end('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('scripted registry: no TCP address');
  return {
    host: `127.0.0.1:${address.port}`,
    seen,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('the first request goes out with the ping', () => {
  let registry: Scripted | undefined;
  afterEach(async () => {
    await registry?.stop();
    registry = undefined;
  });

  test('an anonymous registry answers the manifest GET before its ping is answered', async () => {
    registry = await startScripted();
    const client = createRegistryClient({ retry: { baseDelayMs: 1 } });
    try {
      const repo = client.repository(parseReference(`${registry.host}/team/app:v1`));
      const [fetched, missing] = await Promise.all([repo.manifestGet('v1'), repo.manifestHead('v2')]);
      expect(fetched.descriptor.digest).toBe(sha256Digest(MANIFEST));
      expect(missing).toBeUndefined();
    } finally {
      await client.close();
    }
    const manifest = registry.seen.find((s) => s.url === '/v2/team/app/manifests/v1');
    expect(manifest).toMatchObject({ method: 'GET', afterPing: false, authorization: undefined });
    // Each asked once: nothing was sent again.
    expect(registry.seen.filter((s) => s.url.includes('/manifests/')).length).toBe(2);
  });

  /** Fetches team/app:v1 from the scripted registry; returns what arrived for that manifest. */
  async function fetchManifest(from: Scripted, keychain?: Keychain): Promise<Seen[]> {
    const client = createRegistryClient({ ...(keychain ? { keychain } : {}), retry: { baseDelayMs: 1 } });
    try {
      const repo = client.repository(parseReference(`${from.host}/team/app:v1`));
      expect((await repo.manifestGet('v1')).descriptor.digest).toBe(sha256Digest(MANIFEST));
    } finally {
      await client.close();
    }
    return from.seen.filter((s) => s.url === '/v2/team/app/manifests/v1');
  }

  test('a registry that wants credentials gets them only after its challenge, and never early', async () => {
    registry = await startScripted({ basic: true });
    const keychain = createKeychain({
      credentials: { [registry.host]: { username: 'robot', password: PASSWORD } },
    });
    const manifests = await fetchManifest(registry, keychain);
    expect(manifests[0]).toMatchObject({ afterPing: false, authorization: undefined });
    expect(manifests.at(-1)?.afterPing).toBe(true);
    expect(manifests.at(-1)?.authorization).toMatch(/^Basic /);
    for (const s of registry.seen.filter((r) => !r.afterPing)) expect(s.authorization).toBeUndefined();
  });

  test.each([400, 403, 503])('an early %i is asked again once the ping has answered', async (status) => {
    registry = await startScripted({ status });
    const manifests = await fetchManifest(registry);
    expect(manifests.map((m) => m.afterPing)).toEqual([false, true]);
  });

  test('a registry with a forced scheme, or off loopback, waits for its ping as before', () => {
    const client = createRegistryClient({ secure: { '127.0.0.1:1': false } });
    expect(client.transport.plainFirstBase('127.0.0.1:1', false)).toBeUndefined();
    expect(client.transport.plainFirstBase('registry.example.com')).toBeUndefined();
    expect(client.transport.plainFirstBase('127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
  });
});
