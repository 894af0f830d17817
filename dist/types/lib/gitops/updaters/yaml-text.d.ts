import { Document } from 'yaml';
import type { Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Change, UpdateResult } from './types.js';
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
export declare function chunkBounds(text: string): {
    start: number;
    end: number;
}[];
/** The yaml lexer's tokens; control tokens (document mode, flow end, scalar marker) hold no source text. */
export declare function lex(text: string): string[];
/** Parses as `parseAllDocuments` does, keeping the lexer's tokens for the read-back. */
export declare function parseDocs(text: string, tokens?: readonly string[]): {
    docs: Document.Parsed[];
    error: string | undefined;
};
/**
 * Parses `text`; chunks for which `relevant` says false are not parsed. With `each`, every parsed
 * chunk is handed to it in turn and its documents are then dropped (not kept in `chunks`), so a
 * large file never holds all its document trees at once.
 */
export declare function parseYamlFile(text: string, relevant?: (chunkText: string) => boolean, hooks?: {
    each?: (chunk: Chunk, file: YamlFile) => void;
    /**
     * Tried first, with no tokens: true means it read the chunk's plain block YAML and it need not be
     * lexed or parsed (its edits are read back by lines, so the chunk must be text lexPlainBlock reads).
     */
    read?: (chunk: Chunk, source: string, file: YamlFile) => boolean;
    /** Tried next with the chunk's tokens; true means it read the chunk and it need not be parsed. */
    lexed?: (chunk: Chunk, source: string, file: YamlFile) => boolean;
}): YamlFile;
/** 1-based line and column of an offset. */
export declare function position(file: Pick<YamlFile, 'lineStarts'>, offset: number): {
    line: number;
    column: number;
};
export declare function lineStartOf(text: string, offset: number): number;
/** Offset just past the line's end of line (or the text's end). */
export declare function nextLineStart(text: string, offset: number): number;
export declare function resolveNode(node: unknown, doc: Document.Parsed): Node | undefined;
export declare function pairOf(map: YAMLMap, key: string): Pair | undefined;
export declare function getMap(map: YAMLMap, key: string, doc: Document.Parsed): YAMLMap | undefined;
export declare function getSeq(map: YAMLMap, key: string, doc: Document.Parsed): YAMLSeq | undefined;
export declare function getScalar(map: YAMLMap, key: string, doc: Document.Parsed): Scalar | undefined;
/** A scalar's value as text: strings as read, numbers and the like as written (`1.10` stays `1.10`). */
export declare function scalarText(node: Scalar): string | undefined;
/** Writes `value` in the scalar's own quoting style; a plain scalar that would change meaning is double-quoted. */
export declare function renderScalar(node: Scalar, value: string): string;
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
    expect?: {
        value: string;
        at: number;
        what: string;
    } | undefined;
    /** What to report; its line is filled in from the edited text. */
    change?: Omit<Change, 'line'> | undefined;
}
/** The edit that puts `value` into scalar `node` (ranges are chunk-relative; `base` is the chunk's start). */
export declare function scalarEdit(file: YamlFile, node: Scalar, base: number, value: string): {
    start: number;
    end: number;
    text: string;
};
/**
 * Whether a plain scalar reads as this very string: no default tag of the schema claims it. The yaml
 * package reads manifests as YAML 1.2; writing is also checked against 1.1 (Kubernetes' parser).
 */
export declare function plainIsString(value: string, versions?: readonly ('1.1' | '1.2')[]): boolean;
/**
 * Applies the edits and reads every touched document back. Any edit that does not read back as
 * meant (or leaves the document unparsable) rolls the whole file back with a GITOPS error.
 */
export declare function applyEdits(file: YamlFile, edits: readonly TextEdit[], what: string): {
    text: string;
    changes: Change[];
};
/** A value as a plain scalar when that reads back the same, else double-quoted. */
export declare function plainOrQuoted(value: string): string;
/** Column (0-based) of the first key of a block map, i.e. its indentation. */
export declare function indentOf(file: YamlFile, node: Node, base: number): number;
/** Lines for new `key: value` pairs after the map's last pair, at the indentation of its keys. */
export declare function insertPairs(file: YamlFile, map: YAMLMap, base: number, fields: [string, string][]): TextEdit | undefined;
/** Text added at the end of a file that has no final end of line keeps it that way. */
export declare function atEnd(file: YamlFile, pos: number, body: string): string;
/** The result of an updater for a file it leaves alone (a template, or text that is not YAML). */
export declare function leftAlone(file: YamlFile): UpdateResult;
