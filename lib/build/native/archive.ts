// ADD of a local tar archive (plain or gzip) unpacks it, as Docker does: the archive is read as a tree of
// entries (modes and owners kept) whose contents stream from the tar file by offset, never extracted to disk.
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { FerryError } from '../../util/errors';
import type { SourceEntry, SourceTree } from './context';

const BLOCK = 512;

export type ArchiveKind = 'tar' | 'gzip' | 'other-compression' | 'none';

function readString(block: Buffer, start: number, length: number): string {
  const slice = block.subarray(start, start + length);
  const end = slice.indexOf(0);
  return slice.subarray(0, end < 0 ? slice.length : end).toString('utf8');
}

function readOctal(block: Buffer, start: number, length: number): number {
  const first = block[start] ?? 0;
  if (first & 0x80) {
    let value = first & 0x7f;
    for (let i = start + 1; i < start + length; i++) value = value * 256 + (block[i] ?? 0);
    return value;
  }
  const text = readString(block, start, length).trim();
  return text.length === 0 ? 0 : parseInt(text, 8);
}

function checksumOk(block: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
  return sum === readOctal(block, 148, 8);
}

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
    if (bytesRead === BLOCK && head.subarray(257, 262).toString('latin1') === 'ustar' && checksumOk(head))
      return 'tar';
    return 'none';
  } finally {
    await handle.close();
  }
}

function parsePax(data: Buffer): Record<string, string> {
  const records: Record<string, string> = {};
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    if (space < 0) break;
    const length = parseInt(data.subarray(at, space).toString('ascii'), 10);
    if (!Number.isFinite(length) || length <= 0) break;
    const record = data.subarray(space + 1, at + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) records[record.slice(0, eq)] = record.slice(eq + 1);
    at += length;
  }
  return records;
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
  const handle = await open(tarFile, 'r');
  try {
    const { size: fileSize } = await handle.stat();
    const header = Buffer.alloc(BLOCK);
    let position = 0;
    let pax: Record<string, string> = {};
    let longName: string | undefined;
    let longLink: string | undefined;
    while (position + BLOCK <= fileSize) {
      await handle.read(header, 0, BLOCK, position);
      if (header.every((b) => b === 0)) break;
      if (!checksumOk(header))
        throw new FerryError(`ADD ${label}: the archive is damaged at byte ${position}. Check the file.`, {
          code: 'BUILD',
          usage: true,
        });
      const type = readString(header, 156, 1) || '0';
      const meta = type === 'x' || type === 'g' || type === 'L' || type === 'K';
      const size = !meta && pax.size ? Number(pax.size) : readOctal(header, 124, 12);
      const offset = position + BLOCK;
      position = offset + Math.ceil(size / BLOCK) * BLOCK;
      if (meta) {
        if (type === 'g') continue;
        const data = Buffer.alloc(size);
        await handle.read(data, 0, size, offset);
        if (type === 'x') pax = parsePax(data);
        else if (type === 'L') longName = data.toString('utf8').replace(/\0+$/, '');
        else longLink = data.toString('utf8').replace(/\0+$/, '');
        continue;
      }
      const prefix = readString(header, 345, 155);
      const name =
        pax.path ??
        longName ??
        (prefix ? `${prefix}/${readString(header, 0, 100)}` : readString(header, 0, 100));
      const linkname = pax.linkpath ?? longLink ?? readString(header, 157, 100);
      const base = {
        mode: readOctal(header, 100, 8) & 0o7777,
        uid: pax.uid ? Number(pax.uid) : readOctal(header, 108, 8),
        gid: pax.gid ? Number(pax.gid) : readOctal(header, 116, 8),
      };
      pax = {};
      longName = undefined;
      longLink = undefined;
      const path = entryPath(name, label);
      if (path === '') continue;
      let entry: SourceEntry | undefined;
      if (type === '0' || type === '7' || type === '\0') {
        const end = offset + size - 1;
        entry = {
          type: 'file',
          ...base,
          size,
          open: () => createReadStream(tarFile, { start: offset, end }),
        };
      } else if (type === '5') {
        entry = { type: 'dir', ...base, size: 0 };
      } else if (type === '2') {
        entry = { type: 'symlink', ...base, mode: 0o777, size: 0, linkTarget: linkname };
      } else if (type === '1') {
        // A hard link becomes a copy of what it links to: layers made here carry no hard links.
        const target = tree.get(entryPath(linkname, label));
        if (target?.type === 'file') entry = { ...target, ...base };
      }
      // Devices, fifos and the like are not content: Docker skips them in an unprivileged build as well.
      if (entry) tree.set(path, entry);
    }
  } finally {
    await handle.close();
  }
  for (const path of [...tree.keys()]) {
    for (
      let parent = posix.dirname(path);
      parent !== '.' && !tree.has(parent);
      parent = posix.dirname(parent)
    ) {
      tree.set(parent, { type: 'dir', mode: 0o755, size: 0, uid: 0, gid: 0 });
    }
  }
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
