import type { Document, Scalar } from 'yaml';
import type { ImageField, Updater } from '../types.js';
export interface SetterMark {
    id: string;
    node: Scalar;
    /** `flux:<namespace:name>` or `ferry:<repository>`: the parts of one image share it. */
    group: string;
    /** The Flux policy or the ferry repository, without the field suffix. */
    subject: string;
    marker: 'flux' | 'ferry';
    field: ImageField;
}
/** Every marked scalar in one document. */
export declare function setterMarks(doc: Document.Parsed, source: string, docKey: string): SetterMark[];
export declare const setterUpdater: Updater;
