import { type EnvReader, type ImageRecord } from '../../lib/env/index.js';
import { type ImageReference, type NormalizedRegistry } from '../../lib/oci/reference.js';
import type { ParamValues } from '../../lib/step/index.js';
import type { params } from './metadata.js';
type StepParams = ParamValues<typeof params>;
/** The parameters the plan reads; all optional so a library caller may pass only what it has. */
export type PlanParams = Partial<Pick<StepParams, 'sourceImages' | 'sourceImageTag' | 'sourceRegistryUrl' | 'targetRegistryUrl' | 'targetImages' | 'targetImageTag' | 'useImageNameTags' | 'sourceImageNameTags' | 'targetImageNameTags' | 'tagLatest' | 'pushLocalDockerImage' | 'localDockerImagePath' | 'targetArchitecture'>>;
export type { EnvReader };
/** Where a pinned source digest came from: the reference itself, or the build's image record. */
export type DigestOrigin = 'reference' | 'container/images';
export type PlannedSource = {
    kind: 'registry';
    /** The source as named, `registry/repo[:tag][@digest]` (digest set when pinned). */
    reference: ImageReference;
    /** Handed to the copy: the digest when known, else the tag. */
    identifier: string;
    digestFrom?: DigestOrigin;
    /** The build's record of this image, extended with the target once it is copied. */
    record?: ImageRecord;
} | {
    kind: 'local';
    /** localDockerImagePath as given (resolved against the workspace by run.ts). */
    path: string;
    /** Tag to pick in an OCI layout holding several images (sourceImageTag). */
    tag?: string;
};
export interface PlannedCopy {
    source: PlannedSource;
    /** Target repository, no tag. */
    target: ImageReference;
    /** Every tag written at the target, by one copy. Never empty. */
    tags: string[];
    /** `os/arch[/variant]` to keep; empty: the whole index. */
    platforms: string[];
}
export interface PushPlan {
    targetRegistry: NormalizedRegistry;
    /** The target registry as recorded in promotion/registryUrl: `[scheme://]host[/path]`. */
    targetRegistryUrl: string;
    sourceRegistry?: NormalizedRegistry;
    copies: PlannedCopy[];
    /** Things the user should read (a `+` turned into `-`, ignored targetImages keys). */
    notes: string[];
}
/** Builds the copy plan; throws a usage FerryError naming the parameter and the fix when it cannot. */
export declare function planPush(p: PlanParams, env: EnvReader): PushPlan;
