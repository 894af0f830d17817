/**
 * Where plain scalars in block context end, in one text read in order: at the first `: `, ` #` or
 * line-ending `:` after the scalar's first character, trailing spaces left out. The next `: ` and ` #`
 * are found by native searches and kept for the scalars that follow, so the text is searched once
 * (a loop per character runs in V8's interpreter, and these readers always run cold). Shared by the
 * line tokenizer and the line reader (manifest/lines.ts).
 */
export declare class PlainEnds {
    private readonly src;
    /** The next `: ` and ` #` at or after where they were last looked for (the text's length: none). */
    private colonSpace;
    private spaceHash;
    constructor(src: string);
    /** The end of the plain scalar whose second character is at `from`, on a line ending at `lineEnd`. */
    end(from: number, lineEnd: number): number;
}
/** The yaml Lexer's tokens of `text`, or undefined when the text is outside the subset read here. */
export declare function lexPlainBlock(text: string): string[] | undefined;
