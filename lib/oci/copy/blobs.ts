// Moves blobs from source to target: HEAD first and skip what is there, mount across repositories of
// one store, else stream source → target with no temp file. Runs `jobs` transfers in parallel.
import { pipeline, Transform, type TransformCallback } from 'node:stream';
import type { Descriptor, Repository } from '../types';
import { runBounded } from '../../util/pool';

export interface BlobStats {
  bytesSent: number;
  skipped: number;
  mounted: number;
  uploaded: number;
}

export interface CopyBlobsOptions {
  source: Repository;
  target: Repository;
  jobs: number;
  signal?: AbortSignal;
  /** Called after each blob, and as bytes flow (at most once per chunk). */
  onBlob?: (stats: BlobStats, done: number) => void;
}

/** Counts bytes as they pass, so progress and bytesSent reflect what reached the upload. */
class ByteCounter extends Transform {
  constructor(private readonly onBytes: (n: number) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.onBytes(chunk.length);
    callback(null, chunk);
  }
}

export function emptyBlobStats(): BlobStats {
  return { bytesSent: 0, skipped: 0, mounted: 0, uploaded: 0 };
}

export async function copyBlobs(
  blobs: readonly Descriptor[],
  options: CopyBlobsOptions,
  stats: BlobStats = emptyBlobStats(),
): Promise<BlobStats> {
  const { source, target } = options;
  const mountable = target.sameStoreAs(source) && target.path !== source.path;
  let done = 0;
  const report = (): void => options.onBlob?.(stats, done);
  await runBounded(
    blobs,
    options.jobs,
    async (blob) => {
      if (await target.blobHead(blob.digest)) {
        stats.skipped++;
      } else if (mountable && (await target.blobMount(blob.digest, source.path))) {
        stats.mounted++;
      } else {
        await target.blobPut(blob, async () => {
          const { body } = await source.blobGet(blob.digest);
          const counter = new ByteCounter((n) => {
            stats.bytesSent += n;
            report();
          });
          // pipeline destroys the source body too when the upload aborts (a retry opens a fresh one).
          return pipeline(body, counter, () => {});
        });
        stats.uploaded++;
      }
      done++;
      report();
    },
    options.signal,
  );
  return stats;
}
