// Where the `ferry` binary keeps Node's compile cache: the XDG cache directory, never a relative path,
// never when NODE_COMPILE_CACHE already chose one; a directory that cannot be used is not an error. And
// the V8 code cache ferry keeps itself on Node 20 for its one-command bundles.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { compileCacheDir, enableCompileCache } from '../../lib/cli/compile-cache';

const execFileAsync = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');

describe('compileCacheDir', () => {
  test.each([
    [{ XDG_CACHE_HOME: '/xdg', HOME: '/home/u' }, '/xdg/ferry/node-compile-cache'],
    [{ HOME: '/home/u' }, '/home/u/.cache/ferry/node-compile-cache'],
    // XDG base directory spec: empty and relative values are invalid and ignored.
    [{ XDG_CACHE_HOME: '', HOME: '/home/u' }, '/home/u/.cache/ferry/node-compile-cache'],
    [{ XDG_CACHE_HOME: 'cache', HOME: '/home/u' }, '/home/u/.cache/ferry/node-compile-cache'],
    [{ HOME: 'relative' }, undefined],
    [{}, undefined],
    [{ NODE_COMPILE_CACHE: '/node-chose', HOME: '/home/u' }, undefined],
  ])('%j -> %s', (env, want) => {
    expect(compileCacheDir(env)).toBe(want);
  });
});

describe('enableCompileCache', () => {
  test('without the API (Node 20) nothing is enabled or written', () => {
    expect(enableCompileCache({ HOME: '/nonexistent' }, undefined)).toBeUndefined();
  });

  test('an API that throws (a read-only HOME) is not an error', () => {
    const failing = (): never => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    };
    expect(enableCompileCache({ HOME: '/home/u' }, failing)).toBeUndefined();
  });
});

describe('runWithCodeCache (Node 20: the one-command bundles through vm.Script)', () => {
  // Each run is a fresh process, as each `ferry` run is: within one process V8 reuses what it compiled
  // and never looks at the cache.
  let dir: string;
  let file: string;
  let runner: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ferry-code-cache-'));
    file = join(dir, 'bundle.cjs');
    await writeFile(
      file,
      [
        "const { basename } = require('node:path');",
        'module.exports = { file: basename(__filename), dir: __dirname, self: this === module.exports };',
        'process.stdout.write(JSON.stringify(module.exports) + "\\n");',
      ].join('\n'),
    );
    runner = join(dir, 'run.mts');
    await writeFile(
      runner,
      [
        `import { runWithCodeCache } from ${JSON.stringify(join(ROOT, 'lib', 'cli', 'compile-cache.ts'))};`,
        'const [file, cache] = process.argv.slice(2);',
        "const run = runWithCodeCache(file, cache === '-' ? undefined : cache);",
        'run.save();',
        'process.stdout.write(run.state + "\\n");',
      ].join('\n'),
    );
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const run = async (cache: string): Promise<{ ran: unknown; state: string }> => {
    const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', runner, file, cache], {
      cwd: ROOT,
    });
    const [ran, state] = stdout.trim().split('\n');
    return { ran: JSON.parse(ran ?? 'null'), state: state ?? '' };
  };
  const cacheFiles = async (): Promise<string[]> =>
    (await readdir(join(dir, 'cache'), { recursive: true }).catch(() => [])).filter((f) => f.endsWith('.v8'));

  test('runs the file as require would, then creates, uses, and replaces a rejected cache', async () => {
    const cache = join(dir, 'cache');
    const first = await run(cache);
    expect(first).toEqual({ ran: { file: 'bundle.cjs', dir, self: true }, state: 'created' });
    const [written] = await cacheFiles();
    expect(written).toMatch(new RegExp(`^${process.version}-${process.arch}/bundle-[0-9a-f]{8}\\.v8$`));
    expect((await run(cache)).state).toBe('used');
    expect(await cacheFiles()).toEqual([written]);

    // Another V8, or a damaged file: V8 refuses it, the script still runs, and the cache is written anew.
    await writeFile(join(cache, written ?? ''), Buffer.alloc(512, 7));
    expect(await run(cache)).toEqual({ ran: { file: 'bundle.cjs', dir, self: true }, state: 'rejected' });
    expect((await run(cache)).state).toBe('used');
  });

  test('without a directory nothing is cached or written; an unwritable one is not an error', async () => {
    expect((await run('-')).state).toBe('off');
    expect(await readdir(dir)).toEqual(['bundle.cjs', 'run.mts']);
    await writeFile(join(dir, 'cache'), 'a file where the directory would be');
    expect(await run(join(dir, 'cache'))).toEqual({
      ran: { file: 'bundle.cjs', dir, self: true },
      state: 'created',
    });
  });
});
