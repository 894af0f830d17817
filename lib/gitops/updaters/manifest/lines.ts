// The block structure of one document of plain block YAML, read straight from its lines: the line
// tokenizer (../yaml-tokens.ts) and the token reader (fast.ts) fused into one pass that makes no
// tokens. It reads exactly the subset both of them read, and gives the tree the token reader gives;
// for anything else (tabs, anchors, tags, block scalars, multi-line scalars, flow collections over
// more than one line, complex keys...) it gives undefined, and the caller takes the slower readers.
// test/gitops/property.test.ts holds it to the token reader over the corpus and random documents.
import { PlainEnds } from '../yaml-tokens';
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

function readLines(src: string, keep: KeptKeys | undefined): FNode | undefined {
  let root: FNode | undefined;
  /** End of the current line (before its `\r\n` or `\n`). */
  let e = 0;
  const stack: (FMap | FSeq)[] = [];
  // The pending slot (where the next node goes), kept in variables: one object per key would be garbage.
  /** 0: none, 1: a pair's value, 2: a sequence item. */
  let slot = 0;
  let slotPair: [string, FNode | null] | undefined;
  let slotSeq: FSeq | undefined;
  let slotIndex = 0;
  /** Column of the key or the `-`: a block node for this slot must be indented more. */
  let slotIndent = 0;
  const ends = new PlainEnds(src);
  // Set by scan(): the scalar just read.
  let scalarEnd = 0;
  let scalarPlain = false;
  /** Set by quotedEnd(): the quoted scalar holds an escape (`\\` or `''`). */
  let escaped = false;

  function skipSpaces(i: number): number {
    while (i < e && src.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** A quoted scalar closed on this line; returns the offset after it. */
  function quotedEnd(i: number): number {
    const quote = src.charCodeAt(i);
    escaped = false;
    let j = i + 1;
    for (;;) {
      if (j >= e) outside();
      const c = src.charCodeAt(j);
      if (quote === 34 && c === 92) {
        escaped = true;
        j += 2;
      } else if (c === quote) {
        if (quote === 39 && src.charCodeAt(j + 1) === 39) {
          escaped = true;
          j += 2;
        } else return j + 1;
      } else j++;
    }
  }

  /** A plain scalar as the yaml Lexer ends it (trailing spaces left out); returns its end. */
  function plainEnd(i: number, inFlow: boolean): number {
    const c0 = src.charCodeAt(i);
    if (noPlainStart(c0)) outside();
    if (c0 === DASH && (i + 1 >= e || src.charCodeAt(i + 1) === SPACE)) outside();
    if (!inFlow) return ends.end(i + 1, e);
    let end = i + 1;
    for (let j = i + 1; j < e; j++) {
      const c = src.charCodeAt(j);
      if (c === COLON) {
        if (j + 1 >= e) break;
        const next = src.charCodeAt(j + 1);
        if (next === SPACE || isFlowIndicator(next)) break;
        end = j + 1;
      } else if (c === SPACE) {
        const next = src.charCodeAt(j + 1);
        if (next === HASH || isFlowIndicator(next)) break;
      } else if (isFlowIndicator(c)) break;
      else end = j + 1;
    }
    return end;
  }

  /**
   * Scans the scalar at `i` into scalarEnd and scalarPlain, and checks that a quoted one with escapes
   * reads (the yaml package refuses a bad escape).
   */
  function scan(i: number, inFlow: boolean): void {
    const c = src.charCodeAt(i);
    if (c === 34 || c === 39) {
      const end = quotedEnd(i);
      scalarEnd = end;
      scalarPlain = false;
      if (escaped && quotedValue(src.slice(i, end)) === undefined) outside();
      return;
    }
    scalarEnd = plainEnd(i, inFlow);
    scalarPlain = true;
  }

  /** The value of the scalar just scanned at `i`. */
  function value(i: number): string {
    const text = src.slice(i, scalarEnd);
    return scalarPlain ? text : (quotedValue(text) ?? outside());
  }

  /** The scalar just scanned at `i`, as a node. */
  function node(i: number): FScalar {
    const type = scalarPlain ? 'PLAIN' : src.charCodeAt(i) === 34 ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
    return { kind: 'scalar', text: value(i), type, start: i, end: scalarEnd };
  }

  /** The key just scanned at `i` when the caller may read it, else undefined (pruned). */
  function keyAt(i: number): string | undefined {
    if (!keep) return value(i);
    if (!scalarPlain) {
      const key = value(i);
      return keep.keys.has(key) ? key : undefined;
    }
    // Without a string per key: most keys of a manifest are of no interest.
    // Indexed loops here and below: this code runs cold, where an iterator per loop costs.
    const candidates = keep.byLength[scalarEnd - i];
    if (candidates)
      for (let k = 0; k < candidates.length; k++) {
        const key = candidates[k] ?? '';
        if (src.startsWith(key, i)) return key;
      }
    return undefined;
  }

  /** Spaces inside a flow collection, which must close on its line. */
  function flowSpaces(i: number): number {
    const j = skipSpaces(i);
    if (j >= e) outside();
    return j;
  }

  /** A scalar inside a flow collection: read for its well-formedness only. */
  function flowScalar(i: number): number {
    const c = src.charCodeAt(i);
    if (c === 93 || c === 125 || c === 44 || c === COLON || c === HASH) outside();
    scan(i, true);
    const j = scalarEnd;
    if (j < e) {
      const next = src.charCodeAt(j);
      if (next !== SPACE && next !== COLON && !isFlowIndicator(next)) outside();
    }
    return j;
  }

  /** A flow collection closed on this line, of scalars and flow collections; returns the offset after it. */
  function flow(i: number): number {
    const close = src.charCodeAt(i) === 123 ? 125 : 93;
    i++;
    for (;;) {
      i = flowSpaces(i);
      let c = src.charCodeAt(i);
      if (c === close) break;
      i = c === 123 || c === 91 ? flow(i) : flowScalar(i);
      i = flowSpaces(i);
      if (close === 125 && src.charCodeAt(i) === COLON) {
        if (src.charCodeAt(i + 1) !== SPACE) outside();
        i = flowSpaces(i + 1);
        c = src.charCodeAt(i);
        if (c === 123 || c === 91) i = flow(i);
        else if (c !== 44 && c !== 125) i = flowScalar(i);
        i = flowSpaces(i);
      }
      c = src.charCodeAt(i);
      if (c === 44) i++;
      else if (c !== close) outside();
    }
    return i + 1;
  }

  /** Spaces, then a comment after a space, or nothing, up to the end of the line. */
  function lineEnd(i: number): void {
    const j = skipSpaces(i);
    if (j < e && (src.charCodeAt(j) !== HASH || j === i)) outside();
  }

  /** After a scalar value: the column a continuation line would pass (a plain scalar at its line's end), or -1. */
  function valueEnd(i: number, plain: boolean, owner: number): number {
    if (i < e && src.charCodeAt(i) !== SPACE) outside();
    const j = skipSpaces(i);
    if (j >= e) return plain ? owner : -1;
    if (src.charCodeAt(j) !== HASH) outside();
    return -1;
  }

  function fill(node: FNode): void {
    if (slot === 1 && slotPair) slotPair[1] = node;
    else if (slot === 2 && slotSeq) slotSeq.items[slotIndex] = node;
    slot = 0;
  }

  /** The map a key at `col` belongs to, opened when the pending slot or the root takes it. */
  function mapAt(col: number): FMap {
    if (slot !== 0 && col > slotIndent) {
      const map: FMap = { kind: 'map', indent: col, pairs: [] };
      fill(map);
      stack.push(map);
      return map;
    }
    slot = 0;
    let top = stack[stack.length - 1];
    while (top && (top.indent > col || (top.kind === 'seq' && top.indent === col))) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (top?.kind === 'map' && top.indent === col) return top;
    if (top || root !== undefined) outside();
    const map: FMap = { kind: 'map', indent: col, pairs: [] };
    root = map;
    stack.push(map);
    return map;
  }

  function seqAt(col: number): FSeq {
    if (slot !== 0 && (col > slotIndent || (slot === 1 && col === slotIndent))) {
      const seq: FSeq = { kind: 'seq', indent: col, items: [] };
      fill(seq);
      stack.push(seq);
      return seq;
    }
    slot = 0;
    let top = stack[stack.length - 1];
    while (top && top.indent > col) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (top?.kind === 'seq' && top.indent === col) return top;
    if (top || root !== undefined) outside();
    const seq: FSeq = { kind: 'seq', indent: col, items: [] };
    root = seq;
    stack.push(seq);
    return seq;
  }

  /** A flow collection or a bare scalar after `- `: the value of the slot the dash opened. */
  function placeInline(node: FNode, col: number): void {
    if (slot === 0 || col <= slotIndent) outside();
    fill(node);
  }

  /** The content of one line from `i`; returns the column a continuation line would pass, or -1. */
  function content(pos: number, i: number): number {
    let dash = -1;
    while (src.charCodeAt(i) === DASH && (i + 1 >= e || src.charCodeAt(i + 1) === SPACE)) {
      dash = i - pos;
      const seq = seqAt(dash);
      slot = 2;
      slotSeq = seq;
      slotIndex = seq.items.push(null) - 1;
      slotIndent = dash;
      i = skipSpaces(i + 1);
      if (i >= e) return -1;
    }
    const c = src.charCodeAt(i);
    if (c === HASH) return -1;
    const col = i - pos;
    if (c === 123 || c === 91) {
      if (dash < 0) outside();
      const end = flow(i);
      placeInline(FLOW, col);
      lineEnd(end);
      return -1;
    }
    scan(i, false);
    const start = i;
    i = scalarEnd;
    const plain = scalarPlain;
    if (src.charCodeAt(i) !== COLON || (i + 1 < e && src.charCodeAt(i + 1) !== SPACE)) {
      // A bare scalar: only as a sequence item on the same line.
      if (dash < 0 || src.charCodeAt(i) === COLON) outside();
      placeInline(keep ? SKIPPED : node(start), col);
      return valueEnd(i, plain, dash);
    }
    if (i - start > 1000) outside();
    const map = mapAt(col);
    const key = keyAt(start);
    let pair = SCRATCH;
    if (key !== undefined) {
      pair = [key, null];
      map.pairs.push(pair);
    }
    i = skipSpaces(i + 1);
    if (i >= e || src.charCodeAt(i) === HASH) {
      slot = 1;
      slotPair = pair;
      slotIndent = col;
      return -1;
    }
    const v = src.charCodeAt(i);
    if (v === 123 || v === 91) {
      pair[1] = FLOW;
      lineEnd(flow(i));
      return -1;
    }
    scan(i, false);
    const end = scalarEnd;
    if (src.charCodeAt(end) === COLON) outside();
    pair[1] = key === undefined ? SKIPPED : node(i);
    return valueEnd(end, scalarPlain, col);
  }

  function read(): FNode | undefined {
    const n = src.length;
    /** A `---` or content was read: a later `---` starts another document. */
    let started = false;
    /** After a plain scalar that ran to its line's end: a deeper line could continue it. */
    let continuable = -1;
    for (let pos = 0; pos < n;) {
      e = src.indexOf('\n', pos);
      let next: number;
      if (e < 0) {
        e = n;
        next = n;
      } else {
        next = e + 1;
        if (e > pos && src.charCodeAt(e - 1) === 13) e--;
      }
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
              lineEnd(i + 3);
              i = e;
            }
          }
          started = true;
          if (i < e) continuable = content(pos, i);
        }
      }
      pos = next;
    }
    return root;
  }
  return read();
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
    return { root: readLines(text, keep) };
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
}
