// COPY and ADD: the sources matched in the build context or an earlier stage (archives unpacked for
// ADD), written as one reproducible layer on top of the stage, with owners, modes and parent dirs.
import { posix } from 'node:path';
import { FerryError } from '../../util/errors';
import { findStage, processWord, processWords, type Instruction } from '../dockerfile';
import { readArchive } from './archive';
import {
  cleanRelative,
  descendants,
  matchSources,
  resolveInTree,
  type SourceEntry,
  type SourceTree,
} from './context';
import { writeLayer } from './layer';
import { unsupported } from './problems';
import { addHistory, variables, type BuildSession, type StageState } from './session';
import type { TarWriteEntry as TarEntry } from '../../oci/archive/tar-writer';

function parseChown(value: string, where: string): { uid: number; gid: number } {
  const [user = '', group] = value.split(':');
  const id = (text: string): number => {
    if (text === 'root') return 0;
    if (/^\d+$/.test(text)) return Number(text);
    throw new FerryError(
      `${where}: --chown=${value} uses a name; the native builder cannot read the image's /etc/passwd. Use numeric ids (--chown=1000:1000) or builder: buildah.`,
      { code: 'BUILD', usage: true },
    );
  };
  const uid = id(user);
  return { uid, gid: group === undefined || group === '' ? uid : id(group) };
}

function parseChmod(value: string, where: string): number {
  if (!/^[0-7]{3,4}$/.test(value)) {
    throw new FerryError(`${where}: --chmod=${value} is not an octal mode. Write e.g. --chmod=0755.`, {
      code: 'BUILD',
      usage: true,
    });
  }
  return parseInt(value, 8);
}

/** Where a COPY or ADD takes its files from: the build context, or an earlier stage (`--from`). */
async function sourceTree(
  session: BuildSession,
  state: StageState,
  instruction: Instruction,
): Promise<{ tree: SourceTree; opaque?: string; label: string }> {
  const from = instruction.flags.from;
  if (from === undefined) return { tree: await session.contextTree(), label: 'the build context' };
  const name = processWord(from, variables(state), session.dockerfile.escape);
  const stage = findStage(session.dockerfile, name, state.stage.index);
  const source = stage ? session.stageState(stage.index) : undefined;
  if (!source) {
    throw unsupported(session.file, {
      line: instruction.line,
      keyword: instruction.keyword,
      why: `COPY --from=${name} names an image, not an earlier stage`,
    });
  }
  const result: { tree: SourceTree; opaque?: string; label: string } = {
    tree: source.files,
    label: `stage ${name}`,
  };
  if (source.opaqueBase) result.opaque = source.opaqueBase;
  return result;
}

/** Applies a COPY or ADD: one new layer with the matched files. */
export async function copyFiles(
  session: BuildSession,
  state: StageState,
  instruction: Instruction,
  vars: Map<string, string>,
): Promise<void> {
  const where = session.where(instruction);
  const escape = session.dockerfile.escape;
  const words = instruction.json
    ? instruction.json.map((w) => processWord(w, vars, escape))
    : processWords(instruction.args, vars, escape);
  if (words.length < 2)
    throw new FerryError(
      `${where}: needs at least one source and a destination. Write ${instruction.keyword} src dest.`,
      { code: 'BUILD', usage: true },
    );
  const dest = words[words.length - 1] ?? '';
  const sources = words.slice(0, -1);
  // Without --chown, context files are root's and stage or archive entries keep their owners.
  const owner =
    instruction.flags.chown === undefined
      ? undefined
      : parseChown(processWord(instruction.flags.chown, vars, escape), where);
  const chmod =
    instruction.flags.chmod === undefined ? undefined : parseChmod(instruction.flags.chmod, where);
  const { tree, opaque, label } = await sourceTree(session, state, instruction);

  const matches: string[] = [];
  for (const source of sources) {
    const found = matchSources(tree, source);
    if (found.length === 0) {
      const hint = opaque
        ? ` Files of the base image ${opaque} are not readable by the native builder; use builder: buildah.`
        : instruction.flags.from === undefined
          ? ' Check the path and .dockerignore.'
          : '';
      throw new FerryError(`${where}: '${source}' not found in ${label}.${hint}`, {
        code: 'BUILD',
        usage: true,
      });
    }
    matches.push(...found);
  }
  const destPath = posix.resolve(state.workdir, dest);
  const destRel = cleanRelative(destPath);
  const destIsDir =
    dest.endsWith('/') ||
    dest === '.' ||
    dest.endsWith('/.') ||
    state.files.get(destRel)?.type === 'dir' ||
    destRel === '';
  if (matches.length > 1 && !destIsDir) {
    throw new FerryError(
      `${where}: several sources need a directory destination ending in '/'. Write '${dest}/'.`,
      { code: 'BUILD', usage: true },
    );
  }

  const entries = new Map<string, TarEntry>();
  const added: [string, SourceEntry][] = [];
  const put = (path: string, source: SourceEntry): void => {
    if (path === '') return;
    const mode = chmod ?? source.mode;
    const entry: TarEntry = {
      path,
      type: source.type,
      mode: source.type === 'symlink' ? 0o777 : mode,
      uid: owner?.uid ?? source.uid,
      gid: owner?.gid ?? source.gid,
      mtime: session.mtime,
      size: source.type === 'file' ? source.size : 0,
    };
    if (source.linkTarget !== undefined) entry.linkTarget = source.linkTarget;
    if (source.open) entry.open = source.open;
    entries.set(path, entry);
    added.push([path, { ...source, mode: entry.mode, uid: entry.uid, gid: entry.gid }]);
  };
  for (const match of matches) {
    const resolved = resolveInTree(tree, match);
    if (!resolved)
      throw new FerryError(
        `${where}: '${match}' is a symlink that leads outside ${label}. Copy the file it points to.`,
        { code: 'BUILD', usage: true },
      );
    const hostPath = resolved.entry.hostPath;
    if (instruction.keyword === 'ADD' && resolved.entry.type === 'file' && hostPath) {
      const archive = await readArchive(hostPath, match, session.options.workDir);
      if (archive) {
        // An archive unpacks into the destination directory, whatever its name ends with.
        for (const path of [...archive.keys()].sort()) {
          const entry = archive.get(path);
          if (entry) put(posix.join(destRel, path), entry);
        }
        continue;
      }
    }
    if (resolved.entry.type === 'dir') {
      put(destRel, resolved.entry);
      for (const child of descendants(tree, resolved.path)) {
        const entry = tree.get(child);
        if (entry) put(posix.join(destRel, child.slice(resolved.path.length).replace(/^\//, '')), entry);
      }
    } else {
      put(destIsDir ? posix.join(destRel, posix.basename(match)) : destRel, resolved.entry);
    }
  }
  for (const path of [...entries.keys()]) {
    for (let parent = posix.dirname(path); parent !== '.' && parent !== '/'; parent = posix.dirname(parent)) {
      if (entries.has(parent)) continue;
      entries.set(parent, {
        path: parent,
        type: 'dir',
        mode: 0o755,
        uid: 0,
        gid: 0,
        mtime: session.mtime,
        size: 0,
      });
      if (!state.files.has(parent))
        state.files.set(parent, { type: 'dir', mode: 0o755, size: 0, uid: 0, gid: 0 });
    }
  }
  const sorted = [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const layer = await writeLayer(sorted, session.options.workDir);
  for (const [path, entry] of added) state.files.set(path, entry);
  state.layers.push({
    descriptor: layer.descriptor,
    diffId: layer.diffId,
    source: { kind: 'file', file: layer.file },
  });
  state.diffIds.push(layer.diffId);
  addHistory(session, state, instruction, { emptyLayer: false });
  session.options.log?.debug(
    `${instruction.original}: ${sorted.length} entries, layer ${layer.descriptor.digest}`,
  );
}
