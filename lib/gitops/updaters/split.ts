// Images written in parts (Helm's image.repository/tag/digest, Flux's `:name`/`:tag`/`:digest`
// setters): what each part must say for the image to be pinned as asked.
import { canonicalName, splitReference, type ResolvedTarget } from './image-ref';

export type SplitPart = 'registry' | 'name' | 'tag' | 'digest';

/** The parts present in the file and their current values (undefined value: present but empty). */
export type SplitParts = Partial<Record<SplitPart, { value: string | undefined }>>;

/** The repository the parts name, `registry/name` when the registry is its own part. */
export function partsName(parts: SplitParts): string | undefined {
  const name = parts.name?.value;
  if (!name) return undefined;
  const registry = parts.registry?.value;
  return registry ? `${registry}/${name}` : name;
}

/**
 * The value each part must hold. A `digest` the file lacks is returned too (the caller adds it or
 * reports it). Without a digest part, the digest rides on the tag (`1.2@sha256:…`), which charts that
 * build `repository:tag` turn into a pinned reference.
 */
export function planParts(parts: SplitParts, target: ResolvedTarget): Partial<Record<SplitPart, string>> {
  const want: Partial<Record<SplitPart, string>> = {};
  const current = partsName(parts);
  if (
    parts.name &&
    !target.keepName &&
    (current === undefined || canonicalName(current) !== target.canonical)
  ) {
    if (parts.registry) {
      want.registry = target.registry;
      want.name = target.path;
    } else want.name = target.name;
  }
  const currentTag = parts.tag?.value ? splitReference(`x:${parts.tag.value}`).tag : undefined;
  const digest = target.digest ?? '';
  if (target.form === 'tag') {
    if (parts.tag) want.tag = target.tag ?? '';
    if (parts.digest?.value) want.digest = '';
    return want;
  }
  if (parts.digest) {
    want.digest = digest;
    if (parts.tag && target.tag !== undefined) want.tag = target.tag;
    return want;
  }
  const tag = target.tag ?? currentTag;
  if (parts.tag && tag) want.tag = `${tag}@${digest}`;
  else want.digest = digest;
  return want;
}
