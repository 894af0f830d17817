// The text layer every updater stands on: parse YAML with source ranges, edit the text at those
// ranges (never re-dumping it), and read each edited document back to confirm the edit took.
import { CST, Composer, Document, Lexer, Parser, isAlias, isMap, isScalar, isSeq, parse, visit } from 'yaml';
import type { Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { FerryError } from '../../util/errors';
import type { Change, UpdateResult } from './types';
import { lexPlainBlock } from './yaml-tokens';

/** A stretch of the file between `---` lines, parsed on its own so unrelated documents cost nothing. */
export interface Chunk {
  index: number;
  start: number;
  end: number;
  /** Undefined when the pre-filter said the chunk cannot hold a match. */
  docs: Document.Parsed[] | undefined;
  /** The lexer's tokens of the chunk as parsed, for the token-level read-back of scalar edits. */
  tokens: string[] | undefined;
  /**
   * The chunk was read from lexPlainBlock's tokens (then dropped), where each line's tokens depend on
   * that line alone: scalar edits are read back line by line.
   */
  byLines?: true | undefined;
}

export interface YamlFile {
  text: string;
  chunks: Chunk[];
  eol: '\n' | '\r\n';
  /** Set when the text is not YAML (Helm templates, say): the file is left alone. */
  problem: string | undefined;
  /** Why: a template (`{{ … }}`, meant to be rendered, not edited) or text that is not valid YAML. */
  problemKind: 'template' | 'invalid' | undefined;
  lineStarts: number[];
}

/**
 * Document boundaries. A `---` at the start of a line always starts a document in YAML (it cannot
 * sit inside a scalar), so splitting there is exact. Directives make `---` mean more; with any
 * `%` line the file is one chunk.
 */
export function chunkBounds(text: string): { start: number; end: number }[] {
  if (/^%/m.test(text)) return [{ start: 0, end: text.length }];
  const starts = [0];
  const marker = /^---(?=[ \t]|\r?$)/gm;
  for (let m = marker.exec(text); m; m = marker.exec(text)) if (m.index > 0) starts.push(m.index);
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? text.length }));
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The yaml lexer's tokens; control tokens (document mode, flow end, scalar marker) hold no source text. */
export function lex(text: string): string[] {
  return [...new Lexer().lex(text)];
}

function* feed(parser: Parser, tokens: readonly string[]): Generator<CST.Token, void> {
  for (const token of tokens) yield* parser.next(token);
  yield* parser.end();
}

/** Parses as `parseAllDocuments` does, keeping the lexer's tokens for the read-back. */
export function parseDocs(
  text: string,
  tokens: readonly string[] = lex(text),
): {
  docs: Document.Parsed[];
  error: string | undefined;
} {
  const composer = new Composer({ uniqueKeys: false });
  const docs = [...composer.compose(feed(new Parser(), tokens))];
  const first = docs.flatMap((d) => d.errors)[0];
  return { docs, error: first?.message };
}

/** `{{ … }}` outside quotes reads as YAML flow maps, but it is a Go template: nothing to edit there. */
function holdsTemplate(doc: Document.Parsed, source: string): boolean {
  let found = false;
  visit(doc, {
    Map(_key, node) {
      if (node.flow && node.range && source.startsWith('{{', node.range[0])) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Parses `text`; chunks for which `relevant` says false are not parsed. With `each`, every parsed
 * chunk is handed to it in turn and its documents are then dropped (not kept in `chunks`), so a
 * large file never holds all its document trees at once.
 */
export function parseYamlFile(
  text: string,
  relevant?: (chunkText: string) => boolean,
  hooks: {
    each?: (chunk: Chunk, file: YamlFile) => void;
    /**
     * Tried first, with no tokens: true means it read the chunk's plain block YAML and it need not be
     * lexed or parsed (its edits are read back by lines, so the chunk must be text lexPlainBlock reads).
     */
    read?: (chunk: Chunk, source: string, file: YamlFile) => boolean;
    /** Tried next with the chunk's tokens; true means it read the chunk and it need not be parsed. */
    lexed?: (chunk: Chunk, source: string, file: YamlFile) => boolean;
  } = {},
): YamlFile {
  const { each, lexed, read } = hooks;
  let lineStarts: number[] | undefined;
  const file: YamlFile = {
    text,
    chunks: [],
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    problem: undefined,
    problemKind: undefined,
    // Only positions reported to the user need it; an update computes lines on its result.
    get lineStarts() {
      return (lineStarts ??= computeLineStarts(text));
    },
  };
  let problem: string | undefined;
  for (const [index, b] of chunkBounds(text).entries()) {
    const source = text.slice(b.start, b.end);
    if (relevant && !relevant(source)) {
      file.chunks.push({ index, ...b, docs: undefined, tokens: undefined });
      continue;
    }
    if (read && problem === undefined) {
      const chunk: Chunk = { index, ...b, docs: undefined, tokens: undefined, byLines: true };
      if (read(chunk, source, file)) {
        file.chunks.push(chunk);
        continue;
      }
    }
    // Plain block YAML is tokenized by lines (the yaml Lexer's tokens, much faster); the rest, and
    // whatever the token reader passes over, by the yaml package.
    const fast = lexed && problem === undefined ? lexPlainBlock(source) : undefined;
    if (fast && lexed) {
      const chunk: Chunk = { index, ...b, docs: undefined, tokens: fast, byLines: true };
      if (lexed(chunk, source, file)) {
        // Its edits are read back line by line: the tokens need not be kept (in a large file,
        // keeping them all made most of the garbage collector's work).
        chunk.tokens = undefined;
        file.chunks.push(chunk);
        continue;
      }
    }
    const tokens = lex(source);
    if (!fast && lexed && problem === undefined) {
      const chunk: Chunk = { index, ...b, docs: undefined, tokens };
      if (lexed(chunk, source, file)) {
        file.chunks.push(chunk);
        continue;
      }
    }
    const { docs, error } = parseDocs(source, tokens);
    if (error !== undefined && problem === undefined) problem = error;
    if (problem === undefined && source.includes('{{') && docs.some((d) => holdsTemplate(d, source)))
      problem = 'template';
    const chunk: Chunk = { index, ...b, docs, tokens };
    file.chunks.push(chunk);
    if (each && problem === undefined) {
      each(chunk, file);
      chunk.docs = undefined;
    }
  }
  let kind: YamlFile['problemKind'] = problem === undefined ? undefined : 'template';
  if (problem === 'template')
    problem = 'it holds template syntax ({{ … }}) outside quotes, so it is a template, not YAML';
  else if (problem !== undefined && /\{\{.*\}\}|\{\{-|\{%/.test(text))
    problem = `it holds template syntax ({{ … }}) and is not YAML (${problem.split('\n')[0]})`;
  else if (problem !== undefined) {
    problem = `it is not valid YAML (${problem.split('\n')[0]})`;
    kind = 'invalid';
  }
  file.problem = problem;
  file.problemKind = kind;
  return file;
}

/** 1-based line and column of an offset. */
export function position(
  file: Pick<YamlFile, 'lineStarts'>,
  offset: number,
): { line: number; column: number } {
  const starts = file.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just past the line's end of line (or the text's end). */
export function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

export function resolveNode(node: unknown, doc: Document.Parsed): Node | undefined {
  if (isAlias(node)) {
    const target = node.resolve(doc);
    return target ?? undefined;
  }
  if (isScalar(node) || isMap(node) || isSeq(node)) return node;
  return undefined;
}

export function pairOf(map: YAMLMap, key: string): Pair | undefined {
  for (const item of map.items) {
    const k = item.key;
    if (isScalar(k) && String(k.value) === key) return item;
  }
  return undefined;
}

export function getMap(map: YAMLMap, key: string, doc: Document.Parsed): YAMLMap | undefined {
  const node = resolveNode(pairOf(map, key)?.value, doc);
  return isMap(node) ? node : undefined;
}

export function getSeq(map: YAMLMap, key: string, doc: Document.Parsed): YAMLSeq | undefined {
  const node = resolveNode(pairOf(map, key)?.value, doc);
  return isSeq(node) ? node : undefined;
}

export function getScalar(map: YAMLMap, key: string, doc: Document.Parsed): Scalar | undefined {
  const node = resolveNode(pairOf(map, key)?.value, doc);
  return isScalar(node) ? node : undefined;
}

/** A scalar's value as text: strings as read, numbers and the like as written (`1.10` stays `1.10`). */
export function scalarText(node: Scalar): string | undefined {
  if (typeof node.value === 'string') return node.value;
  if (node.value === null || node.value === undefined) return undefined;
  return node.source ?? String(node.value);
}

/**
 * A plain scalar must still read back as this exact string (`1.10`, `true`, `null` would not), under
 * YAML 1.2 and under the YAML 1.1 that Kubernetes' parser speaks (`yes`, `0755`, `1:20`).
 */
function plainSafe(value: string): boolean {
  // `=` only after the first character: `old=new` entries of Argo CD kustomize images.
  if (!/^[A-Za-z0-9_./+-][A-Za-z0-9_./:@+=-]*$/.test(value)) return false;
  if (/^(?:y|n|yes|no|on|off|true|false|null)$/i.test(value)) return false;
  // Only text that starts like a number can resolve to one; everything else is a string.
  if (!/^[-+.0-9]/.test(value)) return true;
  try {
    return parse(value) === value && parse(value, { version: '1.1' }) === value;
  } catch {
    return false;
  }
}

/** Writes `value` in the scalar's own quoting style; a plain scalar that would change meaning is double-quoted. */
export function renderScalar(node: Scalar, value: string): string {
  switch (node.type) {
    case 'QUOTE_SINGLE':
      return `'${value.replaceAll("'", "''")}'`;
    case 'QUOTE_DOUBLE':
      return JSON.stringify(value);
    case 'BLOCK_FOLDED':
    case 'BLOCK_LITERAL':
      throw new FerryError(
        `Cannot update '${value}': the image is written as a block scalar (| or >). Write it on one line.`,
        { code: 'GITOPS' },
      );
    default:
      return plainSafe(value) ? value : JSON.stringify(value);
  }
}

/** A replacement of `start..end` in the file's text, with how to confirm it once the text is read back. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
  /** Returns a problem when the re-parsed chunk does not hold what the edit meant to write. */
  check: ((docs: Document.Parsed[], chunkText: string) => string | undefined) | undefined;
  /**
   * For an edit that replaces one whole scalar: the value it must read back as, and where that scalar
   * starts in the file as parsed (taken from the parsed node, not from the edit's range, so that a
   * wrong range is caught). When every edit of a document has one, the document is read back by
   * lexing it again instead of parsing it again; `check` is still needed for when it is parsed.
   */
  expect?: { value: string; at: number; what: string } | undefined;
  /** What to report; its line is filled in from the edited text. */
  change?: Omit<Change, 'line'> | undefined;
}

/** The edit that puts `value` into scalar `node` (ranges are chunk-relative; `base` is the chunk's start). */
export function scalarEdit(
  file: YamlFile,
  node: Scalar,
  base: number,
  value: string,
): { start: number; end: number; text: string } {
  const range = node.range ?? [0, 0, 0];
  const start = base + range[0];
  const end = base + range[1];
  let text = renderScalar(node, value);
  // `key:` with no value: the empty scalar sits right after the colon.
  if (start === end && !/[ \t]/.test(file.text.charAt(start - 1))) text = ` ${text}`;
  return { start, end, text };
}

function chunkOf(chunks: { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((chunks[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function rollback(what: string, why: string): FerryError {
  return new FerryError(
    `Updating ${what} failed: ${why}. The file was left unchanged; please report this with a copy of the file.`,
    { code: 'GITOPS' },
  );
}

// Control tokens of the lexer: they mark what follows and hold no text of the source.
const DOC_MODE = '\x02';
const FLOW_END = '\x18';
const SCALAR = '\x1f';

function sourceLength(token: string): number {
  return token === DOC_MODE || token === FLOW_END || token === SCALAR ? 0 : token.length;
}

/** The scalar kind a token (or an edit's text) starts: plain, single- or double-quoted. */
function quoteKind(text: string): string {
  const c = text.charAt(0);
  return c === '"' || c === "'" ? c : '';
}

interface ScalarTokenEdit {
  /** Index of the replaced token in the chunk's token list. */
  token: number;
  value: string;
  what: string;
}

/**
 * Maps each edit of a chunk to the scalar token its `expect` names, or returns undefined when any
 * edit has none or changes the scalar's quoting (its token kind): that chunk is then parsed again.
 */
function scalarTokenEdits(chunk: Chunk, edits: readonly TextEdit[]): ScalarTokenEdit[] | undefined {
  const tokens = chunk.tokens;
  if (!tokens) return undefined;
  const wanted = new Map<number, TextEdit>();
  for (const edit of edits) {
    if (!edit.expect) return undefined;
    wanted.set(edit.expect.at - chunk.start, edit);
  }
  const out: ScalarTokenEdit[] = [];
  let offset = 0;
  for (let i = 0; i < tokens.length && out.length < wanted.size; i++) {
    const token = tokens[i] ?? '';
    const length = sourceLength(token);
    const edit = length > 0 ? wanted.get(offset) : undefined;
    if (edit?.expect) {
      const plain = tokens[i - 1] === SCALAR;
      if (!plain && quoteKind(token) === '') return undefined;
      if (quoteKind(edit.text.trimStart()) !== quoteKind(token)) return undefined;
      out.push({ token: i, value: edit.expect.value, what: edit.expect.what });
    }
    offset += length;
  }
  return out.length === edits.length ? out : undefined;
}

const defaultTests = new Map<'1.1' | '1.2', RegExp[]>();
/** The words the null and boolean tags of YAML 1.2 and 1.1 claim; schema tests decide for these. */
const BOOL_OR_NULL_WORD =
  /^(?:[Nn]ull|NULL|[YyNn]|[Yy]es|YES|[Nn]o|NO|[Tt]rue|TRUE|[Ff]alse|FALSE|[Oo]n|ON|[Oo]ff|OFF)$/;

/**
 * Whether a plain scalar reads as this very string: no default tag of the schema claims it. The yaml
 * package reads manifests as YAML 1.2; writing is also checked against 1.1 (Kubernetes' parser).
 */
export function plainIsString(value: string, versions: readonly ('1.1' | '1.2')[] = ['1.2']): boolean {
  // Every default tag of either version matches only text starting like these (or empty text)...
  if (value !== '' && !/^[-+.0-9~nNtTfFyYoO]/.test(value)) return true;
  // ...and of those starting with a letter, only the null and boolean words (`nginx` is a string).
  if (/^[a-zA-Z]/.test(value) && !BOOL_OR_NULL_WORD.test(value)) return true;
  for (const version of versions) {
    let tests = defaultTests.get(version);
    if (!tests) {
      tests = new Document(null, { version }).schema.tags.flatMap((t) =>
        t.default === true && t.test instanceof RegExp ? [t.test] : [],
      );
      defaultTests.set(version, tests);
    }
    if (tests.some((test) => test.test(value))) return false;
  }
  return true;
}

/**
 * Whether a replaced scalar token reads back as `edit.value`: the same kind of scalar as the token it
 * replaced (`was`), on one line, a string under YAML 1.2 and 1.1 when plain.
 */
function scalarReadsAs(
  token: string,
  marker: string | undefined,
  was: string,
  edit: { value: string; what: string },
): string | undefined {
  if (quoteKind(token) !== quoteKind(was) || /[\r\n]/.test(token))
    return `${edit.what} is no longer one scalar`;
  let value: string;
  if (quoteKind(token) === '') {
    if (marker !== SCALAR || !plainIsString(token, ['1.2', '1.1']))
      return `${edit.what} is no longer a string`;
    value = token;
  } else {
    let bad = false;
    const type = quoteKind(token) === '"' ? 'double-quoted-scalar' : 'single-quoted-scalar';
    const read = CST.resolveAsScalar({ type, offset: 0, indent: 0, source: token }, true, () => {
      bad = true;
    });
    if (bad) return `${edit.what} no longer reads as a quoted string`;
    value = read.value;
  }
  return value === edit.value ? undefined : `${edit.what} reads '${value}', not '${edit.value}'`;
}

/**
 * The read-back of scalar replacements: the edited document is lexed again (no parse) and must give
 * the same tokens as before except the replaced scalars, which must read as expected. The parser
 * decides structure from token kinds and indentation only, so equal tokens mean an equal document
 * around each new scalar; a wrong edit range shows up as different tokens.
 */
function readBackTokens(
  edits: readonly ScalarTokenEdit[],
  before: readonly string[],
  source: string,
): string | undefined {
  const after = lex(source);
  if (after.length !== before.length) return 'the edited document reads as a different structure';
  const edited = new Map(edits.map((e) => [e.token, e]));
  for (let i = 0; i < after.length; i++) {
    const token = after[i] ?? '';
    const edit = edited.get(i);
    if (!edit) {
      if (token !== before[i]) return 'the edited document reads as a different structure';
      continue;
    }
    const problem = scalarReadsAs(token, after[i - 1], before[i] ?? '', edit);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/** An image reference as a plain scalar: one token to any YAML lexer, whatever surrounds it. */
const PLAIN_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._/:@+=-]*$/;

/**
 * The read-back of scalar replacements in a document tokenized by lines (lexPlainBlock), where a
 * line's tokens depend on that line alone, the text around the edited lines is the same bytes, and a
 * replaced scalar of the same kind leaves the next line read as before: each edited line must give
 * the tokens it gave before except the replaced scalars, which must read as expected. A new scalar
 * that is not a plain image reference is read once more by the yaml Lexer, in its line.
 */
function readBackLines(
  before: string,
  after: string,
  edits: readonly { edit: TextEdit; at: number }[],
): string | undefined {
  const lines = new Map<number, { edit: TextEdit; at: number }[]>();
  for (const e of edits) {
    const start = lineStartOf(before, e.edit.start);
    const list = lines.get(start);
    if (list) list.push(e);
    else lines.set(start, [e]);
  }
  for (const [start, onLine] of lines) {
    const first = onLine[0];
    const last = onLine[onLine.length - 1];
    if (!first || !last) continue;
    const lineEnd = (text: string, from: number): number => {
      const nl = text.indexOf('\n', from);
      return nl < 0 ? text.length : nl + 1;
    };
    const old = before.slice(start, lineEnd(before, last.edit.end));
    const newStart = first.at - (first.edit.start - start);
    const line = after.slice(newStart, lineEnd(after, last.at + last.edit.text.length));
    const was = lexPlainBlock(old);
    const now = lexPlainBlock(line);
    if (!was || !now) return 'the edited line reads as a different structure';
    if (was.length !== now.length) return 'the edited line reads as a different structure';
    const wanted = new Map<number, TextEdit>();
    for (const e of onLine) {
      // Where the scalar was parsed (not where the edit says), moved as the text before it moved.
      const { text, start, expect } = e.edit;
      const parsedAt = (expect?.at ?? start) - start + e.at - newStart;
      wanted.set(parsedAt + text.length - text.trimStart().length, e.edit);
    }
    let offset = 0;
    let found = 0;
    for (let i = 0; i < now.length; i++) {
      const token = now[i] ?? '';
      const length = sourceLength(token);
      const edit = length > 0 ? wanted.get(offset) : undefined;
      offset += length;
      if (!edit?.expect) {
        if (token !== was[i]) return 'the edited line reads as a different structure';
        continue;
      }
      found++;
      const problem = scalarReadsAs(token, now[i - 1], was[i] ?? '', edit.expect);
      if (problem !== undefined) return problem;
      if (!PLAIN_REFERENCE.test(token) && !yamlLexes(line, offset - length, token))
        return `${edit.expect.what} is no longer one scalar`;
    }
    if (found !== onLine.length) return 'an edited scalar is no longer where it was written';
  }
  return undefined;
}

/** Whether the yaml Lexer reads `token` as one token at `at` in `line`. */
function yamlLexes(line: string, at: number, token: string): boolean {
  let offset = 0;
  for (const t of new Lexer().lex(line)) {
    if (offset === at && sourceLength(t) > 0) return t === token;
    offset += sourceLength(t);
    if (offset > at) return false;
  }
  return false;
}

/**
 * Applies the edits and reads every touched document back. Any edit that does not read back as
 * meant (or leaves the document unparsable) rolls the whole file back with a GITOPS error.
 */
export function applyEdits(
  file: YamlFile,
  edits: readonly TextEdit[],
  what: string,
): { text: string; changes: Change[] } {
  if (edits.length === 0) return { text: file.text, changes: [] };
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const unique: TextEdit[] = [];
  for (const edit of sorted) {
    const last = unique[unique.length - 1];
    if (last && last.start === edit.start && last.end === edit.end && last.text === edit.text) continue;
    if (last && edit.start < last.end) throw rollback(what, `two edits overlap at offset ${edit.start}`);
    unique.push(edit);
  }
  // One pass over the text, in order: the pieces are joined once, whatever the number of edits.
  const pieces: string[] = [];
  let at = 0;
  let shift = 0;
  const touched = new Map<number, TextEdit[]>();
  /** Where each edit's text starts in the edited text. */
  const moved = new Map<TextEdit, number>();
  const located: { offset: number; change: Omit<Change, 'line'> }[] = [];
  for (const edit of unique) {
    pieces.push(file.text.slice(at, edit.start), edit.text);
    at = edit.end;
    moved.set(edit, edit.start + shift);
    if (edit.change) located.push({ offset: edit.start + shift, change: edit.change });
    shift += edit.text.length - (edit.end - edit.start);
    const c = chunkOf(file.chunks, edit.start);
    const list = touched.get(c);
    if (list) list.push(edit);
    else touched.set(c, [edit]);
  }
  pieces.push(file.text.slice(at));
  const text = pieces.join('');
  const bounds = chunkBounds(text);
  if (bounds.length !== file.chunks.length) throw rollback(what, 'the edit changed where documents begin');
  for (const [index, chunkEdits] of touched) {
    const b = bounds[index];
    if (!b) throw rollback(what, 'a document went missing');
    const source = text.slice(b.start, b.end);
    const chunk = file.chunks[index];
    // Scalar edits that keep the scalar's quoting, in a chunk read by lines, are read back by lines.
    const sameKind = (e: TextEdit): boolean =>
      e.expect !== undefined && quoteKind(e.text.trimStart()) === quoteKind(file.text.charAt(e.expect.at));
    if (chunk?.byLines && chunkEdits.every(sameKind)) {
      const at = chunkEdits.map((edit) => ({ edit, at: moved.get(edit) ?? -1 }));
      const problem = readBackLines(file.text, text, at);
      if (problem !== undefined) throw rollback(what, problem);
      continue;
    }
    const scalars = chunk ? scalarTokenEdits(chunk, chunkEdits) : undefined;
    if (scalars) {
      const problem = readBackTokens(scalars, chunk?.tokens ?? [], source);
      if (problem !== undefined) throw rollback(what, problem);
      continue;
    }
    const { docs, error } = parseDocs(source);
    if (error !== undefined)
      throw rollback(what, `the edited text no longer parses (${error.split('\n')[0]})`);
    for (const edit of chunkEdits) {
      const problem = edit.check?.(docs, source);
      if (problem !== undefined) throw rollback(what, problem);
    }
  }
  // The edits are in order: count lines from one to the next (an insertion starts at the beginning
  // of its line, so it reports the line it added).
  let line = 1;
  let counted = 0;
  const changes = located.map(({ offset, change }) => {
    for (let nl = text.indexOf('\n', counted); nl >= 0 && nl < offset; nl = text.indexOf('\n', nl + 1))
      line++;
    counted = Math.max(counted, offset);
    return { line, ...change };
  });
  return { text, changes };
}

/** A value as a plain scalar when that reads back the same, else double-quoted. */
export function plainOrQuoted(value: string): string {
  return plainSafe(value) ? value : JSON.stringify(value);
}

/** Column (0-based) of the first key of a block map, i.e. its indentation. */
export function indentOf(file: YamlFile, node: Node, base: number): number {
  const start = base + (node.range?.[0] ?? 0);
  return start - lineStartOf(file.text, start);
}

/** Lines for new `key: value` pairs after the map's last pair, at the indentation of its keys. */
export function insertPairs(
  file: YamlFile,
  map: YAMLMap,
  base: number,
  fields: [string, string][],
): TextEdit | undefined {
  if (fields.length === 0) return undefined;
  if (map.flow) {
    const close = base + (map.range?.[1] ?? 0) - 1;
    if (file.text.charAt(close) !== '}') return undefined;
    const sep = map.items.length > 0 ? ', ' : '';
    return {
      start: close,
      end: close,
      text: `${sep}${fields.map(([k, v]) => `${k}: ${v}`).join(', ')}`,
      check: undefined,
    };
  }
  const firstKey = map.items[0]?.key;
  if (!isScalar(firstKey)) return undefined;
  const pad = ' '.repeat(indentOf(file, firstKey, base));
  const at = nextLineStart(file.text, base + (map.range?.[1] ?? 0) - 1);
  const body = fields.map(([k, v]) => `${pad}${k}: ${v}${file.eol}`).join('');
  return { start: at, end: at, text: atEnd(file, at, body), check: undefined };
}

/** Text added at the end of a file that has no final end of line keeps it that way. */
export function atEnd(file: YamlFile, pos: number, body: string): string {
  if (pos !== file.text.length || pos === 0 || file.text.endsWith('\n')) return body;
  return file.eol + body.slice(0, body.length - file.eol.length);
}

/** The result of an updater for a file it leaves alone (a template, or text that is not YAML). */
export function leftAlone(file: YamlFile): UpdateResult {
  return {
    text: file.text,
    changes: [],
    warnings: [`left alone: ${file.problem ?? ''}`],
    matched: 0,
    leftAlone: { reason: file.problem ?? '', template: file.problemKind === 'template' },
  };
}
