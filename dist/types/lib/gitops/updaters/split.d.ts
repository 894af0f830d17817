import { type ResolvedTarget } from './image-ref.js';
export type SplitPart = 'registry' | 'name' | 'tag' | 'digest';
/** The parts present in the file and their current values (undefined value: present but empty). */
export type SplitParts = Partial<Record<SplitPart, {
    value: string | undefined;
}>>;
/** The repository the parts name, `registry/name` when the registry is its own part. */
export declare function partsName(parts: SplitParts): string | undefined;
/**
 * The value each part must hold. A `digest` the file lacks is returned too (the caller adds it or
 * reports it). Without a digest part, the digest rides on the tag (`1.2@sha256:…`), which charts that
 * build `repository:tag` turn into a pinned reference.
 */
export declare function planParts(parts: SplitParts, target: ResolvedTarget): Partial<Record<SplitPart, string>>;
