export interface RedactUrlOptions {
    /**
     * 'mask' (default): keep the query, secret values replaced by `***` (a registry or blob URL, where
     * the rest of the query helps). 'drop': no query and no fragment, for an address shown to a person
     * (a git remote, a Vault server); an unparseable one is not shown at all, since credentials in it
     * could have any shape.
     */
    query?: 'mask' | 'drop';
}
/** A URL for messages: no user info, and secret query values masked (or the query dropped). */
export declare function redactUrl(url: string, options?: RedactUrlOptions): string;
/** A server's address as shown to a person (a Vault server): no user info, query, fragment or trailing slash. */
export declare function displayServerUrl(url: string): string;
/** Splits `host[:port]` (IPv6 in brackets) into its host name. */
export declare function hostnameOf(host: string): string;
/**
 * Whether `host` (`host[:port]`) is in a list of insecure registries (lower-cased): by its full
 * `host:port`, or by its name alone, which marks every port of that host.
 */
export declare function isListedHost(host: string, listed: ReadonlySet<string>): boolean;
/** 127.0.0.0/8, ::1 and localhost (`host[:port]`, IPv6 in brackets, or a bare IPv6 address). */
export declare function isLoopbackHost(host: string): boolean;
/**
 * Replaces the password of every `user:password@` in a text with `***` (`https://robot:s3cret@r.io`
 * → `https://robot:***@r.io`; also the scheme-less `robot:s3cret@r.io/app` a registry URL may be
 * written as). The user name stays, so a reader can still tell which identity a value carries.
 */
export declare function redactUserinfoPasswords(text: string): string;
