// ferry's one tar writer: streams ustar, with PAX records for long names, big sizes and non-ASCII, and
// emits exactly the bytes its entries describe (no user names, no host times), so layers and archives are
// reproducible. Used by the native builder's layers and by oci-archive/docker-archive targets.
import type { Readable } from 'node:stream';
import { FerryError } from '../../util/errors';

export type TarWriteEntryType = 'file' | 'dir' | 'symlink';

export interface TarWriteEntry {
  /** Path inside the image, relative to `/`, no leading or trailing slash. */
  path: string;
  type: TarWriteEntryType;
  /** Permission bits (0o7777 range). */
  mode: number;
  uid: number;
  gid: number;
  /** Seconds since the epoch. */
  mtime: number;
  /** Bytes of a file's content (0 for others). */
  size: number;
  /** Target of a symlink. */
  linkTarget?: string;
  /** Opens a file's content; it must yield exactly `size` bytes. */
  open?: () => Readable;
}

const BLOCK = 512;
const ZERO_BLOCK = Buffer.alloc(BLOCK, 0);

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function fits(value: number, width: number): boolean {
  return value >= 0 && value < 8 ** (width - 1);
}

function isAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

/** Splits a long path into ustar's prefix (≤155 bytes) and name (≤100 bytes), or undefined. */
function splitUstarName(name: string): { prefix: string; name: string } | undefined {
  if (Buffer.byteLength(name) <= 100) return { prefix: '', name };
  for (let i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) {
    const prefix = name.slice(0, i);
    const rest = name.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100 && rest.length > 0)
      return { prefix, name: rest };
  }
  return undefined;
}

function header(fields: {
  name: string;
  prefix: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtime: number;
  typeflag: string;
  linkname: string;
}): Buffer {
  const block = Buffer.alloc(BLOCK, 0);
  block.write(fields.name, 0, 100, 'utf8');
  block.write(octal(fields.mode, 8), 100, 8, 'ascii');
  block.write(octal(fields.uid, 8), 108, 8, 'ascii');
  block.write(octal(fields.gid, 8), 116, 8, 'ascii');
  block.write(octal(fields.size, 12), 124, 12, 'ascii');
  block.write(octal(fields.mtime, 12), 136, 12, 'ascii');
  block.write('        ', 148, 8, 'ascii');
  block.write(fields.typeflag, 156, 1, 'ascii');
  block.write(fields.linkname, 157, 100, 'utf8');
  block.write('ustar\0', 257, 6, 'ascii');
  block.write('00', 263, 2, 'ascii');
  block.write(octal(0, 8), 329, 8, 'ascii');
  block.write(octal(0, 8), 337, 8, 'ascii');
  block.write(fields.prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return block;
}

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body);
  let total = length + String(length).length;
  // The length counts its own digits; one adjustment settles it.
  if (String(total).length !== String(length).length) total = length + String(total).length;
  length = total;
  return `${length}${body}`;
}

function padding(size: number): Buffer {
  const rest = size % BLOCK;
  return rest === 0 ? Buffer.alloc(0) : Buffer.alloc(BLOCK - rest, 0);
}

/** The header block(s) of one entry: a PAX extended header first when ustar cannot hold it. */
export function entryHeader(entry: TarWriteEntry): Buffer {
  const name = entry.type === 'dir' ? `${entry.path}/` : entry.path;
  const linkname = entry.linkTarget ?? '';
  const size = entry.type === 'file' ? entry.size : 0;
  const pax: string[] = [];
  let split = isAscii(name) ? splitUstarName(name) : undefined;
  if (!split) {
    pax.push(paxRecord('path', name));
    split = {
      prefix: '',
      name: Buffer.from(name)
        .subarray(0, 100)
        .toString('latin1')
        .replace(/[^\x20-\x7e]/g, '_'),
    };
  }
  let link = linkname;
  if (!isAscii(linkname) || Buffer.byteLength(linkname) > 100) {
    pax.push(paxRecord('linkpath', linkname));
    link = '';
  }
  if (!fits(size, 12)) pax.push(paxRecord('size', String(size)));
  if (!fits(entry.uid, 8)) pax.push(paxRecord('uid', String(entry.uid)));
  if (!fits(entry.gid, 8)) pax.push(paxRecord('gid', String(entry.gid)));
  const typeflag = entry.type === 'file' ? '0' : entry.type === 'dir' ? '5' : '2';
  const main = header({
    name: split.name,
    prefix: split.prefix,
    mode: entry.mode & 0o7777,
    uid: fits(entry.uid, 8) ? entry.uid : 0,
    gid: fits(entry.gid, 8) ? entry.gid : 0,
    size: fits(size, 12) ? size : 0,
    mtime: entry.mtime,
    typeflag,
    linkname: link,
  });
  if (pax.length === 0) return main;
  const body = Buffer.from(pax.join(''), 'utf8');
  const paxHeader = header({
    name: 'PaxHeader',
    prefix: '',
    mode: 0o644,
    uid: 0,
    gid: 0,
    size: body.length,
    mtime: entry.mtime,
    typeflag: 'x',
    linkname: '',
  });
  return Buffer.concat([paxHeader, body, padding(body.length), main]);
}

/**
 * Yields the tar archive of `entries` in the order given, file contents streamed, then the two zero
 * blocks that end an archive. A file whose content is not `size` bytes fails (it changed during the build).
 */
export async function* tarStream(entries: Iterable<TarWriteEntry>): AsyncGenerator<Buffer> {
  for (const entry of entries) {
    yield entryHeader(entry);
    if (entry.type !== 'file' || entry.size === 0) continue;
    if (!entry.open) throw new Error(`tar entry ${entry.path} has no content`);
    let seen = 0;
    for await (const chunk of entry.open()) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      seen += buffer.length;
      if (seen > entry.size) break;
      yield buffer;
    }
    if (seen !== entry.size) {
      throw new FerryError(
        `Build context file ${entry.path} changed while it was being read (${seen} bytes instead of ${entry.size}). Make sure nothing writes to the build context during the build.`,
        { code: 'BUILD' },
      );
    }
    const pad = padding(entry.size);
    if (pad.length) yield pad;
  }
  yield ZERO_BLOCK;
  yield ZERO_BLOCK;
}
