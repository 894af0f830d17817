import { type CopyOptions, type CopyResult } from './options.js';
/** Copies one image; see CopyOptions. Throws FerryError (DIGEST_MISMATCH, NOT_FOUND, REGISTRY, AUTH, …). */
export declare function copyImage(input: CopyOptions): Promise<CopyResult>;
