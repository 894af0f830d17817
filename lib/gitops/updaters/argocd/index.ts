// Argo CD: the image overrides of an Application's sources (`spec.source` and `spec.sources[]`,
// an ApplicationSet's template too) and of Argo CD Image Updater's write-back files
// (`.argocd-source-<app>.yaml`): Helm `parameters` (`{name: image.tag, value: v1}`) and kustomize
// `images` (`nginx=registry.example.com/nginx:1.2`). Helm `valuesObject` is the Helm values updater's.
import { isMap, isScalar } from 'yaml';
import type { Document, Scalar } from 'yaml';
import { FerryError } from '../../../util/errors';
import { canonicalName, findTarget, renderReference, resolveTarget, type ResolvedTarget } from '../image-ref';
import { argoSources, type Rooted } from '../resources';
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
  getSeq,
  leftAlone,
  parseYamlFile,
  position,
  resolveNode,
  scalarEdit,
  scalarText,
  type TextEdit,
  type YamlFile,
} from '../yaml-text';

/** Argo CD Image Updater's write-back file for one application, beside the manifests. */
export const WRITE_BACK_FILE = /^\.argocd-source(-[^/\\]+)?\.ya?ml$/;

const SUFFIX_PART: Readonly<Record<string, SplitPart>> = {
  repository: 'name',
  name: 'name',
  image: 'name',
  tag: 'tag',
  digest: 'digest',
  registry: 'registry',
};

interface ArgoImage {
  id: string;
  /** `helm.parameters` image written as one value, or a kustomize images entry. */
  full?: Scalar | undefined;
  /** A kustomize entry `old=new`: the part before `=` stays as written. */
  alias?: string | undefined;
  parts: Partial<Record<SplitPart, Scalar>>;
}

/** The sources of a document: an Application's, or the write-back file's root (it is one source). */
function sourcesOf(doc: Document.Parsed, writeBack: boolean): Rooted[] {
  const root = resolveNode(doc.contents, doc);
  if (!isMap(root)) return [];
  if (writeBack) return [{ map: root, prefix: '' }];
  return argoSources(doc);
}

function parameterImages(
  source: Rooted,
  doc: Document.Parsed,
  docKey: string,
  keys: readonly HelmImageKeys[] | undefined,
): ArgoImage[] {
  const helm = getMap(source.map, 'helm', doc);
  const list = helm ? getSeq(helm, 'parameters', doc) : undefined;
  if (!list) return [];
  const values = new Map<string, Scalar>();
  for (const item of list.items) {
    const param = resolveNode(item, doc);
    if (!isMap(param)) continue;
    const name = getScalar(param, 'name', doc)?.value;
    const value = getScalar(param, 'value', doc);
    if (typeof name === 'string' && value && typeof value.value === 'string') values.set(name, value);
  }
  const id = (name: string): string => `${docKey}:${source.prefix}helm.parameters[${name}]`;
  const out: ArgoImage[] = [];
  if (keys && keys.length > 0) {
    for (const spec of keys) {
      if (typeof spec === 'string') {
        const full = values.get(spec);
        if (full) out.push({ id: id(spec), full, parts: {} });
        continue;
      }
      const parts: ArgoImage['parts'] = {};
      const paths: Record<SplitPart, string | undefined> = {
        registry: spec.registry,
        name: spec.repository,
        tag: spec.tag,
        digest: spec.digest,
      };
      for (const part of Object.keys(paths) as SplitPart[]) {
        const node = paths[part] === undefined ? undefined : values.get(paths[part] ?? '');
        if (node) parts[part] = node;
      }
      if (parts.name) out.push({ id: id(spec.repository), parts });
    }
    return out;
  }
  // Parameters of one image share the path before their last key: image.name + image.tag.
  const groups = new Map<string, Partial<Record<SplitPart, Scalar>>>();
  for (const [name, node] of values) {
    const dot = name.lastIndexOf('.');
    const prefix = dot < 0 ? '' : name.slice(0, dot);
    const part = SUFFIX_PART[name.slice(dot + 1)];
    if (part === undefined) continue;
    const group = groups.get(prefix) ?? {};
    group[part] = node;
    groups.set(prefix, group);
  }
  for (const [name, node] of values) {
    const dot = name.lastIndexOf('.');
    const prefix = dot < 0 ? '' : name.slice(0, dot);
    const group = groups.get(prefix);
    const last = name.slice(dot + 1);
    const isPart = group?.tag !== undefined && SUFFIX_PART[last] !== undefined;
    if (!isPart && /image$/i.test(last) && canonicalName(String(node.value)) !== undefined)
      out.push({ id: id(name), full: node, parts: {} });
  }
  for (const [prefix, parts] of groups) {
    if (!parts.name || !parts.tag) continue;
    out.push({ id: id(prefix === '' ? '*' : prefix), parts });
  }
  return out;
}

function kustomizeImages(source: Rooted, doc: Document.Parsed, docKey: string): ArgoImage[] {
  const kustomize = getMap(source.map, 'kustomize', doc);
  const list = kustomize ? getSeq(kustomize, 'images', doc) : undefined;
  if (!list) return [];
  const out: ArgoImage[] = [];
  list.items.forEach((item, i) => {
    const node = resolveNode(item, doc);
    if (!isScalar(node) || typeof node.value !== 'string') return;
    const eq = node.value.indexOf('=');
    out.push({
      id: `${docKey}:${source.prefix}kustomize.images[${i}]`,
      full: node,
      alias: eq < 0 ? undefined : node.value.slice(0, eq),
      parts: {},
    });
  });
  return out;
}

function imagesOf(
  doc: Document.Parsed,
  docKey: string,
  writeBack: boolean,
  keys: readonly HelmImageKeys[] | undefined,
): ArgoImage[] {
  return sourcesOf(doc, writeBack).flatMap((source) => [
    ...parameterImages(source, doc, docKey, keys),
    ...kustomizeImages(source, doc, docKey),
  ]);
}

interface Located extends ArgoImage {
  base: number;
  docIndex: number;
  docKey: string;
}

function locate(file: YamlFile, writeBack: boolean, keys: readonly HelmImageKeys[] | undefined): Located[] {
  const out: Located[] = [];
  for (const chunk of file.chunks)
    chunk.docs?.forEach((doc, docIndex) => {
      const docKey = `${chunk.index}.${docIndex}`;
      for (const image of imagesOf(doc, docKey, writeBack, keys))
        out.push({ ...image, base: chunk.start, docIndex, docKey });
    });
  return out;
}

/** The reference part of a kustomize images entry (after `=`). */
function referencePart(image: ArgoImage, value: string): string {
  return image.alias === undefined ? value : value.slice(image.alias.length + 1);
}

function extract(text: string, options?: ExtractOptions): ImageOccurrence[] {
  const file = parseYamlFile(text);
  if (file.problem !== undefined) return [];
  const writeBack = WRITE_BACK_FILE.test(baseName(options?.file ?? ''));
  const out: ImageOccurrence[] = [];
  for (const image of locate(file, writeBack, options?.helmValuesImageKeys)) {
    const nodes: [ImageField, Scalar][] = image.full
      ? [['full', image.full]]
      : (Object.entries(image.parts) as [SplitPart, Scalar][]).map(([p, n]) => [p, n]);
    for (const [field, node] of nodes) {
      const start = image.base + (node.range?.[0] ?? 0);
      out.push({
        kind: 'argocd',
        id: image.full ? image.id : `${image.id}.${field}`,
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

function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

function check(
  image: Located,
  writeBack: boolean,
  keys: readonly HelmImageKeys[] | undefined,
  field: SplitPart | 'full',
  expected: string,
) {
  return (docs: Document.Parsed[]): string | undefined => {
    const doc = docs[image.docIndex];
    const found = doc
      ? imagesOf(doc, image.docKey, writeBack, keys).find((i) => i.id === image.id)
      : undefined;
    const node = field === 'full' ? found?.full : found?.parts[field];
    if (!node) return `${image.id} is no longer found`;
    const got = scalarText(node) ?? '';
    return got === expected ? undefined : `${image.id} reads '${got}', not '${expected}'`;
  };
}

function matchEntry(image: ArgoImage, value: string, targets: readonly ResolvedTarget[]) {
  const reference = referencePart(image, value);
  return findTarget(reference, targets) ?? (image.alias ? findTarget(image.alias, targets) : undefined);
}

function update(text: string, options: UpdateOptions): UpdateResult {
  const targets = options.images.map((t) => resolveTarget(t, options));
  const keys = options.helmValuesImageKeys;
  const file = parseYamlFile(text);
  if (file.problem !== undefined) return leftAlone(file);
  const writeBack = WRITE_BACK_FILE.test(baseName(options.file ?? ''));
  const edits: TextEdit[] = [];
  const warnings = valuesStringWarnings(file, writeBack, targets);
  let matched = 0;
  for (const image of locate(file, writeBack, keys)) {
    const where = image.id.replace(/^[^:]*:/, '');
    if (image.full) {
      const before = scalarText(image.full) ?? '';
      const target = matchEntry(image, before, targets);
      if (!target) continue;
      matched++;
      const reference = referencePart(image, before);
      // Matched by its alias (`old=new`): the reference is the target's, whatever `new` named.
      const written = findTarget(reference, [target]) ? reference : target.name;
      const after = `${image.alias === undefined ? '' : `${image.alias}=`}${renderReference(written, target)}`;
      if (after === before) continue;
      edits.push({
        ...scalarEdit(file, image.full, image.base, after),
        check: check(image, writeBack, keys, 'full', after),
        change: { field: 'full', before, after },
      });
      continue;
    }
    const parts: SplitParts = {};
    for (const [part, node] of Object.entries(image.parts) as [SplitPart, Scalar][])
      parts[part] = { value: scalarText(node) };
    const name = partsName(parts);
    const target = name === undefined ? undefined : findTarget(name, targets);
    if (!target) continue;
    matched++;
    const want = planParts(parts, target);
    if (want.digest !== undefined && !parts.digest)
      throw new FerryError(
        `Cannot pin ${target.canonical} at ${where}: its tag parameter is ${parts.tag?.value ? `'${parts.tag.value}'` : 'empty'} and there is no digest parameter, so a digest would not be read. Give a tag with the reference (REPOSITORY=REPOSITORY:TAG@sha256:…) so the digest rides on the tag, or add the parameter the chart reads for the digest and name it (--helmValuesImageKeys image-name=…,image-tag=…,image-digest=…).`,
        { code: 'GITOPS' },
      );
    for (const [part, after] of Object.entries(want) as [SplitPart, string][]) {
      const node = image.parts[part];
      const before = parts[part]?.value ?? '';
      if (before === after) continue;
      if (!node) {
        warnings.push(`${where}: no '${part}' parameter to hold '${after}'; the image is not pinned`);
        continue;
      }
      edits.push({
        ...scalarEdit(file, node, image.base, after),
        check: check(image, writeBack, keys, part, after),
        change: { field: part, before, after },
      });
    }
  }
  return { ...applyEdits(file, edits, 'the Argo CD sources'), warnings, matched };
}

/**
 * `helm.values` holds values as one YAML string; ferry does not edit inside a string (its text is
 * another document, with its own quoting). Say so when it names an image asked for, rather than
 * leaving "no image matched" unexplained.
 */
function valuesStringWarnings(
  file: YamlFile,
  writeBack: boolean,
  targets: readonly ResolvedTarget[],
): string[] {
  const out: string[] = [];
  for (const chunk of file.chunks)
    chunk.docs?.forEach((doc) => {
      for (const source of sourcesOf(doc, writeBack)) {
        const helm = getMap(source.map, 'helm', doc);
        const values = helm ? getScalar(helm, 'values', doc)?.value : undefined;
        if (typeof values !== 'string') continue;
        const named = targets.filter((t) => values.includes(t.path) || values.includes(t.name));
        if (named.length > 0)
          out.push(
            `${source.prefix}helm.values names ${named.map((t) => t.source.split('=')[0]).join(', ')} inside a string, which ferry does not edit; move those values to helm.valuesObject or helm.parameters to have them pinned`,
          );
      }
    });
  return out;
}

/** Argo CD write-back files and Application sources. */
export const argocdUpdater: Updater = { kind: 'argocd', extract, update };
