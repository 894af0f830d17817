// kustomization.yaml `images:` entries (name, newName, newTag, digest): pin the digest in the
// entry, add fields or a whole entry in the file's own style, and leave every other entry alone.
import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, YAMLMap, YAMLSeq } from 'yaml';
import { canonicalName, kustomizeName, resolveTarget, type ResolvedTarget } from '../image-ref';
import type {
  ExtractOptions,
  ImageField,
  ImageOccurrence,
  UpdateOptions,
  UpdateResult,
  Updater,
} from '../types';
import {
  applyEdits,
  getScalar,
  getSeq,
  indentOf,
  lineStartOf,
  nextLineStart,
  pairOf,
  parseYamlFile,
  plainOrQuoted,
  position,
  insertPairs,
  atEnd,
  resolveNode,
  scalarEdit,
  scalarText,
  leftAlone,
  type TextEdit,
  type YamlFile,
} from '../yaml-text';

const FIELDS = ['name', 'newName', 'newTag', 'digest'] as const;
type EntryField = (typeof FIELDS)[number];
type Entry = Partial<Record<EntryField, string>>;

function readEntry(map: YAMLMap, doc: Document.Parsed): Entry {
  const entry: Entry = {};
  for (const field of FIELDS) {
    const node = getScalar(map, field, doc);
    const value = node ? scalarText(node) : undefined;
    if (value !== undefined) entry[field] = value;
  }
  return entry;
}

function imagesOf(doc: Document.Parsed): YAMLSeq | undefined {
  const root = resolveNode(doc.contents, doc);
  return isMap(root) ? getSeq(root, 'images', doc) : undefined;
}

const FIELD_KIND: Record<EntryField, ImageField> = {
  name: 'name',
  newName: 'name',
  newTag: 'tag',
  digest: 'digest',
};

function extract(text: string, _options?: ExtractOptions): ImageOccurrence[] {
  const file = parseYamlFile(text);
  if (file.problem !== undefined) return [];
  const out: ImageOccurrence[] = [];
  for (const chunk of file.chunks) {
    chunk.docs?.forEach((doc, d) => {
      imagesOf(doc)?.items.forEach((item, i) => {
        const map = resolveNode(item, doc);
        if (!isMap(map)) return;
        const hasNewName = pairOf(map, 'newName') !== undefined;
        for (const field of FIELDS) {
          if (field === 'name' && hasNewName) continue;
          const node = getScalar(map, field, doc);
          const value = node ? scalarText(node) : undefined;
          if (!node || value === undefined) continue;
          const start = chunk.start + (node.range?.[0] ?? 0);
          out.push({
            kind: 'kustomize',
            id: `${chunk.index}.${d}:images[${i}].${field}`,
            value,
            field: FIELD_KIND[field],
            start,
            end: chunk.start + (node.range?.[1] ?? 0),
            ...position(file, start),
            group: `${chunk.index}.${d}:images[${i}]`,
          });
        }
      });
    });
  }
  return out;
}

/** What the entry should hold after the update; undefined means the field must not be there. */
function desiredEntry(entry: Entry, target: ResolvedTarget): Entry {
  const current = entry.newName ?? entry.name ?? '';
  const next: Entry = { ...entry };
  // `app=sha256:…` and `app=*@sha256:…` keep `newName`, as `kustomize edit set image` does.
  if (!target.keepName && canonicalName(current) !== target.canonical) next.newName = target.name;
  switch (target.form) {
    case 'digest':
      next.digest = target.digest;
      delete next.newTag;
      break;
    case 'tag+digest':
      next.digest = target.digest;
      if (target.tag !== undefined) next.newTag = target.tag;
      break;
    case 'tag':
      next.newTag = target.tag;
      delete next.digest;
      break;
  }
  return next;
}

function matches(entry: Entry, target: ResolvedTarget): boolean {
  return [entry.name, entry.newName].some((n) => {
    const c = n === undefined ? undefined : (canonicalName(n) ?? kustomizeName(n));
    return c !== undefined && (c === target.match || c === target.canonical);
  });
}

function entryCheck(docIndex: number, index: number, expected: Entry) {
  return (docs: Document.Parsed[]): string | undefined => {
    const doc = docs[docIndex];
    const item = doc ? imagesOf(doc)?.items[index] : undefined;
    const map = doc ? resolveNode(item, doc) : undefined;
    if (!doc || !isMap(map)) return `images[${index}] is no longer found`;
    const got = readEntry(map, doc);
    for (const field of FIELDS)
      if (got[field] !== expected[field])
        return `images[${index}].${field} reads '${got[field] ?? ''}', not '${expected[field] ?? ''}'`;
    return undefined;
  };
}

function start(node: Node, base: number): number {
  return base + (node.range?.[0] ?? 0);
}

/** Removes a `key: value` pair that has its lines to itself; undefined when it shares them. */
function removeField(file: YamlFile, map: YAMLMap, key: string, base: number): TextEdit | undefined {
  const pair = pairOf(map, key);
  if (!pair || !isScalar(pair.key)) return undefined;
  const keyStart = start(pair.key, base);
  if (map.flow) {
    const value = pair.value as Node | null;
    const valueEnd = value?.range ? base + value.range[1] : base + (pair.key.range?.[1] ?? 0);
    const index = map.items.indexOf(pair);
    if (index > 0) {
      const comma = file.text.lastIndexOf(',', keyStart);
      return comma < 0 ? undefined : { start: comma, end: valueEnd, text: '', check: undefined };
    }
    const next = /^\s*,\s*/.exec(file.text.slice(valueEnd));
    return { start: keyStart, end: valueEnd + (next?.[0].length ?? 0), text: '', check: undefined };
  }
  const lineStart = lineStartOf(file.text, keyStart);
  if (file.text.slice(lineStart, keyStart).trim() !== '') return undefined;
  const value = pair.value as Node | null;
  const end = value && value.range ? base + value.range[1] : keyStart;
  const stop = nextLineStart(file.text, Math.max(end - 1, keyStart));
  // The last line has no end of line: take the one before it instead, so no blank line is left.
  const from =
    stop === file.text.length && !file.text.endsWith('\n') && lineStart > 0
      ? lineStart - (file.text.charAt(lineStart - 2) === '\r' ? 2 : 1)
      : lineStart;
  return { start: from, end: stop, text: '', check: undefined };
}

function newEntryText(file: YamlFile, entry: Entry, dash: string, inner: string, flow: boolean): string {
  const fields = FIELDS.filter((f) => entry[f] !== undefined).map(
    (f) => [f, plainOrQuoted(entry[f] ?? '')] as const,
  );
  if (flow) return `{${fields.map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
  return fields
    .map(([k, v], i) => `${i === 0 ? `${dash}- ` : `${dash}${inner}`}${k}: ${v}${file.eol}`)
    .join('');
}

function update(text: string, options: UpdateOptions): UpdateResult {
  const targets = options.images.map((t) => resolveTarget(t, options));
  const warnings: string[] = [];
  const file = parseYamlFile(text);
  if (file.problem !== undefined) return leftAlone(file);
  const edits: TextEdit[] = [];
  let matched = 0;
  const firstDoc = file.chunks.flatMap((c) => (c.docs ?? []).map((doc, d) => ({ chunk: c, doc, d })))[0];
  const missing: { repository: string; entry: Entry }[] = [];
  for (const [t, target] of targets.entries()) {
    const repository = options.images[t]?.repository ?? target.match;
    let found = false;
    for (const chunk of file.chunks) {
      chunk.docs?.forEach((doc, d) => {
        imagesOf(doc)?.items.forEach((item, i) => {
          const map = resolveNode(item, doc);
          if (!isMap(map)) return;
          const entry = readEntry(map, doc);
          if (!matches(entry, target)) return;
          found = true;
          matched++;
          const want = desiredEntry(entry, target);
          const check = entryCheck(d, i, want);
          const inserts: [string, string][] = [];
          for (const field of FIELDS) {
            const before = entry[field];
            const after = want[field];
            if (before === after) continue;
            const change = { field: FIELD_KIND[field], before: before ?? '', after: after ?? '' };
            const node = getScalar(map, field, doc);
            if (after === undefined) {
              const removal = removeField(file, map, field, chunk.start);
              if (removal) edits.push({ ...removal, check, change });
              else {
                want[field] = before;
                warnings.push(`images[${i}] (${repository}): could not remove '${field}'; remove it by hand`);
              }
            } else if (node && pairOf(map, field)) {
              edits.push({ ...scalarEdit(file, node, chunk.start, after), check, change });
            } else inserts.push([field, plainOrQuoted(after)]);
          }
          const insert = insertPairs(file, map, chunk.start, inserts);
          if (insert) {
            const after = inserts.map(([k, v]) => `${k}: ${v}`).join(', ');
            edits.push({ ...insert, check, change: { field: 'entry', before: '', after } });
          } else if (inserts.length > 0)
            warnings.push(`images[${i}] (${repository}): could not add fields; entry left as it was`);
        });
      });
    }
    const addMissing = options.addMissing ?? true;
    if (found || !addMissing || !firstDoc) continue;
    matched++;
    missing.push({ repository, entry: desiredEntry({ name: repository }, target) });
  }
  if (missing.length > 0 && firstDoc) {
    const added = addEntries(
      file,
      firstDoc,
      missing.map((m) => m.entry),
    );
    const after = missing.map((m) => `name: ${m.repository}`).join(', ');
    if (added) edits.push({ ...added, change: { field: 'entry', before: '', after } });
    else
      warnings.push(
        `no images entry for ${after}, and 'images:' is written in a way ferry does not extend; add it by hand`,
      );
  }
  return { ...applyEdits(file, edits, 'the kustomization'), warnings, matched };
}

function addEntries(
  file: YamlFile,
  at: { chunk: { start: number }; doc: Document.Parsed; d: number },
  entries: readonly Entry[],
): TextEdit | undefined {
  const base = at.chunk.start;
  const root = resolveNode(at.doc.contents, at.doc);
  if (!isMap(root) || root.flow) return undefined;
  const images = getSeq(root, 'images', at.doc);
  const index = images?.items.length ?? 0;
  const check = (docs: Document.Parsed[]): string | undefined => {
    for (const [i, entry] of entries.entries()) {
      const problem = entryCheck(at.d, index + i, entry)(docs);
      if (problem !== undefined) return problem;
    }
    return undefined;
  };
  if (images?.flow) {
    const close = base + (images.range?.[1] ?? 0) - 1;
    if (file.text.charAt(close) !== ']') return undefined;
    const sep = images.items.length > 0 ? ', ' : '';
    const text = entries.map((e) => newEntryText(file, e, '', '', true)).join(', ');
    return { start: close, end: close, text: `${sep}${text}`, check };
  }
  if (images && images.items.length > 0) {
    const first = resolveNode(images.items[0], at.doc);
    const dashCol = indentOf(file, images, base);
    const firstKey = isMap(first) ? first.items[0]?.key : undefined;
    const innerCol = isScalar(firstKey) ? indentOf(file, firstKey, base) : dashCol + 2;
    const last = images.items[images.items.length - 1] as Node;
    const pos = nextLineStart(file.text, base + (last.range?.[1] ?? 0) - 1);
    const inner = ' '.repeat(Math.max(2, innerCol - dashCol));
    const text = entries.map((e) => newEntryText(file, e, ' '.repeat(dashCol), inner, false)).join('');
    return { start: pos, end: pos, text: atEnd(file, pos, text), check };
  }
  if (pairOf(root, 'images')) return undefined;
  // No `images:` yet: add it after the last key, indenting `- ` as the file's other lists do.
  const otherSeq = root.items
    .map((p) => resolveNode(p.value, at.doc))
    .find((n): n is YAMLSeq => isSeq(n) && !n.flow && n.items.length > 0);
  const pairKey = otherSeq ? root.items.find((p) => p.value === otherSeq)?.key : undefined;
  const dash =
    otherSeq && isScalar(pairKey)
      ? Math.max(0, indentOf(file, otherSeq, base) - indentOf(file, pairKey, base))
      : 0;
  const lastPair = root.items[root.items.length - 1];
  const lastNode = (lastPair?.value ?? lastPair?.key) as Node | null | undefined;
  const end = lastNode?.range ? base + lastNode.range[1] : base;
  const pos =
    root.items.length > 0 ? nextLineStart(file.text, Math.max(end - 1, base)) : base + (root.range?.[0] ?? 0);
  const text = `images:${file.eol}${entries.map((e) => newEntryText(file, e, ' '.repeat(dash), '  ', false)).join('')}`;
  return { start: pos, end: pos, text: atEnd(file, pos, text), check };
}

export const kustomizeUpdater: Updater = { kind: 'kustomize', extract, update };
