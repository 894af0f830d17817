export interface FetchDefaultsOptions {
    /** Bytes the body may have; more is an error, found while streaming. */
    maxBytes: number;
    signal?: AbortSignal;
    /** Extra CA certificates (PEM) to trust, besides the system's. */
    ca?: string;
    /** Milliseconds for the whole request. Default 30 s. */
    timeoutMs?: number;
    /** Tokens by host (`host[:port]`), sent as `Authorization: token …` to that host only. */
    tokens?: ReadonlyMap<string, string>;
}
/** The variables holding Piper's gitHubTokens: a JSON list of `host:token` (cmd/piper.go AccessTokensFromEnvJSON). */
export declare const GITHUB_TOKENS_VARIABLES: readonly ["PIPER_gitHubTokens", "FERRY_gitHubTokens"];
export interface GitHubTokens {
    tokens: Map<string, string>;
    /** What was wrong, without the entries themselves (they hold tokens). */
    problems: string[];
}
/**
 * Piper's gitHubTokens (cmd/piper.go ResolveAccessTokens): entries `host:token`, the host may carry a
 * port (split at the last colon). Read from PIPER_gitHubTokens, then FERRY_gitHubTokens (a later entry
 * for the same host wins), each a JSON list of strings as Piper reads it, or one comma-separated list.
 */
export declare function gitHubTokensFrom(vars: Readonly<Record<string, string | undefined>>): GitHubTokens;
/** The URL with user info and query removed, for messages (a token in a query string stays out of logs). */
export declare function shownUrl(url: URL): string;
/** Fetches a defaults file; every failure is a ConfigError naming the URL (without credentials or query). */
export declare function fetchDefaults(entry: string, options: FetchDefaultsOptions): Promise<Buffer>;
