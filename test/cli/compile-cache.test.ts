// Where the `ferry` binary keeps Node's compile cache: the XDG cache directory, never a relative path,
// never when NODE_COMPILE_CACHE already chose one; a directory that cannot be used is not an error.
import { describe, expect, test } from 'vitest';
import { compileCacheDir, enableCompileCache } from '../../lib/cli/compile-cache';

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
