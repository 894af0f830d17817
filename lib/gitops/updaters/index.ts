// GitOps updaters: pin images by digest in Kubernetes manifests, kustomizations, Helm values files
// and setter-marked values, editing only the image text and reading every edit back.
//
// The one call for callers (the gitOpsUpdateDeployment step, `ferry set-image`):
//
//   const result = await updateFiles({
//     root,                       // every path must resolve (symlinks too) inside root, else PATH error
//     files: ['deploy/'],         // files or directories (YAML files found recursively), and/or
//     globs: ['apps/**/values*.yaml'],
//     images: [{ repository: 'staging.example.com/app', reference: 'prod.example.com/app:1.2@sha256:…' }],
//     kind: 'auto',               // or 'manifest' | 'kustomize' | 'helm-values' | 'setter'
//     containerName, referenceForm, keepTag, helmValuesImageKeys, policies,
//     imagePullSecret, annotateSource: { revision, repositoryUrl }, dryRun, log,
//   });
//   result.changes        // [{ file, line, field, before, after, kind }] (file relative to root, '/')
//   result.changedFiles / unchangedFiles / skippedFiles / matched / diffs
//
// It reads every file and computes every edit before writing any, so a failed edit writes nothing.
// Running it twice with the same images changes nothing the second time. `matched === 0` means no
// image matched; deciding whether that is an error is the caller's business.
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../../log';
import { FerryError } from '../../util/errors';
import { selectFiles, hasGlobMagic } from './files';
import { isInside } from '../../util/paths';
import { argocdUpdater, WRITE_BACK_FILE } from './argocd';
import { helmValuesUpdater } from './helm-values';
import { kustomizeUpdater } from './kustomize';
import { manifestUpdater } from './manifest';
import { mayHoldEmbeddedImages } from './resources';
import { setterUpdater } from './setter';
import type { Change, UpdateOptions, UpdateResult, Updater, UpdaterKind } from './types';

export * from './types';
export { resolveTarget, renderReference, splitReference, canonicalName } from './image-ref';
export { selectFiles, realPathInside, globToRegExp } from './files';
export { unifiedDiff } from './diff';
export { parseHelmImageKeys } from './helm-values/keys';

/** The updaters, one per file kind. */
export const updaters: Readonly<Record<UpdaterKind, Updater>> = {
  manifest: manifestUpdater,
  kustomize: kustomizeUpdater,
  'helm-values': helmValuesUpdater,
  setter: setterUpdater,
  argocd: argocdUpdater,
};

export const UPDATER_KINDS = Object.keys(updaters) as UpdaterKind[];
export type KindOption = UpdaterKind | 'auto';

export function isKindOption(value: string): value is KindOption {
  return value === 'auto' || (UPDATER_KINDS as string[]).includes(value);
}

const KUSTOMIZATION = /^(kustomization\.ya?ml|Kustomization)$/;
const SETTER_MARK = /#[ \t]*(\{[ \t]*"\$imagepolicy"|ferry:image=)/;

/**
 * The kinds to apply to a file, in order: kustomizations (by name or apiVersion), Argo CD write-back
 * files (`.argocd-source-<app>.yaml`), manifests when a document has `apiVersion` and `kind` (plus
 * Helm values for Flux HelmReleases and Argo CD Applications, and Argo CD for Applications' Helm
 * parameters and kustomize images), Helm values otherwise; plus setters wherever a marker appears.
 */
export function detectKinds(file: string, text: string): UpdaterKind[] {
  const base = path.basename(file);
  const kinds: UpdaterKind[] = [];
  text = text.replace(/^\uFEFF/, '');
  if (KUSTOMIZATION.test(base) || /^apiVersion:[ \t]*kustomize\.config\.k8s\.io\//m.test(text))
    kinds.push('kustomize');
  else if (WRITE_BACK_FILE.test(base)) kinds.push('argocd');
  else if (
    (/^apiVersion:/m.test(text) && /^kind:/m.test(text)) ||
    // JSON is YAML too: `{"apiVersion": …, "kind": …}`.
    (/^[{\s]*"apiVersion"\s*:/m.test(text) && /"kind"\s*:/.test(text))
  ) {
    kinds.push('manifest');
    const embedded = mayHoldEmbeddedImages(text);
    if (embedded.helmRelease || embedded.argo) kinds.push('helm-values');
    if (embedded.argo) kinds.push('argocd');
  } else kinds.push('helm-values');
  if (SETTER_MARK.test(text)) kinds.push('setter');
  return kinds;
}

export interface UpdateTextOptions extends UpdateOptions {
  kind?: KindOption | undefined;
}

export interface TextResult extends UpdateResult {
  kinds: UpdaterKind[];
  changes: (Change & { kind: UpdaterKind })[];
}

/** Updates one file's text with the kind given, or the kinds `auto` detects. */
export function updateText(text: string, options: UpdateTextOptions): TextResult {
  const kind = options.kind ?? 'auto';
  const kinds = kind === 'auto' ? detectKinds(options.file ?? '', text) : [kind];
  let current = text;
  const changes: TextResult['changes'] = [];
  const warnings: string[] = [];
  let matched = 0;
  let alone: TextResult['leftAlone'];
  for (const k of kinds) {
    // An entry is added to a kustomization only when asked for that kind, or explicitly.
    const addMissing = options.addMissing ?? kind === 'kustomize';
    const result = updaters[k].update(current, { ...options, addMissing });
    current = result.text;
    changes.push(...result.changes.map((c) => ({ ...c, kind: k })));
    warnings.push(...result.warnings);
    matched += result.matched;
    alone ??= result.leftAlone;
  }
  return { text: current, changes, warnings, matched, kinds, leftAlone: alone };
}

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
  skippedFiles: { file: string; reason: string; cause: 'template' | 'invalid' | 'dangling-link' }[];
  /** Image occurrences that matched a target, changed or already pinned. */
  matched: number;
  /** Before and after text of each changed file, for diffs. */
  diffs: { file: string; before: string; after: string }[];
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const { mode } = await stat(file);
  const temporary = `${file}.ferry-${process.pid}-${Date.now()}.tmp`;
  await writeFile(temporary, text, { mode });
  await rename(temporary, file);
}

/** Updates files under `root`; see the top of this file. */
export async function updateFiles(options: UpdateFilesOptions): Promise<UpdateFilesResult> {
  const inputs = options.files ?? [];
  const globs = [...(options.globs ?? []), ...inputs.filter(hasGlobMagic)];
  const { realRoot, files, named, skipped } = await selectFiles({
    root: options.root,
    files: inputs.filter((f) => !hasGlobMagic(f)),
    globs,
    allowOutside: options.allowOutside,
  });
  // Inside the root: relative with '/'; a file named outside it (CLI only): its absolute path.
  const display = (real: string): string =>
    isInside(real, realRoot) ? path.relative(realRoot, real).split(path.sep).join('/') : real;
  if (files.length === 0 && skipped.length === 0)
    throw new FerryError(
      `No files to update: ${[...inputs, ...(options.globs ?? [])].join(', ') || 'no paths were given'} matched no file. Give files, directories or globs under ${options.root}.`,
      { code: 'PATH', usage: true },
    );
  const result: UpdateFilesResult = {
    changes: [],
    changedFiles: [],
    unchangedFiles: [],
    skippedFiles: [],
    matched: 0,
    diffs: [],
  };
  for (const link of skipped) {
    const file = display(link.path);
    options.log?.warn(`${file}: skipped: ${link.reason}`);
    result.skippedFiles.push({ file, reason: link.reason, cause: 'dangling-link' });
  }
  const writes: { real: string; text: string }[] = [];
  for (const real of files) {
    const file = display(real);
    const before = await readFile(real, 'utf8');
    let updated: TextResult;
    try {
      // A kustomization named on its own gets a missing entry; one found in a directory does not.
      const addMissing = options.addMissing ?? (options.kind === 'kustomize' || named.has(real));
      updated = updateText(before, { ...options, addMissing, file: real });
    } catch (error) {
      if (error instanceof FerryError)
        throw new FerryError(`${file}: ${error.message}`, {
          code: error.code,
          usage: error.usage,
          cause: error,
        });
      throw error;
    }
    for (const warning of updated.warnings) options.log?.warn(`${file}: ${warning}`);
    if (updated.leftAlone)
      result.skippedFiles.push({
        file,
        reason: updated.leftAlone.reason,
        cause: updated.leftAlone.template ? 'template' : 'invalid',
      });
    result.matched += updated.matched;
    result.changes.push(...updated.changes.map((c) => ({ file, ...c })));
    if (updated.text === before) {
      if (!result.skippedFiles.some((s) => s.file === file)) result.unchangedFiles.push(file);
      continue;
    }
    result.changedFiles.push(file);
    result.diffs.push({ file, before, after: updated.text });
    writes.push({ real, text: updated.text });
  }
  if (!options.dryRun) for (const w of writes) await writeAtomically(w.real, w.text);
  return result;
}
