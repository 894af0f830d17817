// The line tokenizer of plain block YAML (lib/gitops/updaters/yaml-tokens.ts) against the yaml
// package's Lexer: wherever it gives tokens they are the Lexer's, token for token, over every
// document of the real-repository corpus, hand-picked edge cases, and random lines built from the
// characters that end or start scalars. Text outside its subset gives undefined. Over the same text,
// the line reader (lib/gitops/updaters/manifest/lines.ts, the tokenizer and the token reader in one
// pass) gives the token reader's tree, and reads exactly what the two of them read.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkBounds, lex } from '../../lib/gitops/updaters/yaml-text';
import { lexPlainBlock } from '../../lib/gitops/updaters/yaml-tokens';
import { readTokens } from '../../lib/gitops/updaters/manifest/fast';
import { readBlockLines } from '../../lib/gitops/updaters/manifest/lines';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus/gitops-real');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    try {
      return statSync(file).isDirectory() ? walk(file) : [file];
    } catch {
      return []; // a dangling symbolic link
    }
  });
}

/** Tokens or undefined; tokens must be the yaml Lexer's. */
function check(text: string): boolean {
  const mine = lexPlainBlock(text);
  const tree = readBlockLines(text);
  expect(tree, JSON.stringify(text)).toEqual(mine && readTokens(mine, text));
  if (mine === undefined) return false;
  expect(mine, JSON.stringify(text)).toEqual(lex(text));
  return true;
}

describe('the line tokenizer', () => {
  it('gives the yaml Lexer tokens for the documents of the corpus it reads, and reads most', () => {
    expect(existsSync(CORPUS), `${CORPUS} is missing`).toBe(true);
    let chunks = 0;
    let read = 0;
    for (const file of walk(CORPUS).filter((f) => /\.(ya?ml|json)$|(^|\/)Kustomization$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      for (const b of chunkBounds(text)) {
        chunks++;
        if (check(text.slice(b.start, b.end))) read++;
      }
    }
    expect(chunks).toBeGreaterThan(150);
    expect(read / chunks).toBeGreaterThan(0.8);
  });

  it.each([
    ['apiVersion: v1\nkind: Pod # c\nspec:\n  containers:\n    - name: a\n      image: nginx:1.25\n', true],
    ["a: b\r\nc:\r\n  - \"x\" # c\r\n  - 'it''s'\r\n", true],
    ['# head\n\n  # indented\n---\na: b\n', true],
    ['--- # c\na: {x: nginx:1.2, y: {}, z: [1, "2"]}   # c\nb: [a:b, c d]\n', true],
    ['a:\n- b\n-   c: d\n- - e\n  - f\n-\n- \n', true],
    ['a: b\n   \n  # deeper comment after a value\n', false],
    ['a: b\n\nc: d   \n', true],
    ['a: x#y\nb: "x#"\nc: -x\nd: x:y\ne:   \n', true],
    ['a: b\n  continued\n', false],
    ['- a\n  b\n', false],
    ['key:\n  value\n', false],
    ['a: |\n  text\n', false],
    ['a: &x b\nc: *x\n', false],
    ['a: !tag b\n', false],
    ['a:\tb\n', false],
    ['\uFEFFa: b\n', false],
    ['%YAML 1.2\n---\na: b\n', false],
    ['a: b\n...\n', false],
    ['a: {x: y,\n  z: w}\n', false],
    ['a: "open\n  quote"\n', false],
    ['? complex\n: key\n', false],
    ['a: "x"#c\n', false],
    ['a: b: c\n', false],
    ['{a: b}\n', false],
    ['a: {"x":"y"}\n', false],
    ['a: b\rc: d\n', false],
  ])('%j (read: %s)', (text, readable) => {
    expect(check(text)).toBe(readable);
  });

  it('gives the yaml Lexer tokens for random lines of awkward pieces', () => {
    let seed = 7;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return Math.floor((seed / 4294967296) * n);
    };
    const pick = <T>(items: readonly T[]): T => items[next(items.length)] as T;
    const word = (): string =>
      pick([
        'a',
        'image',
        'x:y',
        'nginx:1.2',
        '-x',
        'a b',
        'a#b',
        'a:b:c',
        '.x',
        '~',
        'x-',
        'a,b',
        'a]b',
        'a}',
      ]);
    const scalar = (): string =>
      pick([word(), word(), `"${word()}"`, `'${word()}'`, '"a\\"b"', "'it''s'", '""', "''", '"a # b"']);
    const flow = (depth = 0): string =>
      depth > 1
        ? scalar()
        : pick([
            `{${scalar()}: ${scalar()}}`,
            `[${scalar()}, ${scalar()}]`,
            '{}',
            '[]',
            `{${scalar()}: ${flow(depth + 1)}, ${scalar()}: ${scalar()}}`,
            `[ ${scalar()} ,${scalar()}]`,
            `{${scalar()}:${scalar()}}`,
          ]);
    const value = (): string =>
      pick([
        '',
        ' ',
        ` ${scalar()}`,
        `  ${scalar()}`,
        ` ${flow()}`,
        ` ${scalar()} # c`,
        ` ${scalar()}#c`,
      ]).concat(pick(['', '', '  ', ': x']));
    const line = (): string => {
      const indent = ' '.repeat(pick([0, 0, 1, 2, 2, 3, 4, 6, 8]));
      const dashes = pick(['', '', '', '- ', '-  ', '- - ', '-']);
      return pick([
        `${indent}${dashes}${scalar()}:${value()}`,
        `${indent}${dashes}${scalar()}:${value()}`,
        `${indent}${dashes}${scalar()}`,
        `${indent}${dashes}${flow()}`,
        `${indent}# comment`,
        '',
        indent,
        '--- # c',
        '---x',
      ]);
    };
    let read = 0;
    for (let i = 0; i < 20_000; i++) {
      const eol = pick(['\n', '\n', '\r\n']);
      const lines = Array.from({ length: 1 + next(10) }, line);
      if (check(lines.join(eol) + pick([eol, eol, '']))) read++;
    }
    expect(read).toBeGreaterThan(2_000);
  });
});
