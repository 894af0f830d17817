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
    /** HEADs already sent for some of the blobs (copyImage's first ones): taken instead of asking again. */
    heads?: BlobHeads | undefined;
    /** Called after each blob, and as bytes flow (at most every 50 ms per blob). */
    onBlob?: (stats: BlobStats, done: number, event: BlobEvent) => void;
}
/** The target's answer to a blob HEAD, by digest: what it holds, or undefined. */
export type BlobHeads = ReadonlyMap<string, Promise<Descriptor | undefined>>;
export declare function emptyBlobStats(): BlobStats;
export declare function copyBlobs(blobs: readonly Descriptor[], options: CopyBlobsOptions, stats?: BlobStats): Promise<BlobStats>;
