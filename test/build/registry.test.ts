// Builders against a real docker-registry on loopback: a busybox base made natively, a native build FROM
// it, and a real buildah build with RUN from it; every digest cross-checked with skopeo.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildNative, buildWithBuildah, pushImage } from '../../lib/build';
import { createLogger, createMemorySink } from '../../lib/log';
import { parseReference } from '../../lib/oci/reference';
import { createRegistryClient, type RegistryClient } from '../../lib/oci/registry';
import { exec } from '../../lib/util/exec';
import { pushBusyboxBase, type BaseImage } from '../helpers/base-image';
import { haveBinaries } from '../helpers/binaries';
import { startRegistry, type RegistryServer } from '../helpers/servers/registry';
import { skopeoDigest } from '../helpers/skopeo';

const execFileAsync = promisify(execFile);
const ok = haveBinaries('docker-registry', 'buildah', 'skopeo', 'busybox');

async function skopeoLabels(reference: string): Promise<Record<string, string>> {
  const { stdout } = await execFileAsync(
    'skopeo',
    ['inspect', '--tls-verify=false', `docker://${reference}`],
    { encoding: 'utf8' },
  );
  const parsed: unknown = JSON.parse(stdout);
  const labels =
    typeof parsed === 'object' && parsed !== null && 'Labels' in parsed ? parsed.Labels : undefined;
  return typeof labels === 'object' && labels !== null ? Object.fromEntries(Object.entries(labels)) : {};
}

describe.skipIf(!ok)('builders against a real registry', () => {
  let registry: RegistryServer;
  let base: BaseImage;
  let client: RegistryClient;
  let dir: string;

  beforeAll(async () => {
    registry = await startRegistry();
    dir = await mkdtemp(join(tmpdir(), 'ferry-build-registry-'));
    base = await pushBusyboxBase({ registry: registry.host });
    client = createRegistryClient({ insecureRegistries: [registry.host] });
  });
  afterAll(async () => {
    await client?.close();
    await registry?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('the busybox base is in the registry under the digest the builder computed', async () => {
    expect(await skopeoDigest(base.reference)).toBe(base.digest);
  });

  test('native FROM the base: reproducible, labelled, the pushed digest is what skopeo sees', async () => {
    const context = join(dir, 'native');
    await mkdir(context, { recursive: true });
    await writeFile(join(context, 'hello.txt'), 'hello\n');
    const build = async (work: string) => {
      await mkdir(work, { recursive: true });
      return buildNative({
        contextDir: context,
        dockerfilePath: join(context, 'Dockerfile'),
        dockerfileText: `FROM ${base.reference}\nCOPY hello.txt /srv/\nCMD ["/bin/cat", "/srv/hello.txt"]\n`,
        workDir: work,
        timestamp: 1_700_000_000,
        labels: { 'org.opencontainers.image.revision': 'deadbeef' },
        openRepository: async (reference) => client.repository(reference),
      });
    };
    const one = await build(join(dir, 'w1'));
    const two = await build(join(dir, 'w2'));
    expect(two.digest).toBe(one.digest);
    const target = parseReference(`${registry.host}/team/native:1.0`);
    const digest = await pushImage(
      one,
      client.repository(target, { push: true, mountFrom: ['base/busybox'] }),
      { tags: ['1.0', 'latest'] },
    );
    expect(digest).toBe(one.digest);
    expect(await skopeoDigest(target.toString())).toBe(digest);
    expect(await skopeoDigest(`${registry.host}/team/native:latest`)).toBe(digest);
    expect(await skopeoLabels(target.toString())).toMatchObject({
      'org.opencontainers.image.revision': 'deadbeef',
    });
  });

  test('buildah with RUN FROM the base: digest from --digestfile equals skopeo’s', async () => {
    const context = join(dir, 'buildah');
    await mkdir(context, { recursive: true });
    await writeFile(join(context, 'hello.txt'), 'hello from buildah\n');
    await writeFile(
      join(context, 'Dockerfile'),
      `FROM ${base.reference}\nRUN echo built > /built.txt\nCOPY hello.txt /hello.txt\n`,
    );
    const sink = createMemorySink();
    const log = createLogger({ sink, debug: true });
    const images = [`${registry.host}/team/buildah:1.0`, `${registry.host}/team/buildah:extra`];
    const result = await buildWithBuildah(
      {
        dockerfile: join(context, 'Dockerfile'),
        context,
        buildArgs: {},
        platforms: [],
        labels: { 'org.opencontainers.image.revision': 'cafe' },
        images,
        extraOptions: [],
        timestamp: 1_700_000_000,
      },
      {
        exec,
        log,
        tempDir: dir,
        insecureRegistries: [registry.host],
        registry: registry.host,
        buildah: { root: join(dir, 'storage'), runroot: join(dir, 'runroot') },
      },
    );
    expect(result.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    for (const image of images) expect(await skopeoDigest(image)).toBe(result.digest);
    expect(await skopeoLabels(images[0] ?? '')).toMatchObject({
      'org.opencontainers.image.revision': 'cafe',
    });
    // The RUN line ran: its file sits in a layer between the base's two and the COPY's.
    const { stdout } = await execFileAsync(
      'skopeo',
      ['inspect', '--tls-verify=false', `docker://${images[0] ?? ''}`],
      { encoding: 'utf8' },
    );
    expect(stdout).toMatch(/"Layers": \[(\s*"sha256:[a-f0-9]{64}",?){4}\s*\]/);
  }, 120_000);
  test('buildah with two platforms pushes a manifest list (manifest push --all --digestfile)', async () => {
    const context = join(dir, 'buildah-multi');
    await mkdir(context, { recursive: true });
    await writeFile(join(context, 'hello.txt'), 'hello\n');
    await writeFile(join(context, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /hello.txt\n');
    const log = createLogger({ sink: createMemorySink() });
    const image = `${registry.host}/team/multi:1.0`;
    const result = await buildWithBuildah(
      {
        dockerfile: join(context, 'Dockerfile'),
        context,
        buildArgs: {},
        platforms: ['linux/amd64', 'linux/arm64'],
        labels: {},
        images: [image],
        extraOptions: [],
      },
      {
        exec,
        log,
        tempDir: context,
        insecureRegistries: [registry.host],
        registry: registry.host,
        buildah: { root: join(dir, 'storage-multi'), runroot: join(dir, 'runroot-multi') },
      },
    );
    expect(result.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(await skopeoDigest(image)).toBe(result.digest);
    const { stdout } = await execFileAsync(
      'skopeo',
      ['inspect', '--raw', '--tls-verify=false', `docker://${image}`],
      { encoding: 'utf8' },
    );
    expect(stdout).toContain('"architecture":"arm64"');
    expect(stdout).toContain('"architecture":"amd64"');
  }, 120_000);
});
