import { type Change, type HelmImageKeys, type ImageTarget, type KindOption, type ReferenceForm } from '../../lib/gitops/updaters/index.js';
import type { Logger } from '../../lib/log/index.js';
export type UpdaterChoice = KindOption;
export interface EditTarget extends ImageTarget {
    form: ReferenceForm;
}
export interface EditOptions {
    /** A file, a directory, or a glob (`*`, `**`, `?`, `{a,b}`, `[abc]`) relative to the repository root. */
    filePath: string;
    updater: UpdaterChoice;
    /** Piper's tool: `kustomize` edits kustomizations whatever their file name when `updater` is auto. */
    tool: string;
    targets: readonly EditTarget[];
    containerName?: string | undefined;
    imagePullSecret?: string | undefined;
    /** Parsed `helmValuesImageKeys`. */
    helmValuesImageKeys?: readonly HelmImageKeys[] | undefined;
    log: Logger;
    /** For messages: where the repository is. */
    where: string;
}
export interface TargetEdit {
    target: EditTarget;
    /** What changed for this image, in every file. */
    changes: Change[];
}
export interface EditOutcome {
    /** Files whose text changed, relative to the root with '/'. */
    changedFiles: string[];
    edits: TargetEdit[];
}
/**
 * Applies the targets to the files `filePath` names. No file, or no file naming an image, is thrown as
 * a conflict: on a branch that moved, the retry then fails saying the edit no longer applies.
 */
export declare function editFiles(root: string, options: EditOptions): Promise<EditOutcome>;
