/** The yaml Lexer's tokens of `text`, or undefined when the text is outside the subset read here. */
export declare function lexPlainBlock(text: string): string[] | undefined;
