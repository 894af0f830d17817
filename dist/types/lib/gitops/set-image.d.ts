import { type UpdateFilesOptions, type UpdateFilesResult } from './updaters/index.js';
import type { ImageTarget } from './updaters/types.js';
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
export declare function parseImageTarget(value: string): ImageTarget;
/**
 * Checks every target (and policy reference) as a usage error, so a typo stops before any file is
 * read; `label` names the targets in messages (`--image` on the command line).
 */
export declare function checkTargets(options: Pick<SetImageOptions, 'images' | 'policies' | 'referenceForm' | 'keepTag'>, label?: string): void;
/**
 * Pins `images` in `files` under `root` (see updateFiles): checks the targets first, then edits in
 * place (or computes the diff with `dryRun`).
 */
export declare function setImage(options: SetImageOptions): Promise<SetImageResult>;
