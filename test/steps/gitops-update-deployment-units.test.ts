// Pure parts of gitOpsUpdateDeployment: which image is deployed, the commit message, the helm argv.
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImageRecord, PromotedImage } from '../../lib/env';
import { FerryError } from '../../lib/util/errors';
import { helmTemplateArgs, renderChart } from '../../steps/gitOpsUpdateDeployment/helm';
import { piperImage, selectImages, type DeployImage } from '../../steps/gitOpsUpdateDeployment/images';
import { checkTemplate, renderCommitMessage } from '../../steps/gitOpsUpdateDeployment/message';
import { writableInside } from '../../steps/gitOpsUpdateDeployment/paths';
import { pullRequestBranch } from '../../steps/gitOpsUpdateDeployment/run';
import { parseReference } from '../../lib/oci/reference';
import { updateText } from '../../lib/gitops/updaters';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;
const D3 = `sha256:${'3'.repeat(64)}`;

const promoted: PromotedImage[] = [
  {
    registry: 'staging.example:5000',
    repository: 'team/app',
    tags: ['1.4'],
    digest: D1,
    target: { registry: 'prod.example', repository: 'team/app', tags: ['1.4'], digest: D1 },
  },
];
const built: ImageRecord[] = [
  { registry: 'staging.example:5000', repository: 'team/app', tags: ['1.4'], digest: D2 },
];

function deployImage(text: string, source: DeployImage['source'] = 'images'): DeployImage {
  const ref = parseReference(text);
  return { repository: ref.name, ref, shortName: ref.repository.split('/').pop() ?? '', source };
}

describe('selectImages', () => {
  it('takes the promoted image, pinned by digest, before the built one', () => {
    const [image, ...rest] = selectImages({
      promoted,
      built,
      containerImageNameTag: 'team/app:1.4',
      containerRegistryUrl: 'https://staging.example:5000',
    });
    expect(rest).toEqual([]);
    expect(image?.ref.toString()).toBe(`prod.example/team/app:1.4@${D1}`);
    expect(image).toMatchObject({
      repository: 'prod.example/team/app',
      shortName: 'app',
      source: 'promotion',
    });
  });

  it('takes the built image without a promotion', () => {
    const [image] = selectImages({ built });
    expect(image?.ref.toString()).toBe(`staging.example:5000/team/app:1.4@${D2}`);
    expect(image?.source).toBe('build');
  });

  it('ranks an explicit containerImageNameTag/containerRegistryUrl above the records (Piper: config over pipeline environment)', () => {
    const [image] = selectImages({
      promoted,
      built,
      explicit: true,
      containerRegistryUrl: 'https://prod.example',
      containerImageNameTag: 'team/app:1.4',
    });
    // The promotion knows that image's digest, so it is pinned.
    expect(image?.ref.toString()).toBe(`prod.example/team/app:1.4@${D1}`);
    expect(image?.source).toBe('parameters');
    const [other] = selectImages({
      promoted,
      explicit: true,
      containerRegistryUrl: 'https://prod.example',
      containerImageNameTag: 'team/app:1.3',
    });
    expect(other?.ref.toString()).toBe('prod.example/team/app:1.3');
  });

  // Piper cmd/gitopsUpdateDeployment_test.go TestBuildRegistryPlusImage / TestBuildRegistryPlusImageWithoutTag
  // (lowercase names: ferry refuses repository names a registry would refuse).
  it.each([
    [
      'build full image',
      'https://myregistry.com/registry/containers',
      'myfancycontainer:1337',
      'myregistry.com/myfancycontainer:1337',
    ],
    ['without registry', '', 'myfancycontainer:1337', 'docker.io/library/myfancycontainer:1337'],
    [
      'helm: path in the image name',
      'https://myregistry.com',
      'registry/containers/myfancycontainer:1337',
      'myregistry.com/registry/containers/myfancycontainer:1337',
    ],
    [
      'kustomize',
      'https://myregistry.com',
      'containers/myfancycontainer:1337',
      'myregistry.com/containers/myfancycontainer:1337',
    ],
    ['port kept', 'https://reg.example:5000/', 'team/app:2.0', 'reg.example:5000/team/app:2.0'],
    ['no scheme', 'reg.example', `team/app@${D3}`, `reg.example/team/app@${D3}`],
    [
      'host repeated in the name',
      'http://reg.example/',
      `reg.example/team/app:2.0@${D3}`,
      `reg.example/team/app:2.0@${D3}`,
    ],
  ])('Piper registry URL + name:tag (%s)', (_name, registry, nameTag, expected) => {
    expect(piperImage(registry, nameTag).toString()).toBe(expected);
    expect(
      selectImages({ containerRegistryUrl: registry, containerImageNameTag: nameTag })[0]?.ref.toString(),
    ).toBe(expected);
  });

  // Piper: "without faulty URL" / "invalid URL" / "erroneous URL".
  it.each(['//myregistry.com/registry/containers', '://myregistry.com'])(
    'refuses the registry URL %s as Piper does',
    (url) => {
      expect(() => piperImage(url, 'myfancycontainer:1337')).toThrow(/containerRegistryUrl/);
    },
  );

  it('pins a Piper name:tag with the digest the build recorded for it', () => {
    const [image] = selectImages({
      containerRegistryUrl: 'reg.example',
      containerImageNameTag: 'team/app:2.0',
      built: [{ registry: 'reg.example', repository: 'team/app', tags: ['2.0'], digest: D3 }],
      explicit: true,
    });
    expect(image?.ref.toString()).toBe(`reg.example/team/app:2.0@${D3}`);
  });

  it('takes several images from the images parameter, pinning tags the pipeline knows a digest for', () => {
    const images = selectImages({
      images: ['prod.example/team/app:1.4', `prod.example/team/api@${D3}`, 'app=prod.example/team/app-v2:9'],
      promoted,
    });
    expect(images.map((i) => i.ref.toString())).toEqual([
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
      name: 'prod.example/team/app',
      shortName: 'app',
      digest: D1,
      tag: '1.4',
      previous: ['prod.example/team/app:1.3'],
    },
  ];

  // Piper TestRunGitopsUpdateDeploymentWithKubectl "default commit message": the subject is Piper's,
  // ferry's body (old → new, files, source revision) follows it.
  it("opens with Piper's subject and lists each image old → new", () => {
    const message = renderCommitMessage({ images, files: ['dev/app.yaml'], sourceRevision: 'abc123' });
    expect(message.split('\n')).toEqual([
      'Updated prod.example/team/app to version 1.4',
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

  it.each([
    ['myregistry.com/myfancycontainer', '1337', 'Updated myregistry.com/myfancycontainer to version 1337'],
    [
      'myregistry.com/registry/containers/myfancycontainer',
      '1337',
      'Updated myregistry.com/registry/containers/myfancycontainer to version 1337',
    ],
  ])('Piper default subject for %s:%s', (name, tag, subject) => {
    const message = renderCommitMessage({
      images: [{ reference: `${name}:${tag}`, name, shortName: 'x', digest: undefined, tag, previous: [] }],
      files: ['a.yaml'],
    });
    expect(message.split('\n')[0]).toBe(subject);
  });

  it('rejects an unknown placeholder, naming the known ones', () => {
    expect(() => checkTemplate('x {{imag}}')).toThrow('unknown placeholder {{imag}}');
  });
});

describe('helm template', () => {
  const image = deployImage(`prod.example/team/app:1.4@${D1}`, 'promotion');

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

  // Piper TestRunGitopsUpdateDeploymentWithHelm "successful run": the chart is
  // filepath.Join(temporaryFolder, chartPath), in the GitOps clone; helm runs in the workspace.
  it('looks the chart up in the GitOps clone, values in the workspace; says how to fix a missing helm', async () => {
    const clone = await mkdtemp(join(tmpdir(), 'ferry-clone-'));
    try {
      await mkdir(join(clone, 'charts', 'web'), { recursive: true });
      const calls: { command: string; args: readonly string[] }[] = [];
      const rendered = await renderChart(
        async (command, args) => {
          calls.push({ command, args });
          return { exitCode: 0, stdout: 'kind: Deployment\n', stderr: '' };
        },
        { clone, workspace: '/ws' },
        { releaseName: 'web', chartPath: './charts/web', valuesFiles: ['values/prod.yaml'], image },
      );
      expect(rendered).toBe('kind: Deployment\n');
      expect(calls[0]?.command).toBe('helm');
      expect(calls[0]?.args.slice(0, 5)).toEqual([
        'template',
        'web',
        join(clone, 'charts/web'),
        '--values',
        '/ws/values/prod.yaml',
      ]);
      await expect(
        renderChart(
          async () => ({ exitCode: 0, stdout: '', stderr: '' }),
          { clone, workspace: '/ws' },
          {
            releaseName: 'web',
            chartPath: '../elsewhere',
            valuesFiles: [],
            image,
          },
        ),
      ).rejects.toMatchObject({ code: 'PATH' });

      const missing = renderChart(
        async () => {
          throw new FerryError('helm: could not start it', { code: 'NOT_FOUND' });
        },
        { clone, workspace: '/ws' },
        { releaseName: 'web', chartPath: 'charts/web', valuesFiles: [], image },
      );
      await expect(missing).rejects.toThrow('helm is not on PATH');
    } finally {
      await rm(clone, { recursive: true, force: true });
    }
  });
});

describe('pullRequestBranch', () => {
  const image = (shortName: string): DeployImage => ({
    ...deployImage(`r.example/r/${shortName.toLowerCase()}:1`),
    shortName,
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

// Piper TestRunGitopsUpdateDeploymentWithKustomize: `kustomize edit set image
// myFancyDeployment=myregistry.com/containers/myFancyContainer:1337` takes a mixed-case name.
describe('kustomize deploymentName', () => {
  it('matches a mixed-case images[].name as written and sets the new name and digest', () => {
    const text = 'resources:\n  - deployment.yaml\nimages:\n  - name: myFancyDeployment\n    newTag: "1.0"\n';
    const result = updateText(text, {
      kind: 'kustomize',
      images: [
        {
          repository: 'myFancyDeployment',
          reference: parseReference(`myregistry.com/containers/app:1337@${D1}`),
        },
      ],
      referenceForm: 'tag+digest',
    });
    expect(result.matched).toBe(1);
    expect(result.text).toContain('name: myFancyDeployment');
    expect(result.text).toContain('newName: myregistry.com/containers/app');
    expect(result.text).toContain('newTag: "1337"');
    expect(result.text).toContain(`digest: ${D1}`);
  });
});
