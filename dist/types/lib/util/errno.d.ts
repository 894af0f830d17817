/** What went wrong with a connection, for messages and for front ends that map it to their own flags. */
export type NetworkErrorKind = 'dns' | 'tls' | 'refused' | 'reset' | 'timeout' | 'other';
/** The system error code of a network failure (`ECONNREFUSED`), looking through `cause` and AggregateError. */
export declare function errnoOf(error: unknown): string | undefined;
/** Certificate verification failures: the server speaks TLS, but its certificate is not trusted. */
export declare function isCertificateErrno(errno: string | undefined): boolean;
/** The kind of a connection failure, from its system or undici error code. */
export declare function networkErrorKind(errno: string | undefined): NetworkErrorKind;
/** Connection failures worth retrying an idempotent request for: a later try may well succeed. */
export declare function isTemporaryErrno(errno: string | undefined): boolean;
export declare function isNotSentErrno(errno: string | undefined): boolean;
