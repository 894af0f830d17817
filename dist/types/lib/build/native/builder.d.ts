import type { Logger } from '../../log/index.js';
import { type ImageReference } from '../../oci/reference.js';
import { type Platform, type Repository } from '../../oci/types.js';
import { type Dockerfile } from '../dockerfile/index.js';
import type { BuiltImage } from './image.js';
export declare const DEFAULT_PLATFORM: Platform;
export interface NativeBuildOptions {
    /** The build context directory. */
    contextDir: string;
    /** Path of the Dockerfile (read unless `dockerfileText` is given; names it in messages). */
    dockerfilePath: string;
    dockerfileText?: string;
    buildArgs?: Readonly<Record<string, string>>;
    target?: string;
    /** Platform of the image (default linux/amd64); picks the base image's platform too. */
    platform?: Platform;
    /**
     * Seconds since the epoch for `created` and every file's mtime: SOURCE_DATE_EPOCH when the caller has
     * it, else the commit time; default 0.
     */
    timestamp?: number;
    /** Labels added to the image config, overriding the Dockerfile's (org.opencontainers.image.*). */
    labels?: Readonly<Record<string, string>>;
    /** Annotations on the manifest. */
    annotations?: Readonly<Record<string, string>>;
    /** Opens the repository of a base image (FROM a registry image, `COPY --from=image`). */
    openRepository?: (reference: ImageReference) => Promise<Repository>;
    /** Where new layers are written (a private temp directory). */
    workDir: string;
    log?: Logger;
}
/** Something the native builder cannot do, with the line that needs it. */
export interface NativeProblem {
    line: number;
    keyword: string;
    why: string;
}
/** The instructions among the stages a target needs that only a builder with a runtime can do. */
export declare function nativeProblems(dockerfile: Dockerfile, target?: string): NativeProblem[];
/**
 * Builds the Dockerfile natively into `workDir` and returns the image, not yet pushed (see pushImage).
 * Throws FerryError code BUILD (usage) naming the line for anything it cannot do, suggesting buildah.
 */
export declare function buildNative(options: NativeBuildOptions): Promise<BuiltImage>;
