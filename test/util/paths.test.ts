// resolveInside, the one "stays inside" check every step uses: lexical escapes and symbolic links;
// isInside, its lexical half, for callers that only show a path relative to a root.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isInside, resolveInside } from '../../lib/util/paths';

let base: string;
let root: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'ferry-inside-'));
  root = join(base, 'ws');
  await mkdir(join(root, 'app'), { recursive: true });
  await mkdir(join(base, 'outside'));
  await writeFile(join(base, 'outside', 'Dockerfile'), 'FROM scratch\n');
  await writeFile(join(root, 'app', 'Dockerfile'), 'FROM scratch\n');
  await symlink(join(base, 'outside'), join(root, 'escape'));
  await symlink(join(base, 'outside', 'Dockerfile'), join(root, 'Dockerfile.link'));
  await symlink(join(root, 'app', 'Dockerfile'), join(root, 'Dockerfile.inner'));
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const options = { what: "dockerfilePath 'x'", where: 'the workspace' };

describe('resolveInside', () => {
  it.each(['app/Dockerfile', 'app', '.', 'new/dir/file.yaml', 'Dockerfile.inner', join('app', '..', 'app')])(
    'accepts %s',
    async (path) => {
      await expect(resolveInside(root, path, options)).resolves.toMatch(new RegExp(`^${root}`));
    },
  );

  it.each(['../outside/Dockerfile', 'escape/Dockerfile', 'escape', 'Dockerfile.link', 'escape/new/file'])(
    'refuses %s, which leaves the workspace',
    async (path) => {
      const error = await resolveInside(root, path, options).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'PATH', usage: true });
      expect(String((error as Error).message)).toMatch(/dockerfilePath 'x' is outside the workspace/);
    },
  );

  it('refuses an absolute path elsewhere and accepts one inside', async () => {
    await expect(resolveInside(root, join(base, 'outside'), options)).rejects.toMatchObject({ code: 'PATH' });
    await expect(resolveInside(root, join(root, 'app'), options)).resolves.toBe(join(root, 'app'));
  });
});

describe('isInside', () => {
  it.each([
    ['/ws', '/ws', true],
    ['/ws/a/b', '/ws', true],
    ['/ws/..foo', '/ws', true],
    ['/ws/../x', '/ws', false],
    ['/wsx', '/ws', false],
    ['/', '/ws', false],
    ['/ws/a', '/ws/', true],
  ])('%s in %s: %s', (candidate, root, expected) => {
    expect(isInside(candidate, root)).toBe(expected);
  });
});
