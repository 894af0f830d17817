// Where the `ferry` binary keeps V8's compiled code between runs (Node 22.1+ `module.enableCompileCache`
// for the ES module chunks, and ferry's own V8 code cache for its one-command bundles): the user's cache directory, as
// the XDG base directory spec defines it. Never TMPDIR (a run leaves it clean) and never a relative
// path (that would write into the repository being worked on).
//
// Built-ins come from process.getBuiltinModule: dist/cli.js is an ES module, where a static import of a
// built-in builds a facade of all its exports, a few ms of every run (see entry.ts).
const { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } =
  process.getBuiltinModule('node:fs');
const nodeModule = process.getBuiltinModule('node:module');
const { basename, dirname, isAbsolute, join } = process.getBuiltinModule('node:path');
const { Script, constants: vmConstants } = process.getBuiltinModule('node:vm');

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

/** What happened to V8's code cache for one script run by runWithCodeCache. */
export type CodeCacheState = 'used' | 'created' | 'rejected' | 'off';

export interface CodeCacheRun {
  state: CodeCacheState;
  /**
   * Writes the cache with the code compiled so far (call it when the command is done, so the functions
   * it ran are in): when it was missing or rejected, and once more when `complete` (this run did the
   * command's whole work) and the cache was written by a run that did not (`--help`, a usage error),
   * which compiled only part of the bundle. Never throws.
   */
  save(complete?: boolean): void;
}

/**
 * Runs a CommonJS file as `require` would, through `vm.Script` with V8's code cache kept in `dir`:
 * compiling a one-command bundle is ~10 ms of every run. Node 20 has no `module.enableCompileCache`,
 * and Node 22+'s keeps only what is compiled before the file runs, not the functions compiled while it
 * runs, which V8's cache made at the end holds. V8 checks the cache against the source and its own version and flags; a cache it rejects
 * is written again. `dir` undefined runs the file uncached.
 */
export function runWithCodeCache(file: string, dir: string | undefined): CodeCacheRun {
  const source = readFileSync(file, 'utf8');
  const cacheFile =
    dir === undefined
      ? undefined
      : join(dir, `${process.version}-${process.arch}`, `${basename(file, '.cjs')}-${fnv1a(file)}.v8`);
  let cachedData: Buffer | undefined;
  if (cacheFile !== undefined)
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  // The wrapper Node's CommonJS loader puts around a file (Module.wrap).
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new Script(wrapped, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    importModuleDynamically: vmConstants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const state: CodeCacheState =
    cacheFile === undefined
      ? 'off'
      : !cachedData
        ? 'created'
        : script.cachedDataRejected
          ? 'rejected'
          : 'used';
  const wrapper = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: { exports: unknown },
    filename: string,
    dirname: string,
  ) => void;
  const module = { exports: {} };
  wrapper.call(module.exports, module.exports, nodeModule.createRequire(file), module, file, dirname(file));
  return {
    state,
    save(complete = false) {
      if (cacheFile === undefined) return;
      // Beside the cache when the run that wrote it did the whole work.
      const marker = `${cacheFile}.complete`;
      if (state === 'used' && (!complete || existsSync(marker))) return;
      // Written aside and renamed, so a parallel run never reads half a cache.
      const partial = `${cacheFile}.${process.pid}`;
      try {
        mkdirSync(dirname(cacheFile), { recursive: true });
        writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
        renameSync(partial, cacheFile);
        if (complete) writeFileSync(marker, '', { mode: 0o600 });
        else rmSync(marker, { force: true });
      } catch {
        // A cache that cannot be written only costs start-up time; no half-written file is left.
        try {
          rmSync(partial, { force: true });
        } catch {
          // There was none (its directory could not be made).
        }
      }
    },
  };
}

/** FNV-1a of a string, as 8 hex digits: names a bundle's cache file by its path, without node:crypto. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
