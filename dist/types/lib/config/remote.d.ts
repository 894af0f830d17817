export interface FetchDefaultsOptions {
    /** Bytes the body may have; more is an error, found while streaming. */
    maxBytes: number;
    signal?: AbortSignal;
    /** Extra CA certificates (PEM) to trust, besides the system's. */
    ca?: string;
    /** Milliseconds for the whole request. Default 30 s. */
    timeoutMs?: number;
}
/** The URL with user info and query removed, for messages (a token in a query string stays out of logs). */
export declare function shownUrl(url: URL): string;
/** Fetches a defaults file; every failure is a ConfigError naming the URL (without credentials or query). */
export declare function fetchDefaults(entry: string, options: FetchDefaultsOptions): Promise<Buffer>;
