// `oci-archive:FILE[:TAG]` (skopeo's spelling): an OCI image layout in one tar file. As a source it is
// read in place: the tar's headers are indexed once, then index.json, manifests and blobs are read or
// streamed from their offsets (nothing unpacked, memory bounded by the entry list). As a target a
// temporary layout is filled by the copy and then written into FILE in one rename.
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { FerryError } from '../../util/errors';
import { LayoutReader, openLayout, type LayoutRepository } from '../layout/store';
import type { Descriptor, OpenBlob, Repository } from '../types';
import { readTarEntries, resolveEntry, type TarEntry } from './tar';
import { isTag } from '../reference';

export const OCI_ARCHIVE_PREFIX = 'oci-archive:';

export interface OciArchiveReference {
  file: string;
  tag?: string;
}

/** The files of an OCI image layout; anything else in the tar is ignored. */
const LAYOUT_ENTRY = /^(?:oci-layout|index\.json|blobs\/[a-z0-9]+\/[a-f0-9]{32,128})$/;

function invalidOciArchiveReference(text: string, why: string): FerryError {
  return new FerryError(
    `Invalid oci-archive reference '${text}': ${why}. Expected oci-archive:FILE[:TAG], e.g. oci-archive:./image.tar:1.0.`,
    { code: 'REFERENCE', usage: true },
  );
}

/** Parses `oci-archive:FILE[:TAG]`; a ':' is the tag separator only after the last '/'. */
export function parseOciArchiveReference(text: string): OciArchiveReference {
  if (!text.startsWith(OCI_ARCHIVE_PREFIX))
    throw invalidOciArchiveReference(text, `it does not start with '${OCI_ARCHIVE_PREFIX}'`);
  const rest = text.slice(OCI_ARCHIVE_PREFIX.length);
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    const file = rest.slice(0, colon);
    const tag = rest.slice(colon + 1);
    if (!isTag(tag))
      throw invalidOciArchiveReference(
        text,
        `tag '${tag}' is not valid (letters, digits, '_', '.', '-'; at most 128)`,
      );
    if (!file) throw invalidOciArchiveReference(text, 'the file name is empty');
    return { file, tag };
  }
  if (!rest) throw invalidOciArchiveReference(text, 'the file name is empty');
  return { file: rest };
}

/** A layout in a temporary directory, removed by `close`. */
export interface TemporaryLayout {
  layout: LayoutRepository;
  directory: string;
  close(): Promise<void>;
}

async function temporaryDirectory(near: string | undefined): Promise<string> {
  // Next to the target file when there is one, so the tar is written on the file system it ends up on.
  return mkdtemp(join(near ?? tmpdir(), '.ferry-oci-archive-'));
}

function readOnly(file: string): FerryError {
  return new FerryError(
    `oci-archive:${file} is opened as a source and cannot be written. Name it as DST to write an archive.`,
    { code: 'USAGE', usage: true },
  );
}

/** An oci-archive read in place: a LayoutReader whose files are tar entries, read by offset. */
export class OciArchiveRepository extends LayoutReader {
  readonly display: string;
  readonly path: string;

  constructor(
    readonly file: string,
    private readonly entries: ReadonlyMap<string, TarEntry>,
    highWaterMark = 1 << 20,
  ) {
    super(highWaterMark);
    this.display = `oci-archive:${file}`;
    this.path = file;
  }

  private entry(name: string): TarEntry | undefined {
    return LAYOUT_ENTRY.test(name) ? this.entries.get(name) : undefined;
  }

  protected fileSize(name: string): Promise<number | undefined> {
    return Promise.resolve(this.entry(name)?.size);
  }

  protected async readLayoutFile(name: string): Promise<Buffer> {
    const entry = this.entry(name);
    if (!entry) throw new Error(`${name} is not in ${this.display}`);
    const data = Buffer.alloc(entry.size);
    const handle = await open(this.file, 'r');
    try {
      let at = 0;
      while (at < entry.size) {
        const { bytesRead } = await handle.read(data, at, entry.size - at, entry.offset + at);
        if (bytesRead === 0) throw truncated(this.file, name);
        at += bytesRead;
      }
    } finally {
      await handle.close();
    }
    return data;
  }

  protected openLayoutFile(name: string): Readable {
    const entry = this.entry(name);
    if (!entry) throw new Error(`${name} is not in ${this.display}`);
    if (entry.size === 0) return Readable.from([]);
    return createReadStream(this.file, {
      start: entry.offset,
      end: entry.offset + entry.size - 1,
      highWaterMark: this.highWaterMark,
    });
  }

  blobPut(_descriptor: Descriptor, _open: OpenBlob): Promise<void> {
    return Promise.reject(readOnly(this.file));
  }

  blobMount(): Promise<boolean> {
    return Promise.resolve(false);
  }

  manifestPut(_reference: string, _mediaType: string, _bytes: Uint8Array): Promise<string> {
    return Promise.reject(readOnly(this.file));
  }

  sameStoreAs(other: Repository): boolean {
    return other instanceof OciArchiveRepository && other.file === this.file;
  }
}

function truncated(file: string, name: string): FerryError {
  return new FerryError(
    `oci-archive ${file} cannot be read: it ends inside ${name}. The file is truncated; write it again.`,
    { code: 'PATH' },
  );
}

/** Opens an oci-archive as a read-only store, reading the tar in place (its headers once, no unpacking). */
export async function openOciArchive(path: string): Promise<OciArchiveRepository> {
  const file = resolve(path);
  let entries;
  try {
    entries = await readTarEntries(file, {
      error: (why) =>
        new FerryError(
          `oci-archive ${file} cannot be read: ${why}. Give a tar holding an OCI image layout.`,
          {
            code: 'PATH',
          },
        ),
    });
  } catch (error) {
    if (error instanceof FerryError) throw error;
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    throw new FerryError(
      `oci-archive ${file} cannot be opened: ${error instanceof Error ? error.message : String(error)}. Check the path.`,
      { code: missing ? 'NOT_FOUND' : 'PATH', cause: error },
    );
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (!byName.has('oci-layout') || !byName.has('index.json'))
    throw new FerryError(
      `oci-archive ${file} cannot be used: it holds no OCI image layout (no oci-layout or index.json). Give a tar written by 'skopeo copy … oci-archive:FILE' or 'ferry copy … oci-archive:FILE'.`,
      { code: 'PATH' },
    );
  // Only the layout's own files count, each resolved through hard and symbolic links to its data.
  const files = new Map<string, TarEntry>();
  for (const name of byName.keys()) {
    if (!LAYOUT_ENTRY.test(name)) continue;
    const entry = resolveEntry(byName, name);
    if (entry) files.set(name, entry);
  }
  return new OciArchiveRepository(file, files);
}

/** An empty layout in a temporary directory next to `file`, to be written into `file` when the copy is done. */
export async function createTemporaryLayout(file: string): Promise<TemporaryLayout> {
  let directory: string;
  try {
    // As an oci: target directory is created, so is the archive's directory.
    await mkdir(dirname(file), { recursive: true });
    directory = await temporaryDirectory(dirname(file));
  } catch (error) {
    throw new FerryError(
      `Archive ${file} cannot be written: ${error instanceof Error ? error.message : String(error)}. Check that its directory exists and is writable.`,
      { code: 'PATH', cause: error },
    );
  }
  try {
    const layout = await openLayout(directory, { create: true });
    return { layout, directory, close: () => rm(directory, { recursive: true, force: true }) };
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
}
