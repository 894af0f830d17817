import type { Logger } from '../../log/index.js';
import type { ImageReference } from '../../oci/reference.js';
export type UpdaterKind = 'manifest' | 'kustomize' | 'helm-values' | 'setter' | 'argocd';
/** How the new reference is written: `repo@sha256:…`, `repo:tag@sha256:…` or `repo:tag`. */
export type ReferenceForm = 'digest' | 'tag+digest' | 'tag';
/** One image to pin: which images to replace, and the reference to write. */
export interface ImageTarget {
    /** The repository as users write it (`nginx`, `localhost:5000/app`); tag or digest ignored. */
    repository: string;
    /**
     * The new reference, e.g. `registry.example.com/app:1.2@sha256:<64 hex>`; a bare `sha256:…` keeps the
     * repository. A parsed reference (from the pipeline's image record) is used as it is, not re-parsed.
     */
    reference: string | ImageReference;
}
/** Helm values key paths for one image: either a dotted path or the names of its parts. */
export type HelmImageKeys = string | {
    repository: string;
    tag?: string | undefined;
    digest?: string | undefined;
    registry?: string | undefined;
};
export interface UpdateOptions {
    images: readonly ImageTarget[];
    /** Flux image policies (`namespace:name`) and the reference each stands for, for setter comments. */
    policies?: Readonly<Record<string, string>> | undefined;
    /** Piper's `containerName`: in manifests, replace the image of containers with this name. */
    containerName?: string | undefined;
    /** Default: `digest` when the reference has a digest, else `tag`. */
    referenceForm?: ReferenceForm | undefined;
    /** Shorthand for referenceForm `tag+digest` (for references that have a digest). */
    keepTag?: boolean | undefined;
    /** Helm values: where the images are. Default: every `image`-like key in the file. */
    helmValuesImageKeys?: readonly HelmImageKeys[] | undefined;
    /** Manifests: add `imagePullSecrets: [{name}]` to pod specs that have none. Off by default. */
    imagePullSecret?: string | undefined;
    /** Manifests: annotate changed resources with `ferry.dev/image-source`. Off by default. */
    annotateSource?: {
        revision: string;
        repositoryUrl: string;
    } | undefined;
    /** Kustomize: add an `images:` entry when none matches. Default true for kind `kustomize`. */
    addMissing?: boolean | undefined;
    /** The file's path, for kinds its name decides (Argo CD's `.argocd-source-<app>.yaml`). */
    file?: string | undefined;
    log?: Logger | undefined;
}
export interface ExtractOptions {
    helmValuesImageKeys?: readonly HelmImageKeys[] | undefined;
    file?: string | undefined;
}
/** Which part of a split image a text position holds (Helm `image.tag`, Flux `:tag` setters). */
export type ImageField = 'full' | 'registry' | 'name' | 'tag' | 'digest';
export interface ImageOccurrence {
    kind: UpdaterKind;
    /** Stable within a file across edits: document and key path, e.g. `0:spec.template.spec.containers[1].image`. */
    id: string;
    /** The value as YAML reads it. */
    value: string;
    field: ImageField;
    /** Source range of the scalar (quotes included) in the file's text. */
    start: number;
    end: number;
    /** 1-based. */
    line: number;
    column: number;
    /** Manifests: the container's name. */
    container?: string | undefined;
    /** Helm and setter parts that belong to one image share a group. */
    group?: string | undefined;
}
export interface Change {
    line: number;
    /** What was changed: an image reference or part, or an added field. */
    field: ImageField | 'imagePullSecrets' | 'annotation' | 'entry';
    before: string;
    after: string;
    container?: string | undefined;
}
export interface UpdateResult {
    text: string;
    changes: Change[];
    warnings: string[];
    /** Occurrences that matched a target (changed or already up to date). */
    matched: number;
    /** Set when the file was not read at all: why, and whether it is a template (Helm `{{ }}`). */
    leftAlone?: {
        reason: string;
        template: boolean;
    } | undefined;
}
export interface Updater {
    readonly kind: UpdaterKind;
    extract(text: string, options?: ExtractOptions): ImageOccurrence[];
    update(text: string, options: UpdateOptions): UpdateResult;
}
