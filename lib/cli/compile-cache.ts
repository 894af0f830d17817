// Where the `ferry` binary keeps V8's compiled code between runs (Node 22.1+ `module.enableCompileCache`):
// the user's cache directory, as the XDG base directory spec defines it. Never TMPDIR (a run leaves it
// clean) and never a relative path (that would write into the repository being worked on).
import { isAbsolute, join } from 'node:path';

/**
 * `$XDG_CACHE_HOME/ferry/node-compile-cache` when XDG_CACHE_HOME is an absolute path, else
 * `$HOME/.cache/ferry/node-compile-cache` when HOME is; undefined when neither is, or when
 * NODE_COMPILE_CACHE is set (Node then uses that directory itself).
 */
export function compileCacheDir(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.NODE_COMPILE_CACHE) return undefined;
  const xdg = env.XDG_CACHE_HOME;
  // The spec: an empty or relative value is invalid and ignored.
  if (xdg && isAbsolute(xdg)) return join(xdg, 'ferry', 'node-compile-cache');
  const home = env.HOME;
  if (home && isAbsolute(home)) return join(home, '.cache', 'ferry', 'node-compile-cache');
  return undefined;
}

type EnableCompileCache = (dir?: string) => unknown;

/**
 * Turns the compile cache on where Node has it (22.1+); a directory that cannot be created or written
 * (a read-only HOME) only costs start-up time, so any failure is ignored. Returns the directory used.
 */
export function enableCompileCache(
  env: Readonly<Record<string, string | undefined>>,
  enable: EnableCompileCache | undefined,
): string | undefined {
  const dir = compileCacheDir(env);
  if (!enable || dir === undefined) return undefined;
  try {
    enable(dir);
    return dir;
  } catch {
    return undefined;
  }
}
