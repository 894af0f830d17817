// The block structure the fast manifest readers build (fast.ts from the yaml lexer's tokens, lines.ts
// straight from the text): maps, sequences and scalars with their chunk-relative ranges, and flow
// collections checked for well-formedness but not read.
import { CST, type Scalar } from 'yaml';

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
export function quotedValue(token: string): string | undefined {
  const inner = token.slice(1, -1);
  if (token.length >= 2 && token.endsWith(token[0] ?? '')) {
    if (token[0] === '"' && !inner.includes('\\') && !inner.includes('"')) return inner;
    if (token[0] === "'" && !inner.includes("'")) return inner;
  }
  let bad = false;
  const type = token[0] === '"' ? 'double-quoted-scalar' : 'single-quoted-scalar';
  const { value } = CST.resolveAsScalar({ type, offset: 0, indent: 0, source: token }, true, () => {
    bad = true;
  });
  return bad ? undefined : value;
}
