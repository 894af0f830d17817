import type { Readable } from 'node:stream';
export declare const MEDIA_TYPES: {
    readonly ociIndex: "application/vnd.oci.image.index.v1+json";
    readonly ociManifest: "application/vnd.oci.image.manifest.v1+json";
    readonly ociConfig: "application/vnd.oci.image.config.v1+json";
    readonly ociLayer: "application/vnd.oci.image.layer.v1.tar";
    readonly ociLayerGzip: "application/vnd.oci.image.layer.v1.tar+gzip";
    readonly ociEmpty: "application/vnd.oci.empty.v1+json";
    readonly dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json";
    readonly dockerManifest: "application/vnd.docker.distribution.manifest.v2+json";
    readonly dockerConfig: "application/vnd.docker.container.image.v1+json";
    readonly dockerLayerGzip: "application/vnd.docker.image.rootfs.diff.tar.gzip";
};
/** Media types sent in Accept for a manifest GET/HEAD. */
export declare const MANIFEST_ACCEPT: readonly ["application/vnd.oci.image.index.v1+json", "application/vnd.oci.image.manifest.v1+json", "application/vnd.docker.distribution.manifest.list.v2+json", "application/vnd.docker.distribution.manifest.v2+json"];
export interface Platform {
    architecture: string;
    os: string;
    variant?: string;
    'os.version'?: string;
    'os.features'?: string[];
}
export interface Descriptor {
    mediaType: string;
    /** `sha256:<hex>` */
    digest: string;
    size: number;
    platform?: Platform;
    annotations?: Record<string, string>;
    artifactType?: string;
    urls?: string[];
}
export interface ImageManifest {
    schemaVersion: 2;
    mediaType?: string;
    artifactType?: string;
    config: Descriptor;
    layers: Descriptor[];
    subject?: Descriptor;
    annotations?: Record<string, string>;
}
export interface ImageIndex {
    schemaVersion: 2;
    mediaType?: string;
    artifactType?: string;
    manifests: Descriptor[];
    subject?: Descriptor;
    annotations?: Record<string, string>;
}
/** A manifest as fetched: its exact bytes (the digest is over these) and its descriptor. */
export interface FetchedManifest {
    descriptor: Descriptor;
    bytes: Uint8Array;
}
/** A blob body that can be opened again, so a retried upload re-sends from the start. */
export type OpenBlob = () => Promise<Readable>;
/**
 * A blob body that checks itself against a descriptor as it streams (sha256 and size, failing with
 * DIGEST_MISMATCH), instead of a verifying stage piped after it; `onVerified` counts the bytes that
 * passed. The registry's blob bodies are such (lib/oci/registry/blob-body.ts).
 */
export interface SelfVerifyingBody {
    verifyAs(expected: {
        digest: string;
        size: number;
        what: string;
    }, onVerified: (bytes: number) => void): void;
}
export declare function isSelfVerifying(body: Readable): body is Readable & SelfVerifyingBody;
/**
 * One repository in some store (a registry repository, or an OCI image layout directory).
 * `reference` is a tag or a digest. Methods are verb-noun, as regclient's scheme interface.
 */
export interface Repository {
    /** Human-readable name for logs, with no credentials: `registry/repo` or `oci:/path`. */
    readonly display: string;
    blobHead(digest: string): Promise<Descriptor | undefined>;
    blobGet(digest: string): Promise<{
        size: number;
        body: Readable;
    }>;
    /** Uploads a blob whose digest and size are known; the body is opened (again on retry) when needed. */
    blobPut(descriptor: Descriptor, open: OpenBlob): Promise<void>;
    /**
     * Mounts a blob from another repository of the same store. Returns false when the store refused or
     * cannot mount (the caller then uploads); never throws for a refusal.
     */
    blobMount(digest: string, fromRepository: string): Promise<boolean>;
    manifestHead(reference: string): Promise<Descriptor | undefined>;
    manifestGet(reference: string): Promise<FetchedManifest>;
    /** Writes manifest bytes under a tag or digest; returns the digest the store computed. */
    manifestPut(reference: string, mediaType: string, bytes: Uint8Array): Promise<string>;
    tagList(): Promise<string[]>;
    /** Referrers of a manifest (OCI 1.1 referrers API, else the `sha256-<hex>` tag scheme). */
    referrers(digest: string, artifactType?: string): Promise<Descriptor[]>;
    /** Same store and registry host as `other`, so a cross-repository mount can work. */
    sameStoreAs(other: Repository): boolean;
    /** Repository path within its store (for mount's `from=`). */
    readonly path: string;
}
