import type { ParamSpec } from '../step/index.js';
export type Coerced = {
    ok: true;
    value: unknown;
} | {
    ok: false;
};
export declare function expectedType(spec: ParamSpec): string;
/** "an integer from 1 to 64", "an integer of at least 1", "a number": the bounds of the metadata. */
export declare function expectedNumber(spec: Pick<ParamSpec, 'integer' | 'min' | 'max'>): string;
/** A value from a YAML file (or an action's YAML `params`), checked against the parameter's type. */
export declare function coerceYaml(value: unknown, spec: ParamSpec): Coerced;
/**
 * Text from an environment variable or a flag: "true"/"false" for booleans, "42" for numbers, a JSON
 * list or comma-separated text for lists, a JSON object or `k=v,k2=v2` for mappings.
 */
export declare function coerceText(text: string, spec: ParamSpec): Coerced;
/** An explicit parameter: text is parsed as from an environment variable, typed values are checked. */
export declare function coerceFlag(value: unknown, spec: ParamSpec): Coerced;
/** True when a value counts as set (Piper treats the empty string and the empty list as unset). */
export declare function isSet(value: unknown): boolean;
