// The registry store: the Repository interface over the OCI distribution API (blobs, manifests, tags,
// referrers), with auth applied per request and uploads retried as a whole session.
import { Transform, pipeline, type Readable, type TransformCallback } from 'node:stream';
import type { Logger } from '../../log';
import { FerryError, errorMessage } from '../../util/errors';
import type { RegistryAuthenticator } from '../auth';
import { digestHex, isDigest, sha256Digest } from '../digest';
import { RegistryError, isTemporaryError, redactUrl } from '../errors';
import type { ImageReference } from '../reference';
import {
  ResponseSizeError,
  backoffDelay,
  isLoopbackHost,
  parseRetryAfter,
  StreamFeed,
  toNetworkError,
  type BodyFeed,
  type BodyWriter,
  type HttpRequest,
  type HttpResponse,
  type ResolvedRetryOptions,
  type Transport,
} from '../transport';
import {
  MANIFEST_ACCEPT,
  MEDIA_TYPES,
  type Descriptor,
  type FetchedManifest,
  type OpenBlob,
  type Repository,
} from '../types';
import { isRecord } from '../../util/is-record';
import { BlobBody } from './blob-body';

/** Largest manifest accepted (the distribution spec's recommended limit). */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Largest page of a tag list (registries that ignore `n` send every tag at once). */
const MAX_TAG_LIST_BYTES = 16 * 1024 * 1024;
/** How much of an error body is read for the message; the rest is not read at all. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;

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
export function referrersTag(digest: string): string {
  const colon = digest.indexOf(':');
  return `${digest.slice(0, colon)}-${digest.slice(colon + 1)}`;
}

function mediaTypeOf(contentType: string | undefined): string | undefined {
  const value = contentType?.split(';')[0]?.trim();
  return value ? value : undefined;
}

function parseJsonObject(bytes: Uint8Array): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
    return isRecord(json) ? json : undefined;
  } catch {
    return undefined;
  }
}

function toBuffer(raw: unknown): Buffer {
  if (Buffer.isBuffer(raw)) return raw;
  if (raw instanceof Uint8Array) return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  if (typeof raw === 'string') return Buffer.from(raw, 'utf8');
  throw new TypeError('a byte stream yielded something that is not bytes');
}

function isDescriptor(value: unknown): value is Descriptor {
  return (
    typeof value === 'object' &&
    value !== null &&
    'mediaType' in value &&
    typeof value.mediaType === 'string' &&
    'digest' in value &&
    typeof value.digest === 'string' &&
    'size' in value &&
    typeof value.size === 'number'
  );
}

/** `<url>; rel="next"` from a Link header. */
export function nextLink(link: string | undefined): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(part);
    if (match?.[1]) return match[1];
  }
  return undefined;
}

export class RegistryRepository implements Repository {
  readonly display: string;
  readonly path: string;
  readonly stats: RepositoryStats = { bytesUploaded: 0, bytesDownloaded: 0 };
  private readonly scopes: Set<string>;

  constructor(
    readonly reference: ImageReference,
    private readonly context: RepositoryContext,
    options: RegistryRepositoryOptions = {},
  ) {
    this.display = reference.name;
    this.path = reference.repository;
    this.scopes = new Set([reference.scope(options.push ? ['pull', 'push'] : ['pull'])]);
    for (const from of options.mountFrom ?? [])
      if (from !== reference.repository) this.scopes.add(`repository:${from}:pull`);
  }

  get registry(): string {
    return this.reference.registry;
  }

  sameStoreAs(other: Repository): boolean {
    return other instanceof RegistryRepository && other.registry === this.registry;
  }

  // ---- plumbing -------------------------------------------------------------------------------

  private apiPath(suffix: string): string {
    return `/v2/${this.reference.repository}/${suffix}`;
  }

  /**
   * Sends a request with auth; on a 401 answers the challenge and sends once more. Credentials go only
   * to the registry's own origin: a Location or Link on another origin (a storage back end with a
   * signed URL, or a hostile registry) is sent to without them, as crane and regclient do.
   */
  private async send(request: Omit<HttpRequest, 'url'> & { url: string }): Promise<HttpResponse> {
    const early = await this.sendEarly(request);
    if (early) return early;
    const base = await this.context.ready();
    const target = new URL(request.url, base);
    const url = target.toString();
    const baseUrl = new URL(base);
    if (target.origin !== baseUrl.origin) {
      if (
        target.protocol === 'http:' &&
        baseUrl.protocol === 'https:' &&
        !isLoopbackHost(target.host) &&
        !this.context.transport.isInsecure(target.host)
      ) {
        throw new FerryError(
          `${request.method} ${redactUrl(url)} refused: ${this.registry} (HTTPS) pointed to a plain HTTP URL on another host. Refusing to downgrade; the registry's upload or storage URL is misconfigured.`,
          { code: 'REGISTRY' },
        );
      }
      this.context.log?.debug(
        `${request.method} ${redactUrl(url)}: on another origin than ${this.registry}, sent without credentials`,
      );
      return this.context.transport.request({ ...request, url });
    }
    const scopes = [...this.scopes];
    const header = await this.context.auth.authorization(scopes);
    const first = await this.context.transport.request({
      ...request,
      url,
      headers: withAuth(request.headers, header),
    });
    if (first.status !== 401) return first;
    const retryHeader = await this.context.auth.retryAfterUnauthorized(first, scopes, header);
    if (retryHeader === undefined) return first;
    await first.dump();
    return this.context.transport.request({
      ...request,
      url,
      headers: withAuth(request.headers, retryHeader),
    });
  }

  /**
   * The first GET or HEAD of a copy goes out with the registry's ping instead of after it, when plain
   * HTTP is tried first there (loopback, insecure): one round trip less. It carries no credentials
   * (none are known before the ping), to the host the ping asks in plain HTTP anyway. An answer that
   * is not plainly a registry's (400, as a TLS server gives; 401 asking for credentials; a 5xx the
   * normal way retries; no answer at all) is dropped, and the request is sent again the normal way
   * once the ping has answered.
   */
  private async sendEarly(
    request: Omit<HttpRequest, 'url'> & { url: string },
  ): Promise<HttpResponse | undefined> {
    if (request.body !== undefined || (request.method !== 'GET' && request.method !== 'HEAD'))
      return undefined;
    if (!request.url.startsWith('/')) return undefined;
    const base = this.context.early?.();
    if (base === undefined) return undefined;
    let response: HttpResponse;
    try {
      response = await this.context.transport.request({
        ...request,
        url: `${base}${request.url}`,
        retry: false,
      });
    } catch (error) {
      // Whatever went wrong is met again, and reported, on the normal way.
      if (this.context.transport.aborted) throw error;
      return undefined;
    }
    // A registry's plain answer: found, moved, or not there. Anything else is asked again after the ping.
    const status = response.status;
    if ((status >= 200 && status < 400) || status === 404) return response;
    await response.dump();
    return undefined;
  }

  private async fail(response: HttpResponse, method: string, action: string): Promise<never> {
    // Only the start of an error body is read (a hostile or broken server may send gigabytes).
    const body = await response.head(MAX_ERROR_BODY_BYTES);
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    const hint =
      response.status === 401 && !(await this.context.auth.hasCredentials([...this.scopes]))
        ? `The registry requires credentials: pass a username and password for ${this.registry}, or log in with docker login.`
        : undefined;
    throw new RegistryError({
      method,
      url: response.url,
      status: response.status,
      body,
      action,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      ...(hint ? { hint } : {}),
    });
  }

  // ---- blobs ----------------------------------------------------------------------------------

  async blobHead(digest: string): Promise<Descriptor | undefined> {
    const response = await this.send({ method: 'HEAD', url: this.apiPath(`blobs/${digest}`) });
    await response.dump();
    if (response.status === 404) return undefined;
    if (response.status !== 200)
      return this.fail(response, 'HEAD', `Checking blob ${digest} in ${this.display}`);
    const size = Number(response.headers.get('content-length'));
    return { mediaType: 'application/octet-stream', digest, size: Number.isFinite(size) ? size : -1 };
  }

  async blobGet(digest: string): Promise<{ size: number; body: Readable }> {
    const url = this.apiPath(`blobs/${digest}`);
    const action = `Fetching blob ${digest} from ${this.display}`;
    const first = await this.openBlob(url, {});
    if (first.response) {
      if (first.response.status !== 200) return this.fail(first.response, 'GET', action);
    }
    const size = first.length;
    let failures = 0;
    const body = new BlobBody({
      size,
      feed: first.feed,
      onBytes: (n) => {
        this.stats.bytesDownloaded += n;
      },
      overrun: (declared) =>
        new FerryError(
          `${action} failed: ${this.registry} sent more than the ${declared} bytes it declared. The registry at ${this.registry} is serving corrupt data.`,
          { code: 'DIGEST_MISMATCH' },
        ),
      // A dropped connection mid-body: a Range request for the rest, with the transport's retry policy.
      reopen: async (offset, error) => {
        const failure = toNetworkError(error, 'GET', new URL(url, await this.context.ready()).toString());
        failures++;
        if (!isTemporaryError(failure) || failures >= this.context.retry.attempts) throw failure;
        const delay = backoffDelay(failures, this.context.retry);
        this.context.log?.debug(`${action}: broken after ${offset} bytes, resuming in ${delay} ms`);
        await this.context.retry.sleep(delay);
        const next = await this.openBlob(url, offset > 0 ? { range: `bytes=${offset}-` } : {});
        const status = next.response?.status ?? next.status;
        if (next.response && status !== 200 && status !== 206) await this.fail(next.response, 'GET', action);
        // A server that ignored Range sends it all again: what was passed on already is skipped.
        return { feed: next.feed, skip: status === 206 ? 0 : offset };
      },
    });
    return { size: size ?? -1, body };
  }

  /**
   * GETs a blob body. From a plain-HTTP registry (loopback, or marked insecure) the lean GET of the
   * transport is tried first; any other answer than a plain 200/206 with Content-Length (a challenge,
   * a redirect, an error, a chunked body) and any failure before the answer sends the request again on
   * the full transport, which handles them. A registry that redirected once goes there directly.
   */
  private async openBlob(
    url: string,
    headers: Record<string, string>,
  ): Promise<{ feed: BodyFeed; length: number | undefined; status: number; response?: HttpResponse }> {
    const base = await this.context.ready();
    if (base.startsWith('http:') && !this.context.transport.redirectsBlobs(base)) {
      const scopes = [...this.scopes];
      const authorization = await this.context.auth.authorization(scopes);
      const fast = await this.context.transport
        .fastGet(new URL(url, base).toString(), withAuth(headers, authorization))
        .catch((error: unknown) => {
          if (this.context.transport.aborted) throw error;
          return undefined;
        });
      if (fast?.kind === 'body') return { feed: fast.feed, length: fast.length, status: fast.status };
      if (fast?.status !== undefined && fast.status >= 300 && fast.status < 400)
        this.context.transport.markRedirectsBlobs(base);
    }
    const response = await this.send({ method: 'GET', url, headers });
    const declared = Number(response.headers.get('content-length'));
    return {
      feed: new StreamFeed(response.body),
      length: Number.isFinite(declared) && declared >= 0 ? declared : undefined,
      status: response.status,
      response,
    };
  }

  async blobMount(digest: string, fromRepository: string): Promise<boolean> {
    if (fromRepository === this.reference.repository) return (await this.blobHead(digest)) !== undefined;
    this.scopes.add(`repository:${fromRepository}:pull`);
    const query = new URLSearchParams({ mount: digest, from: fromRepository });
    const response = await this.send({
      method: 'POST',
      url: `${this.apiPath('blobs/uploads/')}?${query.toString()}`,
      headers: { 'content-length': '0' },
    });
    await response.dump();
    if (response.status === 201) {
      this.context.log?.debug(`mounted ${digest} from ${fromRepository} into ${this.display}`);
      return true;
    }
    if (response.status === 202) {
      // Refused, and an upload session was opened instead: close it so it does not linger.
      const location = response.headers.get('location');
      if (location)
        void this.send({ method: 'DELETE', url: location, retry: false }).then(
          (r) => r.dump(),
          () => undefined,
        );
      return false;
    }
    if (response.status >= 400 && response.status < 500) return false;
    return this.fail(response, 'POST', `Mounting blob ${digest} from ${fromRepository} into ${this.display}`);
  }

  async blobPut(descriptor: Descriptor, open: OpenBlob): Promise<void> {
    const action = `Pushing blob ${descriptor.digest} to ${this.display}`;
    let mode: UploadMode = this.context.upload;
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.uploadOnce(descriptor, open, mode, action);
        if (result === 'retry-chunked') {
          mode = 'chunked';
          continue;
        }
        return;
      } catch (error) {
        if (!isTemporaryError(error) || attempt >= this.context.retry.attempts) throw error;
        const retryAfter = error instanceof RegistryError ? error.retryAfterMs : undefined;
        const delay = backoffDelay(attempt, this.context.retry, retryAfter);
        this.context.log?.debug(`${action}: ${errorMessage(error)}; starting over in ${delay} ms`);
        await this.context.retry.sleep(delay);
      }
    }
  }

  /** One upload session: POST, then a monolithic PUT or PATCH chunks and a closing PUT. */
  private async uploadOnce(
    descriptor: Descriptor,
    open: OpenBlob,
    mode: UploadMode,
    action: string,
  ): Promise<'done' | 'retry-chunked'> {
    // The source is opened while the session starts (a registry source answers its GET in the same
    // round trip); a source not taken by the end of the session is closed.
    let early: Promise<Readable> | undefined = open();
    early.catch(() => undefined);
    const source = (): Promise<Readable> => {
      const taken = early ?? open();
      early = undefined;
      return taken;
    };
    try {
      return await this.uploadSession(descriptor, source, mode, action);
    } finally {
      if (early)
        void early.then(
          (stream) => stream.destroy(),
          () => undefined,
        );
    }
  }

  private async uploadSession(
    descriptor: Descriptor,
    open: OpenBlob,
    mode: UploadMode,
    action: string,
  ): Promise<'done' | 'retry-chunked'> {
    const start = await this.send({
      method: 'POST',
      url: this.apiPath('blobs/uploads/'),
      headers: { 'content-length': '0' },
    });
    await start.dump();
    if (start.status !== 202) return this.fail(start, 'POST', action);
    let location = start.headers.get('location');
    if (!location)
      throw new RegistryError({
        method: 'POST',
        url: start.url,
        status: start.status,
        action,
        hint: 'The registry sent no upload Location; it does not follow the distribution spec.',
      });
    const minChunk = Number(start.headers.get('oci-chunk-min-length') ?? '0');
    const chunked = mode === 'chunked' || (Number.isFinite(minChunk) && minChunk > 0) || descriptor.size < 0;

    if (!chunked) {
      const put = await this.send({
        method: 'PUT',
        url: withDigest(location, descriptor.digest),
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(descriptor.size) },
        body: async () => {
          const source = await open();
          // A registry blob that verifies itself is written straight into the request; any other
          // source goes through the counter (pipeline, not pipe: a source that lies must fail the
          // request, not stall it).
          if (source instanceof BlobBody && source.verifies(descriptor.digest, descriptor.size))
            return pumpBody(source, (n) => this.count(descriptor.digest, n));
          return pipeline(source, this.counter(descriptor, action), () => {});
        },
        retry: false,
      });
      if (put.status === 201) {
        await put.dump();
        return 'done';
      }
      // Registries that refuse a monolithic upload (or a proxy that caps body size) take it in chunks.
      if ([405, 413, 416, 501].includes(put.status)) {
        await put.dump();
        this.context.log?.debug(`${action}: monolithic upload refused (${put.status}), using chunks`);
        return 'retry-chunked';
      }
      return this.fail(put, 'PUT', action);
    }

    const chunkSize = Math.max(this.context.chunkSize, Number.isFinite(minChunk) ? minChunk : 0);
    let offset = 0;
    for await (const chunk of chunks(await open(), chunkSize)) {
      if (descriptor.size >= 0 && offset + chunk.length > descriptor.size)
        throw new FerryError(
          `${action} failed: the source gave more than the ${descriptor.size} bytes its descriptor says. The source is at fault, not ${this.registry}.`,
          { code: 'DIGEST_MISMATCH' },
        );
      const patch = await this.send({
        method: 'PATCH',
        url: location,
        headers: {
          'content-type': 'application/octet-stream',
          'content-length': String(chunk.length),
          'content-range': `${offset}-${offset + chunk.length - 1}`,
        },
        body: chunk,
        retry: false,
      });
      await patch.dump();
      if (patch.status !== 202) return this.fail(patch, 'PATCH', action);
      offset += chunk.length;
      this.count(descriptor.digest, chunk.length);
      location = patch.headers.get('location') ?? location;
    }
    if (descriptor.size >= 0 && offset !== descriptor.size) {
      throw new FerryError(
        `${action} failed: the source gave ${offset} bytes, the descriptor says ${descriptor.size}. The source is inconsistent.`,
        {
          code: 'DIGEST_MISMATCH',
        },
      );
    }
    const close = await this.send({
      method: 'PUT',
      url: withDigest(location, descriptor.digest),
      headers: { 'content-length': '0' },
      retry: false,
    });
    await close.dump();
    if (close.status !== 201) return this.fail(close, 'PUT', action);
    return 'done';
  }

  private count(digest: string, bytes: number): void {
    this.stats.bytesUploaded += bytes;
    this.context.onUpload?.({ repository: this.display, digest, bytes });
  }

  /** Counts bytes as they go out, and stops a source that gives more than the descriptor's size. */
  private counter(descriptor: Descriptor, action: string): Transform {
    let seen = 0;
    return new Transform({
      transform: (chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) => {
        seen += chunk.length;
        if (descriptor.size >= 0 && seen > descriptor.size) {
          callback(
            new FerryError(
              `${action} failed: the source gave more than the ${descriptor.size} bytes its descriptor says. The source is at fault, not ${this.registry}.`,
              { code: 'DIGEST_MISMATCH' },
            ),
          );
          return;
        }
        this.count(descriptor.digest, chunk.length);
        callback(null, chunk);
      },
      flush: (callback: TransformCallback) => {
        if (descriptor.size >= 0 && seen < descriptor.size) {
          callback(
            new FerryError(
              `${action} failed: the source gave ${seen} bytes, its descriptor says ${descriptor.size}. The source is at fault (a truncated blob), not ${this.registry}.`,
              { code: 'DIGEST_MISMATCH' },
            ),
          );
          return;
        }
        callback();
      },
    });
  }

  // ---- manifests ------------------------------------------------------------------------------

  async manifestHead(reference: string): Promise<Descriptor | undefined> {
    const response = await this.send({
      method: 'HEAD',
      url: this.apiPath(`manifests/${reference}`),
      headers: { accept: MANIFEST_ACCEPT.join(', ') },
    });
    await response.dump();
    if (response.status === 404) return undefined;
    if (response.status !== 200)
      return this.fail(response, 'HEAD', `Checking manifest ${reference} in ${this.display}`);
    const digest = response.headers.get('docker-content-digest');
    const mediaType = mediaTypeOf(response.headers.get('content-type'));
    const size = Number(response.headers.get('content-length'));
    if (!digest || !isDigest(digest) || !mediaType || !Number.isFinite(size)) {
      // Some registries leave headers out of HEAD: the GET tells all.
      return (await this.manifestGet(reference)).descriptor;
    }
    return { mediaType, digest, size };
  }

  async manifestGet(reference: string): Promise<FetchedManifest> {
    const action = `Fetching manifest ${this.display}${isDigest(reference) ? '@' : ':'}${reference}`;
    let response: HttpResponse;
    try {
      response = await this.send({
        method: 'GET',
        url: this.apiPath(`manifests/${reference}`),
        headers: { accept: MANIFEST_ACCEPT.join(', ') },
        buffer: true,
        maxBytes: MAX_MANIFEST_BYTES,
      });
    } catch (error) {
      if (!(error instanceof ResponseSizeError)) throw error;
      throw new FerryError(
        `${action} failed: ${this.registry} sent no usable manifest: ${error.why} (the reading stopped there). This is not an image manifest; check the reference and the registry.`,
        { code: 'REGISTRY', cause: error },
      );
    }
    if (response.status !== 200) return this.fail(response, 'GET', action);
    const bytes = await response.bytes(MAX_MANIFEST_BYTES);
    const digest = sha256Digest(bytes);
    if (isDigest(reference) && reference.startsWith('sha256:') && reference !== digest) {
      throw new FerryError(
        `${action} failed: the registry returned content with digest ${digest}. The registry is serving corrupt data.`,
        {
          code: 'DIGEST_MISMATCH',
        },
      );
    }
    // By tag the body is all there is to check against: the digest the registry claims for it.
    const claimed = response.headers.get('docker-content-digest')?.trim();
    if (!isDigest(reference) && claimed?.startsWith('sha256:') && claimed !== digest) {
      throw new FerryError(
        `${action} failed: the registry says its digest is ${claimed} (Docker-Content-Digest), but the bytes it sent have ${digest}. The registry is serving inconsistent data; retry, or name the image by digest.`,
        { code: 'DIGEST_MISMATCH' },
      );
    }
    const json = parseJsonObject(bytes);
    const fromBody = typeof json?.mediaType === 'string' ? json.mediaType : undefined;
    const mediaType =
      fromBody ?? mediaTypeOf(response.headers.get('content-type')) ?? MEDIA_TYPES.ociManifest;
    const descriptor: Descriptor = { mediaType, digest, size: bytes.length };
    if (typeof json?.artifactType === 'string') descriptor.artifactType = json.artifactType;
    return { descriptor, bytes: new Uint8Array(bytes) };
  }

  async manifestPut(reference: string, mediaType: string, bytes: Uint8Array): Promise<string> {
    const digest = sha256Digest(bytes);
    const action = `Pushing manifest ${this.display}${isDigest(reference) ? '@' : ':'}${reference}`;
    if (isDigest(reference) && reference !== digest) {
      throw new FerryError(
        `${action} failed: the bytes have digest ${digest}, not ${reference}. The caller changed the manifest.`,
        {
          code: 'DIGEST_MISMATCH',
        },
      );
    }
    const response = await this.send({
      method: 'PUT',
      url: this.apiPath(`manifests/${reference}`),
      headers: { 'content-type': mediaType, 'content-length': String(bytes.length) },
      body: bytes,
    });
    if (response.status !== 201 && response.status !== 200) return this.fail(response, 'PUT', action);
    await response.dump();
    const stored = response.headers.get('docker-content-digest');
    if (stored && stored.startsWith('sha256:') && stored !== digest) {
      throw new FerryError(
        `${action} failed: the registry stored it as ${stored}, the bytes have ${digest}. The registry rewrote the manifest.`,
        {
          code: 'DIGEST_MISMATCH',
        },
      );
    }
    return digest;
  }

  // ---- tags and referrers ---------------------------------------------------------------------

  async tagList(): Promise<string[]> {
    const tags: string[] = [];
    let url: string | undefined = `${this.apiPath('tags/list')}?n=1000`;
    for (let page = 0; url && page < 10_000; page++) {
      const response = await this.send({ method: 'GET', url, buffer: true, maxBytes: MAX_TAG_LIST_BYTES });
      if (response.status === 404) return tags;
      if (response.status !== 200) return this.fail(response, 'GET', `Listing tags of ${this.display}`);
      const json = parseJsonObject(await response.bytes());
      const list = json?.tags;
      if (Array.isArray(list)) for (const tag of list) if (typeof tag === 'string') tags.push(tag);
      url = nextLink(response.headers.get('link'));
    }
    return tags;
  }

  async referrers(digest: string, artifactType?: string): Promise<Descriptor[]> {
    const query = artifactType ? `?${new URLSearchParams({ artifactType }).toString()}` : '';
    let url: string | undefined = `${this.apiPath(`referrers/${digest}`)}${query}`;
    const found: Descriptor[] = [];
    let filtered = false;
    for (let page = 0; url && page < 1000; page++) {
      const response = await this.send({
        method: 'GET',
        url,
        headers: { accept: MEDIA_TYPES.ociIndex },
        buffer: true,
        maxBytes: MAX_MANIFEST_BYTES,
      });
      const type = mediaTypeOf(response.headers.get('content-type'));
      if (response.status !== 200 || type !== MEDIA_TYPES.ociIndex) {
        await response.dump();
        if (
          page === 0 &&
          (response.status === 404 ||
            response.status === 400 ||
            response.status === 405 ||
            response.status === 200)
        ) {
          return this.referrersByTag(digest, artifactType);
        }
        return this.fail(response, 'GET', `Listing referrers of ${digest} in ${this.display}`);
      }
      filtered ||= (response.headers.get('oci-filters-applied') ?? '')
        .split(',')
        .some((f) => f.trim() === 'artifactType');
      found.push(...manifestsOf(await response.bytes()));
      url = nextLink(response.headers.get('link'));
    }
    return artifactType && !filtered ? found.filter((d) => d.artifactType === artifactType) : found;
  }

  /** The `sha256-<hex>` tag scheme: an index whose manifests are the referrers. */
  private async referrersByTag(digest: string, artifactType: string | undefined): Promise<Descriptor[]> {
    if (!isDigest(digest) || digestHex(digest).length === 0) return [];
    const tag = referrersTag(digest);
    const head = await this.manifestHead(tag);
    if (!head) return [];
    const { bytes } = await this.manifestGet(tag);
    const all = manifestsOf(bytes);
    return artifactType ? all.filter((d) => d.artifactType === artifactType) : all;
  }
}

function manifestsOf(bytes: Uint8Array): Descriptor[] {
  const list = parseJsonObject(bytes)?.manifests;
  return Array.isArray(list) ? list.filter(isDescriptor) : [];
}

/** The upload's side of a self-verifying blob body: written into the request with backpressure. */
function pumpBody(body: BlobBody, onSent: (bytes: number) => void): BodyWriter {
  return {
    writeTo: (request) => body.pumpTo(request, onSent),
    destroy: () => body.destroy(),
    waitingOnSource: () => body.waitingOnSource(),
  };
}

function withAuth(
  headers: Record<string, string> | undefined,
  authorization: string | undefined,
): Record<string, string> {
  return authorization ? { ...headers, authorization } : { ...headers };
}

function withDigest(location: string, digest: string): string {
  // Location may be relative and may carry its own query (upload state): keep it, add digest.
  const separator = location.includes('?') ? '&' : '?';
  return `${location}${separator}digest=${encodeURIComponent(digest)}`;
}

/** Re-slices a stream into buffers of exactly `size` bytes (the last one shorter). */
async function* chunks(stream: Readable, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  for await (const raw of stream) {
    let data = toBuffer(raw);
    while (pendingLength + data.length >= size) {
      const take = size - pendingLength;
      pending.push(data.subarray(0, take));
      yield Buffer.concat(pending);
      pending = [];
      pendingLength = 0;
      data = data.subarray(take);
    }
    if (data.length) {
      pending.push(data);
      pendingLength += data.length;
    }
  }
  if (pendingLength > 0) yield Buffer.concat(pending);
}
