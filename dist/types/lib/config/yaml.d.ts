/** Limits that no real pipeline config comes near. */
export declare const YAML_LIMITS: {
    /** Bytes of YAML text. */
    readonly maxBytes: number;
    /** Alias nodes (`*ref`) per document. */
    readonly maxAliases: 500;
    /** Values after expanding aliases (every scalar, sequence and mapping counts once per place it appears). */
    readonly maxNodes: 100000;
    readonly maxDepth: 64;
};
/** Parses one YAML document; an empty file is `undefined`. Errors are ConfigErrors naming file and line. */
export declare function parseYaml(text: string, file: string): unknown;
