// The read-back after an edit: edits with a wrong range or a wrong text, made on purpose, must roll
// the file back with a GITOPS error, both when the document is lexed again and when it is parsed again.
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, Scalar } from 'yaml';
import { FerryError } from '../../lib/util/errors';
import { updaters } from '../../lib/gitops/updaters';
import { applyEdits, parseYamlFile, scalarEdit, type TextEdit } from '../../lib/gitops/updaters/yaml-text';
import { lexPlainBlock } from '../../lib/gitops/updaters/yaml-tokens';

const D1 = `sha256:${'1'.repeat(64)}`;
const NEW = `nginx@${D1}`;

const deployment = (image: string): string =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: web # the front',
    `          image: ${image}`,
    '          args: ["--port", "80"]',
    '        - name: proxy',
    '          image: busybox:1',
    '',
  ].join('\n');

/**
 * The text has one document per `---`; `doc` picks the one whose first container's image is edited.
 * `byLines`: the chunk's tokens are the line tokenizer's, as the manifest updater reads plain YAML.
 */
function setup(text: string, doc = 0, byLines = false) {
  const file = parseYamlFile(text);
  const chunk = file.chunks[doc];
  if (chunk && byLines) {
    // As the manifest updater leaves it: read from the line tokenizer's tokens, which are dropped.
    expect(lexPlainBlock(text.slice(chunk.start, chunk.end))).toBeDefined();
    chunk.tokens = undefined;
    chunk.byLines = true;
  }
  const parsed = chunk?.docs?.[0];
  if (!chunk || !parsed) throw new Error('no document');
  const containers = parsed.getIn(['spec', 'template', 'spec', 'containers']);
  const first = isSeq(containers) ? containers.items[0] : undefined;
  const node = isMap(first) ? first.get('image', true) : undefined;
  const name = isMap(first) ? first.get('name', true) : undefined;
  if (!isScalar(node) || !isScalar(name)) throw new Error('no image');
  const imageAt = chunk.start + (node.range?.[0] ?? 0);
  const check = (docs: Document.Parsed[]): string | undefined => {
    const value = docs[0]?.getIn(['spec', 'template', 'spec', 'containers', 0, 'image']);
    return value === NEW ? undefined : `the image reads '${String(value)}'`;
  };
  /** A correct edit, then `mutate` breaks it; `lexed` keeps the token read-back's data, else it is parsed. */
  const edit = (mutate: (e: TextEdit) => TextEdit, lexed = true): TextEdit =>
    mutate({
      ...scalarEdit(file, node as Scalar, chunk.start, NEW),
      check,
      expect: lexed ? { value: NEW, at: imageAt, what: 'the image' } : undefined,
    });
  return { file, edit, name: name as Scalar, base: chunk.start };
}

const many = Array.from({ length: 3 }, () => deployment('nginx:1.25')).join('---\n');

describe.each([
  ['lexed again', true, false],
  ['its lines lexed again', true, true],
  ['parsed again', false, false],
])('read-back (%s)', (_label, lexed, byLines) => {
  it('accepts a correct edit', () => {
    const { file, edit } = setup(many, 1, byLines);
    const result = applyEdits(file, [edit((e) => e, lexed)], 'the manifest');
    expect(result.text.split(NEW).length).toBe(2);
    expect(result.changes).toEqual([]);
  });

  it.each<[string, (e: TextEdit, text: string) => TextEdit]>([
    ['a range one character too early', (e) => ({ ...e, start: e.start - 1, end: e.end - 1 })],
    ['a range that eats the key separator', (e) => ({ ...e, start: e.start - 1 })],
    ['a range that eats the end of line', (e) => ({ ...e, end: e.end + 1 })],
    ['a range one character short', (e) => ({ ...e, end: e.end - 1 })],
    ['a range one character too late', (e) => ({ ...e, start: e.start + 1, end: e.end + 1 })],
    ['a wrong text', (e) => ({ ...e, text: `${NEW}0` })],
    ['a text that opens a quote', (e) => ({ ...e, text: `"${NEW}` })],
    ['a text that adds a comment', (e) => ({ ...e, text: `nginx #${D1}` })],
  ])('rolls back %s', (_name, mutate) => {
    const { file, edit } = setup(many, 1, byLines);
    const run = () => applyEdits(file, [edit((e) => mutate(e, file.text), lexed)], 'the manifest');
    expect(run).toThrow(FerryError);
    expect(run).toThrow(/Updating the manifest failed: .*The file was left unchanged/);
  });

  it('rolls back an edit of the wrong scalar (the container name)', () => {
    const { file, edit, name, base } = setup(many, 1, byLines);
    const wrong = edit(
      (e) => ({ ...e, start: base + (name.range?.[0] ?? 0), end: base + (name.range?.[1] ?? 0) }),
      lexed,
    );
    expect(() => applyEdits(file, [wrong], 'the manifest')).toThrow(/failed/);
  });
});

describe('manifest updater read-back', () => {
  it('edits every document of a large file and reads each back', () => {
    const text = Array.from({ length: 200 }, () => deployment('"nginx:1.25"')).join('---\n');
    const result = updaters.manifest.update(text, { images: [{ repository: 'nginx', reference: NEW }] });
    expect(result.changes).toHaveLength(200);
    expect(result.text).toBe(text.replaceAll('"nginx:1.25"', `"${NEW}"`));
  });
});
