// "This path stays inside that directory", checked once for every step: lexically (`../`, an absolute
// path elsewhere) and through symbolic links (a link in the path, or the file itself, pointing out).
import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { FerryError } from './errors';

export interface ResolveInsideOptions {
  /** How the path is named in messages, e.g. `dockerfilePath 'Dockerfile'`. */
  what: string;
  /** How the directory is named in messages, e.g. `the workspace`. */
  where: string;
}

/** True when `candidate` is `root` or below it, compared as written (no links followed). */
export function isInside(candidate: string, root: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The absolute path of `path` (relative to `root`, or absolute) when it stays inside `root`, also
 * after following symbolic links; the file need not exist yet (its nearest existing parent is
 * checked). Refused with a PATH usage error that says what to give instead.
 */
export async function resolveInside(
  root: string,
  path: string,
  options: ResolveInsideOptions,
): Promise<string> {
  const refuse = (how: string): FerryError =>
    new FerryError(`${options.what} is outside ${options.where}${how}. Give a path inside it.`, {
      code: 'PATH',
      usage: true,
    });
  const lexicalRoot = resolve(root);
  const target = isAbsolute(path) ? resolve(path) : resolve(lexicalRoot, path);
  const realRoot = await realpath(lexicalRoot).catch(() => lexicalRoot);
  // The root itself may sit behind a link (/tmp on macOS): compare in both spellings.
  if (!isInside(target, lexicalRoot) && !isInside(target, realRoot)) throw refuse('');
  for (let existing = target; ; existing = dirname(existing)) {
    const real = await realpath(existing).catch(() => undefined);
    if (real === undefined) {
      if (dirname(existing) === existing) return target;
      continue;
    }
    if (!isInside(real, realRoot)) throw refuse(` (through a symbolic link to ${real})`);
    return target;
  }
}
