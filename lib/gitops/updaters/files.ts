// Which files an update may touch: paths, directories and globs resolved under one root, with
// symlinks resolved too, and anything that lands outside the root refused.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { FerryError } from '../../util/errors';
import { globToRegExp, hasGlobMagic } from '../../util/glob';

const SKIP_DIRS = new Set(['.git', 'node_modules']);
const YAML_FILE = /\.ya?ml$/i;

function pathError(message: string): FerryError {
  return new FerryError(message, { code: 'PATH', usage: true });
}

/** The real path of `p` (relative to root), refused when it does not exist or leaves the root. */
export async function resolveInside(root: string, p: string): Promise<string> {
  const realRoot = await realpath(root);
  const absolute = path.resolve(realRoot, p);
  const inside = (candidate: string, base: string): boolean =>
    candidate === base || candidate.startsWith(base.endsWith(path.sep) ? base : base + path.sep);
  if (!inside(absolute, realRoot) && !inside(path.resolve(root, p), path.resolve(root)))
    throw pathError(`Refusing '${p}': it is outside ${realRoot}. Give paths inside the working directory.`);
  let real: string;
  try {
    real = await realpath(absolute);
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
  if (!inside(real, realRoot))
    throw pathError(
      `Refusing '${p}': it resolves to ${real}, outside ${realRoot}${real !== absolute ? ' (through a symbolic link)' : ''}. Give paths inside the working directory.`,
    );
  return real;
}

// The glob syntax is ferry's one syntax (lib/util/glob.ts); re-exported for the updaters' callers.
export { globToRegExp, hasGlobMagic };

/**
 * Every regular file under `dir`, as real paths. Links are followed only while they stay inside
 * `realRoot`; one that leaves it is refused, never silently skipped.
 */
async function walk(
  dir: string,
  realRoot: string,
  all: boolean,
  out: string[],
  seen: Set<string>,
): Promise<void> {
  if (seen.has(dir)) return;
  seen.add(dir);
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) await walk(full, realRoot, all, out, seen);
      continue;
    }
    if (entry.isSymbolicLink()) {
      const real = await resolveInside(realRoot, full);
      const s = await stat(real);
      if (s.isDirectory()) await walk(real, realRoot, all, out, seen);
      else if (s.isFile() && (all || YAML_FILE.test(entry.name))) out.push(real);
      continue;
    }
    if (entry.isFile() && (all || YAML_FILE.test(entry.name))) out.push(full);
  }
}

export interface FileSelection {
  root: string;
  files?: readonly string[] | undefined;
  globs?: readonly string[] | undefined;
}

/**
 * The files to update, as real paths, each once. Directories give their YAML files; globs match
 * paths relative to the root (`deploy/**\/*.yaml`).
 */
export async function selectFiles(
  selection: FileSelection,
): Promise<{ realRoot: string; files: string[]; named: Set<string> }> {
  const realRoot = await realpath(selection.root);
  const found: string[] = [];
  const named = new Set<string>();
  for (const p of selection.files ?? []) {
    const real = await resolveInside(realRoot, p);
    const s = await lstat(real);
    if (s.isDirectory()) await walk(real, realRoot, false, found, new Set());
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
    await walk(realRoot, realRoot, true, all, new Set());
    const patterns = globs.map((g) =>
      globToRegExp(path.posix.normalize(g.replaceAll('\\', '/')).replace(/^\.\//, '')),
    );
    for (const file of all) {
      const relative = path.relative(realRoot, file).split(path.sep).join('/');
      if (patterns.some((p) => p.test(relative))) found.push(file);
    }
  }
  return { realRoot, files: [...new Set(found)], named };
}
