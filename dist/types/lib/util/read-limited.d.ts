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
/** A Content-Length header value as a number, when it is a plain one. */
export declare function parseContentLength(value: string | string[] | undefined): number | undefined;
