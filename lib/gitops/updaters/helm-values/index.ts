// Helm values: images as one string (`image: repo:tag`) or in parts (`repository`/`image`/`name`,
// `tag`, `digest`, `registry`), at configured key paths or found by key name, in values files,
// Flux HelmRelease `spec.values` and Argo CD `helm.valuesObject`. YAML merge keys (`<<: *anchor`)
// are followed; a value shared through an anchor is changed only when every user of it takes the
// same change.
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, Scalar, YAMLMap } from 'yaml';
import { FerryError } from '../../../util/errors';
import { canonicalName, findTarget, renderReference, resolveTarget, splitReference } from '../image-ref';
import { valuesRoots, type Rooted } from '../resources';
import { partsName, planParts, type SplitPart, type SplitParts } from '../split';
import type {
  ExtractOptions,
  HelmImageKeys,
  ImageField,
  ImageOccurrence,
  UpdateOptions,
  UpdateResult,
  Updater,
} from '../types';
import {
  applyEdits,
  insertPairs,
  leftAlone,
  pairOf,
  parseYamlFile,
  plainOrQuoted,
  position,
  resolveNode,
  scalarEdit,
  scalarText,
  type TextEdit,
  type YamlFile,
} from '../yaml-text';

const PARTS: readonly SplitPart[] = ['registry', 'name', 'tag', 'digest'];
/** Keys that name the repository of an image map, in the order they are tried. */
const NAME_KEYS = ['repository', 'image', 'name'] as const;
const MERGE = '<<';
const MAX_DEPTH = 64;

interface PartLoc {
  node: Scalar | undefined;
  /** Where a missing part would be added: the image's own map. */
  parent: YAMLMap | undefined;
  key: string;
}

interface HelmImage {
  id: string;
  /** The single-string form. */
  full?: Scalar | undefined;
  parts: Partial<Record<SplitPart, PartLoc>>;
  /** A digest key was configured, so it is added when missing (else the digest rides on the tag). */
  digestConfigured?: boolean;
}

// --- maps with merge keys -------------------------------------------------------------------------

/** The maps a `<<` key merges in, in order (one alias, or a sequence of them). */
function mergedMaps(map: YAMLMap, doc: Document.Parsed): YAMLMap[] {
  const out: YAMLMap[] = [];
  for (const item of map.items) {
    if (!isScalar(item.key) || item.key.value !== MERGE) continue;
    const value = resolveNode(item.value, doc);
    if (isMap(value)) out.push(value);
    else if (isSeq(value))
      for (const v of value.items) {
        const m = resolveNode(v, doc);
        if (isMap(m)) out.push(m);
      }
  }
  return out;
}

/** The pair a key reads from: the map's own, else the first merged map's (YAML merge key rules). */
function effectivePair(map: YAMLMap, key: string, doc: Document.Parsed, depth = 0): Pair | undefined {
  if (key === MERGE) return undefined;
  const own = pairOf(map, key);
  if (own || depth > MAX_DEPTH) return own;
  for (const source of mergedMaps(map, doc)) {
    const found = effectivePair(source, key, doc, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Every key the map reads, own keys first, then those merged in. */
function effectiveKeys(map: YAMLMap, doc: Document.Parsed, depth = 0): string[] {
  const keys: string[] = [];
  let merges = false;
  for (const item of map.items) {
    if (!isScalar(item.key)) continue;
    const key = String(item.key.value);
    if (key === MERGE) merges = true;
    else keys.push(key);
  }
  if (!merges || depth > MAX_DEPTH) return keys;
  const seen = new Set(keys);
  for (const source of mergedMaps(map, doc))
    for (const key of effectiveKeys(source, doc, depth + 1))
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
  return keys;
}

function valueAt(map: YAMLMap, key: string, doc: Document.Parsed): Node | undefined {
  return resolveNode(effectivePair(map, key, doc)?.value, doc);
}

function scalarAt(map: YAMLMap, key: string, doc: Document.Parsed): Scalar | undefined {
  const node = valueAt(map, key, doc);
  return isScalar(node) ? node : undefined;
}

function mapAt(map: YAMLMap, key: string, doc: Document.Parsed): YAMLMap | undefined {
  const node = valueAt(map, key, doc);
  return isMap(node) ? node : undefined;
}

// --- finding images -------------------------------------------------------------------------------

function lookup(root: YAMLMap, path: string, doc: Document.Parsed): PartLoc {
  const keys = path.split('.');
  const key = keys.pop() ?? path;
  let parent: YAMLMap | undefined = root;
  for (const k of keys) parent = parent ? mapAt(parent, k, doc) : undefined;
  return { node: parent ? scalarAt(parent, key, doc) : undefined, parent, key };
}

function looksLikeImage(value: unknown): value is string {
  return typeof value === 'string' && !/\s/.test(value) && canonicalName(value) !== undefined;
}

/** An image map: its repository under one of `nameKeys`, and tag, digest, registry beside it. */
function fromMap(
  map: YAMLMap,
  id: string,
  doc: Document.Parsed,
  nameKeys: readonly string[],
): HelmImage | undefined {
  const nameKey = nameKeys.find((k) => typeof scalarAt(map, k, doc)?.value === 'string');
  if (nameKey === undefined) return undefined;
  const keys: Record<SplitPart, string> = {
    registry: 'registry',
    name: nameKey,
    tag: 'tag',
    digest: 'digest',
  };
  const parts: HelmImage['parts'] = {};
  for (const part of PARTS) {
    const node = scalarAt(map, keys[part], doc);
    // A digest key is always possible (it can be added); the others count only when present.
    if (node || part === 'digest') parts[part] = { node, parent: map, key: keys[part] };
  }
  return { id, parts };
}

/** A map with a string `repository` and a `tag` or `digest` is an image wherever it sits (`redis:`). */
function isRepositoryMap(map: YAMLMap, doc: Document.Parsed): boolean {
  return (
    looksLikeImage(scalarAt(map, 'repository', doc)?.value) &&
    (scalarAt(map, 'tag', doc) !== undefined || scalarAt(map, 'digest', doc) !== undefined)
  );
}

function configured(root: Rooted, doc: Document.Parsed, docKey: string, spec: HelmImageKeys): HelmImage[] {
  if (typeof spec === 'string') {
    const id = `${docKey}:${root.prefix}${spec}`;
    const loc = lookup(root.map, spec, doc);
    const node = loc.parent ? valueAt(loc.parent, loc.key, doc) : undefined;
    if (isScalar(node) && looksLikeImage(node.value)) return [{ id, full: node, parts: {} }];
    if (isMap(node)) {
      const image = fromMap(node, id, doc, NAME_KEYS);
      return image ? [image] : [];
    }
    return [];
  }
  const parts: HelmImage['parts'] = {};
  const paths: Partial<Record<SplitPart, string | undefined>> = {
    registry: spec.registry,
    name: spec.repository,
    tag: spec.tag,
    digest: spec.digest,
  };
  for (const part of PARTS) {
    const path = paths[part];
    if (path === undefined) continue;
    const loc = lookup(root.map, path, doc);
    if (loc.node || (part === 'digest' && loc.parent)) parts[part] = loc;
  }
  if (!parts.name?.node) return [];
  return [
    {
      id: `${docKey}:${root.prefix}${spec.repository}`,
      parts,
      digestConfigured: spec.digest !== undefined,
    },
  ];
}

function found(root: Rooted, doc: Document.Parsed, docKey: string): HelmImage[] {
  const out: HelmImage[] = [];
  const walk = (map: YAMLMap, path: string, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    const keys = effectiveKeys(map, doc);
    const imageKeys = keys.filter((k) => /image$/i.test(k) && isScalar(valueAt(map, k, doc)));
    for (const key of keys) {
      const here = path ? `${path}.${key}` : key;
      const id = `${docKey}:${root.prefix}${here}`;
      const value = valueAt(map, key, doc);
      if (/image$/i.test(key)) {
        if (isScalar(value) && looksLikeImage(value.value)) {
          // `image: ghcr.io/x/exporter` beside `tag: v1.75.0` is a repository: the chart renders
          // `{{ image }}:{{ tag }}`, so the tag (and a digest key beside it) are its parts.
          const written = splitReference(value.value);
          const tag = scalarAt(map, 'tag', doc);
          if (tag && imageKeys.length === 1 && written.tag === undefined && written.digest === undefined) {
            const image = fromMap(map, id, doc, [key]);
            if (image) out.push(image);
          } else out.push({ id, full: value, parts: {} });
          continue;
        }
        if (isMap(value)) {
          const image = fromMap(value, id, doc, NAME_KEYS);
          if (image) {
            out.push(image);
            continue;
          }
        }
      }
      if (isMap(value)) {
        if (isRepositoryMap(value, doc)) {
          const image = fromMap(value, id, doc, ['repository']);
          if (image) out.push(image);
        } else walk(value, here, depth + 1);
      }
      // Lists of maps: sidecars, extra containers, init containers.
      if (isSeq(value))
        value.items.forEach((item, i) => {
          const m = resolveNode(item, doc);
          if (isMap(m)) walk(m, `${here}[${i}]`, depth + 1);
        });
    }
  };
  walk(root.map, '', 0);
  return out;
}

/** Images at the configured paths, or every image found by key name when none is configured. */
export function helmImages(
  doc: Document.Parsed,
  docKey: string,
  keys: readonly HelmImageKeys[] | undefined,
): HelmImage[] {
  return valuesRoots(doc).flatMap((root) =>
    keys && keys.length > 0
      ? keys.flatMap((spec) => configured(root, doc, docKey, spec))
      : found(root, doc, docKey),
  );
}

interface Located extends HelmImage {
  base: number;
  docIndex: number;
  docKey: string;
  chunk: number;
}

function locate(file: YamlFile, keys: readonly HelmImageKeys[] | undefined): Located[] {
  const out: Located[] = [];
  for (const chunk of file.chunks)
    chunk.docs?.forEach((doc, docIndex) => {
      const docKey = `${chunk.index}.${docIndex}`;
      for (const image of helmImages(doc, docKey, keys))
        out.push({ ...image, base: chunk.start, docIndex, docKey, chunk: chunk.index });
    });
  return out;
}

function partValues(image: HelmImage): SplitParts {
  const parts: SplitParts = {};
  for (const part of PARTS) {
    const loc = image.parts[part];
    if (loc && (loc.node || part === 'digest'))
      parts[part] = { value: loc.node ? scalarText(loc.node) : undefined };
  }
  // A digest key that is not in the file (nor configured) is only a place where one could go.
  if (parts.digest && !image.parts.digest?.node && !image.digestConfigured) delete parts.digest;
  return parts;
}

const FIELD: Record<SplitPart, ImageField> = {
  registry: 'registry',
  name: 'name',
  tag: 'tag',
  digest: 'digest',
};

function extract(text: string, options?: ExtractOptions): ImageOccurrence[] {
  const file = parseYamlFile(text);
  if (file.problem !== undefined) return [];
  const out: ImageOccurrence[] = [];
  for (const image of locate(file, options?.helmValuesImageKeys)) {
    const nodes: [ImageField, Scalar, string][] = image.full
      ? [['full', image.full, image.id]]
      : PARTS.flatMap((p) => {
          const node = image.parts[p]?.node;
          return node ? [[FIELD[p], node, `${image.id}.${p}`] as [ImageField, Scalar, string]] : [];
        });
    for (const [field, node, id] of nodes) {
      const start = image.base + (node.range?.[0] ?? 0);
      out.push({
        kind: 'helm-values',
        id,
        value: scalarText(node) ?? '',
        field,
        start,
        end: image.base + (node.range?.[1] ?? 0),
        ...position(file, start),
        group: image.id,
      });
    }
  }
  return out;
}

function checkImage(
  image: Located,
  keys: readonly HelmImageKeys[] | undefined,
  expected: Partial<Record<SplitPart | 'full', string>>,
) {
  return (docs: Document.Parsed[]): string | undefined => {
    const doc = docs[image.docIndex];
    const found = doc ? helmImages(doc, image.docKey, keys).find((i) => i.id === image.id) : undefined;
    if (!found) return `${image.id} is no longer found`;
    for (const [part, value] of Object.entries(expected) as [SplitPart | 'full', string][]) {
      const node = part === 'full' ? found.full : found.parts[part]?.node;
      const got = node ? scalarText(node) : undefined;
      if ((got ?? '') !== value) return `${image.id} ${part} reads '${got ?? ''}', not '${value}'`;
    }
    return undefined;
  };
}

// --- values shared through anchors ----------------------------------------------------------------

const ALIAS = /(^|[\s[{,:-])\*[^\s,\]}]/m;

/**
 * How many key paths of the values tree read each scalar: more than one when it is shared through
 * an alias or a merge key. Undefined when the document has no alias (nothing is shared).
 */
function usersOf(root: Rooted, doc: Document.Parsed): Map<Scalar, string[]> {
  const users = new Map<Scalar, string[]>();
  let budget = 200_000;
  const visit = (node: unknown, path: string, depth: number): void => {
    if (--budget < 0 || depth > MAX_DEPTH) return;
    const n = isAlias(node) ? resolveNode(node, doc) : node;
    if (isScalar(n)) {
      const list = users.get(n);
      if (list) list.push(path);
      else users.set(n, [path]);
    } else if (isMap(n)) {
      for (const key of effectiveKeys(n, doc))
        visit(effectivePair(n, key, doc)?.value, path ? `${path}.${key}` : key, depth + 1);
    } else if (isSeq(n)) n.items.forEach((item, i) => visit(item, `${path}[${i}]`, depth + 1));
  };
  visit(root.map, root.prefix.replace(/\.$/, ''), 0);
  return users;
}

interface PlannedValue {
  node: Scalar;
  value: string;
  /** The image ids that plan it. */
  by: string[];
  image: Located;
}

function refuse(message: string): FerryError {
  return new FerryError(message, { code: 'GITOPS' });
}

function update(text: string, options: UpdateOptions): UpdateResult {
  const targets = options.images.map((t) => resolveTarget(t, options));
  const keys = options.helmValuesImageKeys;
  const warnings: string[] = [];
  const file = parseYamlFile(text);
  if (file.problem !== undefined) return leftAlone(file);
  const edits: TextEdit[] = [];
  const planned = new Map<Scalar, PlannedValue>();
  const plan = (image: Located, node: Scalar, value: string): void => {
    const seen = planned.get(node);
    if (!seen) planned.set(node, { node, value, by: [image.id], image });
    else if (seen.value !== value)
      throw refuse(
        `Cannot pin ${image.id.replace(/^[^:]*:/, '')}: its value at line ${position(file, image.base + (node.range?.[0] ?? 0)).line} is shared through a YAML anchor with ${seen.by.join(', ').replace(/\d+\.\d+:/g, '')}, which needs '${seen.value}', not '${value}'. Give each image its own key (override the merged key) so each can be pinned.`,
      );
    else seen.by.push(image.id);
  };
  let matched = 0;
  for (const image of locate(file, keys)) {
    const where = image.id.replace(/^[^:]*:/, '');
    if (image.full) {
      const before = scalarText(image.full) ?? '';
      const target = findTarget(before, targets);
      if (!target) continue;
      matched++;
      const after = renderReference(before, target);
      if (after === before) continue;
      plan(image, image.full, after);
      edits.push({
        ...scalarEdit(file, image.full, image.base, after),
        check: checkImage(image, keys, { full: after }),
        change: { field: 'full', before, after },
      });
      continue;
    }
    const parts = partValues(image);
    const name = partsName(parts);
    const target = name === undefined ? undefined : findTarget(name, targets);
    if (!target) continue;
    matched++;
    const want = planParts(parts, target);
    if (want.digest !== undefined && !parts.digest)
      // Without a digest key the digest rides on the tag; with no tag to carry it, a digest key
      // ferry added would be one the chart may never read: nothing would be pinned.
      throw refuse(
        `Cannot pin ${target.canonical} at ${where}: ${parts.tag ? `its tag is ${parts.tag.value ? `'${parts.tag.value}'` : 'empty'}` : 'it has no tag key'} and there is no digest key, so a digest ferry added would not be read by the chart. Give a tag with the reference (REPOSITORY=REPOSITORY:TAG@sha256:…) so the digest rides on it, or name the key the chart reads for the digest (--helmValuesImageKeys image-name=${image.parts.name?.key ? where + '.' + image.parts.name.key : 'PATH'},image-tag=…,image-digest=…; the step's helmValuesImageKeys).`,
      );
    const check = checkImage(image, keys, want);
    const inserts: [string, string][] = [];
    let insertInto: YAMLMap | undefined;
    for (const part of PARTS) {
      const after = want[part];
      if (after === undefined) continue;
      const loc = image.parts[part];
      const before = parts[part]?.value ?? '';
      if (before === after) continue;
      const change = { field: FIELD[part], before, after };
      if (loc?.node) {
        plan(image, loc.node, after);
        edits.push({ ...scalarEdit(file, loc.node, image.base, after), check, change });
      } else if (loc?.parent && (insertInto === undefined || insertInto === loc.parent)) {
        insertInto = loc.parent;
        inserts.push([loc.key, plainOrQuoted(after)]);
      } else
        warnings.push(`${where}: no '${loc?.key ?? part}' key to hold '${after}'; the image is not pinned`);
    }
    if (insertInto && inserts.length > 0) {
      const edit = insertPairs(file, insertInto, image.base, inserts);
      const after = inserts.map(([k, v]) => `${k}: ${v}`).join(', ');
      if (edit) edits.push({ ...edit, check, change: { field: 'digest', before: '', after } });
      else warnings.push(`${where}: could not add ${after}; the image is not pinned`);
    }
  }
  refuseSharedEdits(file, planned);
  return { ...applyEdits(file, edits, 'the Helm values'), warnings, matched };
}

/**
 * A value reached through an anchor from several key paths (`<<: *app-image`, `tag: *version`) is
 * changed only when every path that reads it is an image planning the very same change; otherwise
 * the edit would silently change another image, or a value that is not an image at all.
 */
function refuseSharedEdits(file: YamlFile, planned: ReadonlyMap<Scalar, PlannedValue>): void {
  if (planned.size === 0) return;
  const cache = new Map<string, Map<Scalar, string[]>>();
  for (const p of planned.values()) {
    const chunk = file.chunks[p.image.chunk];
    const doc = chunk?.docs?.[p.image.docIndex];
    if (!chunk || !doc || !ALIAS.test(file.text.slice(chunk.start, chunk.end))) continue;
    const users = new Map<Scalar, string[]>();
    for (const root of valuesRoots(doc)) {
      const key = `${p.image.docKey}|${root.prefix}`;
      let map = cache.get(key);
      if (!map) cache.set(key, (map = usersOf(root, doc)));
      for (const [node, paths] of map) users.set(node, [...(users.get(node) ?? []), ...paths]);
    }
    const paths = users.get(p.node) ?? [];
    if (paths.length <= p.by.length) continue;
    const line = position(file, p.image.base + (p.node.range?.[0] ?? 0)).line;
    throw refuse(
      `Cannot pin ${p.by.map((id) => id.replace(/^[^:]*:/, '')).join(', ')}: the value '${scalarText(p.node) ?? ''}' at line ${line} is shared through a YAML anchor and also read at ${paths.length - p.by.length} other key path(s) (${paths.join(', ')}), which would change too. Give the image its own key (e.g. its own 'tag:' beside the merge key '<<') so only it changes, or pin every image that shares the value.`,
    );
  }
}

export const helmValuesUpdater: Updater = { kind: 'helm-values', extract, update };
