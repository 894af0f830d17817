import type { Logger } from '../../log/index.js';
import type { Change, UpdateOptions, UpdateResult, Updater, UpdaterKind } from './types.js';
export * from './types.js';
export { resolveTarget, renderReference, splitReference, canonicalName } from './image-ref.js';
export { selectFiles, realPathInside, globToRegExp } from './files.js';
export { unifiedDiff } from './diff.js';
export { parseHelmImageKeys } from './helm-values/keys.js';
/** The updaters, one per file kind. */
export declare const updaters: Readonly<Record<UpdaterKind, Updater>>;
export declare const UPDATER_KINDS: UpdaterKind[];
export type KindOption = UpdaterKind | 'auto';
export declare function isKindOption(value: string): value is KindOption;
/**
 * The kinds to apply to a file, in order: kustomizations (by name or apiVersion), Argo CD write-back
 * files (`.argocd-source-<app>.yaml`), manifests when a document has `apiVersion` and `kind` (plus
 * Helm values for Flux HelmReleases and Argo CD Applications, and Argo CD for Applications' Helm
 * parameters and kustomize images), Helm values otherwise; plus setters wherever a marker appears.
 */
export declare function detectKinds(file: string, text: string): UpdaterKind[];
export interface UpdateTextOptions extends UpdateOptions {
    kind?: KindOption | undefined;
}
export interface TextResult extends UpdateResult {
    kinds: UpdaterKind[];
    changes: (Change & {
        kind: UpdaterKind;
    })[];
}
/** Updates one file's text with the kind given, or the kinds `auto` detects. */
export declare function updateText(text: string, options: UpdateTextOptions): TextResult;
export interface UpdateFilesOptions extends Omit<UpdateOptions, 'log'> {
    /** Every file must be inside it (after resolving symbolic links). */
    root: string;
    /** Files or directories, relative to root; entries with glob characters are treated as globs. */
    files?: readonly string[] | undefined;
    globs?: readonly string[] | undefined;
    kind?: KindOption | undefined;
    /** Compute and report, write nothing. */
    dryRun?: boolean | undefined;
    /** Files and directories named in `files` may be outside root (see FileSelection.allowOutside). */
    allowOutside?: boolean | undefined;
    log?: Logger | undefined;
}
export interface FileChange extends Change {
    /** Relative to root, with '/'. */
    file: string;
    kind: UpdaterKind;
}
export interface UpdateFilesResult {
    changes: FileChange[];
    changedFiles: string[];
    /** Files read that needed no change. */
    unchangedFiles: string[];
    /**
     * Files left alone, and why: `template` (Helm `{{ }}` and the like: meant to be rendered, not
     * edited), `invalid` (not valid YAML), `dangling-link` (a symbolic link to nothing, met in a walk).
     */
    skippedFiles: {
        file: string;
        reason: string;
        cause: 'template' | 'invalid' | 'dangling-link';
    }[];
    /** Image occurrences that matched a target, changed or already pinned. */
    matched: number;
    /** Before and after text of each changed file, for diffs. */
    diffs: {
        file: string;
        before: string;
        after: string;
    }[];
}
/** Updates files under `root`; see the top of this file. */
export declare function updateFiles(options: UpdateFilesOptions): Promise<UpdateFilesResult>;
