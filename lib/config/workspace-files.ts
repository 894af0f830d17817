// Stage conditions' file patterns (lib/util/glob.ts syntax) over the workspace, bounded, skipping
// VCS and dependency folders, so `ferry stages` stays fast on a big repository.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { globToRegExp } from '../util/glob';

const SKIP = new Set(['.git', 'node_modules', '.pipeline']);
/** Entries (files and folders) looked at before the walk gives up, so a huge workspace stays fast. */
export const MAX_WORKSPACE_ENTRIES = 20_000;

export interface WorkspaceFiles {
  /** Workspace-relative, '/'-separated; per folder its files sorted, then its subfolders in order. */
  files: readonly string[];
  /** True when the walk stopped at `limit` entries: a file not listed may still exist. */
  truncated: boolean;
  limit: number;
}

/** Lists the workspace's files once, skipping VCS and dependency folders, up to `maxEntries` entries. */
export function listWorkspaceFiles(workspace: string, options: { maxEntries?: number } = {}): WorkspaceFiles {
  const limit = options.maxEntries ?? MAX_WORKSPACE_ENTRIES;
  const files: string[] = [];
  let seen = 0;
  let truncated = false;
  const walk = (dir: string, rel: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (++seen > limit) {
        truncated = true;
        return;
      }
      if (entry.isFile()) files.push(rel === '' ? entry.name : `${rel}/${entry.name}`);
    }
    for (const entry of entries) {
      if (truncated) return;
      if (!entry.isDirectory() || SKIP.has(entry.name)) continue;
      walk(join(dir, entry.name), rel === '' ? entry.name : `${rel}/${entry.name}`);
    }
  };
  walk(workspace, '');
  return { files, truncated, limit };
}

/** The first file (workspace-relative, `/`-separated, sorted walk) matching one of the patterns. */
export function findMatchingFile(workspace: string, patterns: readonly string[]): string | undefined {
  const regexps = patterns.map(globToRegExp);
  return listWorkspaceFiles(workspace).files.find((f) => regexps.some((r) => r.test(f)));
}
