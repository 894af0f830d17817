// Parses `oci:PATH[:tag]` and `oci:PATH@sha256:…` (skopeo's spelling) into a layout directory and a tag
// or digest. A ':' counts as the tag separator only after the last '/', so Windows-free paths with
// colons in directory names still work when no tag follows.
import { FerryError } from '../../util/errors';
import { isDigest } from '../digest';
import { isTag } from '../reference';

export const LAYOUT_PREFIX = 'oci:';

/** The annotation that names a tag in an OCI layout's index.json. */
export const REF_NAME_ANNOTATION = 'org.opencontainers.image.ref.name';

export interface LayoutReference {
  /** The layout directory as given (relative paths are resolved by the caller). */
  path: string;
  tag?: string;
  digest?: string;
}

export function isLayoutReference(text: string): boolean {
  return text.startsWith(LAYOUT_PREFIX);
}

/** Parses `oci:PATH[:tag]` or `oci:PATH@digest`; throws a usage FerryError (code REFERENCE) when malformed. */
export function parseLayoutReference(text: string): LayoutReference {
  if (!isLayoutReference(text)) throw layoutError(text, `it does not start with '${LAYOUT_PREFIX}'`);
  let rest = text.slice(LAYOUT_PREFIX.length);
  const at = rest.lastIndexOf('@');
  if (at > rest.lastIndexOf('/')) {
    const digest = rest.slice(at + 1);
    if (!isDigest(digest)) throw layoutError(text, `'${digest}' is not a digest (sha256:<64 hex>)`);
    const path = rest.slice(0, at);
    if (path.length === 0) throw layoutError(text, 'the directory is empty');
    return { path, digest };
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!isTag(tag))
      throw layoutError(text, `tag '${tag}' is not valid (letters, digits, '_', '.', '-'; at most 128)`);
  }
  if (rest.length === 0) throw layoutError(text, 'the directory is empty');
  return tag === undefined ? { path: rest } : { path: rest, tag };
}

function layoutError(text: string, why: string): FerryError {
  return new FerryError(
    `Invalid OCI layout reference '${text}': ${why}. Expected oci:DIRECTORY[:tag], e.g. oci:./build/image:1.0.`,
    {
      code: 'REFERENCE',
      usage: true,
    },
  );
}
