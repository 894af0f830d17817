// build end to end through the runner, against REAL registries on loopback: a staging docker-registry with
// htpasswd auth, and a plain one holding a busybox base made by the native builder. Native and buildah
// builds; every digest in the pipeline environment is cross-checked with skopeo.
import { execFile, execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PipelineEnvironment } from '../../lib/env';
import { createLogger, createMemorySink } from '../../lib/log';
import { runStep, type RunReport } from '../../lib/runner';
import { pushBusyboxBase, type BaseImage } from '../helpers/base-image';
import { haveBinaries } from '../helpers/binaries';
import { startRegistry, type RegistryServer } from '../helpers/servers/registry';
import { catalog } from '../../steps';
import { skopeoDigest as skopeoDigestOf } from '../helpers/skopeo';
import { commitWorkspace } from '../helpers/workspace';

const execFileAsync = promisify(execFile);
const ok = haveBinaries('docker-registry', 'buildah', 'skopeo', 'busybox', 'git');

const USER = 'ci-pusher';
const PASSWORD = 'Build-pw-93c1e7';
const REMOTE_TOKEN = 'ghp_remoteTokenInUrl123';
const SECRETS = [PASSWORD, Buffer.from(`${USER}:${PASSWORD}`).toString('base64'), REMOTE_TOKEN];
const COMMIT_TIME = 1_700_000_000;
const EXAMPLE = join(__dirname, '..', '..', 'examples', 'hello');

interface BuildRun {
  report: RunReport;
  output: string;
  env: PipelineEnvironment;
}

describe.skipIf(!ok)('build step against docker-registry', () => {
  let work: string;
  let staging: RegistryServer;
  let baseRegistry: RegistryServer;
  let base: BaseImage;

  const creds = (): string[] => ['--creds', `${USER}:${PASSWORD}`];

  const skopeoDigest = (reference: string): Promise<string> =>
    skopeoDigestOf(reference, { creds: `${USER}:${PASSWORD}` });

  const skopeoLabels = async (reference: string): Promise<Record<string, string>> => {
    const { stdout } = await execFileAsync(
      'skopeo',
      ['inspect', '--tls-verify=false', ...creds(), `docker://${reference}`],
      { encoding: 'utf8' },
    );
    const parsed: unknown = JSON.parse(stdout);
    const labels =
      typeof parsed === 'object' && parsed !== null && 'Labels' in parsed ? parsed.Labels : undefined;
    return typeof labels === 'object' && labels !== null ? Object.fromEntries(Object.entries(labels)) : {};
  };

  /** A git workspace holding `files` (or the hello example), committed at a fixed time. */
  const workspace = async (files?: Record<string, string>): Promise<string> => {
    const dir = await mkdtemp(join(work, 'ws-'));
    if (!files) await cp(EXAMPLE, dir, { recursive: true });
    return commitWorkspace(dir, files ?? {}, {
      commitTime: COMMIT_TIME,
      remote: `https://x-access-token:${REMOTE_TOKEN}@example.com/team/app.git`,
    });
  };

  const headOf = (dir: string): string =>
    execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();

  const flags = (
    extra: Record<string, string | boolean | string[]> = {},
  ): Record<string, string | boolean | string[]> => ({
    containerRegistryUrl: staging.url,
    containerRegistryUser: USER,
    containerRegistryPassword: PASSWORD,
    containerImageName: 'team/hello',
    ...extra,
  });

  const build = async (
    dir: string,
    extra: Record<string, string | boolean | string[]> = {},
  ): Promise<BuildRun> => {
    const sink = createMemorySink();
    const log = createLogger({ sink, debug: true });
    const report = await runStep('build', { catalog, workspace: dir, flags: flags(extra), vars: {}, log });
    const error = report.error instanceof Error ? report.error.message : '';
    const output = `${sink.text()}\n${report.summary.markdown()}\n${error}`;
    for (const secret of SECRETS) expect(output).not.toContain(secret);
    return { report, output, env: await PipelineEnvironment.load(dir) };
  };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ferry-build-step-'));
    [staging, baseRegistry] = await Promise.all([
      startRegistry({ auth: 'htpasswd', users: { [USER]: PASSWORD } }),
      startRegistry(),
    ]);
    base = await pushBusyboxBase({ registry: baseRegistry.host });
  });

  afterAll(async () => {
    await Promise.all([staging?.stop(), baseRegistry?.stop()]);
    if (work) await rm(work, { recursive: true, force: true });
  });

  test('auto picks native for the hello example; the environment holds what the registry has', async () => {
    const dir = await workspace();
    const run = await build(dir);
    expect(run.report.error).toBeUndefined();
    expect(run.output).toMatch(/builder native \(Dockerfile needs no RUN/);
    const commit = headOf(dir);
    const short = commit.slice(0, 7);
    const { env } = run;
    const digest = env.get('container/imageDigest') ?? '';
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(await skopeoDigest(`${staging.host}/team/hello:${short}`)).toBe(digest);
    expect(env.get('artifactVersion')).toBe(short);
    expect(env.get('container/registryUrl')).toBe(staging.url);
    expect(env.get('container/imageNameTag')).toBe(`team/hello:${short}`);
    expect(env.get('container/imageNameTags')).toEqual([`team/hello:${short}`]);
    expect(env.get('container/imageNames')).toEqual(['team/hello']);
    expect(env.get('container/imageDigests')).toEqual([digest]);
    // One typed record: where the image is and where it came from.
    expect(env.get('container/images')).toEqual([
      {
        registry: staging.host,
        repository: 'team/hello',
        tags: [short],
        digest,
        source: {
          builder: 'native',
          dockerfile: 'Dockerfile',
          repository: 'https://example.com/team/app.git',
          revision: commit,
        },
      },
    ]);
    expect(env.get('git/commitId')).toBe(commit);
    expect(env.get('git/remoteUrl')).toBe('https://example.com/team/app.git');
    expect(env.get('git/dirty')).toBe(false);
    expect(await skopeoLabels(`${staging.host}/team/hello:${short}`)).toMatchObject({
      'org.opencontainers.image.title': 'hello',
      'org.opencontainers.image.revision': commit,
      'org.opencontainers.image.source': 'https://example.com/team/app',
      'org.opencontainers.image.created': '2023-11-14T22:13:20Z',
      'org.opencontainers.image.version': short,
    });

    // Same commit, another checkout: the same digest.
    const again = await build(await workspace(), { containerImageTag: short });
    expect(again.env.get('container/imageDigest')).toBe(digest);
    expect(again.env.get('artifactVersion')).toBeUndefined();
  });

  test('several images (containerImageNameTags) and tagLatest: one record per repository', async () => {
    const dir = await workspace();
    const run = await build(dir, {
      containerImageName: '',
      containerImageNameTags: ['team/one:1.0+build.7', 'team/two:2.0'],
      tagLatest: true,
    });
    expect(run.report.error).toBeUndefined();
    const digest = run.env.get('container/imageDigest') ?? '';
    // Written from the records: imageNameTags[i] and imageDigests[i] describe the same image.
    expect(run.env.get('container/imageNameTags')).toEqual([
      'team/one:1.0-build.7',
      'team/one:latest',
      'team/two:2.0',
      'team/two:latest',
    ]);
    expect(run.env.get('container/imageDigests')).toEqual([digest, digest, digest, digest]);
    expect(run.env.get('container/imageNames')).toEqual(['team/one', 'team/two']);
    expect(run.env.get('container/images')).toEqual([
      expect.objectContaining({
        registry: staging.host,
        repository: 'team/one',
        tags: ['1.0-build.7', 'latest'],
        digest,
      }),
      expect.objectContaining({
        registry: staging.host,
        repository: 'team/two',
        tags: ['2.0', 'latest'],
        digest,
      }),
    ]);
    for (const ref of ['team/one:1.0-build.7', 'team/one:latest', 'team/two:2.0', 'team/two:latest']) {
      expect(await skopeoDigest(`${staging.host}/${ref}`)).toBe(digest);
    }
  });

  test('native with two platforms pushes an index; the record lists the platforms', async () => {
    const dir = await workspace();
    const run = await build(dir, { containerImageTag: 'multi', platforms: ['linux/amd64', 'linux/arm64'] });
    expect(run.report.error).toBeUndefined();
    const digest = run.env.get('container/imageDigest') ?? '';
    expect(await skopeoDigest(`${staging.host}/team/hello:multi`)).toBe(digest);
    expect(run.env.get('container/images')).toEqual([
      expect.objectContaining({
        registry: staging.host,
        repository: 'team/hello',
        tags: ['multi'],
        digest,
        platforms: ['linux/amd64', 'linux/arm64'],
      }),
    ]);
    const { stdout } = await execFileAsync(
      'skopeo',
      ['inspect', '--raw', '--tls-verify=false', ...creds(), `docker://${staging.host}/team/hello:multi`],
      {
        encoding: 'utf8',
      },
    );
    const index: unknown = JSON.parse(stdout);
    const manifests =
      typeof index === 'object' && index !== null && 'manifests' in index && Array.isArray(index.manifests)
        ? index.manifests
        : [];
    expect(manifests.map((m: { platform?: { architecture?: string } }) => m.platform?.architecture)).toEqual([
      'amd64',
      'arm64',
    ]);
  });

  test('auto picks buildah for RUN FROM the busybox base; digest from --digestfile equals skopeo', async () => {
    const dir = await workspace({
      Dockerfile: `FROM ${base.reference}\nARG GREETING=hi\nRUN echo "$GREETING" > /greeting.txt\nCOPY hello.txt /hello.txt\nCMD ["/bin/cat", "/greeting.txt"]\n`,
      'hello.txt': 'hello\n',
    });
    const run = await build(dir, { containerImageTag: '1.0.0', buildArgs: '{"GREETING":"hello"}' });
    expect(run.report.error).toBeUndefined();
    expect(run.output).toMatch(
      /builder buildah \(Dockerfile line 3 \(RUN\): RUN needs a container runtime; buildah is installed\)/,
    );
    const digest = run.env.get('container/imageDigest') ?? '';
    expect(await skopeoDigest(`${staging.host}/team/hello:1.0.0`)).toBe(digest);
    expect(await skopeoLabels(`${staging.host}/team/hello:1.0.0`)).toMatchObject({
      'org.opencontainers.image.revision': headOf(dir),
    });
  }, 120_000);

  test('native FROM a base in the staging registry mounts the base layers instead of sending them', async () => {
    const local = await pushBusyboxBase({
      registry: staging.host,
      repository: 'base/local',
      credentials: { username: USER, password: PASSWORD },
    });
    const dir = await workspace({
      Dockerfile: `FROM ${local.reference}\nCOPY hello.txt /srv/\n`,
      'hello.txt': 'hi\n',
    });
    const run = await build(dir, { containerImageTag: 'mounted' });
    expect(run.report.error).toBeUndefined();
    expect(run.output).toMatch(/builder native/);
    expect(run.output.match(/mounted from/g)).toHaveLength(2);
    expect(await skopeoDigest(`${staging.host}/team/hello:mounted`)).toBe(
      run.env.get('container/imageDigest'),
    );
  });

  test('credentials from dockerConfigJSON reach buildah through its auth file', async () => {
    const dir = await workspace({ Dockerfile: `FROM ${base.reference}\nRUN echo ok > /ok.txt\n` });
    const config = join(work, `docker-config-${Date.now()}.json`);
    await writeFile(
      config,
      JSON.stringify({
        auths: { [staging.host]: { auth: Buffer.from(`${USER}:${PASSWORD}`).toString('base64') } },
      }),
    );
    const run = await build(dir, {
      containerImageTag: 'cfg',
      containerRegistryUser: '',
      containerRegistryPassword: '',
      dockerConfigJSON: config,
    });
    expect(run.report.error).toBeUndefined();
    expect(await skopeoDigest(`${staging.host}/team/hello:cfg`)).toBe(run.env.get('container/imageDigest'));
  }, 120_000);

  test('containerBuildOptions on the native builder: --build-arg and --label honoured, --destination refused', async () => {
    const files = {
      Dockerfile: 'FROM scratch\nARG GREETING=hi\nLABEL greeting=$GREETING\nCOPY hello.txt /hello.txt\n',
      'hello.txt': 'hello\n',
    };
    const run = await build(await workspace(files), {
      builder: 'native',
      containerImageTag: 'opts',
      containerBuildOptions: '--build-arg GREETING=hey --label team=core --skip-tls-verify-pull',
    });
    expect(run.report.error, run.output).toBeUndefined();
    expect(run.output).toMatch(/buildOptions --skip-tls-verify-pull have no effect on the native builder/);
    expect(await skopeoLabels(`${staging.host}/team/hello:opts`)).toMatchObject({
      greeting: 'hey',
      team: 'core',
    });

    const refused = await build(await workspace(files), {
      builder: 'native',
      containerImageTag: 'refused',
      containerBuildOptions: '--destination other.example/x:1 --no-push',
    });
    expect(refused.report.error).toBeDefined();
    expect(refused.output).toMatch(/native builder cannot honour buildOptions --destination, --no-push/);
    expect(refused.env.get('container/images')).toBeUndefined();
  });

  test('a failed build leaves the pipeline environment untouched', async () => {
    const dir = await workspace({ Dockerfile: `FROM ${base.reference}\nRUN false\n` });
    const before = new PipelineEnvironment();
    before.set('container/imageDigest', `sha256:${'1'.repeat(64)}`);
    before.set('container/imageNameTag', 'team/old:0.9');
    before.set('git/commitId', 'f'.repeat(40));
    await before.save(dir);
    const failed = await build(dir, { containerImageTag: '1.0.0' });
    expect(failed.report.error).toBeDefined();
    expect(failed.env.toJSON()).toEqual(before.toJSON());

    const native = await build(dir, { containerImageTag: '1.0.0', builder: 'native' });
    expect(native.output).toMatch(/line 2 \(RUN\): RUN needs a container runtime\. Set builder: buildah/);
    expect(native.env.toJSON()).toEqual(before.toJSON());
  }, 120_000);
});
