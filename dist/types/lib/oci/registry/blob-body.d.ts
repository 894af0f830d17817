import { Readable } from 'node:stream';
import { type DigestVerifierOptions } from '../digest.js';
import type { FerryError } from '../../util/errors.js';
import type { BodyFeed } from '../transport/feed.js';
/** Where a pump writes: an http.ClientRequest (the upload). */
export interface BlobSink {
    write(chunk: Buffer, callback: (error?: Error | null) => void): boolean;
    readonly writableLength: number;
}
/** A fresh body after a failure: its feed and how many bytes at its start were passed on already. */
export interface ReopenedBody {
    feed: BodyFeed;
    skip: number;
}
export interface BlobBodyOptions {
    /** The length the first response declared, when it did. */
    size: number | undefined;
    feed: BodyFeed;
    /** Opens the body again at `offset` after `failure`, or throws when the failure is final. */
    reopen(offset: number, failure: Error): Promise<ReopenedBody>;
    /** The error for a body longer than the first response declared. */
    overrun(size: number): FerryError;
    /** Bytes passed on (the repository's download counter). */
    onBytes(bytes: number): void;
}
export declare class BlobBody extends Readable {
    private readonly options;
    private feed;
    private offset;
    private skip;
    private check;
    private expected;
    private onVerified;
    private checked;
    private started;
    private reopening;
    /** The pump in progress: how it delivers a chunk, and how it ends. */
    private pump;
    constructor(options: BlobBodyOptions);
    /**
     * Checks the body against `expected` (sha256 and size) as it passes; `onVerified` counts the bytes
     * that passed. A mismatch fails the body (code DIGEST_MISMATCH) before its last chunk is passed on.
     */
    verifyAs(expected: DigestVerifierOptions, onVerified: (bytes: number) => void): void;
    /** True when the body verifies itself as the blob `digest` of `size` bytes. */
    verifies(digest: string, size: number): boolean;
    /**
     * Writes the whole body into `sink` (not ending it), waiting for each write to leave the reused read
     * buffer before reading on. Resolves with the bytes written; rejects (and fails the body) when the
     * source fails for good or the body is not what `verifyAs` said.
     */
    pumpTo(sink: BlobSink, onSent: (bytes: number) => void): Promise<number>;
    /** True while a pump waits for the source's next bytes, not for the sink to take the last ones. */
    waitingOnSource(): boolean;
    _read(): void;
    _destroy(error: Error | null, callback: (error?: Error | null) => void): void;
    private begin;
    private startFeed;
    private passOn;
    private finishCheck;
    private ended;
    /** The connection broke: resume at the current offset, or fail for good. */
    private broken;
}
