// ADD of a local tar archive (plain or gzip) unpacks it, as Docker does: the archive is read as a tree of
// entries (modes and owners kept) whose contents stream from the tar file by offset, never extracted to disk.
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { readTarEntries, tarChecksumOk } from '../../oci/archive/tar';
import { FerryError } from '../../util/errors';
import { addMissingParents, type SourceEntry, type SourceTree } from './context';

const BLOCK = 512;

export type ArchiveKind = 'tar' | 'gzip' | 'other-compression' | 'none';

/** What a file is, by its first bytes (Docker decides by content, not by name). */
export async function archiveKind(file: string): Promise<ArchiveKind> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(BLOCK);
    const { bytesRead } = await handle.read(head, 0, BLOCK, 0);
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
    if (bytesRead >= 3 && head.subarray(0, 3).toString('latin1') === 'BZh') return 'other-compression';
    if (bytesRead >= 6 && head.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])))
      return 'other-compression';
    if (bytesRead >= 4 && head.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd])))
      return 'other-compression';
    if (bytesRead === BLOCK && head.subarray(257, 262).toString('latin1') === 'ustar' && tarChecksumOk(head))
      return 'tar';
    return 'none';
  } finally {
    await handle.close();
  }
}

function entryPath(name: string, archive: string): string {
  const cleaned = posix.normalize(`/${name}`).replace(/^\/+/, '').replace(/\/+$/, '');
  if (cleaned === '.' || cleaned === '') return '';
  if (cleaned.split('/').includes('..')) {
    throw new FerryError(
      `ADD ${archive}: entry '${name}' leaves the destination. Rebuild the archive without '..' paths.`,
      { code: 'BUILD', usage: true },
    );
  }
  return cleaned;
}

/** Reads a plain tar file into a tree; contents are opened by offset when the layer is written. */
async function readTar(tarFile: string, label: string): Promise<SourceTree> {
  const tree: SourceTree = new Map();
  const entries = await readTarEntries(tarFile, {
    error: (why) =>
      new FerryError(`ADD ${label}: the archive is damaged (${why}). Check the file.`, {
        code: 'BUILD',
        usage: true,
      }),
  });
  for (const item of entries) {
    const path = entryPath(item.rawName, label);
    if (path === '') continue;
    const base = { mode: item.mode, uid: item.uid, gid: item.gid };
    let entry: SourceEntry | undefined;
    if (item.type === '0' || item.type === '7') {
      const { offset, size } = item;
      entry = {
        type: 'file',
        ...base,
        size,
        open: () => createReadStream(tarFile, { start: offset, end: offset + size - 1 }),
      };
    } else if (item.type === '5') {
      entry = { type: 'dir', ...base, size: 0 };
    } else if (item.type === '2') {
      entry = { type: 'symlink', ...base, mode: 0o777, size: 0, linkTarget: item.linkname };
    } else if (item.type === '1') {
      // A hard link becomes a copy of what it links to: layers made here carry no hard links.
      const target = tree.get(entryPath(item.linkname, label));
      if (target?.type === 'file') entry = { ...target, ...base };
    }
    // Devices, fifos and the like are not content: Docker skips them in an unprivileged build as well.
    if (entry) tree.set(path, entry);
  }
  addMissingParents(tree);
  return tree;
}

/**
 * The tree of a local archive for ADD, or undefined when the file is not one (ADD then copies it as is).
 * gzip archives are decompressed into `workDir` first; bzip2, xz and zstd are refused with a hint.
 */
export async function readArchive(
  file: string,
  label: string,
  workDir: string,
): Promise<SourceTree | undefined> {
  const kind = await archiveKind(file);
  if (kind === 'none') return undefined;
  if (kind === 'other-compression') {
    throw new FerryError(
      `ADD ${label}: the native builder unpacks plain and gzip tar archives only (this one is bzip2, xz or zstd). Recompress it with gzip, or set builder: buildah.`,
      { code: 'BUILD', usage: true },
    );
  }
  if (kind === 'tar') return readTar(file, label);
  const tar = join(workDir, `.add-${randomBytes(8).toString('hex')}.tar`);
  await pipeline(createReadStream(file), createGunzip(), createWriteStream(tar));
  // A gzip'd file that is not a tar is copied as it is, as Docker does.
  return (await archiveKind(tar)) === 'tar' ? readTar(tar, label) : undefined;
}
