// The build context as the native builder sees it: `.dockerignore` rules (with `!` exceptions and `**`),
// a walk of the context into a tree of entries, and Docker's glob matching for COPY sources.
import { createReadStream } from 'node:fs';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { Readable } from 'node:stream';
import { FerryError, errorMessage } from '../../util/errors';

export interface SourceEntry {
  type: 'file' | 'dir' | 'symlink';
  /** Permission bits. */
  mode: number;
  size: number;
  uid: number;
  gid: number;
  linkTarget?: string;
  open?: () => Readable;
  /** The file on disk, for a build-context file (ADD reads archives from it). */
  hostPath?: string;
}

/** Files by path relative to a root (`a/b.txt`, no leading slash; the root itself is ''). */
export type SourceTree = Map<string, SourceEntry>;

interface IgnoreRule {
  pattern: string;
  regex: RegExp;
  exception: boolean;
}

/** Converts a Docker/Go glob (`*`, `?`, `[a-z]`, `[^a]`, `\x`, `**`) to an anchored RegExp over `/` paths. */
export function globToRegExp(pattern: string): RegExp {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] ?? '';
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        const atStart = i === 0 || pattern[i - 1] === '/';
        if (pattern[i + 2] === '/' && atStart) {
          out += '(?:.*/)?';
          i += 3;
          continue;
        }
        out += '.*';
        i += 2;
        continue;
      }
      out += '[^/]*';
      i++;
      continue;
    }
    if (ch === '?') {
      out += '[^/]';
      i++;
      continue;
    }
    if (ch === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0)
        throw new FerryError(
          `Invalid pattern '${pattern}': unclosed '['. Close the character class or escape it as \\[.`,
          { code: 'BUILD', usage: true },
        );
      let body = pattern.slice(i + 1, close);
      if (body.startsWith('^') || body.startsWith('!')) body = `^${body.slice(1)}`;
      out += `[${body}]`;
      i = close + 1;
      continue;
    }
    if (ch === '\\' && i + 1 < pattern.length) {
      out += escapeRegExp(pattern[i + 1] ?? '');
      i += 2;
      continue;
    }
    out += escapeRegExp(ch);
    i++;
  }
  return new RegExp(`^${out}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function hasGlob(text: string): boolean {
  return /[*?[\\]/.test(text);
}

/** Cleans a path as Go's filepath.Clean would, relative, without a leading `/` ('' for the root). */
export function cleanRelative(path: string): string {
  const cleaned = posix.normalize(`/${path}`).replace(/^\/+/, '').replace(/\/+$/, '');
  return cleaned === '.' ? '' : cleaned;
}

/** `.dockerignore` rules: last match wins; a rule matching a parent directory matches what it holds. */
export class DockerIgnore {
  private readonly rules: IgnoreRule[];

  constructor(text: string) {
    this.rules = [];
    for (const line of text.split(/\r?\n/)) {
      let pattern = line.trim();
      if (pattern === '' || pattern.startsWith('#')) continue;
      const exception = pattern.startsWith('!');
      if (exception) pattern = pattern.slice(1).trim();
      pattern = cleanRelative(pattern);
      if (pattern === '') continue;
      this.rules.push({ pattern, regex: globToRegExp(pattern), exception });
    }
  }

  get hasExceptions(): boolean {
    return this.rules.some((r) => r.exception);
  }

  /** True when the relative path is excluded from the context. */
  excludes(path: string): boolean {
    const parents: string[] = [];
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) parents.push(parts.slice(0, i).join('/'));
    let excluded = false;
    for (const rule of this.rules) {
      if (parents.some((p) => rule.regex.test(p))) excluded = !rule.exception;
    }
    return excluded;
  }
}

/** Reads `<dockerfile>.dockerignore` (preferred, as BuildKit does) or `<context>/.dockerignore`. */
export async function loadDockerIgnore(contextDir: string, dockerfilePath?: string): Promise<DockerIgnore> {
  const candidates = [
    dockerfilePath ? `${dockerfilePath}.dockerignore` : undefined,
    join(contextDir, '.dockerignore'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      return new DockerIgnore(await readFile(candidate, 'utf8'));
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
    }
  }
  return new DockerIgnore('');
}

/** Walks the context directory into a tree, leaving out what `.dockerignore` excludes. */
export async function readContext(contextDir: string, ignore: DockerIgnore): Promise<SourceTree> {
  const tree: SourceTree = new Map();
  let rootStat;
  try {
    rootStat = await lstat(contextDir);
  } catch (error) {
    throw new FerryError(
      `Build context ${contextDir} cannot be read: ${errorMessage(error)}. Set buildContext to an existing directory.`,
      {
        code: 'BUILD',
        usage: true,
        cause: error,
      },
    );
  }
  if (!rootStat.isDirectory()) {
    throw new FerryError(`Build context ${contextDir} is not a directory. Set buildContext to a directory.`, {
      code: 'BUILD',
      usage: true,
    });
  }
  tree.set('', { type: 'dir', mode: rootStat.mode & 0o7777, size: 0, uid: 0, gid: 0 });
  const walk = async (relative: string): Promise<void> => {
    const names = (await readdir(join(contextDir, relative))).sort();
    for (const name of names) {
      const path = relative ? `${relative}/${name}` : name;
      const excluded = ignore.excludes(path);
      const host = join(contextDir, path);
      const stat = await lstat(host);
      if (stat.isDirectory()) {
        // An excluded directory is still walked when an exception could bring something inside back.
        if (excluded && !ignore.hasExceptions) continue;
        if (!excluded) tree.set(path, { type: 'dir', mode: stat.mode & 0o7777, size: 0, uid: 0, gid: 0 });
        await walk(path);
        continue;
      }
      if (excluded) continue;
      if (stat.isSymbolicLink()) {
        tree.set(path, {
          type: 'symlink',
          mode: 0o777,
          size: 0,
          uid: 0,
          gid: 0,
          linkTarget: await readlink(host),
        });
      } else if (stat.isFile()) {
        tree.set(path, {
          type: 'file',
          mode: stat.mode & 0o7777,
          size: stat.size,
          uid: 0,
          gid: 0,
          open: () => createReadStream(host),
          hostPath: host,
        });
      }
      // Sockets, fifos and devices are not content: Docker skips them too.
    }
  };
  await walk('');
  // Directories left out but holding re-included files come back, so the layer has their parents.
  addMissingParents(tree);
  return tree;
}

/** Adds a plain 0755 directory for every parent a path in the tree has but the tree lacks. */
export function addMissingParents(tree: SourceTree): void {
  for (const path of [...tree.keys()]) {
    for (
      let parent = posix.dirname(path);
      parent !== '.' && !tree.has(parent);
      parent = posix.dirname(parent)
    ) {
      tree.set(parent, { type: 'dir', mode: 0o755, size: 0, uid: 0, gid: 0 });
    }
  }
}

/** Paths in the tree the COPY source names: one exact path, or every glob match, sorted. */
export function matchSources(tree: SourceTree, source: string): string[] {
  const path = cleanRelative(source);
  if (!hasGlob(path)) return tree.has(path) ? [path] : [];
  const regex = globToRegExp(path);
  return [...tree.keys()].filter((p) => p !== '' && regex.test(p)).sort();
}

/** Follows symlinks inside the tree (a COPY source that is a link copies what it points at). */
export function resolveInTree(
  tree: SourceTree,
  path: string,
): { path: string; entry: SourceEntry } | undefined {
  let current = path;
  for (let hops = 0; hops < 40; hops++) {
    const entry = tree.get(current);
    if (!entry) return undefined;
    if (entry.type !== 'symlink') return { path: current, entry };
    const target = entry.linkTarget ?? '';
    current = cleanRelative(target.startsWith('/') ? target : posix.join(posix.dirname(current), target));
  }
  return undefined;
}

/** Paths under `dir` (exclusive), sorted. */
export function descendants(tree: SourceTree, dir: string): string[] {
  const prefix = dir === '' ? '' : `${dir}/`;
  return [...tree.keys()].filter((p) => p !== dir && p.startsWith(prefix)).sort();
}
