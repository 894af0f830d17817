// Stage conditions' file patterns (lib/util/glob.ts syntax) over the workspace, bounded, skipping
// VCS and dependency folders, so `ferry stages` stays fast on a big repository.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { globToRegExp } from '../lib/util/glob';

export { globToRegExp };

const SKIP = new Set(['.git', 'node_modules', '.pipeline']);
const MAX_ENTRIES = 20_000;

/** The first file (workspace-relative, `/`-separated, sorted walk) matching one of the patterns. */
export function findMatchingFile(workspace: string, patterns: readonly string[]): string | undefined {
  const regexps = patterns.map(globToRegExp);
  let seen = 0;
  const walk = (dir: string, rel: string): string | undefined => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return undefined;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (++seen > MAX_ENTRIES) return undefined;
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isFile() && regexps.some((r) => r.test(path))) return path;
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || SKIP.has(entry.name)) continue;
      const found = walk(join(dir, entry.name), rel === '' ? entry.name : `${rel}/${entry.name}`);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return walk(workspace, '');
}
