import { type Descriptor, type Repository } from '../types.js';
export interface BlobStats {
    bytesSent: number;
    skipped: number;
    mounted: number;
    uploaded: number;
}
/** What happened to one blob; `sent` counts bytes that passed verification on their way to the target. */
export interface BlobEvent {
    descriptor: Descriptor;
    state: 'started' | 'sending' | 'skipped' | 'mounted' | 'uploaded';
    sent: number;
}
export interface CopyBlobsOptions {
    source: Repository;
    target: Repository;
    jobs: number;
    signal?: AbortSignal;
    /** Called after each blob, and as bytes flow (at most every 50 ms per blob). */
    onBlob?: (stats: BlobStats, done: number, event: BlobEvent) => void;
}
export declare function emptyBlobStats(): BlobStats;
export declare function copyBlobs(blobs: readonly Descriptor[], options: CopyBlobsOptions, stats?: BlobStats): Promise<BlobStats>;
