/**
 * The path to write `filePath` to inside `dir`, refused when it leaves it: lexically (`../`), through a
 * symbolic link in an existing parent, or because the file itself is a link pointing outside.
 */
export declare function writableInside(dir: string, filePath: string): Promise<string>;
