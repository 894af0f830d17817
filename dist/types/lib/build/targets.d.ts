import { type ImageReference } from '../oci/reference.js';
export interface TargetOptions {
    registryUrl?: string;
    imageName?: string;
    imageTag?: string;
    /** Full `registry/name:tag` (Piper's containerImage). */
    image?: string;
    nameTags: readonly string[];
    tagLatest: boolean;
    additionalTags: readonly string[];
    /** Tag used when none is given (the git short SHA). */
    defaultTag?: string;
}
export interface BuildTarget {
    reference: ImageReference;
    /** `name:tag` as Piper records it in container/imageNameTags. */
    nameTag: string;
}
export interface TargetPlan {
    /** The registry URL as the pipeline environment records it (as given, else from containerImage). */
    registryUrl: string;
    /** host[:port] */
    registry: string;
    /** true for https://, false for http://, undefined when no scheme was written. */
    secure?: boolean;
    targets: BuildTarget[];
    /** The tag when the step chose it itself (git short SHA): recorded as artifactVersion. */
    chosenTag?: string;
}
/** Semver build metadata (`1.0+build.5`) is not a valid tag; Piper writes it with '-'. */
export declare function tagOf(version: string): string;
export declare function planTargets(options: TargetOptions): TargetPlan;
/** Targets grouped by repository, in first-seen order: one push (and one record) per repository. */
export declare function groupByRepository(targets: readonly BuildTarget[]): {
    repository: string;
    reference: ImageReference;
    tags: string[];
}[];
