// Content digests: sha256 of bytes, a syntax check, and a pass-through stream that verifies the digest
// and size of what flows through it, so a streamed blob is checked without buffering it.
import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { FerryError } from '../util/errors';

const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** The algorithms the OCI image spec registers, with their encoded lengths (lowercase hex). */
export const DIGEST_ALGORITHMS: Readonly<Record<string, number>> = { sha256: 64, sha512: 128 };

/** `sha256:<hex>` of the bytes. */
export function sha256Digest(bytes: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** True for a well-formed digest of a registered algorithm: sha256 (64 hex digits) or sha512 (128). */
export function isDigest(value: string): boolean {
  if (value.startsWith('sha256:')) return DIGEST.test(value);
  const colon = value.indexOf(':');
  const length = colon > 0 ? DIGEST_ALGORITHMS[value.slice(0, colon)] : undefined;
  return length !== undefined && new RegExp(`^[a-f0-9]{${length}}$`).test(value.slice(colon + 1));
}

/**
 * Why `digest` is not a digest ferry can use, in a few words, or undefined when it is one. Tells an
 * unregistered algorithm (md5, sha1) apart from a malformed encoding.
 */
export function digestProblem(digest: string): string | undefined {
  const colon = digest.indexOf(':');
  if (colon <= 0) return `'${digest}' is not of the form algorithm:hex`;
  const algorithm = digest.slice(0, colon);
  const length = DIGEST_ALGORITHMS[algorithm];
  if (length === undefined)
    return `digest algorithm '${algorithm}' is not supported (registries address content by sha256 or sha512)`;
  if (!new RegExp(`^[a-f0-9]{${length}}$`).test(digest.slice(colon + 1)))
    return `digest '${digest}' must be ${algorithm}: followed by ${length} lowercase hex digits`;
  return undefined;
}

/** The hex part of `sha256:<hex>`. */
export function digestHex(digest: string): string {
  const colon = digest.indexOf(':');
  return colon < 0 ? digest : digest.slice(colon + 1);
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
