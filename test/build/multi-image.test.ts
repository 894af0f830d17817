// containerMultiImageBuild naming and multipleImages entries, table-driven from Piper's tests
// (pkg/docker/docker_test.go TestImageListWithFilePath; cmd/kanikoExecute_test.go multi-context cases).
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findDockerfiles, multiImageList, parseMultipleImages } from '../../lib/build';

const IMAGE = 'testImage';

describe('multiImageList (Piper TestImageListWithFilePath)', () => {
  test.each([
    { name: 'Dockerfile only', files: ['Dockerfile'], expected: { [IMAGE]: 'Dockerfile' } },
    {
      name: 'Dockerfile in subdir',
      files: ['sub/Dockerfile'],
      expected: { [`${IMAGE}-sub`]: 'sub/Dockerfile' },
    },
    {
      name: 'Dockerfile in subdir excluding top dir',
      files: ['.ci/sub/Dockerfile'],
      trimDir: '.ci',
      expected: { [`${IMAGE}-sub`]: '.ci/sub/Dockerfile' },
    },
    {
      name: 'trimDir with a trailing slash',
      files: ['.ci/app/Dockerfile'],
      trimDir: '.ci/',
      expected: { [`${IMAGE}-app`]: '.ci/app/Dockerfile' },
    },
    {
      name: 'Dockerfiles in multiple subdirs & parent',
      files: ['Dockerfile', 'sub1/Dockerfile', 'sub2/Dockerfile'],
      expected: {
        [IMAGE]: 'Dockerfile',
        [`${IMAGE}-sub1`]: 'sub1/Dockerfile',
        [`${IMAGE}-sub2`]: 'sub2/Dockerfile',
      },
    },
    {
      name: 'Dockerfiles in multiple subdirs & parent - with excludes',
      files: ['Dockerfile', 'sub1/Dockerfile', 'sub2/Dockerfile'],
      excludes: ['Dockerfile'],
      expected: { [`${IMAGE}-sub1`]: 'sub1/Dockerfile', [`${IMAGE}-sub2`]: 'sub2/Dockerfile' },
    },
    {
      name: 'Dockerfiles with extensions',
      files: ['Dockerfile_main', 'Dockerfile_sub1', 'Dockerfile_sub2'],
      expected: {
        [`${IMAGE}-main`]: 'Dockerfile_main',
        [`${IMAGE}-sub1`]: 'Dockerfile_sub1',
        [`${IMAGE}-sub2`]: 'Dockerfile_sub2',
      },
    },
    {
      name: 'a suffix in a sub-directory names the image by the suffix (as Piper does)',
      files: ['sub2/Dockerfile-proxy'],
      expected: { [`${IMAGE}-proxy`]: 'sub2/Dockerfile-proxy' },
    },
    {
      name: 'ferry: a glob in the excludes',
      files: ['Dockerfile', 'node_modules/x/Dockerfile', 'sub/Dockerfile'],
      excludes: ['node_modules/**'],
      expected: { [IMAGE]: 'Dockerfile', [`${IMAGE}-sub`]: 'sub/Dockerfile' },
    },
  ])('$name', ({ files, excludes, trimDir, expected }) => {
    const list = multiImageList(IMAGE, files, { excludes: excludes ?? [], ...(trimDir ? { trimDir } : {}) });
    expect(Object.fromEntries(list.map((i) => [i.name, i.dockerfile]))).toEqual(expected);
  });

  test.each([
    { name: 'No Dockerfile', files: [], error: /found no Dockerfile/ },
    {
      name: 'Incorrect Dockerfile',
      files: ['DockerfileNotSupported'],
      error: /cannot name an image for 'DockerfileNotSupported'.*sub-directory or be named Dockerfile_<name>/,
    },
    {
      name: 'no docker files to process, please check exclude list',
      files: ['Dockerfile'],
      excludes: ['Dockerfile'],
      error: /no Dockerfile left to build.*Check the exclude list/,
    },
    {
      name: 'two Dockerfiles with one name',
      files: ['a-b/Dockerfile', 'a/b/Dockerfile'],
      error: /names both 'a-b\/Dockerfile' and 'a\/b\/Dockerfile' 'testImage-a-b'/,
    },
  ])('error: $name', ({ files, excludes, error }) => {
    expect(() => multiImageList(IMAGE, files, { excludes: excludes ?? [] })).toThrow(error);
  });
});

describe('findDockerfiles', () => {
  let dir: string;
  let outside: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ferry-dockerfiles-'));
    for (const path of [
      'Dockerfile',
      'sub1/Dockerfile',
      '.ci/app/Dockerfile_x',
      'docs/readme.md',
      '.git/Dockerfile',
    ]) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), 'FROM scratch\n');
    }
    await mkdir(join(dir, 'Dockerfile.d'));
    outside = await mkdtemp(join(tmpdir(), 'ferry-dockerfiles-out-'));
    await writeFile(join(outside, 'Dockerfile'), 'FROM scratch\n');
    await symlink(outside, join(dir, 'linked'));
    await symlink(join(outside, 'Dockerfile'), join(dir, 'Dockerfile_link'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  test('**/Dockerfile* files, sorted; not .git, not directories, no symbolic links', async () => {
    expect(await findDockerfiles(dir)).toEqual(['.ci/app/Dockerfile_x', 'Dockerfile', 'sub1/Dockerfile']);
  });
});

describe('parseMultipleImages (kanikoExecute multipleImageConf)', () => {
  test('known keys are read, numbers taken as strings, unknown keys reported', () => {
    const warnings: string[] = [];
    const entries = parseMultipleImages(
      [
        { contextSubPath: '/test1', containerImageName: 'myImageOne' },
        { contextSubPath: '/test2', containerImageName: 'myImageTwo', containerImageTag: 2, extra: true },
      ],
      (m) => warnings.push(m),
    );
    expect(entries).toEqual([
      { contextSubPath: '/test1', containerImageName: 'myImageOne' },
      { contextSubPath: '/test2', containerImageName: 'myImageTwo', containerImageTag: '2' },
    ]);
    expect(warnings).toEqual(['build: multipleImages entry 2: extra is not used by ferry; ignored.']);
  });

  test('a wrong type names the entry and the key', () => {
    expect(() => parseMultipleImages([{ containerImageName: ['a'] }], () => undefined)).toThrow(
      'build: multipleImages entry 1: containerImageName must be a string, not a list.',
    );
    expect(() => parseMultipleImages([{ buildpacks: 'x' }], () => undefined)).toThrow(
      'buildpacks must be a list of strings',
    );
  });
});
