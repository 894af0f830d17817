// The registry store against the real docker-registry in four variants (plain, htpasswd, token, TLS):
// blobs (monolithic and chunked), mount, manifests, tags, referrers fallback; cross-checked with skopeo.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLogger, createMemorySink, SecretRegistry } from '../../lib/log';
import { createKeychain } from '../../lib/oci/auth';
import { sha256Digest } from '../../lib/oci/digest';
import { RegistryError } from '../../lib/oci/errors';
import { parseReference } from '../../lib/oci/reference';
import { createRegistryClient, referrersTag, type RegistryClient } from '../../lib/oci/registry';
import { MEDIA_TYPES, type Descriptor } from '../../lib/oci/types';
import { FerryError } from '../../lib/util/errors';
import { haveBinaries } from '../helpers/binaries';
import { startRegistry, type RegistryServer, type RegistryServerOptions } from '../helpers/servers/registry';

const execFileAsync = promisify(execFile);
const ok = haveBinaries('docker-registry');
const haveSkopeo = ok && haveBinaries('skopeo');

function blob(bytes: Buffer): { descriptor: Descriptor; open: () => Promise<Readable> } {
  return {
    descriptor: { mediaType: MEDIA_TYPES.ociLayer, digest: sha256Digest(bytes), size: bytes.length },
    // Several small chunks, so chunked uploads really cut a stream.
    open: async () => Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]),
  };
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

function manifestFor(
  config: Descriptor,
  layers: Descriptor[],
  extra: Record<string, unknown> = {},
): Uint8Array {
  return Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config, layers, ...extra }),
  );
}

const variants: [string, RegistryServerOptions][] = [
  ['plain', {}],
  ['htpasswd', { auth: 'htpasswd' }],
  ['token', { auth: 'token' }],
  ['tls', { tls: true }],
];

describe.skipIf(!ok).each(variants)(
  'registry store against docker-registry (%s)',
  (variant, serverOptions) => {
    let server: RegistryServer;
    let client: RegistryClient;
    let chunkedClient: RegistryClient;
    const chunkEvents: number[] = [];
    const sink = createMemorySink();
    const secrets = new SecretRegistry();
    const log = createLogger({ sink, debug: true, secrets });
    const repo = (name: string, options: { push?: boolean; mountFrom?: string[] } = {}) =>
      client.repository(parseReference(`${server.host}/${name}`), options);

    beforeAll(async () => {
      server = await startRegistry(serverOptions);
      const keychain = createKeychain({
        credentials: serverOptions.auth
          ? { [server.host]: { username: 'ferry', password: server.users.ferry ?? '' } }
          : {},
        secrets,
      });
      const common = {
        keychain,
        secrets,
        log,
        retry: { baseDelayMs: 10 },
        ...(server.caFile ? { caFile: server.caFile } : {}),
      };
      client = createRegistryClient(common);
      chunkedClient = createRegistryClient({
        ...common,
        upload: 'chunked',
        chunkSize: 1024,
        onUpload: (e) => chunkEvents.push(e.bytes),
      });
    });

    afterAll(async () => {
      await client?.close();
      await chunkedClient?.close();
      await server?.stop();
    });

    test('talks HTTPS exactly when the registry does', async () => {
      expect(await client.transport.baseUrl(server.host)).toBe(server.url);
    });

    test.runIf(variant === 'tls')(
      'an untrusted certificate is a NETWORK error that says how to fix it',
      async () => {
        const untrusting = createRegistryClient({ retry: { baseDelayMs: 10 } });
        try {
          const error = await untrusting
            .repository(parseReference(`${server.host}/img/app`))
            .tagList()
            .catch((e: unknown) => e);
          expect(error).toBeInstanceOf(FerryError);
          expect((error as FerryError).code).toBe('NETWORK');
          expect((error as FerryError).message).toContain('the TLS certificate is not trusted');
          expect((error as FerryError).message).not.toContain('caFile');
          expect(error).toMatchObject({ kind: 'tls' });
        } finally {
          await untrusting.close();
        }
      },
    );

    test('pushes a blob monolithically, then HEAD and GET give it back', async () => {
      const b = blob(randomBytes(5000));
      const target = repo('mono/app', { push: true });
      expect(await target.blobHead(b.descriptor.digest)).toBeUndefined();
      await target.blobPut(b.descriptor, b.open);
      expect(target.stats.bytesUploaded).toBe(5000);
      expect((await target.blobHead(b.descriptor.digest))?.size).toBe(5000);
      const got = await target.blobGet(b.descriptor.digest);
      expect(got.size).toBe(5000);
      expect(sha256Digest(await readAll(got.body))).toBe(b.descriptor.digest);
    });

    test('pushes a blob in chunks', async () => {
      const b = blob(randomBytes(3500));
      const target = chunkedClient.repository(parseReference(`${server.host}/chunked/app`), { push: true });
      await target.blobPut(b.descriptor, b.open);
      expect(target.stats.bytesUploaded).toBe(3500);
      expect(chunkEvents).toEqual([1024, 1024, 1024, 428]);
      const got = await target.blobGet(b.descriptor.digest);
      expect(sha256Digest(await readAll(got.body))).toBe(b.descriptor.digest);
    });

    test('a blob whose bytes do not match its digest is refused', async () => {
      const target = repo('mono/bad', { push: true });
      const bytes = randomBytes(100);
      const descriptor = {
        mediaType: MEDIA_TYPES.ociLayer,
        digest: sha256Digest('something else'),
        size: 100,
      };
      const error = await target
        .blobPut(descriptor, async () => Readable.from([bytes]))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RegistryError);
      expect((error as RegistryError).codes).toContain('DIGEST_INVALID');
      expect(await target.blobHead(descriptor.digest)).toBeUndefined();
    });

    test('mounts within one registry without sending bytes, and falls back when refused', async () => {
      const b = blob(randomBytes(2000));
      await repo('mount/src', { push: true }).blobPut(b.descriptor, b.open);
      const target = repo('mount/dst', { push: true, mountFrom: ['mount/src'] });
      expect(target.sameStoreAs(repo('mount/src'))).toBe(true);
      expect(await target.blobMount(b.descriptor.digest, 'mount/src')).toBe(true);
      expect(target.stats.bytesUploaded).toBe(0);
      expect((await target.blobHead(b.descriptor.digest))?.size).toBe(2000);

      const other = blob(randomBytes(1500));
      const fallback = repo('mount/dst2', { push: true });
      expect(await fallback.blobMount(other.descriptor.digest, 'mount/nowhere')).toBe(false);
      await fallback.blobPut(other.descriptor, other.open);
      expect(fallback.stats.bytesUploaded).toBe(1500);
    });

    test('manifests: put by tag, get and head by tag and digest, tags listed; skopeo sees the same bytes', async () => {
      const target = repo('img/app', { push: true });
      const config = Buffer.from(
        JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } }),
      );
      const configDescriptor = {
        mediaType: MEDIA_TYPES.ociConfig,
        digest: sha256Digest(config),
        size: config.length,
      };
      await target.blobPut(configDescriptor, async () => Readable.from([config]));
      const layer = blob(randomBytes(1200));
      await target.blobPut(layer.descriptor, layer.open);
      const bytes = manifestFor(configDescriptor, [layer.descriptor]);
      const digest = await target.manifestPut('v1', MEDIA_TYPES.ociManifest, bytes);
      expect(digest).toBe(sha256Digest(bytes));
      await target.manifestPut('v2', MEDIA_TYPES.ociManifest, bytes);
      await target.manifestPut(digest, MEDIA_TYPES.ociManifest, bytes);

      const fetched = await target.manifestGet('v1');
      expect(fetched.descriptor).toEqual({ mediaType: MEDIA_TYPES.ociManifest, digest, size: bytes.length });
      expect(Buffer.from(fetched.bytes).equals(Buffer.from(bytes))).toBe(true);
      expect(await target.manifestHead('v1')).toEqual({
        mediaType: MEDIA_TYPES.ociManifest,
        digest,
        size: bytes.length,
      });
      expect((await target.manifestGet(digest)).descriptor.digest).toBe(digest);
      expect(await target.manifestHead('missing')).toBeUndefined();
      expect((await target.tagList()).sort()).toEqual(['v1', 'v2']);
      expect(await repo('img/none').tagList()).toEqual([]);

      const missing = await target.manifestGet('nope').catch((e: unknown) => e);
      expect(missing).toBeInstanceOf(RegistryError);
      expect((missing as RegistryError).code).toBe('NOT_FOUND');
      expect((missing as RegistryError).message).toContain('MANIFEST_UNKNOWN');

      if (haveSkopeo) {
        const creds = serverOptions.auth ? ['--creds', `ferry:${server.users.ferry ?? ''}`] : [];
        const { stdout } = await execFileAsync(
          'skopeo',
          ['inspect', '--raw', '--tls-verify=false', ...creds, `docker://${server.host}/img/app:v1`],
          {
            encoding: 'buffer',
          },
        );
        expect(sha256Digest(stdout)).toBe(digest);
      }
    });

    test('referrers: falls back to the sha256-<hex> tag scheme and filters by artifactType', async () => {
      const target = repo('ref/app', { push: true });
      const empty = Buffer.from('{}');
      const emptyDescriptor = { mediaType: MEDIA_TYPES.ociEmpty, digest: sha256Digest(empty), size: 2 };
      await target.blobPut(emptyDescriptor, async () => Readable.from([empty]));
      const subjectBytes = manifestFor(emptyDescriptor, []);
      const subject = await target.manifestPut('subject', MEDIA_TYPES.ociManifest, subjectBytes);
      const subjectDescriptor = {
        mediaType: MEDIA_TYPES.ociManifest,
        digest: subject,
        size: subjectBytes.length,
      };
      expect(await target.referrers(subject)).toEqual([]);

      const sbomBytes = manifestFor(emptyDescriptor, [], {
        artifactType: 'application/spdx+json',
        subject: subjectDescriptor,
      });
      const sbom = await target.manifestPut(sha256Digest(sbomBytes), MEDIA_TYPES.ociManifest, sbomBytes);
      const entry = {
        mediaType: MEDIA_TYPES.ociManifest,
        digest: sbom,
        size: sbomBytes.length,
        artifactType: 'application/spdx+json',
      };
      const index = Buffer.from(
        JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [entry] }),
      );
      await target.manifestPut(referrersTag(subject), MEDIA_TYPES.ociIndex, index);
      expect(referrersTag(subject)).toBe(`sha256-${subject.slice(7)}`);

      expect(await target.referrers(subject)).toEqual([entry]);
      expect(await target.referrers(subject, 'application/spdx+json')).toEqual([entry]);
      expect(await target.referrers(subject, 'application/vnd.other')).toEqual([]);
    });

    test.runIf(variant === 'htpasswd' || variant === 'token')(
      'a wrong password is one AUTH error that does not show it',
      async () => {
        const wrong = 'Wr0ng-Pa55word-xyz';
        const failSink = createMemorySink();
        const failSecrets = new SecretRegistry();
        const failLog = createLogger({ sink: failSink, debug: true, secrets: failSecrets });
        const bad = createRegistryClient({
          keychain: createKeychain({
            credentials: { [server.host]: { username: 'ferry', password: wrong } },
            secrets: failSecrets,
          }),
          secrets: failSecrets,
          log: failLog,
          retry: { baseDelayMs: 10 },
        });
        try {
          const error = await bad
            .repository(parseReference(`${server.host}/img/app:v1`))
            .manifestGet('v1')
            .catch((e: unknown) => e);
          expect(error).toBeInstanceOf(FerryError);
          expect((error as FerryError).code).toBe('AUTH');
          const message = (error as FerryError).message;
          expect(message).toMatch(/username and password/);
          expect(message).not.toContain(wrong);
          expect(message).not.toContain(Buffer.from(`ferry:${wrong}`).toString('base64'));
          expect(failSink.text()).not.toContain(wrong);
          expect(failSecrets.has(Buffer.from(`ferry:${wrong}`).toString('base64'))).toBe(true);
        } finally {
          await bad.close();
        }
      },
    );

    test.runIf(variant === 'token')(
      'token auth: one token per scope set, reused across requests',
      async () => {
        const issuer = server.issuer;
        if (!issuer) throw new Error('token variant without issuer');
        const before = issuer.requests.length;
        const source = repo('tok/a', { push: true });
        const b = blob(randomBytes(300));
        await source.blobPut(b.descriptor, b.open);
        await source.blobHead(b.descriptor.digest);
        await source.blobHead(b.descriptor.digest);
        const afterFirst = issuer.requests.length;
        expect(afterFirst - before).toBe(1);
        expect(issuer.requests.at(-1)?.scopes).toEqual(['repository:tok/a:pull,push']);
        expect(issuer.requests.at(-1)?.user).toBe('ferry');

        const target = repo('tok/b', { push: true, mountFrom: ['tok/a'] });
        expect(await target.blobMount(b.descriptor.digest, 'tok/a')).toBe(true);
        expect(issuer.requests.length - afterFirst).toBe(1);
        expect(issuer.requests.at(-1)?.scopes.sort()).toEqual([
          'repository:tok/a:pull',
          'repository:tok/b:pull,push',
        ]);
        expect(sink.text()).not.toMatch(/Bearer ey/);
      },
    );

    test('nothing logged holds a credential or a token', () => {
      const text = sink.text();
      expect(text).not.toContain(server.users.ferry ?? 'unused');
      expect(text).not.toMatch(/authorization/i);
      expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);
    });
  },
);
