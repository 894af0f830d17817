// Kubernetes manifests: every image of every container in every pod spec (workloads, Pods, Jobs,
// CronJobs, anything with a pod template, `List` items), replaced in place in the text.
import { isMap, isScalar } from 'yaml';
import type { Document, Scalar, YAMLMap } from 'yaml';
import { FerryError } from '../../../util/errors';
import { fastContainerImages, lineContainerImages, type FastImage } from './fast';
import { findTarget, renderReference, resolveTarget, type ResolvedTarget } from '../image-ref';
import type { ExtractOptions, ImageOccurrence, UpdateOptions, UpdateResult, Updater } from '../types';
import {
  applyEdits,
  getMap,
  getScalar,
  getSeq,
  indentOf,
  lineStartOf,
  pairOf,
  parseYamlFile,
  plainOrQuoted,
  position,
  resolveNode,
  scalarEdit,
  leftAlone,
  type Chunk,
  type TextEdit,
  type YamlFile,
} from '../yaml-text';

const CONTAINER_KEYS = ['containers', 'initContainers', 'ephemeralContainers'] as const;
const POD_SPEC_PATHS = [
  ['spec', 'template', 'spec'],
  ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
] as const;
export const SOURCE_ANNOTATION = 'ferry.dev/image-source';

interface PodSpec {
  spec: YAMLMap;
  path: string;
  resource: YAMLMap;
}

interface ContainerImage {
  id: string;
  node: Scalar;
  value: string;
  container: string | undefined;
  pod: PodSpec;
}

function podSpecs(root: unknown, doc: Document.Parsed, prefix: string, out: PodSpec[]): void {
  const resource = resolveNode(root, doc);
  if (!isMap(resource)) return;
  const kind = getScalar(resource, 'kind', doc)?.value;
  if (typeof kind !== 'string') return;
  if (kind.endsWith('List')) {
    getSeq(resource, 'items', doc)?.items.forEach((item, i) =>
      podSpecs(item, doc, `${prefix}items[${i}].`, out),
    );
  }
  const paths: (readonly string[])[] = kind === 'Pod' ? [['spec'], ...POD_SPEC_PATHS] : [...POD_SPEC_PATHS];
  for (const path of paths) {
    let node: YAMLMap | undefined = resource;
    for (const key of path) node = node ? getMap(node, key, doc) : undefined;
    if (node) out.push({ spec: node, path: `${prefix}${path.join('.')}`, resource });
  }
}

/** Every container image in one document, with a key path that survives edits. */
export function containerImages(doc: Document.Parsed, docKey: string): ContainerImage[] {
  const pods: PodSpec[] = [];
  podSpecs(doc.contents, doc, '', pods);
  const out: ContainerImage[] = [];
  for (const pod of pods) {
    for (const key of CONTAINER_KEYS) {
      getSeq(pod.spec, key, doc)?.items.forEach((item, i) => {
        const container = resolveNode(item, doc);
        if (!isMap(container)) return;
        const node = getScalar(container, 'image', doc);
        if (!node || typeof node.value !== 'string') return;
        const name = getScalar(container, 'name', doc)?.value;
        out.push({
          id: `${docKey}:${pod.path}.${key}[${i}].image`,
          node,
          value: node.value,
          container: typeof name === 'string' ? name : undefined,
          pod,
        });
      });
    }
  }
  return out;
}

/** What planning an image edit needs, from either reader. */
interface PlannedImage {
  id: string;
  node: Scalar;
  value: string;
  container: string | undefined;
  base: number;
  chunk: number;
  docIndex: number;
}

interface Located extends ContainerImage {
  base: number;
  chunk: number;
  docIndex: number;
}

function locateIn(chunk: Chunk, out: Located[]): Located[] {
  chunk.docs?.forEach((doc, docIndex) => {
    for (const image of containerImages(doc, `${chunk.index}.${docIndex}`))
      out.push({ ...image, base: chunk.start, chunk: chunk.index, docIndex });
  });
  return out;
}

function locate(file: YamlFile): Located[] {
  const out: Located[] = [];
  for (const chunk of file.chunks) locateIn(chunk, out);
  return out;
}

function extract(text: string, _options?: ExtractOptions): ImageOccurrence[] {
  const file = parseYamlFile(text);
  if (file.problem !== undefined) return [];
  const images = locate(file).sort(
    (a, b) => a.base + (a.node.range?.[0] ?? 0) - (b.base + (b.node.range?.[0] ?? 0)),
  );
  return images.map((image) => {
    const start = image.base + (image.node.range?.[0] ?? 0);
    const { line, column } = position(file, start);
    return {
      kind: 'manifest',
      id: image.id,
      value: image.value,
      field: 'full',
      start,
      end: image.base + (image.node.range?.[1] ?? 0),
      line,
      column,
      container: image.container,
    };
  });
}

/**
 * The text any written form of a repository contains: its path (`team/app`), or for Docker Hub's
 * official images the bare name (`nginx` for docker.io/library/nginx).
 */
function writtenPath(canonical: string): string {
  const path = canonical.slice(canonical.indexOf('/') + 1);
  return canonical.startsWith('docker.io/library/') ? path.slice('library/'.length) : path;
}

/** Chunks that cannot name a target are not parsed: this is what keeps 1,000-document files fast. */
export function relevanceFilter(
  targets: readonly ResolvedTarget[],
  extra: readonly string[],
): (text: string) => boolean {
  const needles = [
    ...new Set([...targets.flatMap((t) => [writtenPath(t.match), writtenPath(t.canonical)]), ...extra]),
  ];
  // A backslash may hide a name behind a double-quoted escape; such chunks are always parsed.
  return (text) => text.includes('\\') || needles.some((n) => text.includes(n));
}

function checkImage(id: string, docIndex: number, docKey: string, expected: string) {
  return (docs: Document.Parsed[]): string | undefined => {
    const doc = docs[docIndex];
    const found = doc ? imagesOnce(doc, docKey).find((c) => c.id === id) : undefined;
    if (!found) return `${id} is no longer found`;
    return found.value === expected ? undefined : `${id} reads '${found.value}', not '${expected}'`;
  };
}

const readBack = new WeakMap<Document.Parsed, ContainerImage[]>();

/** The images of a re-parsed document, walked once however many edits it holds. */
function imagesOnce(doc: Document.Parsed, docKey: string): ContainerImage[] {
  let images = readBack.get(doc);
  if (!images) {
    images = containerImages(doc, docKey);
    readBack.set(doc, images);
  }
  return images;
}

function findPod(
  docs: Document.Parsed[],
  docIndex: number,
  path: string,
): { pod: PodSpec; doc: Document.Parsed } | undefined {
  const doc = docs[docIndex];
  if (!doc) return undefined;
  const pods: PodSpec[] = [];
  podSpecs(doc.contents, doc, '', pods);
  const pod = pods.find((p) => p.path === path);
  return pod ? { pod, doc } : undefined;
}

/** Adds `imagePullSecrets` above the pod spec's first key, in the file's own indentation. */
function pullSecretEdit(file: YamlFile, image: Located, secret: string): TextEdit | undefined {
  const { spec } = image.pod;
  const doc = file.chunks[image.chunk]?.docs?.[image.docIndex];
  if (!doc || spec.flow || pairOf(spec, 'imagePullSecrets')) return undefined;
  const firstKey = spec.items[0]?.key;
  if (!isScalar(firstKey)) return undefined;
  const keyStart = image.base + (firstKey.range?.[0] ?? 0);
  const lineStart = lineStartOf(file.text, keyStart);
  if (file.text.slice(lineStart, keyStart).trim() !== '') return undefined;
  const indent = file.text.slice(lineStart, keyStart);
  const containers = getSeq(spec, 'containers', doc);
  let dash = '';
  if (containers && !containers.flow) {
    const seqStart = image.base + (containers.range?.[0] ?? 0);
    dash = ' '.repeat(Math.max(0, seqStart - lineStartOf(file.text, seqStart) - indent.length));
  }
  const { eol } = file;
  const text = `${indent}imagePullSecrets:${eol}${indent}${dash}- name: ${plainOrQuoted(secret)}${eol}`;
  return {
    start: lineStart,
    end: lineStart,
    text,
    check: (docs) => {
      const found = findPod(docs, image.docIndex, image.pod.path);
      const seq = found ? getSeq(found.pod.spec, 'imagePullSecrets', found.doc) : undefined;
      const ok = seq?.items.some((i) => isMap(i) && i.get('name') === secret);
      return ok ? undefined : `imagePullSecrets of ${image.pod.path} does not name '${secret}'`;
    },
  };
}

function sourceValue(source: { revision: string; repositoryUrl: string }): string {
  // Credentials never go into a file that is committed.
  const url = source.repositoryUrl.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
  return `${url}@${source.revision}`;
}

/** Sets `metadata.annotations["ferry.dev/image-source"]` on the resource, adding lines as needed. */
function annotationEdit(
  file: YamlFile,
  image: Located,
  value: string,
  warnings: string[],
): TextEdit | undefined {
  const doc = file.chunks[image.chunk]?.docs?.[image.docIndex];
  if (!doc) return undefined;
  const { resource } = image.pod;
  const metadata = getMap(resource, 'metadata', doc);
  const check = (docs: Document.Parsed[]): string | undefined => {
    const found = findPod(docs, image.docIndex, image.pod.path);
    const md = found ? getMap(found.pod.resource, 'metadata', found.doc) : undefined;
    const ann = md && found ? getMap(md, 'annotations', found.doc) : undefined;
    return ann?.get(SOURCE_ANNOTATION) === value
      ? undefined
      : `annotation ${SOURCE_ANNOTATION} did not read back`;
  };
  if (!metadata || metadata.flow) {
    warnings.push(`${image.id}: no block 'metadata' to annotate; annotation skipped`);
    return undefined;
  }
  const annotations = getMap(metadata, 'annotations', doc);
  if (annotations?.flow) {
    warnings.push(`${image.id}: 'metadata.annotations' is in flow style; annotation skipped`);
    return undefined;
  }
  const { eol } = file;
  if (annotations) {
    const existing = getScalar(annotations, SOURCE_ANNOTATION, doc);
    if (existing) {
      if (existing.value === value) return undefined;
      return { ...scalarEdit(file, existing, image.base, value), check };
    }
    const first = annotations.items[0]?.key;
    if (!isScalar(first)) return undefined;
    const lineStart = lineStartOf(file.text, image.base + (first.range?.[0] ?? 0));
    const indent = ' '.repeat(indentOf(file, first, image.base));
    return {
      start: lineStart,
      end: lineStart,
      text: `${indent}${SOURCE_ANNOTATION}: ${JSON.stringify(value)}${eol}`,
      check,
    };
  }
  const first = metadata.items[0]?.key;
  const resourceFirst = resource.items[0]?.key;
  if (!isScalar(first) || !isScalar(resourceFirst)) return undefined;
  const indent = indentOf(file, first, image.base);
  const step = Math.max(2, indent - indentOf(file, resourceFirst, image.base));
  const lineStart = lineStartOf(file.text, image.base + (first.range?.[0] ?? 0));
  const pad = ' '.repeat(indent);
  const text = `${pad}annotations:${eol}${pad}${' '.repeat(step)}${SOURCE_ANNOTATION}: ${JSON.stringify(value)}${eol}`;
  return { start: lineStart, end: lineStart, text, check };
}

function update(text: string, options: UpdateOptions): UpdateResult {
  const targets = options.images.map((t) => resolveTarget(t, options));
  if (options.containerName !== undefined && targets.length !== 1)
    throw new FerryError(
      `Cannot update container '${options.containerName}': ${targets.length} images were given. Give exactly one image with a container name.`,
      { code: 'USAGE', usage: true },
    );
  const warnings: string[] = [];
  const extra = options.containerName !== undefined ? [options.containerName] : [];
  const edits: TextEdit[] = [];
  const source = options.annotateSource ? sourceValue(options.annotateSource) : undefined;
  let matched = 0;
  // A file that is not YAML is left alone even when an earlier document could not be edited.
  let failure: unknown;
  // Documents in plain block YAML are read from their lines (lines.ts), else from their tokens
  // (fast.ts), else parsed in full; the optional additions need the full tree.
  const plan = (chunk: Chunk, file: YamlFile, images: readonly FastImage[] | undefined): boolean => {
    if (!images) return false;
    guard(() =>
      planImages(
        images.map((image) => ({ ...image, base: chunk.start, chunk: chunk.index, docIndex: 0 })),
        file,
      ),
    );
    return true;
  };
  const tree = options.imagePullSecret || source !== undefined;
  const read = tree
    ? undefined
    : (chunk: Chunk, chunkText: string, file: YamlFile): boolean =>
        plan(chunk, file, lineContainerImages(chunkText, chunk.index));
  const lexed = tree
    ? undefined
    : (chunk: Chunk, chunkText: string, file: YamlFile): boolean =>
        plan(chunk, file, fastContainerImages(chunk.tokens ?? [], chunkText, chunk.index));
  // One document at a time, so its tree can go as soon as its edits are known.
  const file = parseYamlFile(text, relevanceFilter(targets, extra), {
    read,
    lexed,
    each: (chunk, file) => guard(() => planChunk(chunk, file)),
  });
  if (file.problem !== undefined) return leftAlone(file);
  if (failure !== undefined) throw failure;
  return { ...applyEdits(file, edits, 'the manifest'), warnings, matched };

  function guard(plan: () => void): void {
    if (failure === undefined)
      try {
        plan();
      } catch (error) {
        failure = error ?? new Error('edit failed');
      }
  }

  /** The image edits; calls `onMatch` and `onChange` for images that match and that change. */
  function planImages<T extends PlannedImage>(
    images: readonly T[],
    file: YamlFile,
    onMatch?: (image: T) => void,
    onChange?: (image: T) => void,
  ): void {
    const seen = new Set<number>();
    for (const image of images) {
      const target =
        options.containerName !== undefined
          ? image.container === options.containerName
            ? targets[0]
            : undefined
          : findTarget(image.value, targets);
      if (!target) continue;
      matched++;
      onMatch?.(image);
      const after = renderReference(image.value, target);
      if (after === image.value) continue;
      const edit = scalarEdit(file, image.node, image.base, after);
      onChange?.(image);
      if (seen.has(edit.start)) continue;
      seen.add(edit.start);
      const docKey = `${image.chunk}.${image.docIndex}`;
      edits.push({
        ...edit,
        check: checkImage(image.id, image.docIndex, docKey, after),
        expect: { value: after, at: image.base + (image.node.range?.[0] ?? 0), what: image.id },
        change: { field: 'full', before: image.value, after, container: image.container },
      });
    }
  }

  function planChunk(chunk: Chunk, file: YamlFile): void {
    const matchedPods = new Map<string, Located>();
    const changedResources = new Map<YAMLMap, Located>();
    planImages(
      locateIn(chunk, []),
      file,
      (image) => matchedPods.set(`${image.docIndex}:${image.pod.path}`, image),
      (image) => changedResources.set(image.pod.resource, image),
    );
    if (options.imagePullSecret) {
      for (const image of matchedPods.values()) {
        const edit = pullSecretEdit(file, image, options.imagePullSecret);
        if (edit)
          edits.push({
            ...edit,
            change: { field: 'imagePullSecrets', before: '', after: options.imagePullSecret },
          });
      }
    }
    if (source !== undefined) {
      for (const image of changedResources.values()) {
        const edit = annotationEdit(file, image, source, warnings);
        if (edit) edits.push({ ...edit, change: { field: 'annotation', before: '', after: source } });
      }
    }
  }
}

export const manifestUpdater: Updater = { kind: 'manifest', extract, update };
