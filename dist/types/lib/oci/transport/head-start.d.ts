import * as http from 'node:http';
import type { ClientRequest, IncomingMessage } from 'node:http';
/** The User-Agent ferry's transport sends unless told otherwise. */
export declare const DEFAULT_USER_AGENT = "ferry";
/** The connection pool the transport keeps per origin unless told otherwise. */
export declare const DEFAULT_AGENT_OPTIONS: {
    readonly keepAlive: true;
    readonly maxSockets: 16;
    readonly maxFreeSockets: 16;
    readonly timeout: 30000;
    readonly scheduling: "lifo";
};
/** A request on its way, and what has come of it so far. */
export interface StartedRequest {
    readonly request: ClientRequest;
    /** The answer's head, once it came. */
    response?: IncomingMessage;
    /** The failure, if it failed before an answer. */
    error?: Error;
}
/**
 * Sends a GET or HEAD now, for the transport to take over (see takeStartedRequest). `url` is an
 * `http://` URL; `headers` are all the request's headers, user-agent included.
 */
export declare function startRequest(method: 'GET' | 'HEAD', url: string, headers: Readonly<Record<string, string>>): StartedRequest;
/** The started request that is exactly this one, taken (it is not given out twice); else undefined. */
export declare function takeStartedRequest(method: string, url: string, headers: Readonly<Record<string, string>>): StartedRequest | undefined;
/**
 * The pool the started requests to `origin` went through (made with DEFAULT_AGENT_OPTIONS), taken, so
 * the transport goes on with their open connections; else undefined.
 */
export declare function takeStartedAgent(origin: string): http.Agent | undefined;
