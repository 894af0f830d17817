import type { Logger } from '../../log/index.js';
import { type Descriptor, type ImageManifest, type Platform, type Repository } from '../../oci/types.js';
/** Where a layer's bytes come from at push time. */
export type LayerSource = {
    kind: 'file';
    file: string;
} | {
    kind: 'base';
    repository: Repository;
};
export interface BuiltLayer {
    descriptor: Descriptor;
    diffId: string;
    source: LayerSource;
}
export interface BuiltImage {
    /** The manifest digest: what the registry will report after the push. */
    digest: string;
    mediaType: string;
    manifest: ImageManifest;
    manifestBytes: Uint8Array;
    config: Record<string, unknown>;
    configDescriptor: Descriptor;
    configBytes: Uint8Array;
    layers: BuiltLayer[];
    platform: Platform;
}
export interface PushImageOptions {
    /** Tags to write; with none the manifest is put by digest only. */
    tags: readonly string[];
    log?: Logger;
}
/**
 * Pushes a built image in integrity order and returns the digest the target confirmed. Blobs already in
 * the target are skipped; base layers are mounted when the target shares the base's store.
 */
export declare function pushImage(image: BuiltImage, target: Repository, options: PushImageOptions): Promise<string>;
/** Several platform images of one build as an OCI index. */
export interface BuiltIndex {
    digest: string;
    mediaType: string;
    bytes: Uint8Array;
    images: BuiltImage[];
}
/** The OCI index over platform images (in the order given, so the digest is reproducible). */
export declare function createIndex(images: readonly BuiltImage[], annotations?: Readonly<Record<string, string>>): BuiltIndex;
/** Pushes every platform image by digest, then the index under the tags; returns the confirmed index digest. */
export declare function pushIndex(index: BuiltIndex, target: Repository, options: PushImageOptions): Promise<string>;
