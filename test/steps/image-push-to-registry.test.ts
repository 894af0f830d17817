// imagePushToRegistry end to end against REAL registries on loopback: a staging docker-registry with
// htpasswd basic auth holding a two-platform image, a target docker-registry with token auth. The step
// runs through the runner from a pipeline environment written as a build writes it; skopeo cross-checks.
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  PipelineEnvironment,
  readPromotedImages,
  referenceOf,
  type ImageRecord,
  type PromotedImage,
} from '../../lib/env';
import { createLogger, createMemorySink } from '../../lib/log';
import { createKeychain } from '../../lib/oci/auth';
import { parseReference } from '../../lib/oci/reference';
import { createRegistryClient, type RegistryClient } from '../../lib/oci/registry';
import { runCommand } from '../../lib/cli/commands/run';
import { runStep, type RunReport } from '../../lib/runner';
import { createVaultOpener } from '../../lib/vault';
import { startVaultDouble, type VaultDouble } from '../doubles/vault/server';
import { exitCodeOf, FerryError } from '../../lib/util/errors';
import { haveBinaries } from '../helpers/binaries';
import {
  createTestImage,
  pushTestImage,
  skopeoDockerArchive,
  skopeoInspectRaw,
  type TestImage,
} from '../helpers/images';
import { startRegistry, type RegistryServer } from '../helpers/servers/registry';
import { catalog } from '../../steps';

const ok = haveBinaries('docker-registry', 'skopeo');

const STAGING_USER = 'stager';
const STAGING_PASSWORD = 'Staging-pw-7f3a9c';
const TARGET_USER = 'promoter';
const TARGET_PASSWORD = 'Target-pw-b41e0d';
const SECRETS = [
  STAGING_PASSWORD,
  TARGET_PASSWORD,
  Buffer.from(`${STAGING_USER}:${STAGING_PASSWORD}`).toString('base64'),
  Buffer.from(`${TARGET_USER}:${TARGET_PASSWORD}`).toString('base64'),
];

interface PushRun {
  report: RunReport;
  /** Everything the run printed: log lines, the job summary, the error message. */
  output: string;
  env: PipelineEnvironment;
}

describe.skipIf(!ok)(
  'imagePushToRegistry against docker-registry (basic-auth staging, token-auth target)',
  () => {
    let work: string;
    let staging: RegistryServer;
    let target: RegistryServer;
    let image: TestImage;
    let worker: TestImage;
    let moved: TestImage;
    let stagingClient: RegistryClient;
    let targetClient: RegistryClient;

    const targetCreds = ['--creds', `${TARGET_USER}:${TARGET_PASSWORD}`];

    /** The manifest bytes at the target (skopeo, as an independent client sees it). */
    const atTarget = (path: string): Promise<Buffer> =>
      skopeoInspectRaw(`${target.host}/${path}`, targetCreds);

    /** The digest a tag has at the target, or undefined when the tag is not there. */
    const targetDigest = async (path: string, tag: string): Promise<string | undefined> => {
      const repo = targetClient.repository(parseReference(`${target.host}/${path}`));
      try {
        return (await repo.manifestHead(tag))?.digest;
      } catch {
        return undefined;
      }
    };

    /** A workspace whose pipeline environment is what the build step writes after pushing `app`. */
    const buildWorkspace = async (stale?: ImageRecord[]): Promise<string> => {
      const workspace = await mkdtemp(join(work, 'ws-'));
      const env = new PipelineEnvironment();
      const record: ImageRecord = {
        registry: staging.host,
        repository: 'team/app',
        tags: ['1.0.0'],
        digest: image.top.descriptor.digest,
        platforms: ['linux/amd64', 'linux/arm64'],
        source: { revision: 'f'.repeat(40), builder: 'native' },
      };
      env.set('artifactVersion', '1.0.0');
      env.set('container/registryUrl', staging.url);
      env.set('container/imageNames', ['team/app']);
      env.set('container/imageNameTags', ['team/app:1.0.0']);
      env.set('container/imageNameTag', 'team/app:1.0.0');
      env.set('container/imageDigest', image.top.descriptor.digest);
      env.set('container/imageDigests', [image.top.descriptor.digest]);
      env.set('container/images', [record]);
      env.set('container/repositoryUsername', STAGING_USER);
      env.set('container/repositoryPassword', STAGING_PASSWORD);
      // What an earlier promotion in the same workspace left behind.
      if (stale) env.set('promotion/images', stale);
      await env.save(workspace);
      return workspace;
    };

    const targetFlags = (): Record<string, string> => ({
      targetRegistryUrl: target.url,
      targetRegistryUser: TARGET_USER,
      targetRegistryPassword: TARGET_PASSWORD,
    });

    /** Runs the step through the runner; `vault` opens the run's Vault session from `vars`, as the CLI does. */
    const push = async (
      workspace: string,
      flags: Readonly<Record<string, string | boolean | string[]>>,
      options: { vars?: Record<string, string>; vault?: boolean } = {},
    ): Promise<PushRun> => {
      const sink = createMemorySink();
      // Debug lines too: they carry the most detail, so they are where a leaked secret would show.
      const log = createLogger({ sink, debug: true });
      const vars = options.vars ?? {};
      const report = await runStep('imagePushToRegistry', {
        catalog,
        workspace,
        flags,
        vars,
        log,
        ...(options.vault ? { openVault: createVaultOpener({ vars, log }) } : {}),
      });
      const error = report.error instanceof Error ? report.error.message : '';
      const output = `${sink.text()}\n${report.summary.markdown()}\n${error}`;
      // What the next step sees: the environment as persisted on disk.
      return { report, output, env: await PipelineEnvironment.load(workspace) };
    };

    const expectNoSecrets = (output: string): void => {
      for (const secret of SECRETS) expect(output).not.toContain(secret);
    };

    const promoted = (run: PushRun): PromotedImage[] => readPromotedImages(run.env);

    beforeAll(async () => {
      work = await mkdtemp(join(tmpdir(), 'ferry-push-'));
      [staging, target] = await Promise.all([
        startRegistry({ auth: 'htpasswd', users: { [STAGING_USER]: STAGING_PASSWORD } }),
        startRegistry({ auth: 'token', users: { [TARGET_USER]: TARGET_PASSWORD } }),
      ]);
      stagingClient = createRegistryClient({
        keychain: createKeychain({
          credentials: { [staging.host]: { username: STAGING_USER, password: STAGING_PASSWORD } },
        }),
      });
      targetClient = createRegistryClient({
        keychain: createKeychain({
          credentials: { [target.host]: { username: TARGET_USER, password: TARGET_PASSWORD } },
        }),
      });
      [image, worker, moved] = await Promise.all([
        createTestImage(join(work, 'app'), { layers: 2, layerSize: 20_000, tag: '1.0.0' }),
        createTestImage(join(work, 'worker'), { layers: 1, layerSize: 10_000, tag: '1.0.0' }),
        createTestImage(join(work, 'moved'), { layers: 1, layerSize: 10_000, tag: '1.0.0' }),
      ]);
      const staged = (path: string) =>
        stagingClient.repository(parseReference(`${staging.host}/${path}`), { push: true });
      await pushTestImage(image, staged('team/app'), '1.0.0');
      await pushTestImage(worker, staged('team/worker'), '1.0.0');
    });

    afterAll(async () => {
      await stagingClient?.close();
      await targetClient?.close();
      await Promise.all([staging?.stop(), target?.stop()]);
      if (work) await rm(work, { recursive: true, force: true });
    });

    test('promotes the built image by digest under every tag; promotion/images says so; second run sends nothing', async () => {
      const workspace = await buildWorkspace();
      const first = await push(workspace, { ...targetFlags(), tagLatest: true });
      expect(first.report.error).toBeUndefined();
      for (const tag of ['1.0.0', 'latest'])
        expect((await atTarget(`team/app:${tag}`)).equals(Buffer.from(image.top.bytes))).toBe(true);
      const digest = image.top.descriptor.digest;
      // The build's record, extended with the target: provenance travels with the image.
      expect(promoted(first)).toEqual([
        {
          registry: staging.host,
          repository: 'team/app',
          tags: ['1.0.0'],
          digest,
          platforms: ['linux/amd64', 'linux/arm64'],
          source: { revision: 'f'.repeat(40), builder: 'native' },
          target: { registry: target.host, repository: 'team/app', tags: ['1.0.0', 'latest'], digest },
        },
      ]);
      expect(first.env.get('promotion/registryUrl')).toBe(target.url);
      const row = first.report.summary.blocks.flatMap((b) => b.rows ?? [])[0];
      expect(row).toMatchObject({
        Target: `${target.host}/team/app`,
        Tags: '1.0.0, latest',
        Digest: digest,
        Result: 'copied',
      });
      expect(Number(row?.Skipped ?? 'x')).toBe(0);
      expectNoSecrets(first.output);

      const second = await push(workspace, { ...targetFlags(), tagLatest: true });
      expect(second.report.error).toBeUndefined();
      expect(second.output).toMatch(/already there.*nothing sent/);
      const again = second.report.summary.blocks.flatMap((b) => b.rows ?? [])[0];
      expect(again).toMatchObject({ 'Bytes sent': '0 B', Result: 'already there' });
      expect(promoted(second)[0]?.target.digest).toBe(digest);
      expectNoSecrets(second.output);

      const third = await push(workspace, { ...targetFlags(), tagLatest: true, targetImageTag: 'stable' });
      expect(third.report.error).toBeUndefined();
      expect(third.output).toMatch(/image was already there .*wrote tag stable, no blob sent/);
      expect(await targetDigest('team/app', 'stable')).toBe(digest);
    });

    test('copies what the build recorded even when the staging tag has moved since', async () => {
      const workspace = await buildWorkspace();
      await pushTestImage(
        moved,
        stagingClient.repository(parseReference(`${staging.host}/team/moving`), { push: true }),
        '1.0.0',
      );
      await pushTestImage(
        image,
        stagingClient.repository(parseReference(`${staging.host}/team/moving`), { push: true }),
        'built',
      );
      const env = await PipelineEnvironment.load(workspace);
      env.set('container/imageNames', ['team/moving']);
      env.set('container/images', [
        {
          registry: staging.host,
          repository: 'team/moving',
          tags: ['1.0.0'],
          digest: image.top.descriptor.digest,
        },
      ]);
      await env.save(workspace);
      const run = await push(workspace, targetFlags());
      expect(run.report.error).toBeUndefined();
      expect(await targetDigest('team/moving', '1.0.0')).toBe(image.top.descriptor.digest);
      expect(await targetDigest('team/moving', '1.0.0')).not.toBe(moved.top.descriptor.digest);
    });

    test("targetImages mapping from Piper's config file, two images in parallel", async () => {
      const workspace = await buildWorkspace();
      await mkdir(join(workspace, '.pipeline'), { recursive: true });
      await writeFile(
        join(workspace, '.pipeline', 'config.yml'),
        [
          'steps:',
          '  imagePushToRegistry:',
          '    sourceImages: [team/app, team/worker]',
          '    targetImages:',
          '      team/app: prod/app',
          '      team/worker: prod/worker',
          '    targetImageTag: release-1',
          '',
        ].join('\n'),
      );
      const run = await push(workspace, targetFlags());
      expect(run.report.error).toBeUndefined();
      expect(await targetDigest('prod/app', 'release-1')).toBe(image.top.descriptor.digest);
      expect(await targetDigest('prod/worker', 'release-1')).toBe(worker.top.descriptor.digest);
      expect(promoted(run).map((r) => `${r.target.repository}@${r.target.digest}`)).toEqual([
        `prod/app@${image.top.descriptor.digest}`,
        `prod/worker@${worker.top.descriptor.digest}`,
      ]);
    });

    test('useImageNameTags copies container/imageNameTags to targetImageNameTags', async () => {
      const workspace = await buildWorkspace();
      const run = await push(workspace, {
        ...targetFlags(),
        useImageNameTags: true,
        targetImageNameTags: ['nametags/app:v1'],
      });
      expect(run.report.error).toBeUndefined();
      expect(await targetDigest('nametags/app', 'v1')).toBe(image.top.descriptor.digest);
      const first = promoted(run)[0];
      expect(first && referenceOf(first.target).toString()).toBe(
        `${target.host}/nametags/app:v1@${first?.target.digest ?? ''}`,
      );
    });

    // resources/metadata/imagePushToRegistry.yaml: tagLatest defaults to false, and targetImageTag is
    // mandatory unless tagLatest is true.
    test('tagLatest: true with no targetImageTag pushes latest only; without tagLatest the tag is mandatory', async () => {
      const workspace = await buildWorkspace();
      const missing = await push(workspace, {
        ...targetFlags(),
        targetImageTag: '',
        targetImages: 'team/app=latest-only/app',
      });
      expect(String(missing.report.error)).toMatch(/mandatory parameter is not set: targetImageTag/);
      const run = await push(workspace, {
        ...targetFlags(),
        targetImageTag: '',
        tagLatest: 'true',
        targetImages: 'team/app=latest-only/app',
      });
      expect(run.report.error).toBeUndefined();
      expect(await targetDigest('latest-only/app', 'latest')).toBe(image.top.descriptor.digest);
      expect(promoted(run)[0]?.target.tags).toEqual(['latest']);
    });

    test("targetArchitecture copies that platform's own manifest, its digest as the index lists it", async () => {
      const workspace = await buildWorkspace();
      const run = await push(workspace, {
        ...targetFlags(),
        targetArchitecture: 'linux/arm64',
        targetImages: 'team/app=arm/app',
      });
      expect(run.report.error).toBeUndefined();
      const arm = image.manifests[1];
      expect((await atTarget('arm/app:1.0.0')).equals(Buffer.from(arm?.bytes ?? []))).toBe(true);
      const [record] = promoted(run);
      expect(record?.platforms).toEqual(['linux/arm64']);
      expect(record?.digest).toBe(image.top.descriptor.digest);
      expect(record?.target.digest).toBe(await targetDigest('arm/app', '1.0.0'));
      expect(record?.target.digest).toBe(arm?.descriptor.digest);
    });

    test('pushLocalDockerImage pushes a docker save tarball', async () => {
      const workspace = await mkdtemp(join(work, 'ws-local-'));
      await skopeoDockerArchive(image, join(workspace, 'image.tar'));
      const run = await push(workspace, {
        ...targetFlags(),
        pushLocalDockerImage: true,
        localDockerImagePath: 'image.tar',
        targetImages: 'app=local/app',
        targetImageTag: 'tar-1',
      });
      expect(run.report.error).toBeUndefined();
      const [record] = promoted(run);
      expect(record?.source?.archive).toBe(`docker-archive:${join(workspace, 'image.tar')}`);
      expect(record?.target.digest).toMatch(/^sha256:/);
      expect(await targetDigest('local/app', 'tar-1')).toBe(record?.target.digest);
    });

    test('pushLocalDockerImage pushes an OCI layout directory whole', async () => {
      const workspace = await mkdtemp(join(work, 'ws-layout-'));
      const run = await push(workspace, {
        ...targetFlags(),
        pushLocalDockerImage: true,
        localDockerImagePath: worker.dir,
        sourceImages: ['layout/worker'],
        targetImageTag: 'oci-1',
      });
      expect(run.report.error).toBeUndefined();
      expect(await targetDigest('layout/worker', 'oci-1')).toBe(worker.top.descriptor.digest);
    });

    test("a '+' in the tag becomes '-', and the log says so", async () => {
      const workspace = await buildWorkspace();
      const run = await push(workspace, {
        ...targetFlags(),
        targetImageTag: '1.0.0+build.9',
        targetImages: 'team/app=plus/app',
      });
      expect(run.report.error).toBeUndefined();
      expect(run.output).toMatch(/'1\.0\.0\+build\.9' contains '\+'.*using '1\.0\.0-build\.9'/);
      expect(await targetDigest('plus/app', '1.0.0-build.9')).toBe(image.top.descriptor.digest);
    });

    test('dockerConfigJSON gives the target credentials; the file is read, never modified', async () => {
      const workspace = await buildWorkspace();
      const auth = Buffer.from(`${TARGET_USER}:${TARGET_PASSWORD}`).toString('base64');
      const text = `${JSON.stringify({ auths: { [target.host]: { auth } } }, null, 2)}\n`;
      await writeFile(join(workspace, 'docker-config.json'), text, { mode: 0o600 });
      const run = await push(workspace, {
        targetRegistryUrl: target.url,
        dockerConfigJSON: 'docker-config.json',
        targetImages: 'team/app=dockercfg/app',
      });
      expect(run.report.error).toBeUndefined();
      expect(await targetDigest('dockercfg/app', '1.0.0')).toBe(image.top.descriptor.digest);
      expect(await readFile(join(workspace, 'docker-config.json'), 'utf8')).toBe(text);
      expectNoSecrets(run.output);
    });

    /** Runs `ferry run ARGS` in-process; output is the log and stdout/stderr together. */
    const cli = async (
      workspace: string,
      args: string[],
      env: Record<string, string>,
    ): Promise<{ code: number; output: string }> => {
      const chunks: string[] = [];
      const stream = (): PassThrough => {
        const s = new PassThrough();
        s.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
        return s;
      };
      const sink = createMemorySink();
      const code = await runCommand(args, {
        stdout: stream(),
        stderr: stream(),
        env,
        cwd: workspace,
        isTTY: false,
        log: createLogger({ sink }),
      });
      return { code, output: `${sink.text()}\n${chunks.join('')}` };
    };

    test('ferry run imagePushToRegistry with flags alone (no config file), password from PIPER_ variable', async () => {
      const workspace = await buildWorkspace();
      const args = [
        'imagePushToRegistry',
        '--targetRegistryUrl',
        target.url,
        '--targetRegistryUser',
        TARGET_USER,
      ];
      const ok = await cli(workspace, [...args, '--targetImages', 'team/app=cli/app', '--tagLatest'], {
        PIPER_targetRegistryPassword: TARGET_PASSWORD,
      });
      expect(ok.code).toBe(0);
      // A terminal gets aligned columns, not a Markdown table.
      expect(ok.output).toMatch(
        new RegExp(` ${target.host.replace(/[.]/g, '\\.')}/cli/app +1\\.0\\.0, latest `),
      );
      expect(ok.output).not.toContain('| ---');
      expect(await targetDigest('cli/app', '1.0.0')).toBe(image.top.descriptor.digest);
      expect(await targetDigest('cli/app', 'latest')).toBe(image.top.descriptor.digest);
      expectNoSecrets(ok.output);

      const denied = await cli(workspace, [...args, '--targetImages', 'team/app=cli/denied'], {
        PIPER_targetRegistryPassword: 'Wrong-pw-19c2aa',
      });
      expect(denied.code).toBe(1);
      expect(denied.output).toMatch(/credentials were refused/);
      expect(denied.output).not.toContain('Wrong-pw-19c2aa');
      expectNoSecrets(denied.output);

      const usage = await cli(workspace, ['imagePushToRegistry', '--targetRegistryUser', TARGET_USER], {
        PIPER_targetRegistryPassword: TARGET_PASSWORD,
      });
      expect(usage.code).toBe(2);
      expect(usage.output).toMatch(/targetRegistryUrl/);
      expectNoSecrets(usage.output);
    });

    describe('a TLS target with a private CA (customTlsCertificateLinks)', () => {
      let tls: RegistryServer;
      beforeAll(async () => {
        tls = await startRegistry({ tls: true });
      });
      afterAll(async () => {
        await tls?.stop();
      });

      test('untrusted: a clear failure; trusted through the CA file: promoted', async () => {
        const workspace = await buildWorkspace();
        const untrusted = await push(workspace, { targetRegistryUrl: tls.url });
        expect(exitCodeOf(untrusted.report.error)).toBe(1);
        expect(untrusted.output).toMatch(
          /certificate is not trusted.*a CA bundle is customTlsCertificateLinks/,
        );
        expect(untrusted.env.get('promotion/images')).toBeUndefined();

        const caFile = tls.caFile ?? '';
        const trusted = await push(workspace, {
          targetRegistryUrl: tls.url,
          customTlsCertificateLinks: [caFile],
        });
        expect(trusted.report.error).toBeUndefined();
        // skopeo's --tls-verify=false here: the cross-check is about the bytes, not the trust.
        const raw = await skopeoInspectRaw(`${tls.host}/team/app:1.0.0`);
        expect(raw.equals(Buffer.from(image.top.bytes))).toBe(true);
        expect(promoted(trusted)[0]?.target.digest).toBe(image.top.descriptor.digest);
        expectNoSecrets(`${untrusted.output}\n${trusted.output}`);
      });
    });

    describe('target credentials from Vault (the Vault test double)', () => {
      let vault: VaultDouble;
      beforeAll(async () => {
        vault = await startVaultDouble({
          mounts: {
            kv: {
              version: 2,
              secrets: {
                'ferry/docker-registry': {
                  targetRegistryUser: TARGET_USER,
                  targetRegistryPassword: TARGET_PASSWORD,
                },
              },
            },
          },
        });
      });
      afterAll(async () => {
        await vault?.stop();
      });

      test('the password Vault holds wins over a wrong explicit one and is never printed', async () => {
        const workspace = await buildWorkspace();
        const run = await push(
          workspace,
          {
            targetRegistryUrl: target.url,
            targetRegistryUser: 'nobody',
            targetRegistryPassword: 'Wrong-pw-19c2aa',
            targetImages: 'team/app=vault/app',
            vaultServerUrl: vault.url,
            vaultPath: 'kv/ferry',
          },
          { vars: { PIPER_vaultToken: vault.rootToken }, vault: true },
        );
        expect(run.report.error).toBeUndefined();
        expect(await targetDigest('vault/app', '1.0.0')).toBe(image.top.descriptor.digest);
        expect(vault.count('kv/data/ferry/docker-registry', 'GET')).toBeGreaterThan(0);
        expectNoSecrets(run.output);
        expect(run.output).not.toContain(vault.rootToken);
      });
    });

    test("Piper's sample config with a local target promotes what Piper's kaniko recorded (Piper's layout, by hand)", async () => {
      const workspace = await mkdtemp(join(work, 'ws-piper-'));
      const cpe = join(workspace, '.pipeline', 'commonPipelineEnvironment');
      await mkdir(join(cpe, 'container'), { recursive: true });
      const files: Record<string, string> = {
        artifactVersion: '1.0.0',
        'container/registryUrl': staging.url,
        'container/imageNameTag': 'team/app:1.0.0',
        'container/imageNameTags.json': JSON.stringify(['team/app:1.0.0']),
        'container/imageNames.json': JSON.stringify(['team/app']),
        'container/imageDigests.json': JSON.stringify([image.top.descriptor.digest]),
        'container/repositoryUsername': STAGING_USER,
        'container/repositoryPassword': STAGING_PASSWORD,
      };
      for (const [file, text] of Object.entries(files)) await writeFile(join(cpe, file), text);
      await writeFile(
        join(workspace, '.pipeline', 'config.yml'),
        [
          'stages:',
          '    Build:',
          '        imagePushToRegistry: true',
          '        kanikoExecute: true',
          '    Performance:',
          '        filePath: manifest-performance-stage.yaml',
          'steps:',
          '    imagePushToRegistry:',
          `        targetRegistryUrl: ${target.url}`,
          '    gitOpsUpdateDeployment:',
          '        forcePush: true',
          '        tool: helm',
          '',
        ].join('\n'),
      );
      const sink = createMemorySink();
      const report = await runStep('imagePushToRegistry', {
        catalog,
        workspace,
        stage: 'Build',
        vars: { PIPER_targetRegistryUser: TARGET_USER, PIPER_targetRegistryPassword: TARGET_PASSWORD },
        log: createLogger({ sink }),
      });
      expect(report.error).toBeUndefined();
      expect(await targetDigest('team/app', '1.0.0')).toBe(image.top.descriptor.digest);
      const env = await PipelineEnvironment.load(workspace);
      const [promotedRecord] = readPromotedImages(env);
      expect(promotedRecord && referenceOf(promotedRecord, '1.0.0').toString()).toBe(
        `${staging.host}/team/app:1.0.0@${image.top.descriptor.digest}`,
      );
      expectNoSecrets(`${sink.text()}\n${report.summary.markdown()}`);
    });

    test('a staging user without its password (an exported environment drops it) falls back to dockerConfigJSON', async () => {
      const workspace = await buildWorkspace();
      const env = await PipelineEnvironment.load(workspace);
      env.set('container/repositoryPassword', undefined);
      await env.save(workspace);
      const auth = Buffer.from(`${STAGING_USER}:${STAGING_PASSWORD}`).toString('base64');
      await writeFile(join(workspace, 'config.json'), JSON.stringify({ auths: { [staging.url]: { auth } } }));
      const run = await push(workspace, {
        ...targetFlags(),
        dockerConfigJSON: 'config.json',
        targetImages: 'team/app=half/app',
      });
      expect(run.report.error).toBeUndefined();
      expect(run.output).toMatch(/only sourceRegistryUser is set, so it is not used/);
      expect(await targetDigest('half/app', '1.0.0')).toBe(image.top.descriptor.digest);
      expectNoSecrets(run.output);
    });

    test('within one registry, blobs are mounted instead of sent', async () => {
      const workspace = await buildWorkspace();
      const run = await push(workspace, {
        targetRegistryUrl: staging.url,
        targetRegistryUser: STAGING_USER,
        targetRegistryPassword: STAGING_PASSWORD,
        targetImages: 'team/app=mounted/app',
      });
      expect(run.report.error).toBeUndefined();
      const row = run.report.summary.blocks.flatMap((b) => b.rows ?? [])[0];
      expect(Number(row?.Mounted)).toBe(image.blobs.length);
      expect(row?.['Bytes sent']).toBe('0 B');
      const raw = await skopeoInspectRaw(`${staging.host}/mounted/app:1.0.0`, [
        '--creds',
        `${STAGING_USER}:${STAGING_PASSWORD}`,
      ]);
      expect(raw.equals(Buffer.from(image.top.bytes))).toBe(true);
    });

    describe('failures: clear error, non-zero exit, no tag written, no password printed', () => {
      const failed = (run: PushRun, exit: number, message: RegExp): void => {
        expect(run.report.error).toBeInstanceOf(FerryError);
        expect(exitCodeOf(run.report.error)).toBe(exit);
        expect(run.report.error instanceof Error ? run.report.error.message : '').toMatch(message);
        expect(run.env.get('promotion/images')).toBeUndefined();
        expectNoSecrets(run.output);
      };

      test('wrong target password; a record an earlier run left is not kept', async () => {
        const stale: PromotedImage = {
          registry: staging.host,
          repository: 'team/app',
          tags: ['0.9.0'],
          digest: worker.top.descriptor.digest,
          target: {
            registry: target.host,
            repository: 'denied/app',
            tags: ['0.9.0'],
            digest: worker.top.descriptor.digest,
          },
        };
        const workspace = await buildWorkspace([stale]);
        const run = await push(workspace, {
          ...targetFlags(),
          targetRegistryPassword: 'Wrong-pw-19c2aa',
          targetImages: 'team/app=denied/app',
        });
        failed(run, 1, /denied\/app: .*credentials were refused/);
        // Usernames are secret parameters too (as in Piper), so the error names no user.
        expect(run.output).not.toContain(`'${TARGET_USER}'`);
        expect(run.output).not.toContain('Wrong-pw-19c2aa');
        expect(await targetDigest('denied/app', '1.0.0')).toBeUndefined();
      });

      test('a target user without a password', async () => {
        const workspace = await buildWorkspace();
        const run = await push(workspace, { targetRegistryUrl: target.url, targetRegistryUser: TARGET_USER });
        failed(
          run,
          2,
          /targetRegistryUser and targetRegistryPassword go together, but only targetRegistryUser is set/,
        );
      });

      test('missing targetRegistryUrl', async () => {
        const workspace = await buildWorkspace();
        const run = await push(workspace, {
          targetRegistryUser: TARGET_USER,
          targetRegistryPassword: TARGET_PASSWORD,
        });
        failed(run, 2, /targetRegistryUrl/);
      });

      test('targetImages not covering a source image', async () => {
        const workspace = await buildWorkspace();
        const run = await push(workspace, {
          ...targetFlags(),
          sourceImages: ['team/app', 'team/worker'],
          targetImages: 'team/app=uncovered/app',
        });
        failed(
          run,
          2,
          /targetImages has no entry for source image 'team\/worker'.*Add 'team\/worker: <target name>'/,
        );
        expect(await targetDigest('uncovered/app', '1.0.0')).toBeUndefined();
      });

      test('a tag no registry accepts', async () => {
        const workspace = await buildWorkspace();
        const run = await push(workspace, { ...targetFlags(), targetImageTag: '1.0/beta' });
        failed(run, 2, /targetImageTag '1\.0\/beta' is not a valid image tag/);
      });

      test('one missing source image fails the step; the other is promoted and recorded', async () => {
        const workspace = await buildWorkspace();
        const run = await push(workspace, {
          ...targetFlags(),
          sourceImages: ['team/app', 'team/missing'],
          targetImages: 'team/app=partial/app,team/missing=partial/missing',
        });
        expect(exitCodeOf(run.report.error)).toBe(1);
        expect(run.report.error instanceof Error ? run.report.error.message : '').toMatch(
          /1 of 2 image\(s\) failed.*\(1 copied and recorded in promotion\/images\)[\s\S]*team\/missing:1\.0\.0 → .*partial\/missing/,
        );
        expect(promoted(run).map((r) => r.target.repository)).toEqual(['partial/app']);
        expect(await targetDigest('partial/missing', '1.0.0')).toBeUndefined();
        expectNoSecrets(run.output);
      });
    });
  },
);
