import type { Readable } from 'node:stream';
export interface FeedHandlers {
    /** The next bytes; when the feed is transient, valid only until this call returns. */
    chunk(chunk: Buffer): void;
    /** The body ended (a raw feed ends when its declared length arrived). */
    end(): void;
    error(error: Error): void;
}
export interface BodyFeed {
    /** True when a chunk is valid only during the `chunk` call (the feed reuses its read buffer). */
    readonly transient: boolean;
    /** Starts delivery (once), after which `pause` and `resume` control it. */
    start(handlers: FeedHandlers): void;
    pause(): void;
    resume(): void;
    /** Drops the connection; no handler is called after this. */
    destroy(): void;
}
/** True while a feed holds `stream` back. */
export declare function isHeldBack(stream: Readable): boolean;
/** A feed over a response stream of the full transport. */
export declare class StreamFeed implements BodyFeed {
    private readonly stream;
    readonly transient = false;
    private settled;
    constructor(stream: Readable);
    start(handlers: FeedHandlers): void;
    pause(): void;
    resume(): void;
    destroy(): void;
}
