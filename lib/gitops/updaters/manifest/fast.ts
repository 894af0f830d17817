// A fast reader for the plain block YAML nearly every manifest is written in: it builds the block
// structure from the yaml lexer's tokens alone, skipping the parser and composer that dominate the
// cost of a 1,000-document file. Anything outside that subset (anchors, tags, block scalars,
// multi-line scalars, tabs, flow collections on the way to an image...) returns undefined, and the
// document is parsed with the yaml package as before.
import { Scalar } from 'yaml';
import { plainIsString } from '../yaml-text';
import { KeptKeys, readBlockLines } from './lines';
import { quotedValue as quoted, type FFlow, type FMap, type FNode, type FScalar, type FSeq } from './tree';

/** Where the next node goes: a pair's value or a sequence item, still empty. */
interface Slot {
  pair: [string, FNode | null] | undefined;
  seq: FSeq | undefined;
  index: number;
  /** Column of the key or the `-`: a block node for this slot must be indented more. */
  indent: number;
  /** A map value may also be a sequence at the key's own column. */
  mapValue: boolean;
}

const DOC_MODE = '\x02';
const FLOW_END = '\x18';
const SCALAR = '\x1f';

class Bail extends Error {}
// One instance: documents outside the subset are common enough that a stack trace each would show.
const BAIL = new Bail('outside the token reader subset');

function bail(): never {
  throw BAIL;
}

function isNewline(token: string | undefined): boolean {
  return token === '\n' || token === '\r\n';
}

function isSpace(token: string | undefined): boolean {
  if (token === undefined || (token[0] !== ' ' && token[0] !== '\t')) return false;
  if (token.includes('\t')) bail();
  return true;
}

function quotedValue(token: string): string {
  return quoted(token) ?? bail();
}

/** Reads one document's block structure from its tokens; a method per grammar rule. */
class Reader {
  private i = 0;
  private offset = 0;
  private lineStart = 0;
  root: FNode | undefined;
  private readonly stack: (FMap | FSeq)[] = [];
  private pending: Slot | undefined;

  constructor(
    private readonly tokens: readonly string[],
    private readonly source: string,
  ) {}

  private peek(): string | undefined {
    return this.tokens[this.i];
  }

  private take(): string {
    const token = this.tokens[this.i++] ?? bail();
    if (token !== DOC_MODE && token !== SCALAR) this.offset += token.length;
    return token;
  }

  private skipSpace(): void {
    while (isSpace(this.peek())) this.take();
  }

  /** The rest of a line may hold spaces and a comment only. */
  private endOfLine(): void {
    this.skipSpace();
    if (this.peek()?.startsWith('#')) {
      // `"a"#b` is an error to the yaml package; `a #b` is a comment.
      const before = this.source[this.offset - 1];
      if (this.offset > this.lineStart && before !== ' ' && before !== '\t') bail();
      this.take();
    }
    const token = this.peek();
    if (token === undefined) return;
    if (!isNewline(token)) bail();
    this.take();
    this.lineStart = this.offset;
  }

  private atLineEnd(): boolean {
    const token = this.peek();
    return token === undefined || isNewline(token) || token.startsWith('#');
  }

  private scalar(): FScalar | undefined {
    const token = this.peek();
    if (token === SCALAR) {
      this.take();
      const start = this.offset;
      const text = this.take();
      // What the yaml package refuses at the start of a plain scalar, and multi-line scalars.
      if (/[\r\n]/.test(text) || '\t,%|>@`'.includes(text[0] ?? '\t')) bail();
      return { kind: 'scalar', text, type: 'PLAIN', start, end: this.offset };
    }
    if (token?.[0] === '"' || token?.[0] === "'") {
      const start = this.offset;
      const text = this.take();
      if (/[\r\n]/.test(text)) bail();
      const type = text[0] === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
      return { kind: 'scalar', text: quotedValue(text), type, start, end: this.offset };
    }
    return undefined;
  }

  /** A flow collection on one line, of scalars and flow collections, well formed. */
  private flow(): FFlow {
    const close = this.take() === '{' ? '}' : ']';
    for (;;) {
      this.skipSpace();
      if (this.peek() === close) break;
      if (this.peek() === '{' || this.peek() === '[') this.flow();
      else if (!this.scalar()) bail();
      this.skipSpace();
      if (close === '}' && this.peek() === ':') {
        this.take();
        if (!isSpace(this.peek())) bail();
        this.skipSpace();
        const next = this.peek();
        if (next === '{' || next === '[') this.flow();
        else if (next !== ',' && next !== '}' && !this.scalar()) bail();
        this.skipSpace();
      }
      if (this.peek() === ',') this.take();
      else if (this.peek() !== close) bail();
    }
    this.take();
    return { kind: 'flow' };
  }

  private fill(slot: Slot, node: FNode): void {
    if (slot.pair) slot.pair[1] = node;
    else if (slot.seq) slot.seq.items[slot.index] = node;
  }

  /** Puts a node into the pending slot when it is indented under it, else makes it the root. */
  private place(node: FNode, col: number, block: boolean): void {
    const slot = this.pending;
    this.pending = undefined;
    if (
      slot &&
      (col > slot.indent || (block && node.kind === 'seq' && slot.mapValue && col === slot.indent))
    ) {
      this.fill(slot, node);
      return;
    }
    if (this.root !== undefined || !block) bail();
    this.root = node;
  }

  /** The map a key at `col` belongs to, opened when the pending slot or the root takes it. */
  private mapAt(col: number): FMap {
    const { stack } = this;
    if (this.pending && col > this.pending.indent) {
      const map: FMap = { kind: 'map', indent: col, pairs: [] };
      this.place(map, col, true);
      stack.push(map);
      return map;
    }
    this.pending = undefined;
    for (
      let top = stack.at(-1);
      top && (top.indent > col || (top.kind === 'seq' && top.indent === col));
      top = stack.at(-1)
    )
      stack.pop();
    const top = stack.at(-1);
    if (top?.kind === 'map' && top.indent === col) return top;
    if (top || this.root !== undefined) bail();
    const map: FMap = { kind: 'map', indent: col, pairs: [] };
    this.root = map;
    stack.push(map);
    return map;
  }

  private seqAt(col: number): FSeq {
    const { stack } = this;
    const slot = this.pending;
    if (slot && (col > slot.indent || (slot.mapValue && col === slot.indent))) {
      const seq: FSeq = { kind: 'seq', indent: col, items: [] };
      this.place(seq, col, true);
      stack.push(seq);
      return seq;
    }
    this.pending = undefined;
    for (let top = stack.at(-1); top && top.indent > col; top = stack.at(-1)) stack.pop();
    const top = stack.at(-1);
    if (top?.kind === 'seq' && top.indent === col) return top;
    if (top || this.root !== undefined) bail();
    const seq: FSeq = { kind: 'seq', indent: col, items: [] };
    this.root = seq;
    stack.push(seq);
    return seq;
  }

  /** One node starting at the current token, on a line whose earlier part may have opened `pending`. */
  private content(): void {
    const col = this.offset - this.lineStart;
    const token = this.peek();
    if (token === '-') {
      const seq = this.seqAt(col);
      this.take();
      const index = seq.items.push(null) - 1;
      this.pending = { pair: undefined, seq, index, indent: col, mapValue: false };
      if (this.atLineEnd()) return this.endOfLine();
      if (!isSpace(this.peek())) bail();
      this.skipSpace();
      if (this.atLineEnd()) return this.endOfLine();
      return this.content();
    }
    if (token === '{' || token === '[') {
      if (!this.pending && this.root !== undefined) bail();
      this.place(this.flow(), col, false);
      return this.endOfLine();
    }
    const node = this.scalar() ?? bail();
    this.skipSpace();
    if (this.peek() !== ':') {
      // A bare scalar: the value of the slot opened on this line or the line before.
      if (!this.pending && this.root !== undefined) bail();
      this.place(node, col, false);
      return this.endOfLine();
    }
    if (this.offset - node.start > 1000) bail();
    this.take();
    const key = node.text;
    const map = this.mapAt(col);
    const pair: [string, FNode | null] = [key, null];
    map.pairs.push(pair);
    const slot: Slot = { pair, seq: undefined, index: 0, indent: col, mapValue: true };
    if (this.atLineEnd()) {
      this.pending = slot;
      return this.endOfLine();
    }
    if (!isSpace(this.peek())) bail();
    this.skipSpace();
    if (this.atLineEnd()) {
      this.pending = slot;
      return this.endOfLine();
    }
    const next = this.peek();
    if (next === '{' || next === '[') pair[1] = this.flow();
    else {
      pair[1] = this.scalar() ?? bail();
      this.skipSpace();
      if (this.peek() === ':') bail();
    }
    return this.endOfLine();
  }

  /** The document: lines of content, comments and blank lines, one `---` before and one `...` after. */
  read(): FNode | undefined {
    let started = false;
    let ended = false;
    while (this.i < this.tokens.length) {
      const token = this.peek();
      if (token === DOC_MODE) {
        this.take();
        continue;
      }
      if (token === '\uFEFF' && this.offset === 0) {
        this.take();
        this.lineStart = this.offset;
        // The yaml package refuses a block sequence right after a byte order mark.
        if (this.tokens.slice(this.i, this.i + 3).includes('-')) bail();
        continue;
      }
      if (isNewline(token)) {
        this.take();
        this.lineStart = this.offset;
        continue;
      }
      if (isSpace(token)) this.take();
      const first = this.peek();
      if (first === undefined) break;
      if (isNewline(first) || first.startsWith('#')) {
        this.endOfLine();
        continue;
      }
      if (ended) bail();
      if (first === '---' && this.offset === this.lineStart) {
        if (started) bail();
        started = true;
        this.take();
        this.endOfLine();
        continue;
      }
      if (first === '...' && this.offset === this.lineStart) {
        ended = true;
        this.take();
        this.endOfLine();
        continue;
      }
      if (first === FLOW_END) bail();
      started = true;
      this.content();
    }
    return this.root;
  }
}

function get(node: FNode | null | undefined, key: string): FNode | null | undefined {
  if (node?.kind === 'flow') bail();
  if (node?.kind !== 'map') return undefined;
  // An indexed loop: this runs cold, where an iterator and a destructuring per pair cost.
  const { pairs } = node;
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i];
    if (pair && pair[0] === key) return pair[1];
  }
  return undefined;
}

function getMap(node: FNode | null | undefined, key: string): FMap | undefined {
  const value = get(node, key);
  if (value?.kind === 'flow') bail();
  return value?.kind === 'map' ? value : undefined;
}

function getSeq(node: FNode | null | undefined, key: string): FSeq | undefined {
  const value = get(node, key);
  if (value?.kind === 'flow') bail();
  return value?.kind === 'seq' ? value : undefined;
}

/** A scalar's value when it reads as a string (not `1.0`, `true`, `null`). */
function stringOf(node: FScalar): string | undefined {
  return node.type !== 'PLAIN' || plainIsString(node.text) ? node.text : undefined;
}

/** A string scalar's value: undefined for non-strings, empty values and collections. */
function getString(node: FNode | null | undefined, key: string): string | undefined {
  const value = get(node, key);
  return value?.kind === 'scalar' ? stringOf(value) : undefined;
}

const CONTAINER_KEYS = ['containers', 'initContainers', 'ephemeralContainers'] as const;
/** Every key imagesOf reads: the line reader builds no other pairs. */
const READ_KEYS = new KeptKeys([
  'kind',
  'items',
  'spec',
  'template',
  'jobTemplate',
  ...CONTAINER_KEYS,
  'image',
  'name',
]);
const POD_SPEC_PATHS = [
  ['spec', 'template', 'spec'],
  ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
] as const;

export interface FastImage {
  /** The same key path the full reader gives: `<chunk>.0:spec.template.spec.containers[0].image`. */
  id: string;
  /** A detached scalar with the chunk-relative range and quoting of the image text. */
  node: Scalar;
  value: string;
  container: string | undefined;
}

function podSpecs(
  resource: FNode | null | undefined,
  prefix: string,
  out: { spec: FMap; path: string }[],
): void {
  if (resource?.kind === 'flow') bail();
  if (resource?.kind !== 'map') return;
  const kind = getString(resource, 'kind');
  if (kind === undefined) return;
  if (kind.endsWith('List'))
    getSeq(resource, 'items')?.items.forEach((item, i) => podSpecs(item, `${prefix}items[${i}].`, out));
  const paths: (readonly string[])[] = kind === 'Pod' ? [['spec'], ...POD_SPEC_PATHS] : [...POD_SPEC_PATHS];
  for (const path of paths) {
    let node: FMap | undefined = resource;
    for (const key of path) node = node ? getMap(node, key) : undefined;
    if (node) out.push({ spec: node, path: `${prefix}${path.join('.')}` });
  }
}

/** The container images under a document's root, or BAIL when a flow collection is on the way. */
function imagesOf(root: FNode | undefined, chunkIndex: number): FastImage[] {
  const pods: { spec: FMap; path: string }[] = [];
  podSpecs(root, '', pods);
  const out: FastImage[] = [];
  for (const pod of pods) {
    for (const key of CONTAINER_KEYS) {
      getSeq(pod.spec, key)?.items.forEach((item, i) => {
        if (item?.kind === 'flow') bail();
        if (item?.kind !== 'map') return;
        const image = get(item, 'image');
        if (image?.kind === 'flow') bail();
        const value = image?.kind === 'scalar' ? stringOf(image) : undefined;
        if (image?.kind !== 'scalar' || value === undefined) return;
        const node = new Scalar(value);
        node.type = image.type;
        node.range = [image.start, image.end, image.end];
        out.push({
          id: `${chunkIndex}.0:${pod.path}.${key}[${i}].image`,
          node,
          value,
          container: getString(item, 'name'),
        });
      });
    }
  }
  return out;
}

/** The block structure the token reader builds from a document's tokens, or undefined (for tests). */
export function readTokens(
  tokens: readonly string[],
  source: string,
): { root: FNode | undefined } | undefined {
  try {
    return { root: new Reader(tokens, source).read() };
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  }
}

/**
 * The container images of a chunk holding one document, read from its tokens; undefined when the
 * document is outside the subset this reader knows to read exactly as the yaml package does.
 */
export function fastContainerImages(
  tokens: readonly string[],
  source: string,
  chunkIndex: number,
): FastImage[] | undefined {
  if (source.includes('{{')) return undefined;
  try {
    return imagesOf(new Reader(tokens, source).read(), chunkIndex);
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  }
}

/**
 * The container images of a chunk holding one document, read straight from its lines (lines.ts, no
 * tokens): the fastest reader, for plain block YAML; undefined for anything else.
 */
export function lineContainerImages(source: string, chunkIndex: number): FastImage[] | undefined {
  if (source.includes('{{')) return undefined;
  const read = readBlockLines(source, READ_KEYS);
  if (!read) return undefined;
  try {
    return imagesOf(read.root, chunkIndex);
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  }
}
