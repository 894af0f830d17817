// Pins images in GitOps files in place, without git: the library face of `ferry set-image`. Checks
// every target before any file is read, edits through the updaters, and says what the run came to.
import { UsageError, errorMessage } from '../util/errors';
import { resolveTarget, updateFiles, type UpdateFilesOptions, type UpdateFilesResult } from './updaters';
import type { ImageTarget } from './updaters/types';

export type SetImageOptions = UpdateFilesOptions;

/**
 * What a run came to: `changed` (files edited, or would be in a dry run), `unchanged` (every match
 * already as asked), `no-match` (no image matched a target), `unreadable` (no file could be read:
 * one is not valid YAML), `left-alone` (every file was left alone as a template, or was a dangling
 * symbolic link: nothing of ferry's to edit, which is not bad input).
 */
export type SetImageOutcome = 'changed' | 'unchanged' | 'no-match' | 'unreadable' | 'left-alone';

export interface SetImageResult extends UpdateFilesResult {
  outcome: SetImageOutcome;
}

/**
 * Parses `REPOSITORY=REFERENCE` (a bare REFERENCE stands for its own repository), as `--image` and
 * the `images` input take it. Throws a UsageError naming the value.
 */
export function parseImageTarget(value: string): ImageTarget {
  const eq = value.indexOf('=');
  const repository = eq < 0 ? value : value.slice(0, eq);
  const reference = eq < 0 ? value : value.slice(eq + 1);
  if (repository.trim() === '' || reference.trim() === '')
    throw new UsageError(
      `Invalid image '${value}': expected REPOSITORY=REFERENCE, e.g. app=registry.example.com/app@sha256:<64 hex>.`,
    );
  return { repository: repository.trim(), reference: reference.trim() };
}

/**
 * Checks every target (and policy reference) as a usage error, so a typo stops before any file is
 * read; `label` names the targets in messages (`--image` on the command line).
 */
export function checkTargets(
  options: Pick<SetImageOptions, 'images' | 'policies' | 'referenceForm' | 'keepTag'>,
  label = 'image',
): void {
  const form = { referenceForm: options.referenceForm, keepTag: options.keepTag };
  for (const image of options.images) {
    try {
      resolveTarget(image, form);
    } catch (error) {
      throw new UsageError(
        `Invalid ${label} '${image.repository}=${image.reference}': ${errorMessage(error)}`,
        error,
      );
    }
  }
  for (const reference of Object.values(options.policies ?? {}))
    resolveTarget({ repository: reference, reference }, form);
}

/**
 * Pins `images` in `files` under `root` (see updateFiles): checks the targets first, then edits in
 * place (or computes the diff with `dryRun`).
 */
export async function setImage(options: SetImageOptions): Promise<SetImageResult> {
  checkTargets(options);
  const result = await updateFiles(options);
  let outcome: SetImageOutcome;
  if (result.matched === 0 && result.unchangedFiles.length === 0 && result.skippedFiles.length > 0)
    // Nothing ferry could read: the files are the problem, not the image names.
    outcome = result.skippedFiles.some((s) => s.cause === 'invalid') ? 'unreadable' : 'left-alone';
  else if (result.matched === 0) outcome = 'no-match';
  else outcome = result.changes.length > 0 ? 'changed' : 'unchanged';
  return { ...result, outcome };
}
