// Writes an OCI image layout directory into a tar file: as an oci-archive (the layout as it is), or as a
// docker-archive (the layout plus the manifest.json that `docker load` reads, as `docker save` writes it
// since Docker 25). The tar is streamed to a temporary file beside FILE and renamed over it at the end,
// so a failed write never leaves half an archive.
import { createReadStream, createWriteStream } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { tarStream, type TarWriteEntry } from './tar-writer';
import { nodeCrypto } from '../../util/builtins';
import { FerryError } from '../../util/errors';
import { parseManifest } from '../copy/manifest';
import type { LayoutRepository } from '../layout/store';
import { REF_NAME_ANNOTATION } from '../layout/reference';
import { MEDIA_TYPES } from '../types';

function fileEntry(path: string, size: number, open: () => Readable): TarWriteEntry {
  return { path, type: 'file', mode: 0o644, uid: 0, gid: 0, mtime: 0, size, open };
}

function dirEntry(path: string): TarWriteEntry {
  return { path, type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 0, size: 0 };
}

function bytesEntry(path: string, bytes: Buffer): TarWriteEntry {
  return fileEntry(path, bytes.length, () => Readable.from([bytes]));
}

/** The layout's files as tar entries, blobs in name order; `replace` swaps a top-level file's content. */
async function layoutEntries(directory: string, replace: Map<string, Buffer>): Promise<TarWriteEntry[]> {
  const entries: TarWriteEntry[] = [];
  for (const name of ['oci-layout', 'index.json']) {
    const own = replace.get(name);
    if (own) entries.push(bytesEntry(name, own));
    else {
      const path = join(directory, name);
      entries.push(fileEntry(name, (await stat(path)).size, () => createReadStream(path)));
    }
  }
  entries.push(dirEntry('blobs'));
  for (const algorithm of (await readdir(join(directory, 'blobs'), { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (!algorithm.isDirectory()) continue;
    entries.push(dirEntry(`blobs/${algorithm.name}`));
    const names = (await readdir(join(directory, 'blobs', algorithm.name))).filter((n) =>
      /^[a-f0-9]+$/.test(n),
    );
    for (const name of names.sort()) {
      const path = join(directory, 'blobs', algorithm.name, name);
      entries.push(
        fileEntry(`blobs/${algorithm.name}/${name}`, (await stat(path)).size, () => createReadStream(path)),
      );
    }
  }
  return entries;
}

async function writeTar(file: string, entries: TarWriteEntry[]): Promise<void> {
  const tmp = `${file}.${nodeCrypto().randomBytes(6).toString('hex')}.tmp`;
  try {
    await pipeline(Readable.from(tarStream(entries)), createWriteStream(tmp, { mode: 0o644 }));
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw new FerryError(
      `Archive ${file} could not be written: ${error instanceof Error ? error.message : String(error)}. Check the path and free space.`,
      { code: 'PATH', cause: error },
    );
  }
}

/** Writes the layout directory into `file` as an oci-archive. */
export async function writeOciArchive(directory: string, file: string): Promise<void> {
  await writeTar(file, await layoutEntries(directory, new Map()));
}

export interface DockerArchiveWriteOptions {
  /** The tag in the layout that names the image to write. */
  tag: string;
  /** `name:tag` references for manifest.json's RepoTags (what `docker load` tags); may be empty. */
  repoTags: readonly string[];
}

/**
 * Writes the layout's image `tag` into `file` as a docker-archive: manifest.json (Config, RepoTags, Layers
 * pointing into blobs/), the layout's blobs and an index.json naming the image, as `docker save` does.
 */
export async function writeDockerArchive(
  layout: LayoutRepository,
  file: string,
  options: DockerArchiveWriteOptions,
): Promise<void> {
  const top = await layout.manifestGet(options.tag);
  const parsed = parseManifest(top.bytes, top.descriptor.mediaType, `${layout.display}:${options.tag}`);
  if (parsed.kind !== 'manifest')
    throw new FerryError(
      `docker-archive ${file} holds one image, not an index. Choose one platform with --platform.`,
      { code: 'USAGE', usage: true },
    );
  const blobPath = (digest: string): string => `blobs/${digest.replace(':', '/')}`;
  const manifestJson = [
    {
      Config: blobPath(parsed.value.config.digest),
      RepoTags: [...options.repoTags],
      Layers: parsed.value.layers.map((l) => blobPath(l.digest)),
    },
  ];
  const annotations: Record<string, string> = {};
  const first = options.repoTags[0];
  if (first) {
    annotations['io.containerd.image.name'] = first;
    annotations[REF_NAME_ANNOTATION] = first.slice(first.lastIndexOf(':') + 1);
  }
  const index = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociIndex,
    manifests: [
      {
        mediaType: top.descriptor.mediaType,
        digest: top.descriptor.digest,
        size: top.descriptor.size,
        ...(first ? { annotations } : {}),
      },
    ],
  };
  const replace = new Map([['index.json', Buffer.from(JSON.stringify(index))]]);
  const entries = await layoutEntries(layout.directory, replace);
  entries.push(bytesEntry('manifest.json', Buffer.from(JSON.stringify(manifestJson))));
  await writeTar(file, entries);
}
