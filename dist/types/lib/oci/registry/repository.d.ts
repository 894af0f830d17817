import { type Readable } from 'node:stream';
import type { Logger } from '../../log/index.js';
import type { RegistryAuthenticator } from '../auth/index.js';
import type { ImageReference } from '../reference.js';
import { type ResolvedRetryOptions, type Transport } from '../transport/index.js';
import { type Descriptor, type FetchedManifest, type OpenBlob, type Repository } from '../types.js';
export type UploadMode = 'auto' | 'chunked';
export interface UploadEvent {
    /** `registry/repository` */
    repository: string;
    digest: string;
    /** Bytes just sent (a retry sends them again and reports them again). */
    bytes: number;
}
/** Per-repository counters the copy engine reports. */
export interface RepositoryStats {
    /** Blob bytes sent to this repository, retries included. */
    bytesUploaded: number;
    /** Blob bytes received from this repository. */
    bytesDownloaded: number;
}
/** What a registry repository needs from its client; built by createRegistryClient. */
export interface RepositoryContext {
    transport: Transport;
    auth: RegistryAuthenticator;
    retry: ResolvedRetryOptions;
    upload: UploadMode;
    chunkSize: number;
    log?: Logger;
    onUpload?: (event: UploadEvent) => void;
    /** Resolves the base URL (scheme + API host) and learns the registry's challenge once. */
    ready(): Promise<string>;
    /**
     * While the first ping of a plain-HTTP-first registry (loopback, insecure) is out: its plain base
     * URL, so a GET or HEAD need not wait for it (see RegistryRepository.sendEarly). Else undefined.
     */
    early?(): string | undefined;
}
export interface RegistryRepositoryOptions {
    /** Ask for push rights (pull,push scope). */
    push?: boolean;
    /** Repositories (paths in the same registry) that blobs may be mounted from: their pull scope is asked too. */
    mountFrom?: readonly string[];
}
/** The tag under which the referrers tag scheme keeps the referrers index of `digest`. */
export declare function referrersTag(digest: string): string;
/** `<url>; rel="next"` from a Link header. */
export declare function nextLink(link: string | undefined): string | undefined;
export declare class RegistryRepository implements Repository {
    readonly reference: ImageReference;
    private readonly context;
    readonly display: string;
    readonly path: string;
    readonly stats: RepositoryStats;
    private readonly scopes;
    constructor(reference: ImageReference, context: RepositoryContext, options?: RegistryRepositoryOptions);
    get registry(): string;
    sameStoreAs(other: Repository): boolean;
    private apiPath;
    /**
     * Sends a request with auth; on a 401 answers the challenge and sends once more. Credentials go only
     * to the registry's own origin: a Location or Link on another origin (a storage back end with a
     * signed URL, or a hostile registry) is sent to without them, as crane and regclient do.
     */
    private send;
    /**
     * The first GET or HEAD of a copy goes out with the registry's ping instead of after it, when plain
     * HTTP is tried first there (loopback, insecure): one round trip less. It carries no credentials
     * (none are known before the ping), to the host the ping asks in plain HTTP anyway. An answer that
     * is not plainly a registry's (400, as a TLS server gives; 401 asking for credentials; a 5xx the
     * normal way retries; no answer at all) is dropped, and the request is sent again the normal way
     * once the ping has answered.
     */
    private sendEarly;
    private fail;
    blobHead(digest: string): Promise<Descriptor | undefined>;
    blobGet(digest: string): Promise<{
        size: number;
        body: Readable;
    }>;
    /**
     * GETs a blob body. From a plain-HTTP registry (loopback, or marked insecure) the lean GET of the
     * transport is tried first; any other answer than a plain 200/206 with Content-Length (a challenge,
     * a redirect, an error, a chunked body) and any failure before the answer sends the request again on
     * the full transport, which handles them. A registry that redirected once goes there directly.
     */
    private openBlob;
    blobMount(digest: string, fromRepository: string): Promise<boolean>;
    blobPut(descriptor: Descriptor, open: OpenBlob): Promise<void>;
    /** One upload session: POST, then a monolithic PUT or PATCH chunks and a closing PUT. */
    private uploadOnce;
    private uploadSession;
    private count;
    /** Counts bytes as they go out, and stops a source that gives more than the descriptor's size. */
    private counter;
    manifestHead(reference: string): Promise<Descriptor | undefined>;
    manifestGet(reference: string): Promise<FetchedManifest>;
    manifestPut(reference: string, mediaType: string, bytes: Uint8Array): Promise<string>;
    tagList(): Promise<string[]>;
    referrers(digest: string, artifactType?: string): Promise<Descriptor[]>;
    /** The `sha256-<hex>` tag scheme: an index whose manifests are the referrers. */
    private referrersByTag;
}
