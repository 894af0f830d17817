import type { EscapeChar } from './parser.js';
/** Variables visible to an instruction: build args and ENV values, ENV winning as in Docker. */
export type Variables = ReadonlyMap<string, string>;
/** One word: quotes removed, escapes applied, variables expanded (no word splitting). */
export declare function processWord(text: string, vars: Variables, escape?: EscapeChar): string;
/** Words split on unquoted whitespace (including whitespace from unquoted expansions). */
export declare function processWords(text: string, vars: Variables, escape?: EscapeChar): string[];
/**
 * `key=value` pairs as ENV, LABEL and ARG write them (`k=v "k 2"="v 2"`), or the legacy one-pair form
 * `ENV key value`. Values are processed (quotes, escapes, variables) unless `expand` is false.
 */
export declare function processKeyValues(text: string, vars: Variables, escape?: EscapeChar, options?: {
    legacy?: boolean;
    expand?: boolean;
}): [string, string | undefined][];
