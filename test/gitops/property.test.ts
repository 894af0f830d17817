// Property test: random multi-document files built from the awkward pieces real GitOps repositories
// hold. For each, an update changes only lines of matching images, and a second run changes nothing.
import { describe, expect, it } from 'vitest';
import { canonicalName, renderReference, resolveTarget, updaters } from '../../lib/gitops/updaters';
import { lineDiff } from '../../lib/gitops/updaters/diff';
import type { ReferenceForm } from '../../lib/gitops/updaters';
import { containerImages } from '../../lib/gitops/updaters/manifest';
import {
  fastContainerImages,
  lineContainerImages,
  readTokens,
} from '../../lib/gitops/updaters/manifest/fast';
import { readBlockLines } from '../../lib/gitops/updaters/manifest/lines';
import { parseDocs, parseYamlFile } from '../../lib/gitops/updaters/yaml-text';
import { lexPlainBlock } from '../../lib/gitops/updaters/yaml-tokens';
import type { Scalar } from 'yaml';

/** A small deterministic generator (mulberry32), so a failure names the seed that reproduces it. */
function random(seed: number): {
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
} {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (n) => Math.floor(next() * n),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    chance: (p) => next() < p,
  };
}

const HEX = (c: string): string => c.repeat(64);
const REPOSITORIES = [
  'nginx',
  'docker.io/library/nginx',
  'localhost:5000/app',
  'registry.example.com/team/app',
  'registry.example.com/team/other',
];
const SUFFIXES = ['', ':1', ':1.25', `@sha256:${HEX('a')}`, `:2@sha256:${HEX('b')}`, ':latest'];
const KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'Rollout'];

type Rng = ReturnType<typeof random>;

function image(rng: Rng): string {
  return rng.pick(REPOSITORIES) + rng.pick(SUFFIXES);
}

function quote(rng: Rng, value: string): string {
  return rng.pick([value, `"${value}"`, `'${value}'`]);
}

function comment(rng: Rng, indent: string): string[] {
  return rng.chance(0.3)
    ? [`${indent}# ${rng.pick(['note', 'image: nginx:0 in a comment', 'between items'])}`]
    : [];
}

function inline(rng: Rng): string {
  return rng.chance(0.3) ? rng.pick([' # inline', '   # image: x:1', ' #']) : '';
}

function containers(rng: Rng, indent: string): string[] {
  const key = rng.pick(['containers', 'containers', 'initContainers', 'ephemeralContainers']);
  const count = 1 + rng.int(3);
  if (rng.chance(0.2)) {
    const items = Array.from({ length: count }, (_, i) => `{name: c${i}, image: ${quote(rng, image(rng))}}`);
    return [`${indent}${key}: [${items.join(', ')}]${inline(rng)}`];
  }
  const dash = rng.chance(0.5) ? '  ' : '';
  const lines = [`${indent}${key}:${inline(rng)}`];
  let anchored = false;
  for (let i = 0; i < count; i++) {
    lines.push(...comment(rng, indent + dash));
    lines.push(`${indent}${dash}- name: c${i}${inline(rng)}`);
    if (anchored && rng.chance(0.5)) lines.push(`${indent}${dash}  image: *img${inline(rng)}`);
    else if (!anchored && rng.chance(0.2)) {
      anchored = true;
      lines.push(`${indent}${dash}  image: &img ${quote(rng, image(rng))}${inline(rng)}`);
    } else lines.push(`${indent}${dash}  image: ${quote(rng, image(rng))}${inline(rng)}`);
    if (rng.chance(0.3)) lines.push(`${indent}${dash}  args: ["--image", "nginx:1"]`);
    if (rng.chance(0.2)) lines.push('');
  }
  return lines;
}

function document(rng: Rng): string[] {
  switch (rng.int(7)) {
    case 0:
      return ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', ...containers(rng, '  ')];
    case 1:
      return [
        'apiVersion: batch/v1',
        'kind: CronJob',
        'spec:',
        '  jobTemplate:',
        '    spec:',
        '      template:',
        '        spec:',
        ...containers(rng, '          '),
      ];
    case 2:
      return [
        'apiVersion: v1',
        'kind: ConfigMap',
        'data:',
        '  script: |',
        `    \timage: ${image(rng)}`,
        '    \t\tdocker run nginx:1',
        '  folded: >-',
        `    image: ${image(rng)}`,
      ];
    case 3:
      return ['# not Kubernetes', `image: ${image(rng)}`, 'name: tool'];
    case 4:
      return rng.chance(0.5) ? [] : ['# only a comment'];
    default:
      return [
        ...comment(rng, ''),
        'apiVersion: apps/v1',
        `kind: ${rng.pick(KINDS)}`,
        'metadata:',
        '  name: w',
        'spec:',
        ...(rng.chance(0.3) ? [''] : []),
        '  template:',
        '    spec:',
        ...containers(rng, '      '),
        ...(rng.chance(0.5) ? containers(rng, '      ') : []),
      ];
  }
}

function file(rng: Rng): string {
  const eol = rng.chance(0.3) ? '\r\n' : '\n';
  const docs = Array.from({ length: 1 + rng.int(5) }, () => document(rng));
  const lines: string[] = [];
  docs.forEach((doc, i) => {
    if (i > 0 || rng.chance(0.3)) lines.push(rng.chance(0.2) ? '--- # next' : '---');
    lines.push(...doc);
    if (rng.chance(0.15)) lines.push('...');
  });
  return (rng.chance(0.1) ? '\uFEFF' : '') + lines.join(eol) + (rng.chance(0.9) ? eol : '');
}

describe('random manifests', () => {
  it('change only the lines of matching images, and a second run changes nothing', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rng = random(seed);
      const before = file(rng);
      const repository = rng.pick(REPOSITORIES);
      const form = rng.pick<ReferenceForm | undefined>([undefined, 'tag+digest', 'tag']);
      const reference = rng.pick([
        `${repository}:9@sha256:${HEX('c')}`,
        `registry.example.com/moved:9@sha256:${HEX('d')}`,
      ]);
      const options = { images: [{ repository, reference }], referenceForm: form };
      const target = resolveTarget(options.images[0] ?? { repository, reference }, options);
      const context = `seed ${seed}:\n${before}`;

      const result = updaters.manifest.update(before, options);
      const old = updaters.manifest.extract(before);
      const now = updaters.manifest.extract(result.text);
      expect(now.length, context).toBe(old.length);
      const matchingLines = new Set<number>();
      old.forEach((o, i) => {
        const name = canonicalName(o.value);
        const matches = name === target.match || name === target.canonical;
        if (matches) matchingLines.add(o.line);
        expect(now[i]?.value, context).toBe(matches ? renderReference(o.value, target) : o.value);
      });

      // The output is the input with exactly the image scalars' source text replaced, nothing else.
      let expected = before;
      const seen = new Set<number>();
      const replacements = old
        .map((o, i) => ({ o, n: now[i] }))
        .filter(({ o }) => !seen.has(o.start) && seen.add(o.start))
        .sort((a, b) => b.o.start - a.o.start);
      for (const { o, n } of replacements)
        expected =
          expected.slice(0, o.start) + result.text.slice(n?.start ?? 0, n?.end ?? 0) + expected.slice(o.end);
      expect(result.text, context).toBe(expected);
      for (const { o, n } of replacements) {
        const quoteOf = (s: string): string => (s.startsWith('"') ? '"' : s.startsWith("'") ? "'" : '');
        expect(quoteOf(result.text.slice(n?.start ?? 0)), context).toBe(quoteOf(before.slice(o.start)));
      }

      const diff = lineDiff(before, result.text);
      for (const op of diff) {
        if (op.type === '-') expect(matchingLines, context).toContain(op.ai + 1);
        if (op.type !== ' ') expect(op.line, context).toMatch(/\bimage\s*:/);
      }
      expect(diff.filter((op) => op.type === '-').length, context).toBe(
        diff.filter((op) => op.type === '+').length,
      );

      const again = updaters.manifest.update(result.text, options);
      expect(again.text, context).toBe(result.text);
      expect(again.changes, context).toEqual([]);
    }
  });
});

/** Random small edits that make documents odd or invalid: the fast reader must never disagree. */
function mutate(rng: Rng, text: string): string {
  let out = text;
  for (let n = 1 + rng.int(3); n > 0; n--) {
    const at = rng.int(out.length + 1);
    const lineStart = out.lastIndexOf('\n', at - 1) + 1;
    switch (rng.int(7)) {
      case 0:
        out = out.slice(0, at) + out.slice(at + 1);
        break;
      case 1:
        out =
          out.slice(0, at) +
          rng.pick([
            ' ',
            '  ',
            '-',
            ':',
            '#',
            '\n',
            '\t',
            '"',
            "'",
            '[',
            '{',
            ',',
            '&a ',
            '*a',
            '!',
            '?',
            '|',
            '>',
          ]) +
          out.slice(at);
        break;
      case 2:
        out = out.slice(0, lineStart) + rng.pick([' ', '  ', '   ', '- ']) + out.slice(lineStart);
        break;
      case 3:
        out = out.slice(0, lineStart) + out.slice(lineStart).replace(/^ {1,2}/, '');
        break;
      case 4: {
        const end = out.indexOf('\n', at);
        const line = out.slice(lineStart, end < 0 ? out.length : end + 1);
        out = out.slice(0, lineStart) + line + out.slice(lineStart);
        break;
      }
      case 5:
        out =
          out.slice(0, lineStart) +
          rng.pick([
            '---\n',
            '...\n',
            '# c\n',
            '\n',
            'key: value\n',
            '  - x\n',
            '-\n',
            '    -\n',
            'image: 1.0\n',
          ]) +
          out.slice(lineStart);
        break;
      default:
        out =
          out.slice(0, at) +
          rng.pick([
            'a: b',
            ': ',
            ' #',
            '\r\n',
            'image: nginx:1',
            '- name: x',
            '-\n',
            '- - ',
            '1.5',
            'null',
            ' ~',
            'true',
          ]) +
          out.slice(at);
    }
  }
  return out;
}

describe('the token reader of manifests', () => {
  it('reads every document it accepts exactly as the yaml package does, and accepts most', () => {
    let accepted = 0;
    let chunks = 0;
    let acceptedPlain = 0;
    let chunksPlain = 0;
    let linesRead = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      const rng = random(seed);
      const plain = file(rng);
      for (const text of [plain, mutate(rng, plain), mutate(rng, plain)]) {
        const parsed = parseYamlFile(text);
        for (const chunk of parsed.chunks) {
          const source = text.slice(chunk.start, chunk.end);
          const fast = fastContainerImages(chunk.tokens ?? [], source, chunk.index);
          // The line tokenizer, where it reads the chunk, gives the yaml Lexer's tokens.
          const lines = lexPlainBlock(source);
          if (lines) expect(lines, `seed ${seed}, chunk ${chunk.index}`).toEqual(chunk.tokens);
          // The line reader reads exactly what the line tokenizer and the token reader read, and
          // builds the same tree; pruned, it finds the same images.
          const context = `seed ${seed}, chunk ${chunk.index}:\n${source}`;
          const tree = readBlockLines(source);
          const fromTokens = lines ? readTokens(lines, source) : undefined;
          expect(tree, context).toEqual(fromTokens);
          const byLines = lineContainerImages(source, chunk.index);
          if (tree) {
            linesRead++;
            expect(byLines !== undefined, context).toBe(fast !== undefined);
          }
          chunks++;
          if (text === plain) chunksPlain++;
          if (!fast) continue;
          accepted++;
          if (text === plain) acceptedPlain++;
          const { error } = parseDocs(source);
          expect(error, context).toBeUndefined();
          const full = (chunk.docs ?? []).flatMap((doc, i) => containerImages(doc, `${chunk.index}.${i}`));
          const shape = (i: { id: string; value: string; container: string | undefined; node: Scalar }) =>
            [i.id, i.value, i.container, i.node.type, i.node.range?.[0], i.node.range?.[1]].join(' ');
          expect(fast.map(shape), context).toEqual(full.map(shape));
          if (byLines) expect(byLines.map(shape), context).toEqual(full.map(shape));
        }
      }
    }
    expect(linesRead / chunks).toBeGreaterThan(0.4);
    // Many generated documents are plain block YAML (the others have anchors, block scalars, flow
    // containers); the mutated ones are often not YAML at all.
    expect(acceptedPlain / chunksPlain).toBeGreaterThan(0.5);
    expect(accepted / chunks).toBeGreaterThan(0.4);
    // 6,000 files parsed in full: slow on a busy machine, so it gets the time it needs.
  }, 180_000);
});

describe('the token reader on hand-picked structures', () => {
  const pod = (containers: string): string =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  labels: {app: x, "b": 'c'}\nspec:\n${containers}`;
  it.each([
    [pod('  containers:\n  -\n  - name: a\n    image: nginx:1\n'), true],
    [pod('  containers:\n  - name: a\n    image: nginx:1\n  restartPolicy: Never\n'), true],
    [pod('  containers:\n    - name: a # first\n      # between\n      image: "nginx:1"\n'), true],
    [
      pod('  containers:\n    - image: nginx:1\n      image: nginx:2\n    - name: 1\n      image: 1.0\n'),
      true,
    ],
    [pod('  containers:\n    - name: a\n      image: ~\n    - name: b\n      image:\n'), true],
    [pod('  containers:\n    - name: a\n      "image": \'nginx:1\'\n'), true],
    [pod('  containers:\n  - - name: a\n      image: nginx:1\n'), true],
    [pod('  containers:\n    - name: a\n     image: nginx:1\n'), false],
    [pod('  containers:\n    - name: a\n      image: nginx:1\n   - name: b\n'), false],
    [pod('  containers:\n    - name: a\n      image: nginx:1\n        more\n'), false],
    [pod('  containers: [{name: a, image: nginx:1}]\n'), false],
    [pod('  containers:\n    - name: a\n      image: "nginx:1"#c\n'), false],
    [pod('  containers:\n    - name: a\n      image: nginx:1\n      args: [a]#c\n'), false],
    [pod('  containers:\n    - name: a\n      image: &x nginx:1\n'), false],
    [
      '\uFEFFapiVersion: v1\r\nkind: Pod\r\nspec:\r\n  containers:\r\n  - name: a\r\n    image: nginx:1\r\n',
      true,
    ],
    [
      'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  spec:\n    containers:\n    - image: nginx\n',
      true,
    ],
    [
      '--- # c\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n      - image: a\n...\n',
      true,
    ],
  ])('%j (read by tokens: %s)', (text, read) => {
    const parsed = parseYamlFile(text);
    const chunk = parsed.chunks[0];
    if (!chunk) throw new Error('no chunk');
    const fast = fastContainerImages(chunk.tokens ?? [], text, 0);
    expect(fast !== undefined).toBe(read);
    const shape = (i: { id: string; value: string; container: string | undefined; node: Scalar }) =>
      [i.id, i.value, i.container, i.node.type, i.node.range?.[0], i.node.range?.[1]].join(' ');
    const full = (chunk.docs ?? []).flatMap((doc, i) => containerImages(doc, `0.${i}`));
    if (fast) expect(fast.map(shape)).toEqual(full.map(shape));
    if (fast) expect(parsed.problem).toBeUndefined();
  });
});
