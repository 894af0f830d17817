// Which files an update may touch: paths, directories and globs resolved under one root, with
// symlinks resolved too, and anything that lands outside the root refused.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { FerryError } from '../../util/errors';
import { globToRegExp, hasGlobMagic } from '../../util/glob';
import { isInside, resolveInside } from '../../util/paths';

const SKIP_DIRS = new Set(['.git', 'node_modules']);
// `Kustomization` is the third file name kustomize reads; it has no extension.
const YAML_FILE = /\.ya?ml$|^Kustomization$/i;

function pathError(message: string): FerryError {
  return new FerryError(message, { code: 'PATH', usage: true });
}

/** The real path of a file or directory the user named, wherever it is; refused only when missing. */
async function resolveNamed(realRoot: string, p: string): Promise<string> {
  try {
    return await realpath(path.resolve(realRoot, p));
  } catch (error) {
    throw new FerryError(`Cannot read '${p}': it does not exist. Give an existing file or directory.`, {
      code: 'PATH',
      usage: true,
      cause: error,
    });
  }
}

/**
 * The real path of `p` (relative to root), refused when it leaves the root (lib/util/paths, links
 * followed) or does not exist.
 */
export async function realPathInside(root: string, p: string): Promise<string> {
  const absolute = await resolveInside(root, p, { what: `'${p}'`, where: `the working directory (${root})` });
  try {
    return await realpath(absolute);
  } catch (error) {
    throw new FerryError(
      `Cannot read '${p}': it does not exist. Give a file, directory or glob under ${root}.`,
      {
        code: 'PATH',
        usage: true,
        cause: error,
      },
    );
  }
}

// The glob syntax is ferry's one syntax (lib/util/glob.ts); re-exported for the updaters' callers.
export { globToRegExp, hasGlobMagic };

/**
 * Every regular file under `dir`, as real paths. Links are followed only while they stay inside
 * `realRoot`; one that leaves it is refused, never silently skipped.
 */
interface Walk {
  realRoot: string;
  all: boolean;
  out: string[];
  seen: Set<string>;
  skipped: SkippedPath[];
}

async function walk(dir: string, w: Walk): Promise<void> {
  if (w.seen.has(dir)) return;
  w.seen.add(dir);
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) await walk(full, w);
      continue;
    }
    if (entry.isSymbolicLink()) {
      // A link to nothing is skipped, as Flux skips it: it names no file to edit.
      if (!(await exists(full))) {
        if (w.all || YAML_FILE.test(entry.name))
          w.skipped.push({ path: full, reason: 'it is a symbolic link to a file that does not exist' });
        continue;
      }
      const real = await realPathInside(w.realRoot, full);
      const s = await stat(real);
      if (s.isDirectory()) await walk(real, w);
      else if (s.isFile() && (w.all || YAML_FILE.test(entry.name))) w.out.push(real);
      continue;
    }
    if (entry.isFile() && (w.all || YAML_FILE.test(entry.name))) w.out.push(full);
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/** A path a directory walk passed over, and why. */
export interface SkippedPath {
  /** The path as found (not resolved). */
  path: string;
  reason: string;
}

export interface FileSelection {
  root: string;
  files?: readonly string[] | undefined;
  globs?: readonly string[] | undefined;
  /**
   * Files and directories named in `files` may lie outside the root (the CLI: a user naming
   * `/elsewhere/k8s/` means it). A walk of such a directory still refuses links that leave it.
   * Globs always stay relative to the root. Off for the step, which edits only inside its clone.
   */
  allowOutside?: boolean | undefined;
}

/**
 * The files to update, as real paths, each once. Directories give their YAML files; globs match
 * paths relative to the root (`deploy/**\/*.yaml`).
 */
export async function selectFiles(selection: FileSelection): Promise<{
  realRoot: string;
  files: string[];
  named: Set<string>;
  skipped: SkippedPath[];
}> {
  const realRoot = await realpath(selection.root);
  const found: string[] = [];
  const named = new Set<string>();
  const skipped: SkippedPath[] = [];
  for (const p of selection.files ?? []) {
    const real = selection.allowOutside ? await resolveNamed(realRoot, p) : await realPathInside(realRoot, p);
    const s = await lstat(real);
    // A directory outside the root confines its own walk.
    const confine = isInside(real, realRoot) ? realRoot : real;
    if (s.isDirectory())
      await walk(real, { realRoot: confine, all: false, out: found, seen: new Set(), skipped });
    else {
      found.push(real);
      named.add(real);
    }
  }
  const globs = selection.globs ?? [];
  if (globs.length > 0) {
    for (const glob of globs) {
      const normal = path.posix.normalize(glob.replaceAll('\\', '/'));
      if (path.isAbsolute(normal) || normal === '..' || normal.startsWith('../'))
        throw pathError(
          `Refusing glob '${glob}': it reaches outside ${realRoot}. Give globs relative to the working directory.`,
        );
    }
    const all: string[] = [];
    await walk(realRoot, { realRoot, all: true, out: all, seen: new Set(), skipped: [] });
    const patterns = globs.map((g) =>
      globToRegExp(path.posix.normalize(g.replaceAll('\\', '/')).replace(/^\.\//, '')),
    );
    for (const file of all) {
      const relative = path.relative(realRoot, file).split(path.sep).join('/');
      if (patterns.some((p) => p.test(relative))) found.push(file);
    }
  }
  return { realRoot, files: [...new Set(found)], named, skipped };
}
