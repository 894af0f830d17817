// registryMirrors end to end against two REAL docker-registry servers on loopback: an origin and a
// mirror holding a different image under the same name, so the base digest the build records says
// where the base came from. Mirrors first, in order; a mirror without the image or one that is down is
// skipped; the origin last (kaniko's --registry-mirror / --registry-map). skopeo reads the result.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PipelineEnvironment, readBuiltImages } from '../../lib/env';
import { createLogger, createMemorySink } from '../../lib/log';
import { runStep } from '../../lib/runner';
import { haveBinaries } from '../helpers/binaries';
import { freePort, startRegistry, type RegistryServer } from '../helpers/servers/registry';
import { catalog } from '../../steps';
import { newWorkspace } from '../helpers/workspace';

const execFileAsync = promisify(execFile);
const ok = haveBinaries('docker-registry', 'skopeo', 'git');

async function annotations(reference: string): Promise<Record<string, string>> {
  const { stdout } = await execFileAsync(
    'skopeo',
    ['inspect', '--raw', '--tls-verify=false', `docker://${reference}`],
    {
      encoding: 'utf8',
    },
  );
  const manifest = JSON.parse(stdout) as { annotations?: Record<string, string> };
  return manifest.annotations ?? {};
}

describe.skipIf(!ok)('build: registryMirrors', () => {
  let work: string;
  let origin: RegistryServer;
  let mirror: RegistryServer;
  let deadPort: number;

  const workspace = (files: Record<string, string>): Promise<string> =>
    newWorkspace(work, files, { message: 'x' });

  const build = async (
    files: Record<string, string>,
    flags: Record<string, string | string[]>,
  ): Promise<{ output: string; error: unknown; env: PipelineEnvironment }> => {
    const dir = await workspace(files);
    const sink = createMemorySink();
    const report = await runStep('build', {
      catalog,
      workspace: dir,
      flags: { builder: 'native', containerImageTag: '1', ...flags },
      vars: {},
      log: createLogger({ sink }),
    });
    const message = report.error instanceof Error ? report.error.message : '';
    return {
      output: `${sink.text()}\n${message}`,
      error: report.error,
      env: await PipelineEnvironment.load(dir),
    };
  };

  /** Pushes a one-file image `repository:1` to `registry` and returns its digest. */
  const base = async (registry: RegistryServer, repository: string, content: string): Promise<string> => {
    const run = await build(
      { Dockerfile: 'FROM scratch\nCOPY id /id\n', id: `${content}\n` },
      { containerRegistryUrl: registry.url, containerImageName: repository },
    );
    expect(run.error, run.output).toBeUndefined();
    return run.env.get('container/imageDigest') ?? '';
  };

  let originApp: string;
  let mirrorApp: string;
  let originOnly: string;
  let mirrorHub: string;
  let mirrorOnly: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ferry-build-mirrors-'));
    [origin, mirror] = await Promise.all([startRegistry(), startRegistry()]);
    deadPort = await freePort();
    originApp = await base(origin, 'base/app', 'origin');
    mirrorApp = await base(mirror, 'base/app', 'mirror');
    originOnly = await base(origin, 'base/only-origin', 'origin only');
    mirrorHub = await base(mirror, 'library/hubbase', 'docker hub mirror');
    mirrorOnly = await base(mirror, 'base/mirror-only', 'only in the mirror');
    expect(new Set([originApp, mirrorApp, originOnly, mirrorHub]).size).toBe(4);
  });
  afterAll(async () => {
    await Promise.all([origin?.stop(), mirror?.stop()]);
    if (work) await rm(work, { recursive: true, force: true });
  });

  const app = (from: string): Record<string, string> => ({
    Dockerfile: `FROM ${from}\nCOPY a /a\n`,
    a: 'a\n',
  });

  test('registry=mirror: the base comes from the mirror; the image still names its base as written', async () => {
    const run = await build(app(`${origin.host}/base/app:1`), {
      containerRegistryUrl: origin.url,
      containerImageName: 'team/app',
      registryMirrors: [`${origin.host}=${mirror.url}`],
    });
    expect(run.error, run.output).toBeUndefined();
    expect(run.output).toContain(`base ${origin.host}/base/app:1 from mirror ${mirror.host}`);
    expect(await annotations(`${origin.host}/team/app:1`)).toMatchObject({
      'org.opencontainers.image.base.name': `${origin.host}/base/app:1`,
      'org.opencontainers.image.base.digest': mirrorApp,
    });
  });

  test('a mirror without the image, and one that is down, are skipped: the origin serves it', async () => {
    const run = await build(app(`${origin.host}/base/only-origin:1`), {
      containerRegistryUrl: origin.url,
      containerImageName: 'team/fallback',
      registryMirrors: [`${origin.host}=127.0.0.1:${deadPort}`, `${origin.host}=${mirror.host}`],
    });
    expect(run.error, run.output).toBeUndefined();
    expect(run.output).toMatch(new RegExp(`mirror 127\\.0\\.0\\.1:${deadPort} failed for`));
    expect(run.output).toContain(`mirror ${mirror.host} has no ${mirror.host}/base/only-origin:1`);
    expect(
      (await annotations(`${origin.host}/team/fallback:1`))['org.opencontainers.image.base.digest'],
    ).toBe(originOnly);
  });

  test('mirrors are tried in order: the first that has the image wins', async () => {
    const run = await build(app(`${origin.host}/base/app:1`), {
      containerRegistryUrl: origin.url,
      containerImageName: 'team/ordered',
      registryMirrors: [`${origin.host}=127.0.0.1:${deadPort};${origin.host}=${mirror.host}`],
    });
    expect(run.error, run.output).toBeUndefined();
    expect((await annotations(`${origin.host}/team/ordered:1`))['org.opencontainers.image.base.digest']).toBe(
      mirrorApp,
    );
  });

  test('a plain entry mirrors Docker Hub, as kaniko --registry-mirror (nothing reaches docker.io)', async () => {
    const run = await build(app('hubbase:1'), {
      containerRegistryUrl: origin.url,
      containerImageName: 'team/hub',
      registryMirrors: [mirror.url],
    });
    expect(run.error, run.output).toBeUndefined();
    expect(run.output).toContain(`base docker.io/library/hubbase:1 from mirror ${mirror.host}`);
    expect(await annotations(`${origin.host}/team/hub:1`)).toMatchObject({
      'org.opencontainers.image.base.name': 'docker.io/library/hubbase:1',
      'org.opencontainers.image.base.digest': mirrorHub,
    });
  });

  test('createBOM reads the base through the mirror too: the SBOM lists only its own files', async () => {
    const run = await build(app(`${origin.host}/base/mirror-only:1`), {
      containerRegistryUrl: origin.url,
      containerImageName: 'team/sbom',
      registryMirrors: [`${origin.host}=${mirror.host}`],
      createBOM: 'true',
    });
    expect(run.error, run.output).toBeUndefined();
    expect(run.output).not.toMatch(/could not be read/);
    const sbom = readBuiltImages(run.env)[0]?.referrers?.[0]?.digest ?? '';
    const manifest = (await (
      await fetch(`${origin.url}/v2/team/sbom/manifests/${sbom}`, {
        headers: { Accept: 'application/vnd.oci.image.manifest.v1+json' },
      })
    ).json()) as { layers: { digest: string }[] };
    const doc = (await (
      await fetch(`${origin.url}/v2/team/sbom/blobs/${manifest.layers[0]?.digest ?? ''}`)
    ).json()) as { files: { fileName: string }[]; packages: { versionInfo: string }[] };
    expect(doc.files.map((f) => f.fileName)).toEqual(['/a']);
    expect(doc.packages[1]?.versionInfo).toBe(mirrorOnly);
  });

  test('a malformed entry is a usage error naming it, before anything is pulled', async () => {
    const run = await build(app(`${origin.host}/base/app:1`), {
      containerRegistryUrl: origin.url,
      containerImageName: 'team/bad',
      registryMirrors: ['=mirror.example'],
    });
    expect(run.output).toContain("registryMirrors entry '=mirror.example' needs registry=mirror");
    expect(run.env.get('container/images')).toBeUndefined();
  });
});
