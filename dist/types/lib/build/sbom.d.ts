import type { Logger } from '../log/index.js';
import { type Descriptor, type ImageManifest, type Platform, type Repository } from '../oci/types.js';
export declare const SPDX_JSON = "application/spdx+json";
/** One regular file of the image, as SPDX lists it. */
export interface SbomFile {
    /** Absolute path in the image. */
    path: string;
    sha1: string;
    sha256: string;
}
export interface SpdxOptions {
    /** The image as named, `registry/repository`. */
    name: string;
    /** The manifest the document describes. */
    digest: string;
    /** RFC 3339; the build's timestamp, so the same image gives the same document. */
    created: string;
    files: readonly SbomFile[];
    base?: {
        name: string;
        digest?: string;
    };
    platform?: Platform;
}
/** An SPDX 2.3 JSON document (pure: the same input gives the same bytes). */
export declare function spdxDocument(options: SpdxOptions): Record<string, unknown>;
/** The image manifests below `digest`: itself, or each platform manifest of an index. */
export declare function platformManifests(repository: Repository, digest: string): Promise<{
    descriptor: Descriptor;
    manifest: ImageManifest;
}[]>;
export interface ImageSbomOptions {
    repository: Repository;
    /** `registry/repository`, as the document names the image. */
    name: string;
    descriptor: Descriptor;
    manifest: ImageManifest;
    created: string;
    workDir: string;
    /** Opens a base image's repository by name (for its layer list); undefined to list every layer. */
    openBase?: (name: string) => Promise<Repository | undefined>;
    log?: Logger;
}
/** ferry's SPDX document of one image manifest: the files of its own layers and its base. */
export declare function imageSbom(options: ImageSbomOptions): Promise<Buffer>;
/** What attaching a referrer wrote. */
export interface AttachedReferrer {
    digest: string;
    artifactType: string;
    /** The referrers tag index written (`sha256-<hex>`) when the registry has no referrers API. */
    tag?: string;
}
/**
 * Pushes `content` as an artifact manifest referring to `subject` (blobs, then the manifest by digest)
 * and makes sure the registry lists it: through its referrers API, else in the `sha256-<hex>` tag index,
 * merged with what that tag holds. Safe to run twice: the same content gives the same digest.
 */
export declare function attachReferrer(repository: Repository, subject: Descriptor, artifact: {
    artifactType: string;
    mediaType: string;
    content: Buffer;
    annotations?: Record<string, string>;
}): Promise<AttachedReferrer>;
/** syft's argv and environment to scan a pushed image (`registry:`), SPDX JSON to `output`. */
export declare function syftCommand(options: {
    reference: string;
    output: string;
    plainHttp: boolean;
    credentials?: {
        registry: string;
        username: string;
        password: string;
    };
}): {
    args: string[];
    env: Record<string, string>;
};
