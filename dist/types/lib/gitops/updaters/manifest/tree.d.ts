import { type Scalar } from 'yaml';
export interface FMap {
    kind: 'map';
    indent: number;
    pairs: [string, FNode | null][];
}
export interface FSeq {
    kind: 'seq';
    indent: number;
    items: (FNode | null)[];
}
export interface FScalar {
    kind: 'scalar';
    /** The text of a plain scalar, the value of a quoted one. */
    text: string;
    type: Scalar.Type;
    start: number;
    end: number;
}
/** A flow collection (`{app: x}`, `["a"]`): checked for well-formedness, not read. */
export interface FFlow {
    kind: 'flow';
}
export type FNode = FMap | FSeq | FScalar | FFlow;
/**
 * The value of a quoted scalar closed on its line, or undefined when the yaml package refuses it
 * (a bad escape). Without escapes a quoted scalar is its text.
 */
export declare function quotedValue(token: string): string | undefined;
