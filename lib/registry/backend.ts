// Byte storage of the embedded registry, on disk or in memory: content-addressed blobs (each stored once,
// whatever repositories link it), upload spools, and the small link files that record repositories.
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { Readable, Writable } from 'node:stream';

/** Where an upload's bytes go until the digest is known. */
export interface UploadSpool {
  /** A stream that appends to the spool; the caller pipes into it and awaits its finish. */
  writer(): Writable;
  /** Makes the spooled bytes the blob `digest` (content-addressed, shared by every repository). */
  commit(digest: string): Promise<void>;
  discard(): Promise<void>;
}

/** A repository as persisted: linked blobs, manifests (digest → media type), tags (tag → digest). */
export interface PersistedRepository {
  blobs: string[];
  manifests: Map<string, string>;
  tags: Map<string, string>;
}

export type LinkKind = 'blobs' | 'manifests' | 'tags';

export interface Backend {
  /** Size of a stored blob, undefined when absent. */
  blobSize(digest: string): Promise<number | undefined>;
  /** Bytes `start..end` (inclusive) of a blob. */
  blobStream(digest: string, start: number, end: number): Readable;
  blobBytes(digest: string): Promise<Buffer>;
  /** Stores small content (manifests) whose digest the caller computed. */
  blobWrite(digest: string, bytes: Buffer): Promise<void>;
  createSpool(): Promise<UploadSpool>;
  /** Records a link: `value` is the media type of a manifest, the digest of a tag, '' for a blob. */
  linkSet(repository: string, kind: LinkKind, key: string, value: string): Promise<void>;
  linkDelete(repository: string, kind: LinkKind, key: string): Promise<void>;
  load(): Promise<Map<string, PersistedRepository>>;
}

// ---- memory ---------------------------------------------------------------------------------------

export function createMemoryBackend(): Backend {
  const blobs = new Map<string, Buffer>();
  return {
    blobSize: (digest) => Promise.resolve(blobs.get(digest)?.length),
    blobStream(digest, start, end) {
      const bytes = blobs.get(digest) ?? Buffer.alloc(0);
      return Readable.from([bytes.subarray(start, end + 1)]);
    },
    blobBytes: (digest) => Promise.resolve(blobs.get(digest) ?? Buffer.alloc(0)),
    blobWrite(digest, bytes) {
      blobs.set(digest, bytes);
      return Promise.resolve();
    },
    createSpool() {
      let chunks: Buffer[] = [];
      return Promise.resolve({
        writer() {
          return new Writable({
            write(chunk: Buffer, _encoding, callback) {
              chunks.push(chunk);
              callback();
            },
          });
        },
        commit(digest) {
          if (!blobs.has(digest)) blobs.set(digest, Buffer.concat(chunks));
          chunks = [];
          return Promise.resolve();
        },
        discard() {
          chunks = [];
          return Promise.resolve();
        },
      });
    },
    // Memory holds repositories in the registry's own maps: nothing to persist.
    linkSet: () => Promise.resolve(),
    linkDelete: () => Promise.resolve(),
    load: () => Promise.resolve(new Map()),
  };
}

// ---- disk -----------------------------------------------------------------------------------------
//
// root/blobs/<algorithm>/<hex>                           content, written once by rename
// root/uploads/<random>                                  spools of uploads in progress
// root/repositories/<name>/_blobs/<algorithm>/<hex>      empty: the blob is linked in <name>
// root/repositories/<name>/_manifests/<algorithm>/<hex>  the manifest's media type
// root/repositories/<name>/_tags/<tag>                   the digest the tag points at
// Repository path components start with [a-z0-9], so `_blobs` can never be a nested repository.

const LINK_DIRS: Record<LinkKind, string> = { blobs: '_blobs', manifests: '_manifests', tags: '_tags' };

function digestPath(digest: string): string {
  const colon = digest.indexOf(':');
  return join(digest.slice(0, colon), digest.slice(colon + 1));
}

/** Writes a file so that readers see the old or the new content, never half of it. */
async function writeAtomic(path: string, content: string | Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // Tags and digests never start with '.', so a temp name can never be read back as a link.
  const temp = join(dirname(path), `.tmp-${randomBytes(6).toString('hex')}`);
  await writeFile(temp, content);
  await rename(temp, path);
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
  } catch {
    return [];
  }
}

export async function createDiskBackend(root: string): Promise<Backend> {
  const blobsDir = join(root, 'blobs');
  const uploadsDir = join(root, 'uploads');
  const reposDir = join(root, 'repositories');
  // Spools of a previous run cannot be resumed (their hash state was in memory).
  await rm(uploadsDir, { recursive: true, force: true });
  await mkdir(uploadsDir, { recursive: true });
  await mkdir(blobsDir, { recursive: true });
  await mkdir(reposDir, { recursive: true });

  const blobFile = (digest: string): string => join(blobsDir, digestPath(digest));
  const linkFile = (repository: string, kind: LinkKind, key: string): string =>
    join(reposDir, ...repository.split('/'), LINK_DIRS[kind], kind === 'tags' ? key : digestPath(key));

  return {
    async blobSize(digest) {
      try {
        return (await stat(blobFile(digest))).size;
      } catch {
        return undefined;
      }
    },
    blobStream(digest, start, end) {
      if (end < start) return Readable.from([]);
      return createReadStream(blobFile(digest), { start, end });
    },
    blobBytes: (digest) => readFile(blobFile(digest)),
    async blobWrite(digest, bytes) {
      if (!(await exists(blobFile(digest)))) await writeAtomic(blobFile(digest), bytes);
    },
    async createSpool() {
      const file = join(uploadsDir, randomBytes(12).toString('hex'));
      await writeFile(file, '');
      return {
        writer() {
          // A file stream keeps memory bounded: its backpressure reaches the client's socket.
          return createWriteStream(file, { flags: 'a' });
        },
        async commit(digest) {
          const target = blobFile(digest);
          await mkdir(dirname(target), { recursive: true });
          // rename is atomic: parallel uploads of the same content each replace it with identical bytes.
          await rename(file, target);
        },
        async discard() {
          await rm(file, { force: true });
        },
      };
    },
    async linkSet(repository, kind, key, value) {
      await writeAtomic(linkFile(repository, kind, key), value);
    },
    async linkDelete(repository, kind, key) {
      try {
        await unlink(linkFile(repository, kind, key));
      } catch {
        // already gone
      }
    },
    async load() {
      const repositories = new Map<string, PersistedRepository>();
      const get = (name: string): PersistedRepository => {
        let repository = repositories.get(name);
        if (!repository) {
          repository = { blobs: [], manifests: new Map(), tags: new Map() };
          repositories.set(name, repository);
        }
        return repository;
      };
      for (const file of await listFiles(reposDir)) {
        const parts = file.split('/');
        const at = parts.findIndex((p) => p.startsWith('_'));
        if (at <= 0) continue;
        const name = parts.slice(0, at).join('/');
        const kind = parts[at];
        const rest = parts.slice(at + 1);
        const path = join(reposDir, ...parts);
        if (kind === LINK_DIRS.tags && rest.length === 1 && rest[0]) {
          get(name).tags.set(rest[0], (await readFile(path, 'utf8')).trim());
        } else if (rest.length === 2) {
          const digest = `${rest[0]}:${rest[1]}`;
          if (kind === LINK_DIRS.blobs) get(name).blobs.push(digest);
          else if (kind === LINK_DIRS.manifests)
            get(name).manifests.set(digest, (await readFile(path, 'utf8')).trim());
        }
      }
      return repositories;
    },
  };
}
