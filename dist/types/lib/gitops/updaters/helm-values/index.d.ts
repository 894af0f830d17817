import type { Document, Scalar, YAMLMap } from 'yaml';
import { type SplitPart } from '../split.js';
import type { HelmImageKeys, Updater } from '../types.js';
interface PartLoc {
    node: Scalar | undefined;
    /** Where a missing part would be added: the image's own map. */
    parent: YAMLMap | undefined;
    key: string;
}
interface HelmImage {
    id: string;
    /** The single-string form. */
    full?: Scalar | undefined;
    parts: Partial<Record<SplitPart, PartLoc>>;
    /** A digest key was configured, so it is added when missing (else the digest rides on the tag). */
    digestConfigured?: boolean;
}
/** Images at the configured paths, or every image found by key name when none is configured. */
export declare function helmImages(doc: Document.Parsed, docKey: string, keys: readonly HelmImageKeys[] | undefined): HelmImage[];
export declare const helmValuesUpdater: Updater;
export {};
