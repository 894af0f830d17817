// Where the step may write in the clone: a rendered chart's filePath must stay inside the repository.
import { resolveInside } from '../../lib/util/paths';

/**
 * The path to write `filePath` to inside `dir`, refused when it leaves it: lexically (`../`), through a
 * symbolic link in an existing parent, or because the file itself is a link pointing outside.
 */
export async function writableInside(dir: string, filePath: string): Promise<string> {
  return resolveInside(dir, filePath, {
    what: `gitOpsUpdateDeployment: filePath '${filePath}'`,
    where: 'the GitOps repository',
  });
}
