/** Why a read was stopped, in a few words, for the caller's own error (which names the sender). */
export type OverLimit = (why: string) => Error;
export interface ReadLimitedOptions {
    limit: number;
    /** The Content-Length (or size) the sender declared; more than that is an error too. */
    declaredLength?: number | undefined;
    /** Builds the error thrown when a bound is passed. */
    over: OverLimit;
}
export declare function readLimited(stream: AsyncIterable<unknown> & {
    destroy(error?: Error): unknown;
}, options: ReadLimitedOptions): Promise<Buffer>;
/** What eachChunk reads from: a Node stream, or any async iterable of byte chunks. */
export type ChunkSource = AsyncIterable<unknown> & {
    destroy(error?: Error): unknown;
};
/**
 * Calls `onChunk` for each chunk of the stream until it ends, or until `onChunk` returns false or
 * throws (then the rest is not read; the caller destroys the stream if it must). A Node stream is read
 * through its events, as `for await` would read it but without loading Node's async-iterator and
 * end-of-stream machinery, which is a few ms of a short command; a stream that closes before its end
 * fails with ERR_STREAM_PREMATURE_CLOSE, as there. Anything else is read with `for await`.
 */
export declare function eachChunk(stream: ChunkSource, onChunk: (raw: unknown) => boolean): Promise<void>;
/** A Content-Length header value as a number, when it is a plain one. */
export declare function parseContentLength(value: string | string[] | undefined): number | undefined;
