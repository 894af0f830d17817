// The block structure of one document of plain block YAML, read straight from its lines: the line
// tokenizer (../yaml-tokens.ts) and the token reader (fast.ts) fused into one pass that makes no
// tokens. It reads exactly the subset both of them read, and gives the tree the token reader gives;
// for anything else (tabs, anchors, tags, block scalars, multi-line scalars, flow collections over
// more than one line, complex keys...) it gives undefined, and the caller takes the slower readers.
// test/gitops/property.test.ts holds it to the token reader over the corpus and random documents.
import { quotedValue, type FMap, type FNode, type FScalar, type FSeq } from './tree';

class Outside extends Error {}
// One instance: text outside the subset is common enough that a stack trace each would show.
const OUTSIDE = new Outside('outside the line reader subset');

function outside(): never {
  throw OUTSIDE;
}

const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const FLOW: FNode = Object.freeze({ kind: 'flow' });
/** The value of a pruned key, or a sequence item that is a scalar (never read when pruning). */
const SKIPPED: FScalar = Object.freeze({ kind: 'scalar', text: '', type: 'PLAIN', start: 0, end: 0 });
/** Where a pruned key's value goes: nobody reads it, and block nodes under it still check the structure. */
const SCRATCH: [string, FNode | null] = ['', null];

/** `,[]{}`: flow indicators. */
function isFlowIndicator(c: number): boolean {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}

/** Characters that may not start a plain scalar here: `,[]{}#&*!|>'"%@` and backquote, `?`, `:`. */
function noPlainStart(c: number): boolean {
  return (
    isFlowIndicator(c) ||
    c === HASH ||
    c === 38 ||
    c === 42 ||
    c === 33 ||
    c === 124 ||
    c === 62 ||
    c === 39 ||
    c === 34 ||
    c === 37 ||
    c === 64 ||
    c === 96 ||
    c === 63 ||
    c === COLON
  );
}

/** The keys a reader keeps when it prunes, by length too: a key is matched without a string made for it. */
export class KeptKeys {
  readonly keys: ReadonlySet<string>;
  readonly byLength: readonly (readonly string[] | undefined)[];

  constructor(keys: Iterable<string>) {
    this.keys = new Set(keys);
    const byLength: string[][] = [];
    for (const key of this.keys) (byLength[key.length] ??= []).push(key);
    this.byLength = byLength;
  }
}

class LineReader {
  root: FNode | undefined;
  private readonly src: string;
  /** End of the current line (before its `\r\n` or `\n`). */
  private e = 0;
  private readonly stack: (FMap | FSeq)[] = [];
  // The pending slot (where the next node goes), kept in fields: one object per key would be garbage.
  /** 0: none, 1: a pair's value, 2: a sequence item. */
  private slot = 0;
  private slotPair: [string, FNode | null] | undefined;
  private slotSeq: FSeq | undefined;
  private slotIndex = 0;
  /** Column of the key or the `-`: a block node for this slot must be indented more. */
  private slotIndent = 0;
  // Set by scan(): the scalar just read.
  private scalarEnd = 0;
  private scalarPlain = false;
  /** Set by quotedEnd(): the quoted scalar holds an escape (`\\` or `''`). */
  private escaped = false;
  /** Keys kept in the tree when pruning; the others' pairs and scalar values are not built. */
  private readonly keep: KeptKeys | undefined;

  constructor(src: string, keep: KeptKeys | undefined) {
    this.src = src;
    this.keep = keep;
  }

  private skipSpaces(i: number): number {
    const { src, e } = this;
    while (i < e && src.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** A quoted scalar closed on this line; returns the offset after it. */
  private quotedEnd(i: number): number {
    const { src, e } = this;
    const quote = src.charCodeAt(i);
    this.escaped = false;
    let j = i + 1;
    for (;;) {
      if (j >= e) outside();
      const c = src.charCodeAt(j);
      if (quote === 34 && c === 92) {
        this.escaped = true;
        j += 2;
      } else if (c === quote) {
        if (quote === 39 && src.charCodeAt(j + 1) === 39) {
          this.escaped = true;
          j += 2;
        } else return j + 1;
      } else j++;
    }
  }

  /** A plain scalar as the yaml Lexer ends it (trailing spaces left out); returns its end. */
  private plainEnd(i: number, inFlow: boolean): number {
    const { src, e } = this;
    const c0 = src.charCodeAt(i);
    if (noPlainStart(c0)) outside();
    if (c0 === DASH && (i + 1 >= e || src.charCodeAt(i + 1) === SPACE)) outside();
    let end = i + 1;
    for (let j = i + 1; j < e; j++) {
      const c = src.charCodeAt(j);
      if (c === COLON) {
        if (j + 1 >= e) break;
        const next = src.charCodeAt(j + 1);
        if (next === SPACE || (inFlow && isFlowIndicator(next))) break;
        end = j + 1;
      } else if (c === SPACE) {
        const next = src.charCodeAt(j + 1);
        if (next === HASH || (inFlow && isFlowIndicator(next))) break;
      } else if (inFlow && isFlowIndicator(c)) break;
      else end = j + 1;
    }
    return end;
  }

  /**
   * Scans the scalar at `i` into scalarEnd and scalarPlain, and checks that a quoted one with escapes
   * reads (the yaml package refuses a bad escape).
   */
  private scan(i: number, inFlow: boolean): void {
    const { src } = this;
    const c = src.charCodeAt(i);
    if (c === 34 || c === 39) {
      const end = this.quotedEnd(i);
      this.scalarEnd = end;
      this.scalarPlain = false;
      if (this.escaped && quotedValue(src.slice(i, end)) === undefined) outside();
      return;
    }
    this.scalarEnd = this.plainEnd(i, inFlow);
    this.scalarPlain = true;
  }

  /** The value of the scalar just scanned at `i`. */
  private value(i: number): string {
    const text = this.src.slice(i, this.scalarEnd);
    return this.scalarPlain ? text : (quotedValue(text) ?? outside());
  }

  /** The scalar just scanned at `i`, as a node. */
  private node(i: number): FScalar {
    const type = this.scalarPlain ? 'PLAIN' : this.src.charCodeAt(i) === 34 ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
    return { kind: 'scalar', text: this.value(i), type, start: i, end: this.scalarEnd };
  }

  /** The key just scanned at `i` when the caller may read it, else undefined (pruned). */
  private key(i: number): string | undefined {
    const { keep } = this;
    if (!keep) return this.value(i);
    if (!this.scalarPlain) {
      const key = this.value(i);
      return keep.keys.has(key) ? key : undefined;
    }
    // Without a string per key: most keys of a manifest are of no interest.
    for (const key of keep.byLength[this.scalarEnd - i] ?? []) if (this.src.startsWith(key, i)) return key;
    return undefined;
  }

  /** Spaces inside a flow collection, which must close on its line. */
  private flowSpaces(i: number): number {
    const j = this.skipSpaces(i);
    if (j >= this.e) outside();
    return j;
  }

  /** A scalar inside a flow collection: read for its well-formedness only. */
  private flowScalar(i: number): number {
    const c = this.src.charCodeAt(i);
    if (c === 93 || c === 125 || c === 44 || c === COLON || c === HASH) outside();
    this.scan(i, true);
    const j = this.scalarEnd;
    if (j < this.e) {
      const next = this.src.charCodeAt(j);
      if (next !== SPACE && next !== COLON && !isFlowIndicator(next)) outside();
    }
    return j;
  }

  /** A flow collection closed on this line, of scalars and flow collections; returns the offset after it. */
  private flow(i: number): number {
    const { src } = this;
    const close = src.charCodeAt(i) === 123 ? 125 : 93;
    i++;
    for (;;) {
      i = this.flowSpaces(i);
      let c = src.charCodeAt(i);
      if (c === close) break;
      i = c === 123 || c === 91 ? this.flow(i) : this.flowScalar(i);
      i = this.flowSpaces(i);
      if (close === 125 && src.charCodeAt(i) === COLON) {
        if (src.charCodeAt(i + 1) !== SPACE) outside();
        i = this.flowSpaces(i + 1);
        c = src.charCodeAt(i);
        if (c === 123 || c === 91) i = this.flow(i);
        else if (c !== 44 && c !== 125) i = this.flowScalar(i);
        i = this.flowSpaces(i);
      }
      c = src.charCodeAt(i);
      if (c === 44) i++;
      else if (c !== close) outside();
    }
    return i + 1;
  }

  /** Spaces, then a comment after a space, or nothing, up to the end of the line. */
  private lineEnd(i: number): void {
    const j = this.skipSpaces(i);
    if (j < this.e && (this.src.charCodeAt(j) !== HASH || j === i)) outside();
  }

  /** After a scalar value: the column a continuation line would pass (a plain scalar at its line's end), or -1. */
  private valueEnd(i: number, plain: boolean, owner: number): number {
    const { src, e } = this;
    if (i < e && src.charCodeAt(i) !== SPACE) outside();
    const j = this.skipSpaces(i);
    if (j >= e) return plain ? owner : -1;
    if (src.charCodeAt(j) !== HASH) outside();
    return -1;
  }

  private fill(node: FNode): void {
    if (this.slot === 1 && this.slotPair) this.slotPair[1] = node;
    else if (this.slot === 2 && this.slotSeq) this.slotSeq.items[this.slotIndex] = node;
    this.slot = 0;
  }

  /** The map a key at `col` belongs to, opened when the pending slot or the root takes it. */
  private mapAt(col: number): FMap {
    const { stack } = this;
    if (this.slot !== 0 && col > this.slotIndent) {
      const map: FMap = { kind: 'map', indent: col, pairs: [] };
      this.fill(map);
      stack.push(map);
      return map;
    }
    this.slot = 0;
    for (
      let top = stack.at(-1);
      top && (top.indent > col || (top.kind === 'seq' && top.indent === col));
      top = stack.at(-1)
    )
      stack.pop();
    const top = stack.at(-1);
    if (top?.kind === 'map' && top.indent === col) return top;
    if (top || this.root !== undefined) outside();
    const map: FMap = { kind: 'map', indent: col, pairs: [] };
    this.root = map;
    stack.push(map);
    return map;
  }

  private seqAt(col: number): FSeq {
    const { stack } = this;
    if (this.slot !== 0 && (col > this.slotIndent || (this.slot === 1 && col === this.slotIndent))) {
      const seq: FSeq = { kind: 'seq', indent: col, items: [] };
      this.fill(seq);
      stack.push(seq);
      return seq;
    }
    this.slot = 0;
    for (let top = stack.at(-1); top && top.indent > col; top = stack.at(-1)) stack.pop();
    const top = stack.at(-1);
    if (top?.kind === 'seq' && top.indent === col) return top;
    if (top || this.root !== undefined) outside();
    const seq: FSeq = { kind: 'seq', indent: col, items: [] };
    this.root = seq;
    stack.push(seq);
    return seq;
  }

  /** A flow collection or a bare scalar after `- `: the value of the slot the dash opened. */
  private placeInline(node: FNode, col: number): void {
    if (this.slot === 0 || col <= this.slotIndent) outside();
    this.fill(node);
  }

  /** The content of one line from `i`; returns the column a continuation line would pass, or -1. */
  private content(pos: number, i: number): number {
    const { src, e } = this;
    let dash = -1;
    while (src.charCodeAt(i) === DASH && (i + 1 >= e || src.charCodeAt(i + 1) === SPACE)) {
      dash = i - pos;
      const seq = this.seqAt(dash);
      this.slot = 2;
      this.slotSeq = seq;
      this.slotIndex = seq.items.push(null) - 1;
      this.slotIndent = dash;
      i = this.skipSpaces(i + 1);
      if (i >= e) return -1;
    }
    const c = src.charCodeAt(i);
    if (c === HASH) return -1;
    const col = i - pos;
    if (c === 123 || c === 91) {
      if (dash < 0) outside();
      const end = this.flow(i);
      this.placeInline(FLOW, col);
      this.lineEnd(end);
      return -1;
    }
    this.scan(i, false);
    const start = i;
    i = this.scalarEnd;
    const plain = this.scalarPlain;
    if (src.charCodeAt(i) !== COLON || (i + 1 < e && src.charCodeAt(i + 1) !== SPACE)) {
      // A bare scalar: only as a sequence item on the same line.
      if (dash < 0 || src.charCodeAt(i) === COLON) outside();
      this.placeInline(this.keep ? SKIPPED : this.node(start), col);
      return this.valueEnd(i, plain, dash);
    }
    if (i - start > 1000) outside();
    const map = this.mapAt(col);
    const key = this.key(start);
    let pair = SCRATCH;
    if (key !== undefined) {
      pair = [key, null];
      map.pairs.push(pair);
    }
    i = this.skipSpaces(i + 1);
    if (i >= e || src.charCodeAt(i) === HASH) {
      this.slot = 1;
      this.slotPair = pair;
      this.slotIndent = col;
      return -1;
    }
    const v = src.charCodeAt(i);
    if (v === 123 || v === 91) {
      pair[1] = FLOW;
      this.lineEnd(this.flow(i));
      return -1;
    }
    this.scan(i, false);
    const end = this.scalarEnd;
    if (src.charCodeAt(end) === COLON) outside();
    pair[1] = key === undefined ? SKIPPED : this.node(i);
    return this.valueEnd(end, this.scalarPlain, col);
  }

  read(): FNode | undefined {
    const { src } = this;
    const n = src.length;
    /** A `---` or content was read: a later `---` starts another document. */
    let started = false;
    /** After a plain scalar that ran to its line's end: a deeper line could continue it. */
    let continuable = -1;
    for (let pos = 0; pos < n;) {
      let e = src.indexOf('\n', pos);
      let next: number;
      if (e < 0) {
        e = n;
        next = n;
      } else {
        next = e + 1;
        if (e > pos && src.charCodeAt(e - 1) === 13) e--;
      }
      this.e = e;
      let i = pos;
      while (i < e && src.charCodeAt(i) === SPACE) i++;
      if (i < e) {
        // A deeper line after a plain scalar may be its continuation: the yaml Lexer decides.
        if (continuable >= 0 && i - pos > continuable) outside();
        continuable = -1;
        if (src.charCodeAt(i) !== HASH) {
          if (i === pos && (src.startsWith('---', i) || src.startsWith('...', i))) {
            if (i + 3 >= e || src.charCodeAt(i + 3) === SPACE) {
              if (started || src.charCodeAt(i) === 46) outside();
              this.lineEnd(i + 3);
              i = e;
            }
          }
          started = true;
          if (i < e) continuable = this.content(pos, i);
        }
      }
      pos = next;
    }
    return this.root;
  }
}

/**
 * The block structure of one document of plain block YAML, as the token reader builds it from the
 * yaml Lexer's tokens, or undefined when the text is outside the subset read here. With `keep`, only
 * pairs of those keys are in the tree and scalar sequence items are blanks: the document is checked
 * as a whole, but what the caller never reads is not built.
 */
export function readBlockLines(text: string, keep?: KeptKeys): { root: FNode | undefined } | undefined {
  if (text.includes('\t') || text.charCodeAt(0) === 0xfeff || /\r(?!\n)/.test(text)) return undefined;
  try {
    return { root: new LineReader(text, keep).read() };
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
}
