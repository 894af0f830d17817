import type { Descriptor, Repository } from '../types.js';
import { type ParsedManifest } from './manifest.js';
export interface ManifestNode {
    descriptor: Descriptor;
    bytes: Uint8Array;
    parsed: ParsedManifest;
    /** Child manifests of an index, in index order. */
    children: ManifestNode[];
}
export interface CopyPlan {
    /** The source's top manifest as fetched. */
    sourceTop: ManifestNode;
    /** What the target receives as its top (the source's, one platform's manifest, or a reduced index). */
    top: ManifestNode;
    /** Every manifest below the top, children before parents, each once. */
    manifests: ManifestNode[];
    /** Every blob (configs, layers) each once, in first-seen order. */
    blobs: Descriptor[];
    platforms: string[];
}
/** Fetches one manifest, verified against its digest when asked by digest; children are not fetched. */
export declare function fetchManifest(source: Repository, reference: string, known?: Descriptor): Promise<ManifestNode>;
/** Fetches the children of an index (recursively: nested indexes are allowed), in index order. */
export declare function expandTree(source: Repository, node: ManifestNode): Promise<ManifestNode>;
/** Fetches a manifest and everything below it. */
export declare function fetchTree(source: Repository, reference: string, known?: Descriptor): Promise<ManifestNode>;
export declare function platformsOf(top: ManifestNode): string[];
export interface Tops {
    sourceTop: ManifestNode;
    top: ManifestNode;
    /** The platforms the target receives, when they were chosen. */
    platforms?: string[];
}
/**
 * The source's top manifest and what the target receives as its top: the whole source without
 * platforms; with one platform of an index, that platform's manifest (fetched by the digest the index
 * lists, so the target digest equals the entry's); with several, a reduced index. A platform the source
 * lacks is an error naming the platforms it has. A single-platform source is checked against its config.
 */
export declare function resolveTops(source: Repository, reference: string, asked: readonly string[], indexPlatform?: string): Promise<Tops>;
/** Fetches everything below the top and lists what must move; only needed when the target lacks the image. */
export declare function planCopy(source: Repository, tops: Tops): Promise<CopyPlan>;
/** The blobs and manifests of a tree other than the top (for referrers, which are small trees of their own). */
export declare function treeContents(top: ManifestNode): {
    manifests: ManifestNode[];
    blobs: Descriptor[];
};
