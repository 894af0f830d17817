import type { Descriptor, Repository } from '../types.js';
import { type BlobStats } from './blobs.js';
import { type ManifestNode } from './plan.js';
export interface CopyReferrersOptions {
    source: Repository;
    target: Repository;
    jobs: number;
    signal?: AbortSignal;
    stats: BlobStats;
}
/** One referrer of the copied image, as the target holds it now. */
export interface CopiedReferrer {
    /** Digest of the referrer manifest: the same at the source and the target. */
    digest: string;
    /** Digest of the manifest it refers to (the image, one of its platform manifests, or another referrer). */
    subject: string;
    mediaType: string;
    size: number;
    /** The manifest's `artifactType`, else its config's media type (as the referrers API lists it). */
    artifactType?: string;
    /** False when the target held it already. */
    written: boolean;
}
export interface CopyReferrersResult {
    referrers: CopiedReferrer[];
    /** Fallback tag indexes (`sha256-<hex>`) written at the target because it has no referrers API. */
    tagsWritten: string[];
}
/**
 * The descriptor the referrers API lists for a manifest (distribution spec, "Listing Referrers"):
 * artifactType from the manifest, else (image manifests) its config's media type; its annotations.
 */
export declare function referrerDescriptor(node: ManifestNode): Descriptor;
/** Copies the referrers of `subjects` (and theirs); see CopiedReferrer. */
export declare function copyReferrers(subjects: readonly string[], options: CopyReferrersOptions): Promise<CopyReferrersResult>;
/**
 * After the referrers are written: a target with the referrers API lists them by itself. One without it
 * gets the fallback tag index, merged with what the tag holds (other tools' referrers are kept).
 * Returns the tag when it was written.
 */
/**
 * Makes sure `target` lists `added` as referrers of `subject`: through its referrers API when it has one,
 * else by merging them into the `sha256-<hex>` tag index (other entries kept as written). Returns the tag
 * written, if any. Used by the copy and by build's createBOM.
 */
export declare function ensureReferrersListed(target: Repository, subject: string, added: readonly Descriptor[]): Promise<string | undefined>;
