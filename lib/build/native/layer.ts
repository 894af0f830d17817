// Writes one image layer to a temp file: tar → gzip, hashing both sides while streaming, so a large
// layer never sits in memory and its diff_id (uncompressed) and digest (compressed) come for free.
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createGzip } from 'node:zlib';
import { MEDIA_TYPES, type Descriptor } from '../../oci/types';
import { tarStream, type TarWriteEntry as TarEntry } from '../../oci/archive/tar-writer';

/** gzip level used for every layer: a fixed level (and fixed header) makes the bytes reproducible. */
export const GZIP_LEVEL = 6;

export interface WrittenLayer {
  descriptor: Descriptor;
  /** sha256 of the uncompressed tar: the config's rootfs.diff_ids entry. */
  diffId: string;
  /** The compressed layer on disk. */
  file: string;
}

class HashTap extends Transform {
  readonly hash = createHash('sha256');
  bytes = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    callback(null, chunk);
  }
}

/**
 * Sets the gzip header's OS byte to 255 ("unknown", as Go's gzip writes it): zlib writes the build
 * host's OS there, which would make the same layer differ between Linux and macOS runners.
 */
class FixGzipHeader extends Transform {
  private offset = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.offset <= 9 && this.offset + chunk.length > 9) {
      chunk = Buffer.from(chunk);
      chunk[9 - this.offset] = 0xff;
    }
    this.offset += chunk.length;
    callback(null, chunk);
  }
}

/** Streams the entries as a gzip'd tar into `dir`, named by its digest. */
export async function writeLayer(entries: Iterable<TarEntry>, dir: string): Promise<WrittenLayer> {
  const tmp = join(dir, `.layer-${randomBytes(6).toString('hex')}`);
  const uncompressed = new HashTap();
  const compressed = new HashTap();
  await pipeline(
    Readable.from(tarStream(entries)),
    uncompressed,
    createGzip({ level: GZIP_LEVEL, memLevel: 8, windowBits: 15, strategy: constants.Z_DEFAULT_STRATEGY }),
    new FixGzipHeader(),
    compressed,
    createWriteStream(tmp),
  );
  const hex = compressed.hash.digest('hex');
  const file = join(dir, `sha256-${hex}.tar.gz`);
  await rename(tmp, file);
  return {
    descriptor: { mediaType: MEDIA_TYPES.ociLayerGzip, digest: `sha256:${hex}`, size: compressed.bytes },
    diffId: `sha256:${uncompressed.hash.digest('hex')}`,
    file,
  };
}
