// Moves blobs from source to target: HEAD first and skip what is there, mount across repositories of
// one store, else stream source → target with no temp file. Every streamed blob is verified against its
// descriptor (sha256 and size) as it passes, whatever the target checks: a source that serves other
// bytes fails the copy with an error naming the source, and the upload is cut off before it completes.
// Runs `jobs` transfers in parallel.
import { pipeline, type Readable, type TransformCallback } from 'node:stream';
import { DigestVerifier, type DigestVerifierOptions } from '../digest';
import { isSelfVerifying, type Descriptor, type Repository } from '../types';
import { warmCrypto } from '../../util/builtins';
import { FerryError, errorMessage } from '../../util/errors';
import { runBounded } from '../../util/pool';

export interface BlobStats {
  bytesSent: number;
  skipped: number;
  mounted: number;
  uploaded: number;
}

/** What happened to one blob; `sent` counts bytes that passed verification on their way to the target. */
export interface BlobEvent {
  descriptor: Descriptor;
  state: 'started' | 'sending' | 'skipped' | 'mounted' | 'uploaded';
  sent: number;
}

export interface CopyBlobsOptions {
  source: Repository;
  target: Repository;
  jobs: number;
  signal?: AbortSignal;
  /** HEADs already sent for some of the blobs (copyImage's first ones): taken instead of asking again. */
  heads?: BlobHeads | undefined;
  /** Called after each blob, and as bytes flow (at most every 50 ms per blob). */
  onBlob?: (stats: BlobStats, done: number, event: BlobEvent) => void;
}

/** The target's answer to a blob HEAD, by digest: what it holds, or undefined. */
export type BlobHeads = ReadonlyMap<string, Promise<Descriptor | undefined>>;

/** Least time between two 'sending' events of one blob. */
const SENDING_INTERVAL_MS = 50;

export function emptyBlobStats(): BlobStats {
  return { bytesSent: 0, skipped: 0, mounted: 0, uploaded: 0 };
}

/** Verifies as DigestVerifier does and counts the bytes that passed, so progress shows verified bytes. */
class CountingVerifier extends DigestVerifier {
  constructor(
    options: DigestVerifierOptions,
    private readonly onBytes: (n: number) => void,
  ) {
    super(options);
  }

  override _transform(chunk: Buffer, encoding: BufferEncoding, callback: TransformCallback): void {
    super._transform(chunk, encoding, (error, data) => {
      if (!error) this.onBytes(chunk.length);
      callback(error, data);
    });
  }
}

/** The source's body could not be read to the end: blame the source, not the upload that carried it. */
function sourceReadError(source: Repository, blob: Descriptor, error: unknown): FerryError {
  if (error instanceof FerryError && error.code === 'DIGEST_MISMATCH') return error;
  return new FerryError(
    `Blob ${source.display}@${blob.digest} could not be read from the source: ${errorMessage(error)}. Retry, and check the source.`,
    { code: error instanceof FerryError ? error.code : 'REGISTRY', cause: error },
  );
}

/**
 * Uploads one blob with its body verified on the way. The upload is raced against the verification: a
 * failed check rejects at once with the source's error, even when the target's client reports only a
 * broken body (or never settles), and any re-open the target's retry asks for fails the same way.
 */
async function uploadVerified(
  blob: Descriptor,
  options: CopyBlobsOptions,
  onBytes: (n: number) => void,
): Promise<void> {
  const { source, target } = options;
  let failed: FerryError | undefined;
  let reject: (error: FerryError) => void = () => {};
  const failure = new Promise<never>((_resolve, rejectFailure) => {
    reject = rejectFailure;
  });
  failure.catch(() => undefined);
  const fail = (error: FerryError): void => {
    failed ??= error;
    reject(failed);
  };
  const open = async (): Promise<Readable> => {
    if (failed) throw failed;
    let body: Readable;
    try {
      ({ body } = await source.blobGet(blob.digest));
    } catch (error) {
      fail(sourceReadError(source, blob, error));
      throw failed;
    }
    const expected = { digest: blob.digest, size: blob.size, what: `${source.display}@${blob.digest}` };
    if (isSelfVerifying(body)) {
      // One stage: the body checks itself as it passes (and an upload writes it straight out).
      body.verifyAs(expected, onBytes);
      body.once('error', (error) => fail(sourceReadError(source, blob, error)));
      return body;
    }
    const verifier = new CountingVerifier(expected, onBytes);
    // Registered before pipeline's own listeners: a body that fails while the upload still reads from
    // it is the source's fault; one destroyed after the upload gave up is not.
    body.once('error', (error) => {
      if (!verifier.destroyed) fail(sourceReadError(source, blob, error));
    });
    verifier.once('error', (error) => {
      if (error instanceof FerryError && error.code === 'DIGEST_MISMATCH') fail(error);
    });
    // pipeline destroys the source body too when the upload aborts (a retry opens a fresh one).
    return pipeline(body, verifier, () => {});
  };
  const put = target.blobPut(blob, open);
  // The upload is asked for; the bytes to verify come after its answer: load the hasher meanwhile.
  warmCrypto();
  await Promise.race([put, failure]).catch((error: unknown) => {
    throw failed ?? error;
  });
  if (failed) throw failed;
}

export async function copyBlobs(
  blobs: readonly Descriptor[],
  options: CopyBlobsOptions,
  stats: BlobStats = emptyBlobStats(),
): Promise<BlobStats> {
  const { source, target } = options;
  const mountable = target.sameStoreAs(source) && target.path !== source.path;
  let done = 0;
  const report = (event: BlobEvent): void => options.onBlob?.(stats, done, event);
  await runBounded(
    blobs,
    options.jobs,
    async (blob) => {
      let state: BlobEvent['state'];
      let sent = 0;
      if (await (options.heads?.get(blob.digest) ?? target.blobHead(blob.digest))) {
        stats.skipped++;
        state = 'skipped';
      } else if (mountable && (await target.blobMount(blob.digest, source.path))) {
        stats.mounted++;
        state = 'mounted';
      } else {
        report({ descriptor: blob, state: 'started', sent });
        const listening = options.onBlob !== undefined;
        let reported = performance.now();
        await uploadVerified(blob, options, (n) => {
          sent += n;
          stats.bytesSent += n;
          if (!listening) return;
          // A redraw needs no event per chunk: a few per second per blob are plenty.
          const now = performance.now();
          if (now - reported < SENDING_INTERVAL_MS) return;
          reported = now;
          report({ descriptor: blob, state: 'sending', sent });
        });
        stats.uploaded++;
        state = 'uploaded';
      }
      done++;
      report({ descriptor: blob, state, sent });
    },
    options.signal,
  );
  return stats;
}
