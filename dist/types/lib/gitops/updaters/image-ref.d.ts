import type { ImageTarget, ReferenceForm, UpdateOptions } from './types.js';
export interface WrittenReference {
    /** The name exactly as written (`nginx`, `localhost:5000/app`). */
    name: string;
    tag: string | undefined;
    digest: string | undefined;
}
/** Splits `name[:tag][@digest]` as text; the registry port is never mistaken for a tag. */
export declare function splitReference(text: string): WrittenReference;
/** `registry/repository` with Docker Hub's defaults (`nginx` → `docker.io/library/nginx`), or undefined. */
export declare function canonicalName(text: string): string | undefined;
/**
 * A kustomize image name that is not a valid repository (mixed case: `myFancyDeployment`), matched as
 * written; kustomize itself compares `images[].name` as text.
 */
export declare function kustomizeName(text: string): string | undefined;
/** A target ready to apply: what it matches and the parts it writes. */
export interface ResolvedTarget {
    /** Canonical `registry/repository` the target replaces. */
    match: string;
    /** The new name as the user wrote it. */
    name: string;
    canonical: string;
    /** Registry and path of the new name, for Helm charts that keep them apart. */
    registry: string;
    path: string;
    tag: string | undefined;
    digest: string | undefined;
    form: ReferenceForm;
    /** The text the target came from, for messages. */
    source: string;
    /**
     * The reference named no repository of its own (`app=sha256:…`, kustomize's `app=*@sha256:…`,
     * `app=*:1.2`): keep whatever name the file already writes for the image (a kustomization's
     * `newName` included) and change only its tag or digest.
     */
    keepName: boolean;
}
/** Validates a target once, at the edge, into the parts every updater needs. */
export declare function resolveTarget(target: ImageTarget, options: Pick<UpdateOptions, 'referenceForm' | 'keepTag'>): ResolvedTarget;
/**
 * The reference to write in place of `current`. The name is kept as written when it already names
 * the target's repository, so `nginx:1` becomes `nginx@sha256:…`, not `docker.io/library/nginx@…`.
 */
export declare function renderReference(current: string, target: ResolvedTarget): string;
/** The first target whose repository is the one this image names. */
export declare function findTarget(current: string, targets: readonly ResolvedTarget[]): ResolvedTarget | undefined;
