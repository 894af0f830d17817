import type { BodyFeed } from './feed.js';
export interface RawGetOptions {
    url: URL;
    /** Request headers besides Host and Connection (user-agent, authorization, range). */
    headers: Record<string, string>;
    signal?: AbortSignal | undefined;
    connectTimeoutMs: number;
    headersTimeoutMs: number;
    bodyTimeoutMs: number;
}
export type RawGetResult = {
    kind: 'body';
    status: 200 | 206;
    headers: Record<string, string[]>;
    /** The declared Content-Length: the feed ends when it has arrived. */
    length: number;
    feed: BodyFeed;
} | {
    kind: 'unusual';
    status: number | undefined;
};
/** Status and headers of a response head (without the final CRLF CRLF), or undefined when malformed. */
export declare function parseResponseHead(head: string): {
    status: number;
    headers: Record<string, string[]>;
} | undefined;
/**
 * GETs `url` (plain HTTP) on a connection of its own. Resolves with the body as a feed when the answer
 * is a plain 200/206 with Content-Length, else with `unusual` (connection dropped). Rejects when the
 * connection fails before the head arrived (the caller may ask again on the full transport).
 */
export declare function rawGet(options: RawGetOptions): Promise<RawGetResult>;
