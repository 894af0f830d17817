import type { Repository } from '../types.js';
import { type BlobStats } from './blobs.js';
export interface CopyReferrersOptions {
    source: Repository;
    target: Repository;
    jobs: number;
    signal?: AbortSignal;
    stats: BlobStats;
}
/** Returns how many referrer manifests were written (already present ones are not counted). */
export declare function copyReferrers(subjects: readonly string[], options: CopyReferrersOptions): Promise<number>;
