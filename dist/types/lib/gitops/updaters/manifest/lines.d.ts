import { type FNode } from './tree.js';
/** The keys a reader keeps when it prunes, by length too: a key is matched without a string made for it. */
export declare class KeptKeys {
    readonly keys: ReadonlySet<string>;
    readonly byLength: readonly (readonly string[] | undefined)[];
    constructor(keys: Iterable<string>);
}
/**
 * The block structure of one document of plain block YAML, as the token reader builds it from the
 * yaml Lexer's tokens, or undefined when the text is outside the subset read here. With `keep`, only
 * pairs of those keys are in the tree and scalar sequence items are blanks: the document is checked
 * as a whole, but what the caller never reads is not built.
 */
export declare function readBlockLines(text: string, keep?: KeptKeys): {
    root: FNode | undefined;
} | undefined;
