import type { Logger } from '../../log/index.js';
import { SecretRegistry } from '../../log/index.js';
import { type HttpResponse, type Transport } from '../transport/index.js';
import type { Keychain } from './keychain.js';
export interface Challenge {
    scheme: 'basic' | 'bearer';
    realm?: string;
    service?: string;
    scope?: string;
    error?: string;
}
/** Parses a WWW-Authenticate header (the first Basic or Bearer challenge in it). */
export declare function parseChallenge(header: string | undefined): Challenge | undefined;
export interface AuthenticatorOptions {
    /** host[:port] as in references (docker.io for the Hub). */
    registry: string;
    keychain: Keychain;
    transport: Transport;
    secrets?: SecretRegistry;
    log?: Logger;
    /** Safety margin before a token's end of life at which it is renewed. Default 10 s. */
    renewBeforeMs?: number;
    /** Clock, for tests. */
    now?: () => number;
}
/**
 * One per registry. `authorization(scopes)` gives the header to send (undefined until a challenge is
 * known); `retryAfterUnauthorized` learns from a 401 and gives the header to retry with, once.
 */
export declare class RegistryAuthenticator {
    private readonly options;
    private challenge;
    private readonly credentialCache;
    private readonly tokens;
    /** Scopes a challenge added to what a caller asked for, so the next request asks for them up front. */
    private readonly widened;
    private readonly secrets;
    private readonly now;
    /** Token requests made, for tests and diagnostics. */
    tokenRequests: number;
    constructor(options: AuthenticatorOptions);
    private credentials;
    /** The Authorization header for a request needing `scopes`, or undefined (anonymous / not known yet). */
    authorization(scopes: readonly string[]): Promise<string | undefined>;
    /** True when the keychain has credentials for this registry (and repository). */
    hasCredentials(scopes: readonly string[]): Promise<boolean>;
    /** Learns the challenge from a `/v2/` ping (a 401), so later requests authenticate up front. */
    observe(response: HttpResponse): void;
    /**
     * Called on a 401. Returns the header to send on one retry, or undefined when retrying cannot help
     * (no challenge, no credentials for Basic, or the header sent was already fresh).
     */
    retryAfterUnauthorized(response: HttpResponse, scopes: readonly string[], sent: string | undefined): Promise<string | undefined>;
    private token;
    private fetchToken;
}
/** `token` or `access_token`, `expires_in` (seconds, at least 60 by the spec when absent). */
export declare function parseTokenResponse(body: string): {
    token: string;
    expiresIn: number;
    refreshToken?: string;
} | undefined;
