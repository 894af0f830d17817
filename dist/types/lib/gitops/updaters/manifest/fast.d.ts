import { Scalar } from 'yaml';
import { type FNode } from './tree.js';
export interface FastImage {
    /** The same key path the full reader gives: `<chunk>.0:spec.template.spec.containers[0].image`. */
    id: string;
    /** A detached scalar with the chunk-relative range and quoting of the image text. */
    node: Scalar;
    value: string;
    container: string | undefined;
}
/** The block structure the token reader builds from a document's tokens, or undefined (for tests). */
export declare function readTokens(tokens: readonly string[], source: string): {
    root: FNode | undefined;
} | undefined;
/**
 * The container images of a chunk holding one document, read from its tokens; undefined when the
 * document is outside the subset this reader knows to read exactly as the yaml package does.
 */
export declare function fastContainerImages(tokens: readonly string[], source: string, chunkIndex: number): FastImage[] | undefined;
/**
 * The container images of a chunk holding one document, read straight from its lines (lines.ts, no
 * tokens): the fastest reader, for plain block YAML; undefined for anything else.
 */
export declare function lineContainerImages(source: string, chunkIndex: number): FastImage[] | undefined;
