import { Transform, type TransformCallback } from 'node:stream';
/** The algorithms the OCI image spec registers, with their encoded lengths (lowercase hex). */
export declare const DIGEST_ALGORITHMS: Readonly<Record<string, number>>;
/** `sha256:<hex>` of the bytes. */
export declare function sha256Digest(bytes: Uint8Array | string): string;
/** True for a well-formed digest of a registered algorithm: sha256 (64 hex digits) or sha512 (128). */
export declare function isDigest(value: string): boolean;
/**
 * Why `digest` is not a digest ferry can use, in a few words, or undefined when it is one. Tells an
 * unregistered algorithm (md5, sha1) apart from a malformed encoding.
 */
export declare function digestProblem(digest: string): string | undefined;
/** The hex part of `sha256:<hex>`. */
export declare function digestHex(digest: string): string;
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
export declare class DigestVerifier extends Transform {
    private readonly options;
    private readonly hash;
    private readonly checked;
    private bytes;
    constructor(options: DigestVerifierOptions);
    /** Bytes seen so far. */
    get bytesSeen(): number;
    _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void;
    _flush(callback: TransformCallback): void;
    private mismatch;
}
export declare function createDigestVerifier(options: DigestVerifierOptions): DigestVerifier;
