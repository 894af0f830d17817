// A line tokenizer for the plain block YAML nearly every manifest is written in. It gives the very
// tokens the yaml package's Lexer gives, an order of magnitude faster (a scan per line instead of a
// generator step per character), or undefined for any text outside the subset it knows: tabs, a byte
// order mark, directives, `...`, anchors, aliases, tags, block scalars, multi-line scalars, flow
// collections over more than one line, complex keys, a bare scalar not after `- `. Callers then lex
// with the yaml package. test/gitops/yaml-tokens.test.ts holds it to the yaml Lexer token for token.

const DOC_MODE = '\x02';
const SCALAR = '\x1f';

/** Runs of spaces, one string per length: indentation is most of the tokens of a manifest. */
const SPACES: string[] = [];
function spaces(n: number): string {
  return (SPACES[n] ??= ' '.repeat(n));
}

class Outside extends Error {}
// One instance: text outside the subset is common enough that a stack trace each would show.
const OUTSIDE = new Outside('outside the line tokenizer subset');

function outside(): never {
  throw OUTSIDE;
}

/** Characters that may not start a plain scalar here (quotes and `[`/`{` are read before this check). */
const NO_PLAIN_START = new Set([...',[]{}#&*!|>\'"%@`?:']);
const FLOW_INDICATORS = new Set([...',[]{}']);

/**
 * Where plain scalars in block context end, in one text read in order: at the first `: `, ` #` or
 * line-ending `:` after the scalar's first character, trailing spaces left out. The next `: ` and ` #`
 * are found by native searches and kept for the scalars that follow, so the text is searched once
 * (a loop per character runs in V8's interpreter, and these readers always run cold). Shared by the
 * line tokenizer and the line reader (manifest/lines.ts).
 */
export class PlainEnds {
  /** The next `: ` and ` #` at or after where they were last looked for (the text's length: none). */
  private colonSpace = -1;
  private spaceHash = -1;

  constructor(private readonly src: string) {}

  /** The end of the plain scalar whose second character is at `from`, on a line ending at `lineEnd`. */
  end(from: number, lineEnd: number): number {
    const { src } = this;
    if (this.colonSpace < from) {
      const k = src.indexOf(': ', from);
      this.colonSpace = k < 0 ? src.length : k;
    }
    if (this.spaceHash < from) {
      const k = src.indexOf(' #', from);
      this.spaceHash = k < 0 ? src.length : k;
    }
    let end = Math.min(lineEnd, this.colonSpace, this.spaceHash);
    if (end === lineEnd && lineEnd > from && src.charCodeAt(lineEnd - 1) === 58) end = lineEnd - 1;
    while (end > from && src.charCodeAt(end - 1) === 32) end--;
    return end;
  }
}

class LineTokenizer {
  readonly out: string[] = [];
  private readonly src: string;
  /** Offset of the current line's end (its `\r` or `\n`, or the text's end). */
  private e = 0;
  private readonly ends: PlainEnds;

  constructor(src: string) {
    this.src = src;
    this.ends = new PlainEnds(src);
  }

  private spaces(i: number): number {
    let j = i;
    while (j < this.e && this.src.charCodeAt(j) === 32) j++;
    if (j > i) this.out.push(spaces(j - i));
    return j;
  }

  /** A quoted scalar closed on this line; returns the offset after it. */
  private quoted(i: number): number {
    const { src } = this;
    const quote = src[i];
    let j = i + 1;
    for (;;) {
      if (j >= this.e) outside();
      const c = src[j];
      if (quote === '"' && c === '\\') j += 2;
      else if (c === quote) {
        if (quote === "'" && src[j + 1] === "'") j += 2;
        else break;
      } else j++;
    }
    this.out.push(src.slice(i, j + 1));
    return j + 1;
  }

  /** A plain scalar as the yaml Lexer ends it (trailing spaces left out); returns its end. */
  private plain(i: number, inFlow: boolean): number {
    const { src, e } = this;
    const c0 = src[i] ?? '';
    if (NO_PLAIN_START.has(c0)) outside();
    if (c0 === '-' && (i + 1 >= e || src[i + 1] === ' ')) outside();
    let end = i + 1;
    if (!inFlow) end = this.ends.end(i + 1, e);
    else
      for (let j = i + 1; j < e; j++) {
        const c = src[j] ?? '';
        if (c === ':') {
          const next = src[j + 1];
          if (j + 1 >= e || next === ' ' || FLOW_INDICATORS.has(next ?? '')) break;
          end = j + 1;
        } else if (c === ' ') {
          const next = src[j + 1];
          if (next === '#' || FLOW_INDICATORS.has(next ?? '')) break;
        } else if (FLOW_INDICATORS.has(c)) break;
        else end = j + 1;
      }
    this.out.push(SCALAR, src.slice(i, end));
    return end;
  }

  private scalar(i: number, inFlow: boolean): { end: number; plain: boolean } {
    const c = this.src[i];
    if (c === '"' || c === "'") return { end: this.quoted(i), plain: false };
    return { end: this.plain(i, inFlow), plain: true };
  }

  /** A flow collection closed on this line; returns the offset after it. */
  private flow(i: number): number {
    const { src, out } = this;
    let depth = 0;
    let j = i;
    for (;;) {
      if (j >= this.e) outside();
      const c = src[j] ?? '';
      if (c === '{' || c === '[') {
        out.push(c);
        depth++;
        j++;
      } else if (c === '}' || c === ']') {
        out.push(c);
        j++;
        if (--depth === 0) return j;
      } else if (c === ',') {
        out.push(c);
        j++;
      } else if (c === ' ') j = this.spaces(j);
      else if (c === ':') {
        if (src[j + 1] !== ' ') outside();
        out.push(c);
        j++;
      } else if (c === '#') outside();
      else {
        j = this.scalar(j, true).end;
        const next = src[j];
        if (j < this.e && next !== ' ' && next !== ':' && !FLOW_INDICATORS.has(next ?? '')) outside();
      }
    }
  }

  /** Spaces, then a comment or nothing up to the end of the line. */
  private lineEnd(i: number): void {
    const j = this.spaces(i);
    if (j >= this.e) return;
    if (this.src[j] !== '#' || j === i) outside();
    this.out.push(this.src.slice(j, this.e));
  }

  run(): string[] {
    const { src, out } = this;
    const n = src.length;
    let started = false;
    let content = false;
    /** After a plain scalar that ran to its line's end: a deeper line could continue it. */
    let continuable = -1;
    for (let pos = 0; pos < n;) {
      let e = src.indexOf('\n', pos);
      let next: number;
      let newline = '\n';
      if (e < 0) {
        e = n;
        next = n;
        newline = '';
      } else {
        next = e + 1;
        if (e > pos && src.charCodeAt(e - 1) === 13) {
          e--;
          newline = '\r\n';
        }
      }
      this.e = e;
      let i = pos;
      while (i < e && src.charCodeAt(i) === 32) i++;
      const indent = i - pos;
      if (i < e) {
        // A deeper line after a plain scalar may be its continuation: the yaml Lexer decides.
        if (continuable >= 0 && indent > continuable) outside();
        continuable = -1;
        if (src[i] === '#') {
          if (indent > 0) out.push(spaces(indent));
          out.push(src.slice(i, e));
        } else {
          if (!started) out.push(DOC_MODE);
          started = true;
          if (indent === 0 && (src.startsWith('---', i) || src.startsWith('...', i))) {
            const after = src[i + 3];
            if (i + 3 >= e || after === ' ') {
              if (content || src[i] === '.') outside();
              out.push('---');
              this.lineEnd(i + 3);
              i = e;
            }
          }
          if (i < e) {
            content = true;
            continuable = this.content(pos, i);
          }
        }
      } else if (indent > 0) out.push(spaces(indent));
      if (newline) out.push(newline);
      pos = next;
    }
    return out;
  }

  /** The content of one line from `i`; returns the column a continuation line would pass, or -1. */
  private content(pos: number, i: number): number {
    const { src, out, e } = this;
    if (i > pos) out.push(spaces(i - pos));
    let dash = -1;
    while (src[i] === '-' && (i + 1 >= e || src[i + 1] === ' ')) {
      dash = i - pos;
      out.push('-');
      i = this.spaces(i + 1);
      if (i >= e) return -1;
    }
    if (src[i] === '#') {
      out.push(src.slice(i, e));
      return -1;
    }
    const col = i - pos;
    if (src[i] === '{' || src[i] === '[') {
      if (dash < 0) outside();
      this.lineEnd(this.flow(i));
      return -1;
    }
    const key = this.scalar(i, false);
    i = key.end;
    if (src[i] !== ':' || (i + 1 < e && src[i + 1] !== ' ')) {
      // A bare scalar: only as a sequence item on the same line.
      if (dash < 0 || src[i] === ':') outside();
      return this.valueEnd(i, key.plain, dash);
    }
    out.push(':');
    i = this.spaces(i + 1);
    if (i >= e) return -1;
    if (src[i] === '#') {
      if (src[i - 1] !== ' ') outside();
      out.push(src.slice(i, e));
      return -1;
    }
    if (src[i] === '{' || src[i] === '[') {
      this.lineEnd(this.flow(i));
      return -1;
    }
    const value = this.scalar(i, false);
    if (src[value.end] === ':') outside();
    return this.valueEnd(value.end, value.plain, col);
  }

  private valueEnd(i: number, plain: boolean, owner: number): number {
    const { src, e } = this;
    if (i < e && src[i] !== ' ') outside();
    const j = this.spaces(i);
    if (j >= e) return plain ? owner : -1;
    if (src[j] !== '#') outside();
    this.out.push(src.slice(j, e));
    return -1;
  }
}

/** The yaml Lexer's tokens of `text`, or undefined when the text is outside the subset read here. */
export function lexPlainBlock(text: string): string[] | undefined {
  if (text.includes('\t') || text.charCodeAt(0) === 0xfeff || /\r(?!\n)/.test(text)) return undefined;
  try {
    return new LineTokenizer(text).run();
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
}
