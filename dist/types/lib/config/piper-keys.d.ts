/** Piper's context parameters: the container and sidecar a step runs in. ferry runs steps natively. */
export declare const PIPER_CONTEXT_KEYS: ReadonlySet<string>;
/** Piper settings of the run itself (telemetry, logging, hooks, Jenkins), accepted in any section. */
export declare const PIPER_RUN_KEYS: ReadonlySet<string>;
/** True for a key every Piper step accepts that ferry ignores. */
export declare function isPiperContextKey(key: string): boolean;
