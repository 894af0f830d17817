// Several images from one repository (kanikoExecute's containerMultiImageBuild and multipleImages), built
// natively, pushed to a REAL staging docker-registry and promoted by imagePushToRegistry to a REAL target
// one; skopeo cross-checks every digest. Cases mirror Piper's cmd/kanikoExecute_test.go.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PipelineEnvironment, readBuiltImages, readPromotedImages } from '../../lib/env';
import { createLogger, createMemorySink } from '../../lib/log';
import { runStep, type RunReport } from '../../lib/runner';
import { haveBinaries } from '../helpers/binaries';
import { startRegistry, type RegistryServer } from '../helpers/servers/registry';
import { catalog } from '../../steps';
import { skopeoDigest } from '../helpers/skopeo';
import { newWorkspace } from '../helpers/workspace';

const ok = haveBinaries('docker-registry', 'skopeo', 'git');

describe.skipIf(!ok)('build: several images from one repository', () => {
  let work: string;
  let staging: RegistryServer;
  let target: RegistryServer;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ferry-build-multi-'));
    [staging, target] = await Promise.all([startRegistry(), startRegistry()]);
  });
  afterAll(async () => {
    await Promise.all([staging?.stop(), target?.stop()]);
    if (work) await rm(work, { recursive: true, force: true });
  });

  /** A committed git workspace with the files and a .pipeline/config.yml. */
  const workspace = (files: Record<string, string>, config: string[]): Promise<string> =>
    newWorkspace(work, { ...files, '.pipeline/config.yml': `${config.join('\n')}\n` }, { message: 'images' });

  const run = async (
    step: string,
    dir: string,
    flags: Record<string, string | boolean> = {},
  ): Promise<{ report: RunReport; output: string; env: PipelineEnvironment }> => {
    const sink = createMemorySink();
    const report = await runStep(step, {
      catalog,
      workspace: dir,
      flags,
      vars: {},
      log: createLogger({ sink }),
    });
    const error = report.error instanceof Error ? report.error.message : '';
    return { report, output: `${sink.text()}\n${error}`, env: await PipelineEnvironment.load(dir) };
  };

  const dockerfile = (file: string): string => `FROM scratch\nCOPY ${file} /${file}\n`;

  test('containerMultiImageBuild with root image (Piper: "multi image build with root image"), all promoted', async () => {
    const dir = await workspace(
      {
        Dockerfile: dockerfile('root.txt'),
        'root.txt': 'root\n',
        'sub1/Dockerfile': dockerfile('sub1/one.txt'),
        'sub1/one.txt': 'one\n',
        'sub2/Dockerfile': dockerfile('sub2/two.txt'),
        'sub2/two.txt': 'two\n',
      },
      [
        'steps:',
        '  kanikoExecute:',
        '    containerImageName: myimage',
        '    containerImageTag: mytag',
        `    containerRegistryUrl: ${staging.url}`,
        '    containerMultiImageBuild: true',
        '  imagePushToRegistry:',
        `    targetRegistryUrl: ${target.url}`,
        '    targetImageTag: mytag',
        '    sourceImageTag: mytag',
      ],
    );
    const built = await run('kanikoExecute', dir);
    expect(built.report.error, built.output).toBeUndefined();
    const { env } = built;
    expect(env.get('container/registryUrl')).toBe(staging.url);
    expect(env.get('container/imageNameTag')).toBe('myimage:mytag');
    expect(env.get('container/imageNames')).toEqual(['myimage', 'myimage-sub1', 'myimage-sub2']);
    expect(env.get('container/imageNameTags')).toEqual([
      'myimage:mytag',
      'myimage-sub1:mytag',
      'myimage-sub2:mytag',
    ]);
    const records = readBuiltImages(env);
    expect(records.map((r) => [r.repository, r.tags, r.source?.dockerfile])).toEqual([
      ['myimage', ['mytag'], 'Dockerfile'],
      ['myimage-sub1', ['mytag'], 'sub1/Dockerfile'],
      ['myimage-sub2', ['mytag'], 'sub2/Dockerfile'],
    ]);
    const digests = records.map((r) => r.digest ?? '');
    expect(new Set(digests).size).toBe(3);
    expect(env.get('container/imageDigests')).toEqual(digests);
    for (const r of records)
      expect(await skopeoDigest(`${staging.host}/${r.repository}:mytag`)).toBe(r.digest);

    const pushed = await run('imagePushToRegistry', dir);
    expect(pushed.report.error, pushed.output).toBeUndefined();
    const promoted = readPromotedImages(pushed.env);
    expect(promoted.map((r) => [r.target.repository, r.target.digest])).toEqual(
      records.map((r) => [r.repository, r.digest]),
    );
    for (const r of records)
      expect(await skopeoDigest(`${target.host}/${r.repository}:mytag`)).toBe(r.digest);
  });

  test('containerMultiImageBuildExcludes drops the root image: no imageNameTag (Piper: "excluding root image")', async () => {
    const dir = await workspace(
      {
        Dockerfile: dockerfile('root.txt'),
        'root.txt': 'root\n',
        'sub1/Dockerfile': dockerfile('sub1/one.txt'),
        'sub1/one.txt': 'one\n',
        '.ci/app/Dockerfile': dockerfile('root.txt'),
      },
      [
        'steps:',
        '  kanikoExecute:',
        '    containerImageName: team/x',
        '    containerImageTag: "1.0+7"',
        `    containerRegistryUrl: ${staging.url}`,
        '    containerMultiImageBuild: true',
        '    containerMultiImageBuildExcludes: [Dockerfile]',
        '    containerMultiImageBuildTrimDir: .ci',
      ],
    );
    const built = await run('kanikoExecute', dir);
    expect(built.report.error, built.output).toBeUndefined();
    expect(built.env.get('container/imageNameTag')).toBeUndefined();
    expect(built.env.get('container/imageNameTags')).toEqual(['team/x-app:1.0-7', 'team/x-sub1:1.0-7']);
    for (const r of readBuiltImages(built.env))
      expect(await skopeoDigest(`${staging.host}/${r.repository}:1.0-7`)).toBe(r.digest);
  });

  test('multipleImages: each entry its sub-context and tag (Piper: "multi context build"), promoted by name:tag', async () => {
    const dir = await workspace(
      {
        Dockerfile: 'FROM scratch\nCOPY test /test\n',
        'test1/test': 'some content test1\n',
        'test2/test': 'some content test2\n',
        'test3/Dockerfile.app': 'FROM scratch\nCOPY test /three\n',
        'test3/test': 'three\n',
      },
      [
        'steps:',
        '  kanikoExecute:',
        '    containerImageName: myimage',
        '    containerImageTag: mytag',
        `    containerRegistryUrl: ${staging.url}`,
        '    multipleImages:',
        '      - contextSubPath: /test1',
        '        containerImageName: myimageone',
        '      - contextSubPath: /test2',
        '        containerImageName: myimagetwo',
        '        containerImageTag: mytagtwo',
        '      - contextSubPath: test3',
        '        dockerfilePath: Dockerfile.app',
        `        containerImage: ${staging.host}/other/three:3`,
        '  imagePushToRegistry:',
        `    targetRegistryUrl: ${target.url}`,
        '    useImageNameTags: true',
        // Mandatory in Piper's imagePushToRegistry; with useImageNameTags the tags come from the list.
        '    targetImageTag: unused',
      ],
    );
    const built = await run('kanikoExecute', dir);
    expect(built.report.error, built.output).toBeUndefined();
    const { env } = built;
    // Piper records its own containerImageName:containerImageTag as the "root" image here.
    expect(env.get('container/imageNameTag')).toBe('myimage:mytag');
    expect(env.get('container/registryUrl')).toBe(staging.url);
    expect(env.get('container/imageNames')).toEqual(['myimageone', 'myimagetwo', 'other/three']);
    expect(env.get('container/imageNameTags')).toEqual([
      'myimageone:mytag',
      'myimagetwo:mytagtwo',
      'other/three:3',
    ]);
    const records = readBuiltImages(env);
    expect(records.map((r) => r.source?.dockerfile)).toEqual([
      'Dockerfile',
      'Dockerfile',
      'test3/Dockerfile.app',
    ]);
    expect(new Set(records.map((r) => r.digest)).size).toBe(3);
    for (const r of records)
      expect(await skopeoDigest(`${staging.host}/${r.repository}:${r.tags[0] ?? ''}`)).toBe(r.digest);

    const pushed = await run('imagePushToRegistry', dir);
    expect(pushed.report.error, pushed.output).toBeUndefined();
    for (const r of records)
      expect(await skopeoDigest(`${target.host}/${r.repository}:${r.tags[0] ?? ''}`)).toBe(r.digest);
    expect(readPromotedImages(pushed.env)).toHaveLength(3);
  });

  test('multipleImages without contextSubPath is refused before anything is built (Piper: "no subcontext provided")', async () => {
    const dir = await workspace({ Dockerfile: 'FROM scratch\n' }, [
      'steps:',
      '  kanikoExecute:',
      `    containerRegistryUrl: ${staging.url}`,
      '    containerImageTag: t',
      '    multipleImages:',
      '      - containerImageName: myimageone',
      '      - containerImageName: myimagetwo',
    ]);
    const failed = await run('kanikoExecute', dir);
    expect(failed.report.error).toBeDefined();
    expect(failed.output).toMatch(/multipleImages entry 1 has no contextSubPath/);
    expect(failed.env.get('container/images')).toBeUndefined();
    await expect(skopeoDigest(`${staging.host}/myimageone:t`)).rejects.toThrow();
  });
});
