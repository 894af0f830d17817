/** The algorithms the OCI image spec registers, with their encoded lengths (lowercase hex). */
export declare const DIGEST_ALGORITHMS: Readonly<Record<string, number>>;
/** True for a well-formed digest of a registered algorithm: sha256 (64 hex digits) or sha512 (128). */
export declare function isDigest(value: string): boolean;
/**
 * Why `digest` is not a digest ferry can use, in a few words, or undefined when it is one. Tells an
 * unregistered algorithm (md5, sha1) apart from a malformed encoding.
 */
export declare function digestProblem(digest: string): string | undefined;
/** The hex part of `sha256:<hex>`. */
export declare function digestHex(digest: string): string;
