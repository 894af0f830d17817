// The one image record (lib/env/images): Piper's flat keys written from it and read into it, ferry's
// earlier record shapes read once, references built from the parts (never a string parsed again).
import { describe, expect, it } from 'vitest';
import {
  PipelineEnvironment,
  readBuiltImages,
  readPromotedImages,
  referenceOf,
  writeBuiltImages,
  type EnvValue,
} from '../../lib/env';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;

function env(values: Record<string, EnvValue>): PipelineEnvironment {
  return PipelineEnvironment.fromJSON(values);
}

describe('Piper flat keys read into records (ferry after kanikoExecute / cnbBuild)', () => {
  it.each<{ name: string; values: Record<string, EnvValue>; expected: string[] }>([
    {
      name: 'imageNameTags paired with imageDigests (filled in one loop)',
      values: {
        'container/registryUrl': 'https://Staging.example.com',
        'container/imageNameTags': ['team/app:1.0.0', 'team/worker:1.0.0'],
        'container/imageDigests': [D1, D2],
      },
      expected: [`staging.example.com/team/app:1.0.0@${D1}`, `staging.example.com/team/worker:1.0.0@${D2}`],
    },
    {
      name: 'kanikoExecute defaults: imageDigests null, single imageDigest for imageNameTag',
      values: {
        'container/registryUrl': 'https://staging.example.com',
        'container/imageNameTags': ['myapp:1.2.3'],
        'container/imageDigests': null,
        'container/imageNameTag': 'myapp:1.2.3',
        'container/imageDigest': D1,
      },
      expected: [`staging.example.com/myapp:1.2.3@${D1}`],
    },
    {
      name: 'lists of different lengths are not paired',
      values: {
        'container/registryUrl': 'staging.example.com',
        'container/imageNameTags': ['a:1', 'b:1'],
        'container/imageDigests': [D1],
      },
      expected: ['staging.example.com/a:1', 'staging.example.com/b:1'],
    },
    {
      // Piper pushes to docker.ContainerRegistryFromURL(url): the host, the path dropped.
      name: "a registry URL path is not a prefix (Piper's ContainerRegistryFromURL)",
      values: {
        'container/registryUrl': 'https://myregistry.com/registry/containers',
        'container/imageNameTag': 'app:1337',
      },
      expected: ['myregistry.com/app:1337'],
    },
    {
      name: "'+' in a tag becomes '-' as Piper's build steps push it",
      values: { 'container/registryUrl': 'reg.example', 'container/imageNameTag': 'app:1.0+7' },
      expected: ['reg.example/app:1.0-7'],
    },
  ])('$name', ({ values, expected }) => {
    expect(readBuiltImages(env(values)).map((r) => referenceOf(r).toString())).toEqual(expected);
  });

  it('prefers container/images and reads the earlier `name` field', () => {
    const records = readBuiltImages(
      env({
        'container/images': [{ registry: 'Reg.Example:5000', name: '/team/app', tags: ['1'], digest: D1 }],
        'container/imageNameTag': 'other:9',
        'container/registryUrl': 'reg.example',
      }),
    );
    expect(records).toEqual([
      { registry: 'reg.example:5000', repository: 'team/app', tags: ['1'], digest: D1 },
    ]);
  });
});

describe('writeBuiltImages', () => {
  it("writes Piper's keys from the records, each digest next to its own name:tag", () => {
    const e = new PipelineEnvironment();
    writeBuiltImages(e, 'https://reg.example/team', [
      { registry: 'reg.example', repository: 'team/app', tags: ['1', 'latest'], digest: D1 },
      { registry: 'reg.example', repository: 'team/worker', tags: ['1'], digest: D2 },
    ]);
    expect(e.get('container/registryUrl')).toBe('https://reg.example/team');
    expect(e.get('container/imageNameTag')).toBe('team/app:1');
    expect(e.get('container/imageNameTags')).toEqual(['team/app:1', 'team/app:latest', 'team/worker:1']);
    expect(e.get('container/imageDigests')).toEqual([D1, D1, D2]);
    expect(e.get('container/imageNames')).toEqual(['team/app', 'team/worker']);
    expect(e.get('container/imageDigest')).toBe(D1);
    // Read back through Piper's keys alone, the same images come out.
    const piperOnly = new PipelineEnvironment();
    for (const key of ['container/registryUrl', 'container/imageNameTags', 'container/imageDigests'] as const)
      piperOnly.setRaw(key, e.getRaw(key) ?? null);
    expect(readBuiltImages(piperOnly).map((r) => referenceOf(r).toString())).toEqual([
      `reg.example/team/app:1@${D1}`,
      `reg.example/team/worker:1@${D2}`,
    ]);
  });
});

describe('readPromotedImages', () => {
  it("reads ferry's earlier promotion shape (source.reference string, target.name)", () => {
    const [record] = readPromotedImages(
      env({
        'promotion/images': [
          {
            source: { reference: `staging.example:5000/team/app:1.4@${D1}`, digest: D1 },
            target: {
              registry: 'prod.example',
              name: 'team/app',
              tags: ['1.4'],
              references: ['prod.example/team/app:1.4'],
              digest: D1,
            },
          },
        ],
      }),
    );
    expect(record).toEqual({
      registry: 'staging.example:5000',
      repository: 'team/app',
      tags: ['1.4'],
      digest: D1,
      target: { registry: 'prod.example', repository: 'team/app', tags: ['1.4'], digest: D1 },
    });
    expect(record && referenceOf(record.target).toString()).toBe(`prod.example/team/app:1.4@${D1}`);
  });

  it('drops records without a target digest', () => {
    expect(
      readPromotedImages(env({ 'promotion/images': [{ registry: 'r.example', repository: 'a', tags: [] }] })),
    ).toEqual([]);
  });
});
