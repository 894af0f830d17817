import type { Document, Scalar, YAMLMap } from 'yaml';
import { type ResolvedTarget } from '../image-ref.js';
import type { Updater } from '../types.js';
export declare const SOURCE_ANNOTATION = "ferry.dev/image-source";
interface PodSpec {
    spec: YAMLMap;
    path: string;
    resource: YAMLMap;
}
interface ContainerImage {
    id: string;
    node: Scalar;
    value: string;
    container: string | undefined;
    pod: PodSpec;
}
/** Every container image in one document, with a key path that survives edits. */
export declare function containerImages(doc: Document.Parsed, docKey: string): ContainerImage[];
/** Chunks that cannot name a target are not parsed: this is what keeps 1,000-document files fast. */
export declare function relevanceFilter(targets: readonly ResolvedTarget[], extra: readonly string[]): (text: string) => boolean;
export declare const manifestUpdater: Updater;
export {};
