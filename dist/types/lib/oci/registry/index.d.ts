import type { Logger, SecretRegistry } from '../../log/index.js';
import { RegistryAuthenticator, type Keychain } from '../auth/index.js';
import type { ImageReference } from '../reference.js';
import { type RetryOptions, type Transport } from '../transport/index.js';
import { RegistryRepository, type RegistryRepositoryOptions, type UploadEvent, type UploadMode } from './repository.js';
export * from './repository.js';
export interface RegistryClientOptions {
    /** Where credentials come from (createKeychain in lib/oci/auth). Default: anonymous. */
    keychain?: Keychain;
    /** A transport to share; when absent one is made from caFile, insecureRegistries, retry. */
    transport?: Transport;
    caFile?: string;
    /** `host[:port]` allowed over plain HTTP / unverified TLS. Loopback always may use plain HTTP. */
    insecureRegistries?: readonly string[];
    retry?: RetryOptions;
    /** Force a scheme per registry (from normalizeRegistryUrl's `secure`), else HTTPS (probed on loopback/insecure). */
    secure?: Record<string, boolean>;
    /** Tokens fetched are registered here, so no log line prints them. */
    secrets?: SecretRegistry;
    log?: Logger;
    /** 'auto': monolithic PUT, chunks when the registry asks; 'chunked': always PATCH chunks (testing). */
    upload?: UploadMode;
    /** Chunk size for chunked uploads (raised to the registry's OCI-Chunk-Min-Length). Default 8 MiB. */
    chunkSize?: number;
    /** Called as blob bytes are sent. */
    onUpload?: (event: UploadEvent) => void;
    /** Aborts every request of the client's own transport (a cancelled run). */
    signal?: AbortSignal;
}
export interface RegistryClient {
    repository(reference: ImageReference, options?: RegistryRepositoryOptions): RegistryRepository;
    readonly transport: Transport;
    /** The authenticator of a registry (one per host, shared by its repositories). */
    authenticator(registry: string): RegistryAuthenticator;
    close(): Promise<void>;
}
export declare function createRegistryClient(options?: RegistryClientOptions): RegistryClient;
