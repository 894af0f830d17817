// Setter comments: values marked `# {"$imagepolicy": "ns:name[:tag|:name|:digest]"}` as Flux writes
// them, and ferry's own `# ferry:image=<repository>[:tag|:name|:digest]`, in any YAML file.
import { visit } from 'yaml';
import type { Document, Scalar } from 'yaml';
import { findTarget, renderReference, resolveTarget, type ResolvedTarget } from '../image-ref';
import { planParts, type SplitPart, type SplitParts } from '../split';
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
  nextLineStart,
  parseYamlFile,
  position,
  scalarEdit,
  scalarText,
  leftAlone,
  type TextEdit,
} from '../yaml-text';

const FLUX = /^[ \t]*#[ \t]*(\{[ \t]*"\$imagepolicy"[ \t]*:[ \t]*"[^"]*"[ \t]*\})[ \t]*\r?\n?$/;
const FERRY = /^[ \t]*#[ \t]*ferry:image=(\S+)[ \t]*\r?\n?$/;
const SUFFIXES: Record<string, ImageField> = { tag: 'tag', name: 'name', digest: 'digest' };

export interface SetterMark {
  id: string;
  node: Scalar;
  /** `flux:<namespace:name>` or `ferry:<repository>`: the parts of one image share it. */
  group: string;
  /** The Flux policy or the ferry repository, without the field suffix. */
  subject: string;
  marker: 'flux' | 'ferry';
  field: ImageField;
}

function splitSuffix(text: string): { subject: string; field: ImageField } {
  const colon = text.lastIndexOf(':');
  const suffix = colon > text.lastIndexOf('/') ? SUFFIXES[text.slice(colon + 1)] : undefined;
  if (colon < 0 || suffix === undefined) return { subject: text, field: 'full' };
  return { subject: text.slice(0, colon), field: suffix };
}

function parseMarker(
  rest: string,
): { marker: 'flux' | 'ferry'; subject: string; field: ImageField } | undefined {
  const flux = FLUX.exec(rest);
  if (flux?.[1]) {
    try {
      const policy: unknown = JSON.parse(flux[1]);
      const name =
        typeof policy === 'object' && policy !== null
          ? (policy as Record<string, unknown>)['$imagepolicy']
          : undefined;
      if (typeof name !== 'string') return undefined;
      // Flux's policy is `namespace:name`; a third part is the field.
      const parts = name.split(':');
      const last = parts[parts.length - 1] ?? '';
      const field = parts.length >= 3 ? SUFFIXES[last] : undefined;
      return field
        ? { marker: 'flux', subject: parts.slice(0, -1).join(':'), field }
        : { marker: 'flux', subject: name, field: 'full' };
    } catch {
      return undefined;
    }
  }
  const ferry = FERRY.exec(rest);
  if (ferry?.[1]) return { marker: 'ferry', ...splitSuffix(ferry[1]) };
  return undefined;
}

/** Every marked scalar in one document. */
export function setterMarks(doc: Document.Parsed, source: string, docKey: string): SetterMark[] {
  const out: SetterMark[] = [];
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || !node.range) return;
      const end = node.range[1];
      const rest = source.slice(end, nextLineStart(source, end));
      if (!rest.includes('#')) return;
      const mark = parseMarker(rest);
      if (!mark) return;
      const line = source.slice(0, end).split('\n').length;
      out.push({ id: `${docKey}:L${line}`, node, group: `${mark.marker}:${mark.subject}`, ...mark });
    },
  });
  return out;
}

interface Located extends SetterMark {
  base: number;
  docIndex: number;
  docKey: string;
}

function locate(text: string): { file: ReturnType<typeof parseYamlFile>; marks: Located[] } {
  const file = parseYamlFile(
    text,
    (chunk) => chunk.includes('$imagepolicy') || chunk.includes('ferry:image='),
  );
  const marks: Located[] = [];
  if (file.problem !== undefined) return { file, marks };
  for (const chunk of file.chunks) {
    const chunkText = text.slice(chunk.start, chunk.end);
    chunk.docs?.forEach((doc, docIndex) => {
      const docKey = `${chunk.index}.${docIndex}`;
      for (const mark of setterMarks(doc, chunkText, docKey))
        marks.push({ ...mark, base: chunk.start, docIndex, docKey });
    });
  }
  return { file, marks };
}

function extract(text: string, _options?: ExtractOptions): ImageOccurrence[] {
  const { file, marks } = locate(text);
  return marks.map((m) => {
    const start = m.base + (m.node.range?.[0] ?? 0);
    return {
      kind: 'setter',
      id: m.id,
      value: scalarText(m.node) ?? '',
      field: m.field,
      start,
      end: m.base + (m.node.range?.[1] ?? 0),
      ...position(file, start),
      group: m.group,
    };
  });
}

function groupTarget(
  marks: readonly Located[],
  targets: readonly ResolvedTarget[],
  policies: ReadonlyMap<string, ResolvedTarget>,
): ResolvedTarget | undefined {
  const first = marks[0];
  if (!first) return undefined;
  if (first.marker === 'flux') {
    const byPolicy = policies.get(first.subject);
    if (byPolicy) return byPolicy;
  } else return findTarget(first.subject, targets);
  // A Flux policy nobody named: match on the repository the value itself names.
  for (const m of marks) {
    if (m.field !== 'full' && m.field !== 'name') continue;
    const found = findTarget(scalarText(m.node) ?? '', targets);
    if (found) return found;
  }
  return undefined;
}

/**
 * For Flux's own markers, what Flux writes for that policy unless a form was asked for: the whole
 * reference (`image:v1.0.0@sha256:…`) into a plain marker, the tag alone into `:tag`.
 */
function fluxForm(
  group: readonly Located[],
  target: ResolvedTarget,
  options: UpdateOptions,
): ResolvedTarget | undefined {
  if (group[0]?.marker !== 'flux' || options.referenceForm !== undefined || options.keepTag) return undefined;
  if (target.tag === undefined) return undefined;
  return { ...target, form: target.digest !== undefined ? 'tag+digest' : 'tag' };
}

function update(text: string, options: UpdateOptions): UpdateResult {
  const targets = options.images.map((t) => resolveTarget(t, options));
  const policies = new Map<string, ResolvedTarget>();
  for (const [policy, reference] of Object.entries(options.policies ?? {}))
    policies.set(policy, resolveTarget({ repository: reference, reference }, options));
  const warnings: string[] = [];
  const { file, marks } = locate(text);
  if (file.problem !== undefined) return leftAlone(file);
  const groups = new Map<string, Located[]>();
  for (const m of marks)
    groups.set(`${m.docKey}|${m.group}`, [...(groups.get(`${m.docKey}|${m.group}`) ?? []), m]);
  const edits: TextEdit[] = [];
  let matched = 0;
  for (const group of groups.values()) {
    const found = groupTarget(group, targets, policies);
    if (!found) continue;
    matched += group.length;
    const flux = fluxForm(group, found, options);
    const target = flux ?? found;
    const parts: SplitParts = {};
    for (const m of group)
      if (m.field !== 'full') parts[m.field as SplitPart] = { value: scalarText(m.node) };
    // Flux writes the policy's tag into `:tag` and its digest into `:digest`, each on its own.
    const want = planParts(parts, flux ? { ...target, form: 'tag' } : target);
    if (flux) {
      if (parts.digest && found.digest !== undefined) want.digest = found.digest;
      else delete want.digest;
    }
    const pinned = want.digest !== undefined || (want.tag ?? '').includes('@');
    if (found.digest !== undefined && !pinned && Object.keys(parts).length > 0)
      warnings.push(
        `${group[0]?.group ?? ''}: no ':digest' setter to hold the digest (Flux writes only the tag into ':tag'); the image is not pinned. Add a ':digest' setter.`,
      );
    for (const m of group) {
      const before = scalarText(m.node) ?? '';
      const after = m.field === 'full' ? renderReference(before, target) : want[m.field as SplitPart];
      if (after === undefined || after === before) continue;
      edits.push({
        ...scalarEdit(file, m.node, m.base, after),
        check: readBack(m, after),
        change: { field: m.field, before, after },
      });
    }
  }
  return { ...applyEdits(file, edits, 'the setter-marked values'), warnings, matched };
}

function readBack(mark: Located, expected: string) {
  return (docs: Document.Parsed[], chunkText: string): string | undefined => {
    const doc = docs[mark.docIndex];
    const found = doc ? setterMarks(doc, chunkText, mark.docKey).find((m) => m.id === mark.id) : undefined;
    if (!found) return `${mark.id} is no longer found`;
    const got = scalarText(found.node) ?? '';
    return got === expected ? undefined : `${mark.id} reads '${got}', not '${expected}'`;
  };
}

export const setterUpdater: Updater = { kind: 'setter', extract, update };
