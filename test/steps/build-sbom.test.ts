// createBOM end to end against REAL docker-registry servers (which have no referrers API): the build
// attaches an SPDX SBOM as an OCI referrer of the image (artifact manifest with `subject`), lists it in
// the `sha256-<hex>` tag index, records it, and imagePushToRegistry promotes it with the image. The
// registries are read back with plain HTTP requests, as any OCI client would.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PipelineEnvironment, readBuiltImages, readPromotedImages } from '../../lib/env';
import { createLogger, createMemorySink } from '../../lib/log';
import { runStep } from '../../lib/runner';
import { haveBinaries } from '../helpers/binaries';
import { startRegistry, type RegistryServer } from '../helpers/servers/registry';
import { catalog } from '../../steps';
import { newWorkspace } from '../helpers/workspace';

const ok = haveBinaries('docker-registry', 'git');
const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

interface Fetched {
  status: number;
  digest: string;
  json: Record<string, unknown>;
}

async function getManifest(
  registry: RegistryServer,
  repository: string,
  reference: string,
): Promise<Fetched> {
  const response = await fetch(`${registry.url}/v2/${repository}/manifests/${reference}`, {
    headers: { Accept: ACCEPT },
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    json: response.ok ? (JSON.parse(bytes.toString('utf8')) as Record<string, unknown>) : {},
  };
}

async function getBlob(registry: RegistryServer, repository: string, digest: string): Promise<Buffer> {
  const response = await fetch(`${registry.url}/v2/${repository}/blobs/${digest}`);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe.skipIf(!ok)('build: createBOM', () => {
  let work: string;
  let staging: RegistryServer;
  let target: RegistryServer;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ferry-build-sbom-'));
    [staging, target] = await Promise.all([startRegistry(), startRegistry()]);
  });
  afterAll(async () => {
    await Promise.all([staging?.stop(), target?.stop()]);
    if (work) await rm(work, { recursive: true, force: true });
  });

  const workspace = (files: Record<string, string>): Promise<string> =>
    newWorkspace(work, files, { message: 'x', commitTime: 1700000000 });

  const run = async (step: string, dir: string, flags: Record<string, string | boolean>) => {
    const sink = createMemorySink();
    const report = await runStep(step, {
      catalog,
      workspace: dir,
      flags,
      vars: {},
      log: createLogger({ sink }),
    });
    const message = report.error instanceof Error ? report.error.message : '';
    return { report, output: `${sink.text()}\n${message}`, env: await PipelineEnvironment.load(dir) };
  };

  test('an SPDX referrer of the image (files with checksums, the base as a package), promoted with it', async () => {
    // The base: pushed by a build, so the SBOM of the app lists only the app's own layer.
    const baseDir = await workspace({
      Dockerfile: 'FROM scratch\nCOPY base.txt /etc/base.txt\n',
      'base.txt': 'base\n',
    });
    const base = await run('build', baseDir, {
      builder: 'native',
      containerRegistryUrl: staging.url,
      containerImageName: 'base/tiny',
      containerImageTag: '1',
    });
    expect(base.report.error, base.output).toBeUndefined();

    const appDir = await workspace({
      Dockerfile: `FROM ${staging.host}/base/tiny:1\nCOPY app.txt /srv/app.txt\nCOPY conf /srv/conf/\n`,
      'app.txt': 'hello sbom\n',
      'conf/a.ini': 'a=1\n',
    });
    const built = await run('kanikoExecute', appDir, {
      containerRegistryUrl: staging.url,
      containerImageName: 'team/app',
      containerImageTag: '1.0',
      createBOM: true,
    });
    expect(built.report.error, built.output).toBeUndefined();
    const [record] = readBuiltImages(built.env);
    const digest = record?.digest ?? '';
    expect(record?.referrers).toHaveLength(1);
    const sbomDigest = record?.referrers?.[0]?.digest ?? '';
    expect(record?.referrers?.[0]).toEqual({ digest: sbomDigest, artifactType: 'application/spdx+json' });
    expect(built.output).toContain(
      `SBOM (ferry, SPDX 2.3) ${sbomDigest} attached to ${staging.host}/team/app@${digest}`,
    );

    // The artifact manifest: subject is the image, one SPDX layer, the empty config.
    const artifact = await getManifest(staging, 'team/app', sbomDigest);
    expect(artifact.digest).toBe(sbomDigest);
    expect(artifact.json).toMatchObject({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: 'application/spdx+json',
      config: { mediaType: 'application/vnd.oci.empty.v1+json' },
      subject: { digest },
      layers: [{ mediaType: 'application/spdx+json' }],
    });
    // docker-registry has no referrers API: the fallback tag index lists the SBOM.
    const tag = `sha256-${digest.slice('sha256:'.length)}`;
    const index = await getManifest(staging, 'team/app', tag);
    expect(index.json.manifests).toEqual([
      expect.objectContaining({ digest: sbomDigest, artifactType: 'application/spdx+json' }),
    ]);

    const layers = artifact.json.layers as { digest: string }[];
    const spdx = JSON.parse(
      (await getBlob(staging, 'team/app', layers[0]?.digest ?? '')).toString('utf8'),
    ) as {
      spdxVersion: string;
      packages: { SPDXID: string; name: string; versionInfo: string }[];
      files: { fileName: string; checksums: { algorithm: string; checksumValue: string }[] }[];
      relationships: { relationshipType: string }[];
    };
    expect(spdx.spdxVersion).toBe('SPDX-2.3');
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
    expect(spdx.files.map((f) => f.fileName)).toEqual(['/srv/app.txt', '/srv/conf/a.ini']);
    expect(spdx.files[0]?.checksums).toEqual([
      { algorithm: 'SHA1', checksumValue: sha1('hello sbom\n') },
      { algorithm: 'SHA256', checksumValue: sha256('hello sbom\n') },
    ]);
    expect(spdx.packages).toEqual([
      expect.objectContaining({
        SPDXID: 'SPDXRef-Image',
        name: `${staging.host}/team/app`,
        versionInfo: digest,
      }),
      expect.objectContaining({
        SPDXID: 'SPDXRef-BaseImage',
        name: `${staging.host}/base/tiny:1`,
        versionInfo: base.env.get('container/imageDigest'),
      }),
    ]);
    expect(spdx.relationships.map((r) => r.relationshipType)).toEqual(
      expect.arrayContaining(['DESCRIBES', 'DESCENDANT_OF', 'CONTAINS']),
    );

    // The same build again: the same SBOM digest, listed once.
    const again = await run(
      'kanikoExecute',
      await workspace({
        Dockerfile: `FROM ${staging.host}/base/tiny:1\nCOPY app.txt /srv/app.txt\nCOPY conf /srv/conf/\n`,
        'app.txt': 'hello sbom\n',
        'conf/a.ini': 'a=1\n',
      }),
      {
        containerRegistryUrl: staging.url,
        containerImageName: 'team/app',
        containerImageTag: '1.0',
        createBOM: true,
      },
    );
    expect(again.report.error, again.output).toBeUndefined();
    expect(readBuiltImages(again.env)[0]?.referrers?.[0]?.digest).toBe(sbomDigest);
    expect((await getManifest(staging, 'team/app', tag)).json.manifests).toHaveLength(1);

    // Promotion takes the SBOM along (the record has it), digest unchanged, listed at the target.
    await writeFile(
      join(appDir, '.pipeline', 'config.yml'),
      `steps:\n  imagePushToRegistry:\n    targetRegistryUrl: ${target.url}\n    targetImageTag: '1.0'\n    sourceImageTag: '1.0'\n`,
    );
    const pushed = await run('imagePushToRegistry', appDir, {});
    expect(pushed.report.error, pushed.output).toBeUndefined();
    expect(readPromotedImages(pushed.env)[0]?.referrers).toEqual([
      { digest: sbomDigest, artifactType: 'application/spdx+json' },
    ]);
    expect((await getManifest(target, 'team/app', sbomDigest)).digest).toBe(sbomDigest);
    expect((await getManifest(target, 'team/app', tag)).json.manifests).toEqual([
      expect.objectContaining({ digest: sbomDigest, artifactType: 'application/spdx+json' }),
    ]);
  });
});
