// Where the step may write in the clone: a rendered chart's filePath must stay inside the repository.
import { realpath } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { FerryError } from '../../lib/util/errors';

/**
 * The path to write `filePath` to inside `dir`, refused when it leaves it: lexically (`../`), through a
 * symbolic link in an existing parent, or because the file itself is a link pointing outside.
 */
export async function writableInside(dir: string, filePath: string): Promise<string> {
  const refuse = (): FerryError =>
    new FerryError(
      `gitOpsUpdateDeployment: filePath '${filePath}' is outside the GitOps repository. Give a path inside it.`,
      { code: 'PATH', usage: true },
    );
  const root = await realpath(dir);
  const inside = (candidate: string): boolean => candidate === root || candidate.startsWith(root + sep);
  const target = resolve(root, filePath);
  if (!inside(target)) throw refuse();
  for (let existing = target; ; existing = dirname(existing)) {
    const real = await realpath(existing).catch(() => undefined);
    if (real === undefined) continue;
    if (!inside(real)) throw refuse();
    return target;
  }
}
