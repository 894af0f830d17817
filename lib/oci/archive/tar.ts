// ferry's one tar reader: walks the headers of a tar file with positioned reads (never loading the
// archive) and records where each entry's data lives, so contents can be streamed by offset. Handles
// ustar, pax extended headers (long names, big sizes, owners) and GNU long names. Used for docker-archive
// sources and for ADD of local archives in the native builder.
import { open } from 'node:fs/promises';
import { posix } from 'node:path';
import { FerryError } from '../../util/errors';

const BLOCK = 512;

export interface TarEntry {
  /** The name as written, after pax/GNU long names (not normalised: callers decide what '..' means). */
  rawName: string;
  name: string;
  /** '0' file, '1' hard link, '2' symlink, '5' directory, other types kept as read. */
  type: string;
  /** Byte offset of the entry's data in the tar file. */
  offset: number;
  size: number;
  linkname: string;
  mode: number;
  uid: number;
  gid: number;
}

function readString(block: Buffer, start: number, length: number): string {
  const slice = block.subarray(start, start + length);
  const end = slice.indexOf(0);
  return slice.subarray(0, end < 0 ? slice.length : end).toString('utf8');
}

function readOctal(block: Buffer, start: number, length: number): number {
  // GNU base-256 for sizes over 8 GiB: high bit set in the first byte.
  const first = block[start] ?? 0;
  if (first & 0x80) {
    let value = first & 0x7f;
    for (let i = start + 1; i < start + length; i++) value = value * 256 + (block[i] ?? 0);
    return value;
  }
  const text = readString(block, start, length).trim();
  return text.length === 0 ? 0 : parseInt(text, 8);
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

function normalizeName(name: string): string {
  return posix.normalize(name.replace(/^\.\/+/, '')).replace(/\/$/, '');
}

function badTar(file: string, why: string): FerryError {
  return new FerryError(
    `Tarball ${file} cannot be read: ${why}. Give a tar made by 'docker save' or 'skopeo copy … docker-archive:FILE'.`,
    {
      code: 'PATH',
    },
  );
}

/** True when a 512-byte header's checksum is right (how a tar is told from other data). */
export function tarChecksumOk(header: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
  return sum === readOctal(header, 148, 8);
}

export interface ReadTarOptions {
  /** Makes the error for a damaged archive (default: a docker-archive message). */
  error?: (why: string) => FerryError;
}

/** Reads the headers of `file` and returns its entries in archive order (metadata entries folded in). */
export async function readTarEntries(file: string, options: ReadTarOptions = {}): Promise<TarEntry[]> {
  const fail = options.error ?? ((why: string) => badTar(file, why));
  const entries: TarEntry[] = [];
  const handle = await open(file, 'r');
  try {
    const { size: fileSize } = await handle.stat();
    const header = Buffer.alloc(BLOCK);
    let position = 0;
    let longName: string | undefined;
    let longLink: string | undefined;
    let pax: Record<string, string> = {};
    while (position + BLOCK <= fileSize) {
      const { bytesRead } = await handle.read(header, 0, BLOCK, position);
      if (bytesRead < BLOCK) throw fail('it ends inside a header');
      if (header.every((b) => b === 0)) break;
      if (!tarChecksumOk(header))
        throw fail(`the header at byte ${position} has a wrong checksum (not a tar file?)`);
      const type = readString(header, 156, 1) || '0';
      const meta = type === 'x' || type === 'L' || type === 'K' || type === 'g';
      const size = !meta && pax.size ? Number(pax.size) : readOctal(header, 124, 12);
      const dataOffset = position + BLOCK;
      position = dataOffset + Math.ceil(size / BLOCK) * BLOCK;
      if (position > fileSize + BLOCK) throw fail('it is truncated');
      if (type === 'x' || type === 'L' || type === 'K') {
        const data = Buffer.alloc(size);
        await handle.read(data, 0, size, dataOffset);
        if (type === 'x') pax = parsePax(data);
        else if (type === 'L') longName = data.toString('utf8').replace(/\0+$/, '');
        else longLink = data.toString('utf8').replace(/\0+$/, '');
        continue;
      }
      if (type === 'g') continue;
      const prefix = readString(header, 345, 155);
      const rawName =
        pax.path ??
        longName ??
        (prefix ? `${prefix}/${readString(header, 0, 100)}` : readString(header, 0, 100));
      const linkname = pax.linkpath ?? longLink ?? readString(header, 157, 100);
      entries.push({
        rawName,
        name: normalizeName(rawName),
        type: type === '\0' ? '0' : type,
        offset: dataOffset,
        size,
        linkname,
        mode: readOctal(header, 100, 8) & 0o7777,
        uid: pax.uid ? Number(pax.uid) : readOctal(header, 108, 8),
        gid: pax.gid ? Number(pax.gid) : readOctal(header, 116, 8),
      });
      longName = undefined;
      longLink = undefined;
      pax = {};
    }
  } finally {
    await handle.close();
  }
  return entries;
}

/** The entries of `file` by normalised name (the last one of a name wins). */
export async function indexTar(file: string): Promise<Map<string, TarEntry>> {
  return new Map((await readTarEntries(file)).map((e) => [e.name, e]));
}

/** Follows hard and symbolic links (as `docker save` and skopeo write them) to a regular file entry. */
export function resolveEntry(entries: Map<string, TarEntry>, name: string): TarEntry | undefined {
  let current = entries.get(normalizeName(name));
  for (let hops = 0; current && hops < 16; hops++) {
    if (current.type === '0' || current.type === '7') return current;
    if (current.type === '1') current = entries.get(normalizeName(current.linkname));
    else if (current.type === '2')
      current = entries.get(normalizeName(posix.join(posix.dirname(current.name), current.linkname)));
    else return undefined;
  }
  return undefined;
}
