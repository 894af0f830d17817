// Content digests: sha256 of bytes, the syntax checks (digest-syntax.ts), and a pass-through stream that
// verifies the digest and size of what flows through it, so a streamed blob is checked without buffering it.
import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { FerryError } from '../util/errors';

export { DIGEST_ALGORITHMS, digestHex, digestProblem, isDigest } from './digest-syntax';

/** `sha256:<hex>` of the bytes. */
export function sha256Digest(bytes: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export interface DigestVerifierOptions {
  digest: string;
  /** Expected byte count; checked at the end when given. */
  size?: number;
  /** Names the blob in an error, e.g. `registry/repo@sha256:…`. */
  what?: string;
}

/**
 * A Transform that passes bytes through and fails the stream (code DIGEST_MISMATCH) when the sha256 or
 * the size of what went through differs from what was expected. Non-sha256 digests are passed unchecked.
 */
export class DigestVerifier extends Transform {
  private readonly hash = createHash('sha256');
  private readonly checked: boolean;
  private bytes = 0;

  constructor(private readonly options: DigestVerifierOptions) {
    super();
    this.checked = options.digest.startsWith('sha256:');
  }

  /** Bytes seen so far. */
  get bytesSeen(): number {
    return this.bytes;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.checked) this.hash.update(chunk);
    if (this.options.size !== undefined && this.bytes > this.options.size) {
      callback(this.mismatch(`more than the expected ${this.options.size} bytes`));
      return;
    }
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.options.size !== undefined && this.bytes !== this.options.size) {
      callback(this.mismatch(`${this.bytes} bytes instead of ${this.options.size}`));
      return;
    }
    if (this.checked) {
      const actual = `sha256:${this.hash.digest('hex')}`;
      if (actual !== this.options.digest) {
        callback(this.mismatch(`its content has digest ${actual}`));
        return;
      }
    }
    callback();
  }

  private mismatch(why: string): FerryError {
    const what = this.options.what ?? this.options.digest;
    return new FerryError(
      `Blob ${what} failed verification: ${why}. The source served different content than its descriptor names; retry, and check the source registry or file.`,
      { code: 'DIGEST_MISMATCH' },
    );
  }
}

export function createDigestVerifier(options: DigestVerifierOptions): DigestVerifier {
  return new DigestVerifier(options);
}
