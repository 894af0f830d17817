// A source workspace for step tests: files written under a fresh directory, committed to git by a fixed
// author (and, when asked, at a fixed time, so builds and SBOMs are reproducible).
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface WorkspaceOptions {
  /** Commit time as Unix seconds (UTC); git's clock when absent. */
  commitTime?: number;
  /** `origin` remote to add before the commit. */
  remote?: string;
  /** Commit subject; 'initial' by default. */
  message?: string;
}

/** git run in `dir` as the fixed test author; returns its standard output. */
export function gitIn(dir: string, args: readonly string[], options: WorkspaceOptions = {}): string {
  const date = options.commitTime !== undefined ? `${options.commitTime} +0000` : undefined;
  return execFileSync('git', ['-C', dir, ...args], {
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e',
      ...(date !== undefined ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
    encoding: 'utf8',
    stdio: 'pipe',
  });
}

/** Writes `files` (paths relative, folders made) and commits them on `main` of a new repository in `dir`. */
export async function commitWorkspace(
  dir: string,
  files: Readonly<Record<string, string>>,
  options: WorkspaceOptions = {},
): Promise<string> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  gitIn(dir, ['init', '-q', '-b', 'main'], options);
  if (options.remote !== undefined) gitIn(dir, ['remote', 'add', 'origin', options.remote], options);
  gitIn(dir, ['add', '-A'], options);
  gitIn(dir, ['commit', '-q', '-m', options.message ?? 'initial'], options);
  return dir;
}

/** A fresh directory under `parent` holding `files`, committed (see commitWorkspace). */
export async function newWorkspace(
  parent: string,
  files: Readonly<Record<string, string>>,
  options: WorkspaceOptions = {},
): Promise<string> {
  return commitWorkspace(await mkdtemp(join(parent, 'ws-')), files, options);
}
