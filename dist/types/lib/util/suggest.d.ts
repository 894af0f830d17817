/** Levenshtein distance, case-insensitive (a key typed with the wrong case is still a near miss). */
export declare function editDistance(a: string, b: string): number;
/**
 * The candidate nearest to `name`: within a third of the name's length (at least 2 edits), or one the
 * name is the start of (a name cut short, `fileP` for `filePath`).
 */
export declare function suggest(name: string, candidates: Iterable<string>): string | undefined;
/** " Did you mean 'x'?" or the empty string, to append to an error message. */
export declare function didYouMean(name: string, candidates: Iterable<string>): string;
