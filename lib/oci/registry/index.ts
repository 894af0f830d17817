// Registry client: the registry implementation of the Repository store interface (lib/oci/types.ts).
//
// API summary (stable; the copy engine builds on it):
//   const client = createRegistryClient({ keychain, caFile, insecureRegistries, log, secrets, upload, onUpload });
//   const src = client.repository(parseReference('r.io/team/app:1'));                       // pull scope
//   const dst = client.repository(ref, { push: true, mountFrom: [src.path] });               // pull,push + pull on src
//   dst.blobHead(d) / blobGet(d) -> { size, body } (resumes on a dropped connection) / blobPut(desc, open)
//   dst.blobMount(d, src.path) -> true when mounted, false when refused (then upload)       // never throws on refusal
//   dst.manifestHead(ref) / manifestGet(ref) -> { descriptor, bytes } / manifestPut(ref, mediaType, bytes) -> digest
//   dst.tagList() (Link pagination) / dst.referrers(digest, artifactType?) (API, else sha256-<hex> tag)
//   dst.stats.bytesUploaded / bytesDownloaded; options.onUpload({ repository, digest, bytes }) as bytes go out
//   dst.sameStoreAs(src): same registry host, so mount can work; referrersTag(digest) for the fallback tag.
//   await client.close() at the end (closes pooled connections).
// Errors: RegistryError (lib/oci/errors; code AUTH / NOT_FOUND / REGISTRY, .status, .codes, .temporary),
// NetworkError (code NETWORK), FerryError DIGEST_MISMATCH. Retries of temporary failures happen inside.
import type { Logger, SecretRegistry } from '../../log';
import { RegistryAuthenticator, anonymousKeychain, type Keychain } from '../auth';
import type { ImageReference } from '../reference';
import { createTransport, resolveRetryOptions, type RetryOptions, type Transport } from '../transport';
import {
  RegistryRepository,
  type RegistryRepositoryOptions,
  type UploadEvent,
  type UploadMode,
} from './repository';

export * from './repository';

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

const DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;

export function createRegistryClient(options: RegistryClientOptions = {}): RegistryClient {
  const ownTransport = options.transport === undefined;
  const transport =
    options.transport ??
    createTransport({
      ...(options.caFile ? { caFile: options.caFile } : {}),
      ...(options.insecureRegistries ? { insecureRegistries: options.insecureRegistries } : {}),
      ...(options.retry ? { retry: options.retry } : {}),
      ...(options.log ? { log: options.log } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  const retry = resolveRetryOptions(options.retry);
  const keychain = options.keychain ?? anonymousKeychain;
  const authenticators = new Map<string, RegistryAuthenticator>();
  const pings = new Map<string, Promise<string>>();
  /** Registries whose ping has answered: their requests wait for nothing. */
  const settled = new Set<string>();

  const authenticator = (registry: string): RegistryAuthenticator => {
    let auth = authenticators.get(registry);
    if (!auth) {
      auth = new RegistryAuthenticator({
        registry,
        keychain,
        transport,
        ...(options.secrets ? { secrets: options.secrets } : {}),
        ...(options.log ? { log: options.log } : {}),
      });
      authenticators.set(registry, auth);
    }
    return auth;
  };

  // One GET /v2/ per registry learns its scheme and challenge, so requests authenticate up front
  // instead of each parallel upload collecting its own 401.
  const ready = (registry: string): Promise<string> => {
    let ping = pings.get(registry);
    if (!ping) {
      ping = (async () => {
        // On loopback and insecure registries the scheme probe is this ping: one round trip, not two.
        const { base, response } = await transport.ping(registry, options.secure?.[registry]);
        if (response.status === 401) authenticator(registry).observe(response);
        settled.add(registry);
        return base;
      })();
      ping.catch(() => pings.delete(registry));
      pings.set(registry, ping);
    }
    return ping;
  };

  return {
    transport,
    authenticator,
    repository(reference, repositoryOptions = {}) {
      // Ping now, so the source and target registries are pinged in parallel, not one after the other
      // (a failure is reported by the first request that needs it).
      ready(reference.registry).catch(() => undefined);
      return new RegistryRepository(
        reference,
        {
          transport,
          auth: authenticator(reference.registry),
          retry,
          upload: options.upload ?? 'auto',
          chunkSize: options.chunkSize ?? DEFAULT_CHUNK_SIZE,
          ready: () => ready(reference.registry),
          early: () =>
            settled.has(reference.registry)
              ? undefined
              : transport.plainFirstBase(reference.registry, options.secure?.[reference.registry]),
          ...(options.log ? { log: options.log } : {}),
          ...(options.onUpload ? { onUpload: options.onUpload } : {}),
        },
        repositoryOptions,
      );
    },
    async close() {
      if (ownTransport) await transport.close();
    },
  };
}
