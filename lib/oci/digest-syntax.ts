// Digest syntax: which strings are digests ferry can use. Apart from digest.ts so that code that only
// reads references (the GitOps updaters, config checks) does not load node:crypto and node:stream.
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** The algorithms the OCI image spec registers, with their encoded lengths (lowercase hex). */
export const DIGEST_ALGORITHMS: Readonly<Record<string, number>> = { sha256: 64, sha512: 128 };
/** The encoding of each algorithm, compiled once: references are checked by the thousand. */
const ENCODED: Readonly<Record<string, RegExp>> = { sha256: /^[a-f0-9]{64}$/, sha512: /^[a-f0-9]{128}$/ };

/** True for a well-formed digest of a registered algorithm: sha256 (64 hex digits) or sha512 (128). */
export function isDigest(value: string): boolean {
  if (value.startsWith('sha256:')) return DIGEST.test(value);
  const colon = value.indexOf(':');
  const encoded = colon > 0 ? ENCODED[value.slice(0, colon)] : undefined;
  return encoded !== undefined && encoded.test(value.slice(colon + 1));
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
  if (!ENCODED[algorithm]?.test(digest.slice(colon + 1)))
    return `digest '${digest}' must be ${algorithm}: followed by ${length} lowercase hex digits`;
  return undefined;
}

/** The hex part of `sha256:<hex>`. */
export function digestHex(digest: string): string {
  const colon = digest.indexOf(':');
  return colon < 0 ? digest : digest.slice(colon + 1);
}
