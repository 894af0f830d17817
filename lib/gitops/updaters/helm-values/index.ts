// Helm values files: images as one string (`image: repo:tag`) or in parts (`image.repository`,
// `image.tag`, `image.digest`, `image.registry`), at configured key paths or found by key name.
import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, Scalar, YAMLMap } from 'yaml';
import { canonicalName, findTarget, renderReference, resolveTarget } from '../image-ref';
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
  getMap,
  getScalar,
  insertPairs,
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

const PART_KEYS: Record<SplitPart, string> = {
  registry: 'registry',
  name: 'repository',
  tag: 'tag',
  digest: 'digest',
};
const PARTS: readonly SplitPart[] = ['registry', 'name', 'tag', 'digest'];

interface PartLoc {
  node: Scalar | undefined;
  /** Where a missing part would be added. */
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

function lookup(root: YAMLMap, path: string, doc: Document.Parsed): PartLoc {
  const keys = path.split('.');
  const key = keys.pop() ?? path;
  let parent: YAMLMap | undefined = root;
  for (const k of keys) parent = parent ? getMap(parent, k, doc) : undefined;
  return { node: parent ? getScalar(parent, key, doc) : undefined, parent, key };
}

function fromMap(map: YAMLMap, id: string, doc: Document.Parsed): HelmImage | undefined {
  const repository = getScalar(map, PART_KEYS.name, doc);
  if (!repository || typeof repository.value !== 'string') return undefined;
  const parts: HelmImage['parts'] = {};
  for (const part of PARTS) {
    const node = getScalar(map, PART_KEYS[part], doc);
    // A digest key is always possible (it can be added); the others count only when present.
    if (node || part === 'digest') parts[part] = { node, parent: map, key: PART_KEYS[part] };
  }
  return { id, parts };
}

function looksLikeImage(value: unknown): value is string {
  return typeof value === 'string' && !/\s/.test(value) && canonicalName(value) !== undefined;
}

/** Images at the configured paths, or every `*image` key in the document when none is configured. */
export function helmImages(
  doc: Document.Parsed,
  docKey: string,
  keys: readonly HelmImageKeys[] | undefined,
): HelmImage[] {
  const root = resolveNode(doc.contents, doc);
  if (!isMap(root)) return [];
  const out: HelmImage[] = [];
  if (keys && keys.length > 0) {
    for (const spec of keys) {
      if (typeof spec === 'string') {
        const loc = lookup(root, spec, doc);
        const node = loc.parent ? resolveNode(pairOf(loc.parent, loc.key)?.value, doc) : undefined;
        if (isScalar(node) && looksLikeImage(node.value))
          out.push({ id: `${docKey}:${spec}`, full: node, parts: {} });
        else if (isMap(node)) {
          const image = fromMap(node, `${docKey}:${spec}`, doc);
          if (image) out.push(image);
        }
        continue;
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
        const loc = lookup(root, path, doc);
        if (loc.node || (part === 'digest' && loc.parent)) parts[part] = loc;
      }
      if (parts.name?.node)
        out.push({ id: `${docKey}:${spec.repository}`, parts, digestConfigured: spec.digest !== undefined });
    }
    return out;
  }
  const walk = (map: YAMLMap, path: string, depth: number): void => {
    if (depth > 50) return;
    for (const pair of map.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const here = path ? `${path}.${key}` : key;
      const value = pair.value;
      if (/image$/i.test(key)) {
        if (isScalar(value) && looksLikeImage(value.value)) {
          out.push({ id: `${docKey}:${here}`, full: value, parts: {} });
          continue;
        }
        if (isMap(value)) {
          const image = fromMap(value, `${docKey}:${here}`, doc);
          if (image) {
            out.push(image);
            continue;
          }
        }
      }
      if (isMap(value)) walk(value, here, depth + 1);
      // Lists of maps: sidecars, extra containers, init containers.
      if (isSeq(value))
        value.items.forEach((item, i) => isMap(item) && walk(item, `${here}[${i}]`, depth + 1));
    }
  };
  walk(root, '', 0);
  return out;
}

interface Located extends HelmImage {
  base: number;
  docIndex: number;
  docKey: string;
}

function locate(file: YamlFile, keys: readonly HelmImageKeys[] | undefined): Located[] {
  const out: Located[] = [];
  for (const chunk of file.chunks)
    chunk.docs?.forEach((doc, docIndex) => {
      const docKey = `${chunk.index}.${docIndex}`;
      for (const image of helmImages(doc, docKey, keys))
        out.push({ ...image, base: chunk.start, docIndex, docKey });
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

function update(text: string, options: UpdateOptions): UpdateResult {
  const targets = options.images.map((t) => resolveTarget(t, options));
  const keys = options.helmValuesImageKeys;
  const warnings: string[] = [];
  const file = parseYamlFile(text);
  if (file.problem !== undefined) {
    warnings.push(`left alone: ${file.problem}`);
    return { text, changes: [], warnings, matched: 0 };
  }
  const edits: TextEdit[] = [];
  let matched = 0;
  for (const image of locate(file, keys)) {
    if (image.full) {
      const before = scalarText(image.full) ?? '';
      const target = findTarget(before, targets);
      if (!target) continue;
      matched++;
      const after = renderReference(before, target);
      if (after === before) continue;
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
      if (loc?.node) edits.push({ ...scalarEdit(file, loc.node, image.base, after), check, change });
      else if (loc?.parent && (insertInto === undefined || insertInto === loc.parent)) {
        insertInto = loc.parent;
        inserts.push([loc.key, plainOrQuoted(after)]);
      } else
        warnings.push(`${image.id}: no '${PART_KEYS[part]}' key to hold '${after}'; the image is not pinned`);
    }
    if (insertInto && inserts.length > 0) {
      const edit = insertPairs(file, insertInto, image.base, inserts);
      const after = inserts.map(([k, v]) => `${k}: ${v}`).join(', ');
      if (edit) edits.push({ ...edit, check, change: { field: 'digest', before: '', after } });
      else warnings.push(`${image.id}: could not add ${after}; the image is not pinned`);
    }
  }
  return { ...applyEdits(file, edits, 'the Helm values'), warnings, matched };
}

export const helmValuesUpdater: Updater = { kind: 'helm-values', extract, update };
