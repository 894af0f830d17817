// Edits the deployment files in the GitOps work tree through ferry's updaters (`updateFiles`): one
// pass per image, so each keeps its own reference form and its own old → new record.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { conflictError } from '../../lib/gitops/git';
import {
  selectFiles,
  updateFiles,
  type Change,
  type HelmImageKeys,
  type ImageTarget,
  type KindOption,
  type ReferenceForm,
} from '../../lib/gitops/updaters';
import type { Logger } from '../../lib/log';
import { hasGlobMagic } from '../../lib/util/glob';

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

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Applies the targets to the files `filePath` names. No file, or no file naming an image, is thrown as
 * a conflict: on a branch that moved, the retry then fails saying the edit no longer applies.
 */
export async function editFiles(root: string, options: EditOptions): Promise<EditOutcome> {
  const { filePath } = options;
  const found = hasGlobMagic(filePath)
    ? (await selectFiles({ root, globs: [filePath] })).files.length > 0
    : await exists(join(root, filePath));
  if (!found) {
    throw conflictError(
      `gitOpsUpdateDeployment: filePath '${filePath}' matches no file in ${options.where}. Check filePath (relative to the repository root) and branchName.`,
    );
  }
  const kind: KindOption =
    options.updater === 'auto' && options.tool === 'kustomize' ? 'kustomize' : options.updater;
  const changed = new Set<string>();
  const edits: TargetEdit[] = [];
  const unmatched: string[] = [];
  for (const target of options.targets) {
    const result = await updateFiles({
      root,
      files: [filePath],
      images: [{ repository: target.repository, reference: target.reference }],
      kind,
      referenceForm: target.form,
      containerName: options.containerName,
      imagePullSecret: options.imagePullSecret,
      helmValuesImageKeys:
        options.helmValuesImageKeys && options.helmValuesImageKeys.length > 0
          ? options.helmValuesImageKeys
          : undefined,
      log: options.log,
    });
    for (const file of result.changedFiles) changed.add(file);
    if (result.matched === 0 && result.changes.length === 0) unmatched.push(target.repository);
    edits.push({ target, changes: result.changes });
  }
  if (unmatched.length > 0) {
    const hint = options.containerName ? ` or containerName '${options.containerName}'` : '';
    throw conflictError(
      `gitOpsUpdateDeployment: no file matching '${filePath}' in ${options.where} references ${unmatched.join(', ')}. Check filePath${hint}, or name the image the files use with the images parameter (REPOSITORY=REFERENCE).`,
    );
  }
  return { changedFiles: [...changed].sort(), edits };
}
