// pushLocalDockerImage's source: which image of an OCI layout (tagged, several tags, untagged) or a
// docker-archive is pushed, and the errors that say how to choose. Local files only, no registry.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FerryError } from '../../lib/util/errors';
import { openLocalSource } from '../../steps/imagePushToRegistry/local';
import { createTestImage, type TestImage } from '../helpers/images';

describe('openLocalSource', () => {
  let work: string;
  let image: TestImage;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ferry-local-'));
    image = await createTestImage(join(work, 'layout'), {
      layers: 1,
      layerSize: 1000,
      tag: '1.0.0',
      referrer: true,
    });
  });
  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  /** Rewrites index.json: one entry per tag (undefined: untagged), plus the referrer the layout holds. */
  const setIndex = async (dir: string, tags: (string | undefined)[]): Promise<void> => {
    const { descriptor } = image.top;
    const manifests = tags.map((tag) =>
      tag === undefined
        ? { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size }
        : {
            mediaType: descriptor.mediaType,
            digest: descriptor.digest,
            size: descriptor.size,
            annotations: { 'org.opencontainers.image.ref.name': tag },
          },
    );
    const referrers = image.referrers.map((r) => r.descriptor);
    await writeFile(
      join(dir, 'index.json'),
      JSON.stringify({ schemaVersion: 2, manifests: [...manifests, ...referrers] }),
    );
  };

  test('a layout with one tag: that tag, relative to the workspace', async () => {
    const source = await openLocalSource(work, 'layout', undefined);
    expect(source.identifier).toBe('1.0.0');
    expect(source.display).toBe(`oci:${join(work, 'layout')}:1.0.0`);
  });

  test('a layout with several tags: sourceImageTag picks one, else a clear error', async () => {
    const original = await readFile(join(image.dir, 'index.json'), 'utf8');
    try {
      await setIndex(image.dir, ['1.0.0', '2.0.0']);
      expect((await openLocalSource(work, image.dir, '2.0.0')).identifier).toBe('2.0.0');
      const error = await openLocalSource(work, image.dir, undefined).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FerryError);
      expect(error instanceof FerryError && error.usage).toBe(true);
      expect(error instanceof Error ? error.message : '').toMatch(
        /holds several images \(tags 1\.0\.0, 2\.0\.0\)\. Set sourceImageTag/,
      );
    } finally {
      await writeFile(join(image.dir, 'index.json'), original);
    }
  });

  test('a layout with one untagged image (and its untagged SBOM referrer): the image digest', async () => {
    const original = await readFile(join(image.dir, 'index.json'), 'utf8');
    try {
      await setIndex(image.dir, [undefined]);
      const source = await openLocalSource(work, image.dir, undefined);
      expect(source.identifier).toBe(image.top.descriptor.digest);
      expect(source.display).toBe(`oci:${image.dir}@${image.top.descriptor.digest}`);
    } finally {
      await writeFile(join(image.dir, 'index.json'), original);
    }
  });

  test('a path that does not exist names itself and the two accepted forms', async () => {
    const error = await openLocalSource(work, 'missing.tar', undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FerryError);
    expect(error instanceof Error ? error.message : '').toMatch(
      /localDockerImagePath .*missing\.tar cannot be read .*'docker save' tarball or an OCI image layout directory/,
    );
  });
});
