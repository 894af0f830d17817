import type { Repository } from '../types.js';
import type { CopiedReferrer } from './referrers.js';
/** Measured on 2 cores against a local docker-registry (see docs/performance.md). */
export declare const DEFAULT_JOBS = 8;
export declare const MAX_JOBS = 64;
export type CopyPhase = 'plan' | 'blobs' | 'manifests' | 'referrers' | 'tags' | 'done';
export interface CopyProgress {
    phase: CopyPhase;
    /** Blob bytes sent to the target so far (re-sent bytes of a retried upload count again). */
    bytesSent: number;
    /** Bytes of all blobs the copy needs to move (skipped and mounted ones included). */
    bytesTotal: number;
    blobsDone: number;
    blobsTotal: number;
    /** Set for a blob event: one started, sent bytes (verified so far), or finished (skipped, mounted, uploaded). */
    blob?: {
        digest: string;
        size: number;
        sent: number;
        state: 'started' | 'sending' | 'skipped' | 'mounted' | 'uploaded';
    };
    /** Set when a platform manifest (or the top) has been written. */
    manifest?: {
        digest: string;
        platform?: string;
    };
}
export interface CopyOptions {
    source: Repository;
    /** Tag or digest of the image in `source`. */
    sourceReference: string;
    target: Repository;
    /** Tags to write at the target; empty: the image is written by digest only. */
    tags?: readonly string[];
    /** `os/arch[/variant]` to keep from an index; empty: the whole index, digest unchanged. */
    platforms?: readonly string[];
    /**
     * When the source is an index and `platforms` is empty, copy this one platform (for targets that hold
     * one image, such as a docker-archive, as skopeo picks the host's). Ignored for a single-platform source.
     */
    indexPlatform?: string;
    /** Blobs transferred in parallel (default DEFAULT_JOBS). */
    jobs?: number;
    /** The digest the target must end up with (a target named by digest); checked before anything is written. */
    expectDigest?: string;
    /**
     * Copy the image's referrers too: manifests whose `subject` is the copied top or one of its platform
     * manifests (signatures, SBOMs, attestations), recursively, digests unchanged. Listed at the source by
     * the referrers API, else the `sha256-<hex>` tag index; a target without the API gets that tag index,
     * merged with what it holds. Default false.
     */
    referrers?: boolean;
    onProgress?: (progress: CopyProgress) => void;
    signal?: AbortSignal;
}
export interface CopyResult {
    sourceDigest: string;
    /** Equals sourceDigest unless `platforms` chose a subset (then a new index was written). */
    targetDigest: string;
    digestChanged: boolean;
    mediaType: string;
    tags: string[];
    /** Tags that were written (missing or pointing elsewhere); the others were already right. */
    tagsWritten: string[];
    bytesSent: number;
    blobsSkipped: number;
    blobsMounted: number;
    blobsUploaded: number;
    manifestsWritten: number;
    /** Referrer manifests written (the ones the target held already are not counted). */
    referrersCopied: number;
    /** With `referrers`: every referrer of the image the target now holds, written or already there. */
    referrers: CopiedReferrer[];
    /** Referrers tag indexes (`sha256-<hex>`) written at a target without the referrers API. */
    referrerTagsWritten: string[];
    /** True when the target already held the image (and its referrers, when asked): nothing was written. */
    noop: boolean;
    seconds: number;
    /** Platforms of the copied image (`os/arch[/variant]`), empty for a single-platform manifest without one. */
    platforms: string[];
}
export interface ResolvedCopyOptions extends Required<Omit<CopyOptions, 'onProgress' | 'signal' | 'expectDigest' | 'indexPlatform'>> {
    expectDigest: string | undefined;
    indexPlatform: string | undefined;
    onProgress: (progress: CopyProgress) => void;
    signal: AbortSignal | undefined;
}
export declare function resolveCopyOptions(options: CopyOptions): ResolvedCopyOptions;
