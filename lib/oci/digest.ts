// Content digests: sha256 of bytes, the syntax checks (digest-syntax.ts), a running check of a blob's
// sha256 and size (BlobCheck), and a pass-through stream built on it, so a streamed blob is checked
// without buffering it.
import type { Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { cryptoLoaded, nodeCrypto } from '../util/builtins';
import { sha256Hex } from './sha256';
import { FerryError } from '../util/errors';

export { DIGEST_ALGORITHMS, digestHex, digestProblem, isDigest } from './digest-syntax';

/** Up to this many bytes, and until node:crypto is loaded for a blob, sha256Digest hashes in JavaScript. */
const SMALL_DOCUMENT = 64 * 1024;

/** `sha256:<hex>` of the bytes. */
export function sha256Digest(bytes: Uint8Array | string): string {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  if (data.length <= SMALL_DOCUMENT && !cryptoLoaded()) return `sha256:${sha256Hex(data)}`;
  return `sha256:${nodeCrypto().createHash('sha256').update(data).digest('hex')}`;
}

export interface DigestVerifierOptions {
  digest: string;
  /** Expected byte count; checked at the end when given. */
  size?: number;
  /** Names the blob in an error, e.g. `registry/repo@sha256:…`. */
  what?: string;
}

/**
 * The running check of one blob: sha256 and byte count of what was seen, against what its descriptor
 * says. `update` fails as soon as more than the expected size arrived, `finish` when the size or the
 * digest differ. Non-sha256 digests are counted but not hashed. The errors have code DIGEST_MISMATCH.
 */
export class BlobCheck {
  private readonly hash: Hash | undefined;
  private bytes = 0;

  constructor(private readonly options: DigestVerifierOptions) {
    this.hash = options.digest.startsWith('sha256:') ? nodeCrypto().createHash('sha256') : undefined;
  }

  /** Bytes seen so far. */
  get bytesSeen(): number {
    return this.bytes;
  }

  /** Takes the next bytes; an error when they pass the expected size (the bytes are not hashed then). */
  update(chunk: Uint8Array): FerryError | undefined {
    this.bytes += chunk.length;
    if (this.options.size !== undefined && this.bytes > this.options.size)
      return this.mismatch(`more than the expected ${this.options.size} bytes`);
    this.hash?.update(chunk);
    return undefined;
  }

  /** True when exactly the expected size has been seen (the next `finish` decides). */
  get complete(): boolean {
    return this.options.size !== undefined && this.bytes === this.options.size;
  }

  /** After the last byte: an error when the size or the digest differ from the descriptor's. */
  finish(): FerryError | undefined {
    if (this.options.size !== undefined && this.bytes !== this.options.size)
      return this.mismatch(`${this.bytes} bytes instead of ${this.options.size}`);
    if (this.hash) {
      const actual = `sha256:${this.hash.digest('hex')}`;
      if (actual !== this.options.digest) return this.mismatch(`its content has digest ${actual}`);
    }
    return undefined;
  }

  private mismatch(why: string): FerryError {
    const what = this.options.what ?? this.options.digest;
    return new FerryError(
      `Blob ${what} failed verification: ${why}. The source served different content than its descriptor names; retry, and check the source registry or file.`,
      { code: 'DIGEST_MISMATCH' },
    );
  }
}

/**
 * A Transform that passes bytes through and fails the stream (code DIGEST_MISMATCH) when the sha256 or
 * the size of what went through differs from what was expected. Non-sha256 digests are passed unchecked.
 */
export class DigestVerifier extends Transform {
  private readonly check: BlobCheck;

  constructor(options: DigestVerifierOptions) {
    super();
    this.check = new BlobCheck(options);
  }

  /** Bytes seen so far. */
  get bytesSeen(): number {
    return this.check.bytesSeen;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const error = this.check.update(chunk);
    if (error) callback(error);
    else callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    callback(this.check.finish());
  }
}

export function createDigestVerifier(options: DigestVerifierOptions): DigestVerifier {
  return new DigestVerifier(options);
}
