// `oci-archive:FILE[:TAG]` (skopeo's spelling): an OCI image layout in one tar file. As a source it is
// unpacked into a temporary layout directory (only the layout's own files, never a path outside it);
// as a target a temporary layout is filled by the copy and then written into FILE in one rename.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { FerryError } from '../../util/errors';
import { openLayout, type LayoutRepository } from '../layout/store';
import { readTarEntries, resolveEntry } from './tar';
import { isTag } from '../reference';

export const OCI_ARCHIVE_PREFIX = 'oci-archive:';

export interface OciArchiveReference {
  file: string;
  tag?: string;
}

/** The files of an OCI image layout; anything else in the tar is ignored. */
const LAYOUT_ENTRY = /^(?:oci-layout|index\.json|blobs\/[a-z0-9]+\/[a-f0-9]{32,128})$/;

function usage(text: string, why: string): FerryError {
  return new FerryError(
    `Invalid oci-archive reference '${text}': ${why}. Expected oci-archive:FILE[:TAG], e.g. oci-archive:./image.tar:1.0.`,
    { code: 'REFERENCE', usage: true },
  );
}

/** Parses `oci-archive:FILE[:TAG]`; a ':' is the tag separator only after the last '/'. */
export function parseOciArchiveReference(text: string): OciArchiveReference {
  if (!text.startsWith(OCI_ARCHIVE_PREFIX))
    throw usage(text, `it does not start with '${OCI_ARCHIVE_PREFIX}'`);
  const rest = text.slice(OCI_ARCHIVE_PREFIX.length);
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    const file = rest.slice(0, colon);
    const tag = rest.slice(colon + 1);
    if (!isTag(tag))
      throw usage(text, `tag '${tag}' is not valid (letters, digits, '_', '.', '-'; at most 128)`);
    if (!file) throw usage(text, 'the file name is empty');
    return { file, tag };
  }
  if (!rest) throw usage(text, 'the file name is empty');
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

/** Unpacks an oci-archive into a temporary layout directory and opens it. */
export async function openOciArchive(file: string): Promise<TemporaryLayout> {
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
  const directory = await temporaryDirectory(undefined);
  try {
    for (const name of byName.keys()) {
      if (!LAYOUT_ENTRY.test(name)) continue;
      const entry = resolveEntry(byName, name);
      if (!entry) continue;
      const dest = join(directory, ...name.split('/'));
      await mkdir(dirname(dest), { recursive: true });
      const body =
        entry.size === 0
          ? []
          : createReadStream(file, { start: entry.offset, end: entry.offset + entry.size - 1 });
      await pipeline(body, createWriteStream(dest));
    }
    const layout = await openLayout(directory);
    return { layout, directory, close: () => rm(directory, { recursive: true, force: true }) };
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
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
