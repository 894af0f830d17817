/** True when the path is a pattern rather than one file. */
export declare function hasGlobMagic(path: string): boolean;
/** An anchored RegExp for a workspace-relative, '/'-separated path. */
export declare function globToRegExp(glob: string): RegExp;
