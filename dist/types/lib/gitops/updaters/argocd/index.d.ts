import type { Updater } from '../types.js';
/** Argo CD Image Updater's write-back file for one application, beside the manifests. */
export declare const WRITE_BACK_FILE: RegExp;
/** Argo CD write-back files and Application sources. */
export declare const argocdUpdater: Updater;
