// Unit tests of imagePushToRegistry's copy plan: Piper's naming rules (targetImages, useImageNameTags,
// tagLatest, `+` in tags, registry URLs) and the digest pinning from what the build recorded.
import { describe, expect, test } from 'vitest';
import { PipelineEnvironment, type EnvValue } from '../../lib/env';
import { FerryError } from '../../lib/util/errors';
import { planPush, type PlanParams, type PlannedCopy } from '../../steps/imagePushToRegistry/plan';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;

function env(values: Record<string, EnvValue> = {}): PipelineEnvironment {
  return PipelineEnvironment.fromJSON(values);
}

/** One line per copy: `source -> target [tags] {platforms}`, easy to compare in a table. */
function lines(copies: readonly PlannedCopy[]): string[] {
  return copies.map((c) => {
    const src = c.source.kind === 'registry' ? c.source.reference.toString() : `local:${c.source.path}`;
    const platforms = c.platforms.length > 0 ? ` {${c.platforms.join(',')}}` : '';
    return `${src} -> ${c.target.toString()} [${c.tags.join(',')}]${platforms}`;
  });
}

const base: PlanParams = {
  sourceRegistryUrl: 'https://staging.example.com',
  targetRegistryUrl: 'https://prod.example.com',
  sourceImages: ['team/app'],
  sourceImageTag: '1.0.0',
  targetImageTag: '1.0.0',
};

describe('planPush: sourceImages mode', () => {
  test.each<{ name: string; params: PlanParams; expected: string[] }>([
    {
      name: 'same names when targetImages is empty',
      params: base,
      expected: ['staging.example.com/team/app:1.0.0 -> prod.example.com/team/app [1.0.0]'],
    },
    {
      name: 'targetImages maps each source to its target',
      params: {
        ...base,
        sourceImages: ['image-1', 'image-2'],
        targetImages: { 'image-1': 'target-image-1', 'image-2': 'apps/target-image-2' },
      },
      expected: [
        'staging.example.com/image-1:1.0.0 -> prod.example.com/target-image-1 [1.0.0]',
        'staging.example.com/image-2:1.0.0 -> prod.example.com/apps/target-image-2 [1.0.0]',
      ],
    },
    {
      name: 'tagLatest adds latest in the same copy',
      params: { ...base, tagLatest: true },
      expected: ['staging.example.com/team/app:1.0.0 -> prod.example.com/team/app [1.0.0,latest]'],
    },
    {
      name: 'tagLatest defaults to true without a targetImageTag (as Piper documents)',
      params: { ...base, targetImageTag: '' },
      expected: ['staging.example.com/team/app:1.0.0 -> prod.example.com/team/app [latest]'],
    },
    {
      name: 'tagLatest false with a targetImageTag writes only that tag',
      params: { ...base, tagLatest: false, targetImageTag: '2.0' },
      expected: ['staging.example.com/team/app:1.0.0 -> prod.example.com/team/app [2.0]'],
    },
    {
      name: 'targetArchitecture copies one platform',
      params: { ...base, targetArchitecture: 'linux/arm64' },
      expected: ['staging.example.com/team/app:1.0.0 -> prod.example.com/team/app [1.0.0] {linux/arm64}'],
    },
    {
      name: "targetArchitecture with Piper's :osversion drops the os version",
      params: { ...base, targetArchitecture: 'windows/amd64:10.0.17763' },
      expected: ['staging.example.com/team/app:1.0.0 -> prod.example.com/team/app [1.0.0] {windows/amd64}'],
    },
    {
      name: 'registry URLs: scheme, trailing slash, /v2/ and a path prefix',
      params: {
        ...base,
        sourceRegistryUrl: 'http://127.0.0.1:5000/v2/',
        targetRegistryUrl: 'HTTPS://Prod.Example.com:8443/project/',
        sourceImages: ['app'],
      },
      expected: ['127.0.0.1:5000/app:1.0.0 -> prod.example.com:8443/project/app [1.0.0]'],
    },
    {
      name: 'a source path prefix is not repeated at the target',
      params: { ...base, sourceRegistryUrl: 'staging.example.com/ci/', sourceImages: ['app'] },
      expected: ['staging.example.com/ci/app:1.0.0 -> prod.example.com/app [1.0.0]'],
    },
    {
      name: 'a source name that already holds the registry host',
      params: { ...base, sourceImages: ['staging.example.com/team/app'] },
      expected: ['staging.example.com/team/app:1.0.0 -> prod.example.com/team/app [1.0.0]'],
    },
    {
      name: 'the same source listed twice is one copy',
      params: { ...base, sourceImages: ['team/app', 'team/app'] },
      expected: ['staging.example.com/team/app:1.0.0 -> prod.example.com/team/app [1.0.0]'],
    },
  ])('$name', ({ params, expected }) => {
    expect(lines(planPush(params, env()).copies)).toEqual(expected);
  });

  test.each<{ name: string; params: PlanParams; note: RegExp; expected: string[] }>([
    {
      name: 'targetImageTag',
      params: { ...base, targetImageTag: '1.0.0+build.7' },
      note: /targetImageTag '1\.0\.0\+build\.7' contains '\+'.*'1\.0\.0-build\.7'/,
      expected: ['staging.example.com/team/app:1.0.0 -> prod.example.com/team/app [1.0.0-build.7]'],
    },
    {
      name: 'sourceImageTag',
      params: { ...base, sourceImageTag: '1.0.0+build.7' },
      note: /sourceImageTag '1\.0\.0\+build\.7'.*'1\.0\.0-build\.7'/,
      expected: ['staging.example.com/team/app:1.0.0-build.7 -> prod.example.com/team/app [1.0.0]'],
    },
  ])("a '+' in $name becomes '-' and a note says so", ({ params, note, expected }) => {
    const plan = planPush(params, env());
    expect(lines(plan.copies)).toEqual(expected);
    expect(plan.notes.some((n) => note.test(n))).toBe(true);
  });

  test('pipeline environment supplies what parameters leave unset (library use without the runner)', () => {
    const plan = planPush(
      { targetRegistryUrl: 'prod.example.com' },
      env({
        'container/registryUrl': 'https://staging.example.com',
        'container/imageNames': ['team/app'],
        artifactVersion: '3.1.4',
      }),
    );
    expect(lines(plan.copies)).toEqual([
      'staging.example.com/team/app:3.1.4 -> prod.example.com/team/app [3.1.4]',
    ]);
    expect(plan.targetRegistryUrl).toBe('prod.example.com');
  });

  test('targetRegistryUrl keeps the scheme the user gave, for promotion/registryUrl', () => {
    expect(
      planPush({ ...base, targetRegistryUrl: 'https://prod.example.com/x/' }, env()).targetRegistryUrl,
    ).toBe('https://prod.example.com/x');
  });

  test('a targetImages key that is no source image is a note, not a failure', () => {
    const plan = planPush({ ...base, targetImages: { 'team/app': 'app', other: 'x' } }, env());
    expect(lines(plan.copies)).toEqual([
      'staging.example.com/team/app:1.0.0 -> prod.example.com/app [1.0.0]',
    ]);
    expect(plan.notes.join('\n')).toMatch(/targetImages maps 'other'.*ignored/);
  });
});

describe('planPush: digests the build recorded', () => {
  test.each<{
    name: string;
    values: Record<string, EnvValue>;
    params?: PlanParams;
    digest?: string;
    from?: string;
  }>([
    {
      name: 'container/images record with the tag',
      values: {
        'container/images': [
          { registry: 'staging.example.com', name: 'team/app', tags: ['1.0.0'], digest: D1 },
          { registry: 'staging.example.com', name: 'team/other', tags: ['1.0.0'], digest: D2 },
        ],
      },
      digest: D1,
      from: 'container/images',
    },
    {
      name: 'container/images record of another registry does not pin',
      values: {
        'container/images': [
          { registry: 'elsewhere.example.com', name: 'team/app', tags: ['1.0.0'], digest: D1 },
        ],
      },
    },
    {
      name: 'container/images record of another tag does not pin (sourceImageTag chose another build)',
      values: {
        'container/images': [
          { registry: 'staging.example.com', name: 'team/app', tags: ['0.9.0'], digest: D1 },
        ],
      },
    },
    {
      name: "container/images record whose tag had a '+'",
      params: { ...base, sourceImageTag: '1.0.0+b1' },
      values: {
        'container/images': [
          { registry: 'staging.example.com', name: 'team/app', tags: ['1.0.0+b1'], digest: D2 },
        ],
      },
      digest: D2,
      from: 'container/images',
    },
    {
      name: "Piper's imageNameTags + imageDigests pair",
      values: {
        'container/registryUrl': 'https://staging.example.com',
        'container/imageNameTags': ['team/other:1.0.0', 'team/app:1.0.0'],
        'container/imageDigests': [D1, D2],
      },
      digest: D2,
      // Piper's flat keys are read into the image record (lib/env/images), one place for the pairing.
      from: 'container/images',
    },
    {
      name: "Piper's lists of different lengths are not trusted",
      values: {
        'container/registryUrl': 'https://staging.example.com',
        'container/imageNameTags': ['team/other:1.0.0', 'team/app:1.0.0'],
        'container/imageDigests': [D1],
      },
    },
    {
      name: "Piper's single imageNameTag + imageDigest",
      values: {
        'container/registryUrl': 'staging.example.com',
        'container/imageNameTag': 'team/app:1.0.0',
        'container/imageDigest': D1,
      },
      digest: D1,
      from: 'container/images',
    },
    {
      name: 'a digest in the source name wins',
      params: { ...base, sourceImages: [`team/app@${D2}`] },
      values: {
        'container/images': [
          { registry: 'staging.example.com', name: 'team/app', tags: ['1.0.0'], digest: D1 },
        ],
      },
      digest: D2,
      from: 'reference',
    },
  ])('$name', ({ values, params, digest, from }) => {
    const [copy] = planPush(params ?? base, env(values)).copies;
    if (copy?.source.kind !== 'registry') throw new Error('expected a registry source');
    expect(copy.source.reference.digest).toBe(digest);
    expect(copy.source.digestFrom).toBe(from);
    expect(copy.source.identifier).toBe(digest ?? copy.source.reference.tag);
  });

  test('no tag but a recorded digest is enough', () => {
    const [copy] = planPush(
      { ...base, sourceImageTag: undefined, sourceImages: [`team/app@${D1}`] },
      env(),
    ).copies;
    expect(copy?.source.kind === 'registry' && copy.source.identifier).toBe(D1);
  });
});

describe('planPush: useImageNameTags mode', () => {
  const nameTags: PlanParams = {
    sourceRegistryUrl: 'https://staging.example.com',
    targetRegistryUrl: 'prod.example.com',
    useImageNameTags: true,
    sourceImageNameTags: ['team/app:1.0.0', 'team/worker:1.0.0'],
  };
  test.each<{ name: string; params: PlanParams; expected: string[] }>([
    {
      name: 'targets default to the source names and tags',
      params: nameTags,
      expected: [
        'staging.example.com/team/app:1.0.0 -> prod.example.com/team/app [1.0.0]',
        'staging.example.com/team/worker:1.0.0 -> prod.example.com/team/worker [1.0.0]',
      ],
    },
    {
      name: 'targetImageNameTags pair up by position',
      params: { ...nameTags, targetImageNameTags: ['prod/app:v1', 'prod/worker:v1'] },
      expected: [
        'staging.example.com/team/app:1.0.0 -> prod.example.com/prod/app [v1]',
        'staging.example.com/team/worker:1.0.0 -> prod.example.com/prod/worker [v1]',
      ],
    },
    {
      name: 'two targets of one source are one copy with two tags',
      params: {
        ...nameTags,
        sourceImageNameTags: ['team/app:1.0.0', 'team/app:1.0.0'],
        targetImageNameTags: ['app:1.0.0', 'app:stable'],
      },
      expected: ['staging.example.com/team/app:1.0.0 -> prod.example.com/app [1.0.0,stable]'],
    },
    {
      name: 'tagLatest true adds latest; targetImages and targetImageTag are not used',
      params: { ...nameTags, tagLatest: true, targetImages: { 'team/app': 'x' }, targetImageTag: '9' },
      expected: [
        'staging.example.com/team/app:1.0.0 -> prod.example.com/team/app [1.0.0,latest]',
        'staging.example.com/team/worker:1.0.0 -> prod.example.com/team/worker [1.0.0,latest]',
      ],
    },
    {
      name: 'full names with the registry host (as Piper documents them)',
      params: { ...nameTags, sourceImageNameTags: ['staging.example.com/team/app:1.0.0'] },
      expected: ['staging.example.com/team/app:1.0.0 -> prod.example.com/team/app [1.0.0]'],
    },
    {
      name: 'targetArchitecture applies here too',
      params: { ...nameTags, sourceImageNameTags: ['team/app:1.0.0'], targetArchitecture: 'linux/amd64' },
      expected: ['staging.example.com/team/app:1.0.0 -> prod.example.com/team/app [1.0.0] {linux/amd64}'],
    },
    {
      name: "a '+' in a name tag becomes '-'",
      params: { ...nameTags, sourceImageNameTags: ['team/app:1.0+b2'] },
      expected: ['staging.example.com/team/app:1.0-b2 -> prod.example.com/team/app [1.0-b2]'],
    },
  ])('$name', ({ params, expected }) => {
    expect(lines(planPush(params, env()).copies)).toEqual(expected);
  });

  test('imageNameTags from the pipeline environment, pinned by container/images', () => {
    const plan = planPush(
      { targetRegistryUrl: 'prod.example.com', useImageNameTags: true },
      env({
        'container/registryUrl': 'https://staging.example.com',
        'container/imageNameTags': ['team/app:1.0.0'],
        'container/images': [
          { registry: 'staging.example.com', name: 'team/app', tags: ['1.0.0'], digest: D1 },
        ],
      }),
    );
    expect(lines(plan.copies)).toEqual([
      `staging.example.com/team/app:1.0.0@${D1} -> prod.example.com/team/app [1.0.0]`,
    ]);
  });
});

describe('planPush: pushLocalDockerImage', () => {
  test.each<{ name: string; params: PlanParams; expected: string[] }>([
    {
      name: 'targetImages values name the targets',
      params: {
        targetRegistryUrl: 'prod.example.com',
        pushLocalDockerImage: true,
        localDockerImagePath: 'build/image.tar',
        targetImages: { app: 'team/app' },
        targetImageTag: '1.0',
        tagLatest: true,
      },
      expected: ['local:build/image.tar -> prod.example.com/team/app [1.0,latest]'],
    },
    {
      name: 'sourceImages name the targets when targetImages is empty',
      params: {
        targetRegistryUrl: 'prod.example.com',
        pushLocalDockerImage: true,
        localDockerImagePath: 'oci-dir',
        sourceImages: ['team/app'],
        targetImageTag: '1.0',
      },
      expected: ['local:oci-dir -> prod.example.com/team/app [1.0]'],
    },
  ])('$name', ({ params, expected }) => {
    expect(lines(planPush(params, env()).copies)).toEqual(expected);
  });
});

describe('planPush: errors say what to fix', () => {
  test.each<{ name: string; params: PlanParams; values?: Record<string, EnvValue>; message: RegExp }>([
    {
      name: 'missing targetRegistryUrl',
      params: { ...base, targetRegistryUrl: undefined },
      message: /targetRegistryUrl is not set\. Set it/,
    },
    {
      name: 'empty targetRegistryUrl',
      params: { ...base, targetRegistryUrl: '  ' },
      message: /targetRegistryUrl is not set/,
    },
    {
      name: 'targetImages not covering a source image',
      params: { ...base, sourceImages: ['team/app', 'team/worker'], targetImages: { 'team/app': 'app' } },
      message:
        /targetImages has no entry for source image 'team\/worker'.*Add 'team\/worker: <target name>' to targetImages/,
    },
    {
      name: 'a target name with a tag',
      params: { ...base, targetImages: { 'team/app': 'app:2.0' } },
      message: /targetImages entry 'team\/app' 'app:2\.0' carries a tag or digest\. Give the image name only/,
    },
    {
      name: 'a malformed source name',
      params: { ...base, sourceImages: ['Team/App'] },
      message: /sourceImages entry 'Team\/App'.*lowercase/,
    },
    {
      name: 'a malformed target registry URL',
      params: { ...base, targetRegistryUrl: 'ftp://prod.example.com' },
      message: /targetRegistryUrl: .*scheme 'ftp' is not http or https/,
    },
    {
      name: 'credentials in a registry URL',
      params: { ...base, targetRegistryUrl: 'https://user:pw@prod.example.com' },
      message: /never in the URL/,
    },
    {
      name: 'no source registry',
      params: { ...base, sourceRegistryUrl: undefined },
      message: /sourceRegistryUrl is not set/,
    },
    { name: 'no source images', params: { ...base, sourceImages: [] }, message: /no source images/ },
    {
      name: 'no source tag and nothing recorded',
      params: { ...base, sourceImageTag: undefined },
      message: /no tag for source image 'team\/app'.*Set sourceImageTag/,
    },
    {
      name: 'no target tag and tagLatest false',
      params: { ...base, targetImageTag: '', tagLatest: false },
      message: /no target tag.*Set targetImageTag.*or tagLatest: true/,
    },
    {
      name: 'a tag with a character no tag may hold',
      params: { ...base, targetImageTag: '1.0/beta' },
      message: /targetImageTag '1\.0\/beta' is not a valid image tag/,
    },
    {
      name: 'an invalid targetArchitecture',
      params: { ...base, targetArchitecture: 'amd64' },
      message: /targetArchitecture 'amd64' is not os\/arch\[\/variant\]/,
    },
    {
      name: 'useImageNameTags with lists of different lengths',
      params: {
        ...base,
        useImageNameTags: true,
        sourceImageNameTags: ['a:1', 'b:1'],
        targetImageNameTags: ['a:1'],
      },
      message: /targetImageNameTags has 1 entries for 2 sourceImageNameTags/,
    },
    {
      name: 'useImageNameTags with nothing to copy',
      params: { ...base, useImageNameTags: true },
      message: /useImageNameTags is on but sourceImageNameTags is empty/,
    },
    {
      name: 'pushLocalDockerImage without a path',
      params: { ...base, pushLocalDockerImage: true },
      message: /localDockerImagePath is empty/,
    },
    {
      name: 'pushLocalDockerImage without a target name',
      params: {
        targetRegistryUrl: 'r.example.com',
        pushLocalDockerImage: true,
        localDockerImagePath: 'x.tar',
      },
      message: /needs a target name/,
    },
  ])('$name', ({ params, values, message }) => {
    let caught: unknown;
    try {
      planPush(params, env(values));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FerryError);
    expect(caught instanceof FerryError && caught.usage).toBe(true);
    expect(caught instanceof FerryError ? caught.message : '').toMatch(message);
    expect(caught instanceof FerryError ? caught.message : '').toMatch(/^imagePushToRegistry: /);
  });
});
