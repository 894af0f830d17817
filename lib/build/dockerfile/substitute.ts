// Docker's word processing for the instructions it applies to (FROM, COPY, ADD, ENV, ARG, LABEL, EXPOSE,
// USER, WORKDIR, VOLUME, STOPSIGNAL): quote removal, escapes, and $VAR / ${VAR:-x} / ${VAR:+x} expansion.
import { FerryError } from '../../util/errors';
import type { EscapeChar } from './parser';

/** Variables visible to an instruction: build args and ENV values, ENV winning as in Docker. */
export type Variables = ReadonlyMap<string, string>;

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

class WordBuilder {
  readonly words: string[] = [];
  private current = '';
  private started = false;

  /** Text that stays in the current word, whitespace included (quoted, or not split). */
  add(text: string): void {
    this.current += text;
    this.started = true;
  }

  /** Text whose unquoted whitespace ends words (an unquoted expansion when splitting). */
  addSplitting(text: string): void {
    for (const ch of text) {
      if (/\s/.test(ch)) this.end();
      else {
        this.current += ch;
        this.started = true;
      }
    }
  }

  /** A quoted empty string ("") still makes a word. */
  mark(): void {
    this.started = true;
  }

  end(): void {
    if (this.started) this.words.push(this.current);
    this.current = '';
    this.started = false;
  }
}

interface LexOptions {
  vars: Variables;
  escape: EscapeChar;
  /** Split into words on unquoted whitespace; otherwise the text is one word. */
  split: boolean;
}

function lex(text: string, options: LexOptions): string[] {
  const { vars, escape, split } = options;
  const out = new WordBuilder();
  let i = 0;
  const expand = (): string => {
    // text[i] is '$'
    const next = text[i + 1];
    if (next === '{') {
      const close = findClose(text, i + 2);
      if (close < 0) throw substitutionError(text, 'missing closing }');
      const body = text.slice(i + 2, close);
      i = close + 1;
      return expandBraced(body, vars, escape, text);
    }
    if (next !== undefined && NAME_START.test(next)) {
      let j = i + 1;
      while (j < text.length && NAME_CHAR.test(text[j] ?? '')) j++;
      const name = text.slice(i + 1, j);
      i = j;
      return vars.get(name) ?? '';
    }
    i++;
    return '$';
  };
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === escape) {
      const next = text[i + 1];
      if (next === undefined) {
        i++;
        continue;
      }
      out.add(next);
      i += 2;
      continue;
    }
    if (ch === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) throw substitutionError(text, 'unmatched single quote');
      out.mark();
      out.add(text.slice(i + 1, close));
      i = close + 1;
      continue;
    }
    if (ch === '"') {
      out.mark();
      i++;
      let closed = false;
      while (i < text.length) {
        const c = text[i] ?? '';
        if (c === '"') {
          closed = true;
          i++;
          break;
        }
        if (c === escape) {
          const next = text[i + 1];
          if (next === '"' || next === '$' || next === escape) {
            out.add(next);
            i += 2;
            continue;
          }
          out.add(c);
          i++;
          continue;
        }
        if (c === '$') {
          out.add(expand());
          continue;
        }
        out.add(c);
        i++;
      }
      if (!closed) throw substitutionError(text, 'unmatched double quote');
      continue;
    }
    if (ch === '$') {
      if (split) out.addSplitting(expand());
      else out.add(expand());
      continue;
    }
    if (split && /\s/.test(ch)) {
      out.end();
      i++;
      continue;
    }
    out.add(ch);
    i++;
  }
  out.end();
  return out.words;
}

function findClose(text: string, from: number): number {
  let depth = 1;
  for (let j = from; j < text.length; j++) {
    if (text[j] === '$' && text[j + 1] === '{') depth++;
    else if (text[j] === '}' && --depth === 0) return j;
  }
  return -1;
}

function expandBraced(body: string, vars: Variables, escape: EscapeChar, whole: string): string {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-+?])([\s\S]*))?$/.exec(body);
  if (!match) throw substitutionError(whole, `bad substitution '\${${body}}'`);
  const name = match[1] ?? '';
  const value = vars.get(name);
  const operator = match[3];
  if (operator === undefined) return value ?? '';
  const colon = match[2] === ':';
  const word = lex(match[4] ?? '', { vars, escape, split: false }).join('');
  // With ':', an empty value counts as unset, as in the shell.
  const isSet = value !== undefined && (!colon || value !== '');
  switch (operator) {
    case '-':
      return isSet ? (value ?? '') : word;
    case '+':
      return isSet ? word : '';
    default:
      if (!isSet) throw substitutionError(whole, `${name}: ${word || 'is not set'}`);
      return value ?? '';
  }
}

function substitutionError(text: string, why: string): FerryError {
  return new FerryError(
    `Dockerfile: cannot process '${text}': ${why}. Fix the quoting or the variable reference.`,
    {
      code: 'BUILD',
      usage: true,
    },
  );
}

/** One word: quotes removed, escapes applied, variables expanded (no word splitting). */
export function processWord(text: string, vars: Variables, escape: EscapeChar = '\\'): string {
  return lex(text, { vars, escape, split: false }).join('');
}

/** Words split on unquoted whitespace (including whitespace from unquoted expansions). */
export function processWords(text: string, vars: Variables, escape: EscapeChar = '\\'): string[] {
  return lex(text, { vars, escape, split: true });
}

/**
 * `key=value` pairs as ENV, LABEL and ARG write them (`k=v "k 2"="v 2"`), or the legacy one-pair form
 * `ENV key value`. Values are processed (quotes, escapes, variables) unless `expand` is false.
 */
export function processKeyValues(
  text: string,
  vars: Variables,
  escape: EscapeChar = '\\',
  options: { legacy?: boolean; expand?: boolean } = {},
): [string, string | undefined][] {
  const words = rawWords(text, escape);
  const first = words[0];
  if (options.legacy && first !== undefined && !first.includes('=')) {
    const value = text.trim().slice(first.length).trim();
    return [[processWord(first, vars, escape), processWord(value, vars, escape)]];
  }
  const none: Variables = new Map();
  return words.map((word): [string, string | undefined] => {
    const eq = word.indexOf('=');
    if (eq < 0) return [processWord(word, none, escape), undefined];
    const key = processWord(word.slice(0, eq), options.expand === false ? none : vars, escape);
    const value = processWord(word.slice(eq + 1), options.expand === false ? none : vars, escape);
    return [key, value];
  });
}

/** Splits on unquoted whitespace but keeps quotes and escapes for later processing. */
function rawWords(text: string, escape: EscapeChar): string[] {
  const words: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === escape && quote !== "'" && i + 1 < text.length) {
      current += ch + (text[i + 1] ?? '');
      i++;
      continue;
    }
    if (quote) {
      if (ch === quote) quote = undefined;
      current += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
      continue;
    }
    if (/\s/.test(ch)) {
      if (current) words.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  if (current) words.push(current);
  return words;
}
