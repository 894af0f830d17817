import { Transform, type TransformCallback } from 'node:stream';
import { FerryError } from '../util/errors.js';
export { DIGEST_ALGORITHMS, digestHex, digestProblem, isDigest } from './digest-syntax.js';
/** `sha256:<hex>` of the bytes. */
export declare function sha256Digest(bytes: Uint8Array | string): string;
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
export declare class BlobCheck {
    private readonly options;
    private readonly hash;
    private bytes;
    constructor(options: DigestVerifierOptions);
    /** Bytes seen so far. */
    get bytesSeen(): number;
    /** Takes the next bytes; an error when they pass the expected size (the bytes are not hashed then). */
    update(chunk: Uint8Array): FerryError | undefined;
    /** True when exactly the expected size has been seen (the next `finish` decides). */
    get complete(): boolean;
    /** After the last byte: an error when the size or the digest differ from the descriptor's. */
    finish(): FerryError | undefined;
    private mismatch;
}
/**
 * A Transform that passes bytes through and fails the stream (code DIGEST_MISMATCH) when the sha256 or
 * the size of what went through differs from what was expected. Non-sha256 digests are passed unchecked.
 */
export declare class DigestVerifier extends Transform {
    private readonly check;
    constructor(options: DigestVerifierOptions);
    /** Bytes seen so far. */
    get bytesSeen(): number;
    _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void;
    _flush(callback: TransformCallback): void;
}
export declare function createDigestVerifier(options: DigestVerifierOptions): DigestVerifier;
