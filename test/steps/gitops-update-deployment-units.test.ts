// Pure parts of gitOpsUpdateDeployment: which image is deployed, the commit message, the helm argv.
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImageRecord, PromotionRecord } from '../../lib/env';
import { FerryError } from '../../lib/util/errors';
import { helmTemplateArgs, renderChart } from '../../steps/gitOpsUpdateDeployment/helm';
import { selectImages } from '../../steps/gitOpsUpdateDeployment/images';
import { checkTemplate, renderCommitMessage } from '../../steps/gitOpsUpdateDeployment/message';
import { writableInside } from '../../steps/gitOpsUpdateDeployment/paths';
import { pullRequestBranch } from '../../steps/gitOpsUpdateDeployment/run';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;
const D3 = `sha256:${'3'.repeat(64)}`;

const promotion: PromotionRecord[] = [
  {
    source: { reference: 'staging.example:5000/team/app:1.4', digest: D1 },
    target: {
      registry: 'prod.example',
      name: 'team/app',
      tags: ['1.4'],
      references: ['prod.example/team/app:1.4'],
      digest: D1,
    },
  },
];
const built: ImageRecord[] = [
  { registry: 'staging.example:5000', name: 'team/app', tags: ['1.4'], digest: D2 },
];

describe('selectImages', () => {
  it('takes the promoted image, pinned by digest, before the built one', () => {
    const [image, ...rest] = selectImages({
      promotion,
      built,
      containerImageNameTag: 'team/app:1.4',
      containerRegistryUrl: 'https://staging.example:5000',
    });
    expect(rest).toEqual([]);
    expect(image).toMatchObject({
      repository: 'prod.example/team/app',
      reference: `prod.example/team/app:1.4@${D1}`,
      digest: D1,
      tag: '1.4',
      shortName: 'app',
      source: 'promotion',
    });
  });

  it('takes the built image without a promotion', () => {
    expect(selectImages({ built })[0]).toMatchObject({
      reference: `staging.example:5000/team/app:1.4@${D2}`,
      source: 'build',
    });
  });

  it.each([
    ['https://reg.example:5000/', 'team/app:2.0', 'reg.example:5000/team/app:2.0'],
    ['reg.example', `team/app@${D3}`, `reg.example/team/app@${D3}`],
    ['http://reg.example/', `team/app:2.0@${D3}`, `reg.example/team/app:2.0@${D3}`],
  ])('Piper parameters %s + %s', (registry, nameTag, expected) => {
    expect(
      selectImages({ containerRegistryUrl: registry, containerImageNameTag: nameTag })[0]?.reference,
    ).toBe(expected);
  });

  it('pins a Piper name:tag with the digest the build recorded for it', () => {
    const [image] = selectImages({
      containerRegistryUrl: 'reg.example',
      containerImageNameTag: 'team/app:2.0',
      builtNameTag: 'team/app:2.0',
      builtDigest: D3,
    });
    expect(image?.reference).toBe(`reg.example/team/app:2.0@${D3}`);
  });

  it('takes several images from the images parameter, pinning tags the pipeline knows a digest for', () => {
    const images = selectImages({
      images: ['prod.example/team/app:1.4', `prod.example/team/api@${D3}`, 'app=prod.example/team/app-v2:9'],
      promotion,
    });
    expect(images.map((i) => i.reference)).toEqual([
      `prod.example/team/app:1.4@${D1}`,
      `prod.example/team/api@${D3}`,
      'prod.example/team/app-v2:9',
    ]);
    expect(images[2]?.repository).toBe('docker.io/library/app');
  });

  it('says what to set when there is no image', () => {
    expect(() => selectImages({})).toThrow(FerryError);
    expect(() => selectImages({})).toThrow('containerImageNameTag');
  });
});

describe('renderCommitMessage', () => {
  const images = [
    {
      reference: `prod.example/team/app:1.4@${D1}`,
      shortName: 'app',
      digest: D1,
      tag: '1.4',
      previous: ['prod.example/team/app:1.3'],
    },
  ];

  it('lists each image old → new by default', () => {
    const message = renderCommitMessage({ images, files: ['dev/app.yaml'], sourceRevision: 'abc123' });
    expect(message.split('\n')).toEqual([
      'Deploy app@sha256:111111111111',
      '',
      `app: prod.example/team/app:1.3 → prod.example/team/app:1.4@${D1}`,
      '',
      'Files: dev/app.yaml',
      'Source revision: abc123',
    ]);
  });

  it('fills the template placeholders', () => {
    expect(
      renderCommitMessage({
        template: 'deploy {{image}} ({{digest}}) was {{previous}} in {{files}} from {{ sourceRevision }}',
        images,
        files: ['a.yaml', 'b.yaml'],
        sourceRevision: 'abc',
      }),
    ).toBe(
      `deploy prod.example/team/app:1.4@${D1} (${D1}) was prod.example/team/app:1.3 in a.yaml, b.yaml from abc`,
    );
  });

  it('rejects an unknown placeholder, naming the known ones', () => {
    expect(() => checkTemplate('x {{imag}}')).toThrow('unknown placeholder {{imag}}');
  });
});

describe('helm template', () => {
  const image = {
    repository: 'prod.example/team/app',
    reference: `prod.example/team/app:1.4@${D1}`,
    tag: '1.4',
    digest: D1,
    shortName: 'app',
    source: 'promotion' as const,
  };

  it('builds the argv: release, chart, values files in order, then the image', () => {
    expect(
      helmTemplateArgs({
        releaseName: 'web',
        chartPath: 'charts/web',
        valuesFiles: ['v1.yaml', 'https://x/v2.yaml'],
        image,
      }),
    ).toEqual([
      'template',
      'web',
      'charts/web',
      '--values',
      'v1.yaml',
      '--values',
      'https://x/v2.yaml',
      '--set-string',
      'image.repository=prod.example/team/app',
      '--set-string',
      'image.tag=1.4',
      '--set-string',
      `image.digest=${D1}`,
    ]);
  });

  it('resolves chart and values paths against the workspace and says how to fix a missing helm', async () => {
    const calls: { command: string; args: readonly string[] }[] = [];
    const rendered = await renderChart(
      async (command, args) => {
        calls.push({ command, args });
        return { exitCode: 0, stdout: 'kind: Deployment\n', stderr: '' };
      },
      '/ws',
      { releaseName: 'web', chartPath: 'charts/web', valuesFiles: ['values/prod.yaml'], image },
    );
    expect(rendered).toBe('kind: Deployment\n');
    expect(calls[0]?.command).toBe('helm');
    expect(calls[0]?.args.slice(0, 5)).toEqual([
      'template',
      'web',
      '/ws/charts/web',
      '--values',
      '/ws/values/prod.yaml',
    ]);

    const missing = renderChart(
      async () => {
        throw new FerryError('helm: could not start it', { code: 'NOT_FOUND' });
      },
      '/ws',
      { releaseName: 'web', chartPath: 'c', valuesFiles: [], image },
    );
    await expect(missing).rejects.toThrow('helm is not on PATH');
  });
});

describe('pullRequestBranch', () => {
  const image = (shortName: string) => ({
    repository: `r/${shortName}`,
    reference: `r/${shortName}:1`,
    tag: '1',
    digest: undefined,
    shortName,
    source: 'images' as const,
  });
  it.each([
    ['Acceptance', ['app'], 'ferry/acceptance/app'],
    [undefined, ['app'], 'ferry/default/app'],
    ['My Stage!', ['app', 'api', 'app'], 'ferry/my-stage/app_api'],
    ['..x..', ['web.v2'], 'ferry/x/web.v2'],
  ])('stage %s, images %j → %s', (stage, names, expected) => {
    expect(pullRequestBranch(stage, names.map(image))).toBe(expected);
  });
});

describe('writableInside', () => {
  it('allows new files inside and refuses lexical and symlinked escapes', async () => {
    const base = await mkdtemp(join(tmpdir(), 'ferry-paths-'));
    const repo = join(base, 'repo');
    const outside = join(base, 'outside');
    await mkdir(join(repo, 'manifests'), { recursive: true });
    await mkdir(outside);
    await symlink(outside, join(repo, 'link'));
    await writeFile(join(outside, 'target.yaml'), 'x');
    await symlink(join(outside, 'target.yaml'), join(repo, 'manifests', 'file-link.yaml'));
    try {
      const real = await realpath(repo);
      expect(await writableInside(repo, 'manifests/new/dev.yaml')).toBe(join(real, 'manifests/new/dev.yaml'));
      for (const escape of [
        '../outside/x.yaml',
        'link/x.yaml',
        'link/deeper/x.yaml',
        'manifests/file-link.yaml',
      ]) {
        await expect(writableInside(repo, escape)).rejects.toMatchObject({ code: 'PATH' });
      }
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });
});
