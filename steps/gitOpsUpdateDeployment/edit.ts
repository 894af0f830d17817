// Edits the deployment files in the GitOps work tree through ferry's updaters: expand `filePath` (a
// glob), pick the updater per file, replace the image text in place, and report what changed.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { conflictError } from '../../lib/gitops/git';
import { helmValuesUpdater } from '../../lib/gitops/updaters/helm-values';
import { kustomizeUpdater } from '../../lib/gitops/updaters/kustomize';
import { manifestUpdater } from '../../lib/gitops/updaters/manifest';
import type {
  Change,
  ImageTarget,
  ReferenceForm,
  Updater,
  UpdaterKind,
} from '../../lib/gitops/updaters/types';
import type { Logger } from '../../lib/log';
import { FerryError } from '../../lib/util/errors';

export type UpdaterChoice = 'auto' | UpdaterKind;

export interface EditTarget extends ImageTarget {
  form: ReferenceForm;
}

export interface EditOptions {
  /** Glob relative to the repository root: `*`, `**`, `?`, `{a,b}`. */
  filePath: string;
  updater: UpdaterChoice;
  /** Piper's tool: decides the updater when `updater` is auto. */
  tool: string;
  targets: readonly EditTarget[];
  containerName?: string | undefined;
  imagePullSecret?: string | undefined;
  log: Logger;
  /** For messages: where the repository is. */
  where: string;
}

export interface FileEdit {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  kind: UpdaterKind;
  changes: Change[];
}

export interface EditOutcome {
  /** Files whose text changed. */
  changed: FileEdit[];
  /** Files that were looked at. */
  files: string[];
}

const UPDATERS: Partial<Record<UpdaterKind, Updater>> = {
  manifest: manifestUpdater,
  kustomize: kustomizeUpdater,
  'helm-values': helmValuesUpdater,
};

function usage(message: string): FerryError {
  return new FerryError(message, { code: 'USAGE', usage: true });
}

/** Translates a glob into an anchored regular expression over `/`-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches any number of directories, including none.
        const slash = glob[i + 2] === '/';
        out += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) out += '\\{';
      else {
        out += `(?:${glob
          .slice(i + 1, end)
          .split(',')
          .map((alt) => alt.replace(/[.+^$()|[\]\\]/g, '\\$&'))
          .join('|')})`;
        i = end;
      }
    } else out += c.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((p) => !p.startsWith('.git/'))
    .sort();
}

/** The files `filePath` names: the path itself when it has no glob characters, else every match. */
export async function matchFiles(root: string, filePath: string): Promise<string[]> {
  const pattern = filePath.replace(/^\.\//, '');
  if (pattern.split('/').some((part) => part === '..') || pattern.startsWith('/')) {
    throw usage(
      `filePath '${filePath}': it must stay inside the GitOps repository. Give a path relative to its root.`,
    );
  }
  const regex = globToRegExp(pattern);
  return (await listFiles(root)).filter((p) => regex.test(p));
}

function kindFor(path: string, options: EditOptions): UpdaterKind {
  if (options.updater !== 'auto') return options.updater;
  const base = path.split('/').pop() ?? path;
  if (/^kustomization\.ya?ml$/i.test(base) || options.tool === 'kustomize') return 'kustomize';
  return 'manifest';
}

/**
 * Applies the targets to every file `filePath` matches. Throws when no file matches, or when no file
 * references any of the images: as a conflict, so that after a concurrent change the retry fails clearly.
 */
export async function editFiles(root: string, options: EditOptions): Promise<EditOutcome> {
  const files = await matchFiles(root, options.filePath);
  if (files.length === 0) {
    throw conflictError(
      `gitOpsUpdateDeployment: filePath '${options.filePath}' matches no file in ${options.where}. Check filePath (relative to the repository root) and branchName.`,
    );
  }
  const changed: FileEdit[] = [];
  const matchedRepositories = new Set<string>();
  for (const path of files) {
    const kind = kindFor(path, options);
    const updater = UPDATERS[kind];
    if (!updater)
      throw usage(
        `updater '${kind}' is not available in this version of ferry. Use manifest, kustomize or helm-values.`,
      );
    const original = await readFile(join(root, path), 'utf8');
    let text = original;
    const changes: Change[] = [];
    // One pass per target: each may need its own reference form (a tag when no digest is known).
    for (const target of options.targets) {
      const result = updater.update(text, {
        images: [{ repository: target.repository, reference: target.reference }],
        referenceForm: target.form,
        containerName: options.containerName,
        imagePullSecret: options.imagePullSecret,
        log: options.log,
      });
      for (const warning of result.warnings) options.log.warn(`${path}: ${warning}`);
      if (result.matched > 0 || result.changes.length > 0) matchedRepositories.add(target.repository);
      text = result.text;
      changes.push(...result.changes);
    }
    if (text !== original) {
      await writeFile(join(root, path), text);
      changed.push({ path, kind, changes });
    }
  }
  const unmatched = options.targets.filter((t) => !matchedRepositories.has(t.repository));
  if (unmatched.length > 0) {
    const names = unmatched.map((t) => t.repository).join(', ');
    const hint = options.containerName ? ` or containerName '${options.containerName}'` : '';
    throw conflictError(
      `gitOpsUpdateDeployment: no file matching '${options.filePath}' in ${options.where} references ${names}. Check filePath${hint}, or name the image the files use with the images parameter (REPOSITORY=REFERENCE).`,
    );
  }
  return { changed, files };
}
