// Copying an image's referrers between two real docker-registry 2.8 servers, which have no referrers API
// (GET /v2/<name>/referrers/<digest> answers 404), so both sides use the referrers tag schema. The
// source's tag indexes are written with raw HTTP, as another client (oras, cosign) would; what ferry
// writes at the target is read back with raw HTTP and skopeo.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyImage } from '../../lib/oci/copy';
import { parseReference } from '../../lib/oci/reference';
import { createRegistryClient, type RegistryClient } from '../../lib/oci/registry';
import { MEDIA_TYPES, type Descriptor, type Repository } from '../../lib/oci/types';
import { FerryError } from '../../lib/util/errors';
import { haveBinaries } from '../helpers/binaries';
import { ferry } from '../helpers/cli';
import {
  createTestImage,
  pushTestImage,
  skopeoInspectRaw,
  type TestImage,
  type TestManifest,
} from '../helpers/images';
import { startRegistry, type RegistryServer } from '../helpers/servers/registry';

const sha = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const tagOf = (digest: string): string => digest.replace(':', '-');
const SIG_TYPE = 'application/vnd.dev.cosign.artifact.sig.v1+json';
const INTOTO = 'application/vnd.in-toto+json';

const ok = haveBinaries('docker-registry', 'skopeo');

describe.skipIf(!ok)('copy --referrers between two docker-registry servers (referrers tag schema)', () => {
  let work: string;
  let a: RegistryServer;
  let b: RegistryServer;
  let client: RegistryClient;
  let image: TestImage;
  let sbom: TestManifest;
  let signature: TestManifest;
  let attestation: TestManifest;
  let stale: TestManifest;
  let foreign: TestManifest;

  const repo = (host: string, path: string): Repository =>
    client.repository(parseReference(`${host}/${path}`), { push: true });

  /** PUT a manifest with plain fetch (no ferry code), as another registry client would. */
  const putRaw = async (host: string, path: string, reference: string, mediaType: string, bytes: Buffer) => {
    const response = await fetch(`http://${host}/v2/${path}/manifests/${reference}`, {
      method: 'PUT',
      headers: { 'content-type': mediaType },
      body: bytes,
    });
    expect(response.status, await response.text()).toBe(201);
  };
  const getRaw = async (host: string, path: string, reference: string) => {
    const response = await fetch(`http://${host}/v2/${path}/manifests/${reference}`, {
      headers: { accept: `${MEDIA_TYPES.ociIndex}, ${MEDIA_TYPES.ociManifest}` },
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  };
  const tagIndex = (entries: Descriptor[]): Buffer =>
    Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: entries }));

  /** An artifact manifest (empty config, one small layer) pushed to `path` by digest; its blobs too. */
  const artifact = async (
    host: string,
    path: string,
    subject: Descriptor,
    fields: { artifactType?: string; configType?: string; annotations?: Record<string, string> },
  ): Promise<TestManifest> => {
    const target = repo(host, path);
    const config = Buffer.from('{}');
    const layer = Buffer.from(JSON.stringify({ payload: Math.random().toString(36) }));
    const configType = fields.configType ?? MEDIA_TYPES.ociEmpty;
    for (const [bytes, mediaType] of [
      [config, configType],
      [layer, 'application/json'],
    ] as const)
      await target.blobPut({ mediaType, digest: sha(bytes), size: bytes.length }, async () => {
        return Readable.from([bytes]);
      });
    const bytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociManifest,
        ...(fields.artifactType ? { artifactType: fields.artifactType } : {}),
        config: { mediaType: configType, digest: sha(config), size: config.length },
        layers: [{ mediaType: 'application/json', digest: sha(layer), size: layer.length }],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        ...(fields.annotations ? { annotations: fields.annotations } : {}),
      }),
    );
    const descriptor: Descriptor = {
      mediaType: MEDIA_TYPES.ociManifest,
      digest: sha(bytes),
      size: bytes.length,
    };
    await putRaw(host, path, descriptor.digest, MEDIA_TYPES.ociManifest, bytes);
    return { descriptor, bytes };
  };
  const listing = (
    m: TestManifest,
    artifactType: string,
    annotations?: Record<string, string>,
  ): Descriptor => ({
    ...m.descriptor,
    artifactType,
    ...(annotations ? { annotations } : {}),
  });

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ferry-copy-referrers-'));
    [a, b] = await Promise.all([startRegistry(), startRegistry()]);
    client = createRegistryClient({ insecureRegistries: [a.host, b.host] });
    image = await createTestImage(join(work, 'image'), { layers: 1, layerSize: 20_000, referrer: true });
    const [top, amd64] = [image.top, image.manifests[0]];
    if (!amd64 || !image.referrers[0]) throw new Error('test image without a platform manifest or referrer');
    sbom = image.referrers[0];
    // The source: the image with its SBOM (subject: the index), a signature of the SBOM, an attestation
    // of the amd64 manifest whose type is only its config's media type, and a stale listing entry.
    await pushTestImage(image, repo(a.host, 'team/app'), '1.0');
    signature = await artifact(a.host, 'team/app', sbom.descriptor, {
      artifactType: SIG_TYPE,
      annotations: { 'dev.cosignproject.cosign/signature': 'MEUCIQ-test' },
    });
    attestation = await artifact(a.host, 'team/app', amd64.descriptor, {
      configType: INTOTO,
      annotations: { 'org.opencontainers.image.created': '2026-01-01T00:00:00Z' },
    });
    stale = await artifact(a.host, 'team/app', amd64.descriptor, { artifactType: SIG_TYPE });
    await putRaw(
      a.host,
      'team/app',
      tagOf(top.descriptor.digest),
      MEDIA_TYPES.ociIndex,
      tagIndex([
        listing(sbom, 'application/spdx+json'),
        // Listed under the index, but its subject is the amd64 manifest: not a referrer of the index.
        listing(stale, SIG_TYPE),
      ]),
    );
    await putRaw(
      a.host,
      'team/app',
      tagOf(sbom.descriptor.digest),
      MEDIA_TYPES.ociIndex,
      tagIndex([listing(signature, SIG_TYPE, { 'dev.cosignproject.cosign/signature': 'MEUCIQ-test' })]),
    );
    await putRaw(
      a.host,
      'team/app',
      tagOf(amd64.descriptor.digest),
      MEDIA_TYPES.ociIndex,
      tagIndex([
        listing(attestation, INTOTO, { 'org.opencontainers.image.created': '2026-01-01T00:00:00Z' }),
      ]),
    );
    // The target already lists a referrer of the index that another tool pushed: it must be kept.
    foreign = await artifact(b.host, 'prod/app', top.descriptor, {
      artifactType: 'application/vnd.example.other',
    });
    await putRaw(
      b.host,
      'prod/app',
      tagOf(top.descriptor.digest),
      MEDIA_TYPES.ociIndex,
      tagIndex([listing(foreign, 'application/vnd.example.other')]),
    );
  });
  afterAll(async () => {
    await client?.close();
    await Promise.all([a?.stop(), b?.stop()]);
    await rm(work, { recursive: true, force: true });
  });

  it('has no referrers API on either side (the fallback is what is tested)', async () => {
    for (const host of [a.host, b.host]) {
      const response = await fetch(`http://${host}/v2/team/app/referrers/${image.top.descriptor.digest}`);
      expect(response.status).toBe(404);
    }
  });

  it('copies the image with its referrers, digests unchanged, and merges the target tag indexes', async () => {
    const amd64 = image.manifests[0]?.descriptor.digest ?? '';
    const result = await copyImage({
      source: repo(a.host, 'team/app'),
      sourceReference: '1.0',
      target: repo(b.host, 'prod/app'),
      tags: ['1.0'],
      referrers: true,
    });
    expect(result.targetDigest).toBe(image.top.descriptor.digest);
    expect(result.referrersCopied).toBe(3);
    expect(result.referrers.map((r) => [r.digest, r.subject, r.artifactType, r.written]).sort()).toEqual(
      [
        [sbom.descriptor.digest, image.top.descriptor.digest, 'application/spdx+json', true],
        [signature.descriptor.digest, sbom.descriptor.digest, SIG_TYPE, true],
        [attestation.descriptor.digest, amd64, INTOTO, true],
      ].sort(),
    );
    expect([...result.referrerTagsWritten].sort()).toEqual(
      [image.top.descriptor.digest, sbom.descriptor.digest, amd64].map(tagOf).sort(),
    );

    // The index's tag index: the other tool's entry first, then the SBOM, as the spec's descriptor.
    const top = await getRaw(b.host, 'prod/app', tagOf(image.top.descriptor.digest));
    expect(top.status).toBe(200);
    expect(top.type).toBe(MEDIA_TYPES.ociIndex);
    expect(JSON.parse(top.bytes.toString('utf8'))).toEqual({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [listing(foreign, 'application/vnd.example.other'), listing(sbom, 'application/spdx+json')],
    });
    // skopeo reads the same tag index, byte for byte.
    const viaSkopeo = await skopeoInspectRaw(`${b.host}/prod/app:${tagOf(image.top.descriptor.digest)}`);
    expect(viaSkopeo.equals(top.bytes)).toBe(true);
    // The attestation is listed with its config's media type as artifactType and its annotations.
    const att = await getRaw(b.host, 'prod/app', tagOf(amd64));
    expect(JSON.parse(att.bytes.toString('utf8')).manifests).toEqual([
      listing(attestation, INTOTO, { 'org.opencontainers.image.created': '2026-01-01T00:00:00Z' }),
    ]);
    const sig = await getRaw(b.host, 'prod/app', tagOf(sbom.descriptor.digest));
    expect(JSON.parse(sig.bytes.toString('utf8')).manifests).toEqual([
      listing(signature, SIG_TYPE, { 'dev.cosignproject.cosign/signature': 'MEUCIQ-test' }),
    ]);
    // Each referrer holds the source's bytes (digest preserved); the stale entry was not copied.
    for (const m of [sbom, signature, attestation]) {
      const raw = await skopeoInspectRaw(`${b.host}/prod/app@${m.descriptor.digest}`);
      expect(raw.equals(Buffer.from(m.bytes))).toBe(true);
    }
    expect((await getRaw(b.host, 'prod/app', stale.descriptor.digest)).status).toBe(404);
  });

  it('is a no-op the second time and lists what the target holds', async () => {
    const again = await copyImage({
      source: repo(a.host, 'team/app'),
      sourceReference: '1.0',
      target: repo(b.host, 'prod/app'),
      tags: ['1.0'],
      referrers: true,
    });
    expect(again).toMatchObject({ noop: true, referrersCopied: 0, referrerTagsWritten: [] });
    expect(again.referrers.map((r) => r.written)).toEqual([false, false, false]);
  });

  it('lists a referrer the target holds but does not list, without sending it again', async () => {
    // The image and its SBOM by digest, but no tag index: as an earlier run that stopped would leave it.
    await pushTestImage(image, repo(b.host, 'repair/app'), '1.0');
    const tag = tagOf(image.top.descriptor.digest);
    expect((await getRaw(b.host, 'repair/app', tag)).status).toBe(404);
    const result = await copyImage({
      source: repo(a.host, 'team/app'),
      sourceReference: '1.0',
      target: repo(b.host, 'repair/app'),
      tags: ['1.0'],
      referrers: true,
    });
    expect(result.noop).toBe(false);
    expect(result.referrers.find((r) => r.digest === sbom.descriptor.digest)?.written).toBe(false);
    expect(result.referrerTagsWritten).toContain(tag);
    const listed = await getRaw(b.host, 'repair/app', tag);
    expect(JSON.parse(listed.bytes.toString('utf8')).manifests).toEqual([
      listing(sbom, 'application/spdx+json'),
    ]);
  });

  it('refuses to overwrite a referrers tag that holds something else than an index', async () => {
    await copyImage({
      source: repo(a.host, 'team/app'),
      sourceReference: '1.0',
      target: repo(b.host, 'clash/app'),
      tags: ['1.0'],
    });
    const amd64 = image.manifests[0];
    if (!amd64) throw new Error('no amd64 manifest');
    const tag = tagOf(image.top.descriptor.digest);
    await putRaw(b.host, 'clash/app', tag, MEDIA_TYPES.ociManifest, Buffer.from(amd64.bytes));
    const error = await copyImage({
      source: repo(a.host, 'team/app'),
      sourceReference: '1.0',
      target: repo(b.host, 'clash/app'),
      tags: ['1.0'],
      referrers: true,
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FerryError);
    expect((error as FerryError).message).toContain(
      `tag ${tag} holds a ${MEDIA_TYPES.ociManifest}, not the OCI index`,
    );
    expect(sha((await getRaw(b.host, 'clash/app', tag)).bytes)).toBe(amd64.descriptor.digest);
  });

  it('ferry copy --referrers lists the referrers it copied, in text and in --json', async () => {
    const text = await ferry(
      [
        'copy',
        '--referrers',
        '--insecure-registry',
        a.host,
        '--insecure-registry',
        b.host,
        `${a.host}/team/app:1.0`,
        `${b.host}/cli/app:1.0`,
      ],
      { cwd: work },
    );
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(
      `Referrer ${sbom.descriptor.digest} (application/spdx+json) of ${image.top.descriptor.digest}: copied.`,
    );
    expect(text.stdout).toContain(
      `Referrer ${signature.descriptor.digest} (${SIG_TYPE}) of ${sbom.descriptor.digest}: copied.`,
    );
    expect(text.stdout).toContain(`Listed referrers in tag ${tagOf(image.top.descriptor.digest)}`);
    const json = await ferry(
      [
        'copy',
        '--referrers',
        '--json',
        '--insecure-registry',
        a.host,
        '--insecure-registry',
        b.host,
        `${a.host}/team/app:1.0`,
        `${b.host}/cli/app:1.0`,
      ],
      { cwd: work },
    );
    expect(json.code, json.stderr).toBe(0);
    // stdout is the JSON document alone, though the test logger prints debug lines (they go to stderr).
    const parsed = JSON.parse(json.stdout) as {
      noop: boolean;
      referrers: { digest: string; written: boolean }[];
    };
    expect(parsed.noop).toBe(true);
    expect(parsed.referrers.map((r) => r.digest).sort()).toEqual(
      [sbom, signature, attestation].map((m) => m.descriptor.digest).sort(),
    );
    const archive = await ferry(
      [
        'copy',
        '--referrers',
        '--insecure-registry',
        a.host,
        `${a.host}/team/app:1.0`,
        `docker-archive:${join(work, 'x.tar')}`,
      ],
      { cwd: work },
    );
    expect(archive.code).toBe(2);
    expect(archive.stderr).toContain('--referrers does not apply to a docker-archive DST');
  });
});
