import { ImageReference } from '../oci/reference.js';
import type { EnvKey, EnvKeys } from './keys.js';
/** Where an image is: registry host, repository path, tags, digest. */
export interface ImageLocation {
    /** `host[:port]`, lowercase, no scheme (`docker.io` for Docker Hub). */
    registry: string;
    /** Path in the registry, e.g. `team/app`. */
    repository: string;
    tags: string[];
    /** Manifest or index digest, `sha256:…`; absent only for images Piper's steps recorded without one. */
    digest?: string;
}
/** Where an image came from. */
export interface ImageProvenance {
    /** Git commit of the source. */
    revision?: string;
    /** Git remote of the source (credentials never included). */
    repository?: string;
    dockerfile?: string;
    builder?: string;
    /** Base images the build started from, as written in the Dockerfile. */
    baseImages?: string[];
    /** For an image pushed from a file: `oci:DIR[:tag]` or `docker-archive:FILE`. */
    archive?: string;
}
/** An artifact attached to the image through the OCI referrers API (an SBOM, a signature). */
export interface ReferrerRecord {
    digest: string;
    artifactType: string;
}
/** One image: where it is, what it holds, where it came from and (after a promotion) where it went. */
export interface ImageRecord extends ImageLocation {
    /** Platforms of an index, e.g. `linux/amd64`; absent for a single-platform manifest. */
    platforms?: string[];
    source?: ImageProvenance;
    /** Set by imagePushToRegistry: where the image was promoted to (same digest unless platforms were chosen). */
    target?: ImageLocation;
    referrers?: ReferrerRecord[];
}
/** A record after imagePushToRegistry: the target is set. */
export type PromotedImage = ImageRecord & {
    target: ImageLocation & {
        digest: string;
    };
};
/** Read access to the pipeline environment (PipelineEnvironment satisfies it). */
export interface EnvReader {
    get<K extends EnvKey>(key: K): EnvKeys[K] | undefined;
}
/** Write access to the pipeline environment. */
export interface EnvWriter extends EnvReader {
    set<K extends EnvKey>(key: K, value: EnvKeys[K] | undefined): void;
}
/** The parsed reference of a location, `registry/repository[:tag][@digest]`, built from its parts. */
export declare function referenceOf(location: ImageLocation, tag?: string | undefined): ImageReference;
/** The location of a parsed reference with the given tags and digest. */
export declare function locationOf(ref: ImageReference, tags: readonly string[], digest: string | undefined): ImageLocation;
/** True when `ref` names this location: same registry and repository and, when `ref` has a tag, that tag. */
export declare function locationMatches(location: ImageLocation, ref: ImageReference): boolean;
/** The images a build recorded: `container/images`, else what Piper's build steps left in the flat keys. */
export declare function readBuiltImages(env: EnvReader): ImageRecord[];
/** The images imagePushToRegistry promoted, each with its target. */
export declare function readPromotedImages(env: EnvReader): PromotedImage[];
export interface WriteBuiltImagesOptions {
    /**
     * `container/imageNameTag` of a multi-image build: Piper writes the step's own ("root") image there,
     * `null` when it built none; by default the first record's first `name:tag`.
     */
    imageNameTag?: string | null;
}
/**
 * Writes what a build produced: `container/images` and, from the same records, Piper's flat keys
 * (`imageNameTag(s)`, `imageNames`, `imageDigest(s)`, `registryUrl`) so Piper's steps read them.
 * `imageNameTags[i]` and `imageDigests[i]` come from the same record, so they cannot fall out of step.
 */
export declare function writeBuiltImages(env: EnvWriter, registryUrl: string, records: readonly ImageRecord[], options?: WriteBuiltImagesOptions): void;
/** Writes what a promotion produced: `promotion/registryUrl` and `promotion/images`. */
export declare function writePromotedImages(env: EnvWriter, registryUrl: string, records: readonly PromotedImage[]): void;
/** Clears the promotion keys (a stale record from an earlier run must not outlive a failure). */
export declare function clearPromotedImages(env: EnvWriter): void;
