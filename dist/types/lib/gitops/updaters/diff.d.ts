/** The line-by-line edit script between two texts (lines without their `\n`). */
export declare function lineDiff(before: string, after: string): {
    type: ' ' | '-' | '+';
    line: string;
    ai: number;
    bi: number;
}[];
/** `--- a/file` / `+++ b/file` hunks with `context` lines around each change; '' when equal. */
export declare function unifiedDiff(before: string, after: string, file: string, context?: number): string;
