// steps/gitOpsUpdateDeployment/images.ts: which images are deployed (promotion records, build records,
// explicit parameters) and in which form.
import { describe, expect, it } from 'vitest';
import type { ImageRecord, PromotedImage } from '../../../lib/env';
import { FerryError } from '../../../lib/util/errors';
import { piperImage, selectImages } from '../../../steps/gitOpsUpdateDeployment/images';

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
