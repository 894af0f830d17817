// The one HTTP chokepoint of the image engine, on Node's own http client (its native parser starts at
// once; a WebAssembly parser is compiled in every process): a keep-alive agent per origin, custom CA
// bundle, plain HTTP only for loopback and hosts marked insecure, credentials only to the origin they
// belong to and never in clear text beyond loopback, bodies read with a byte limit while they stream,
// and retries of temporary failures only. Headers are never logged.
import { setMaxListeners } from 'node:events';
import { readFileSync } from 'node:fs';
import type { Agent as HttpAgent, IncomingMessage } from 'node:http';
import * as http from 'node:http';
import type * as https from 'node:https';
import type { Socket } from 'node:net';
import type { SecureContext } from 'node:tls';
import { Readable, Transform, type TransformCallback, type Writable } from 'node:stream';
import type { Logger } from '../../log';
import { errnoOf, isTemporaryErrno } from '../../util/errno';
import { FerryError, errorMessage } from '../../util/errors';
import { eachChunk, parseContentLength, readLimited } from '../../util/read-limited';
import { hostnameOf, isListedHost, isLoopbackHost } from '../../util/url';
import { NetworkError, isTemporaryStatus, redactUrl } from '../errors';
import {
  DEFAULT_AGENT_OPTIONS,
  DEFAULT_USER_AGENT,
  takeStartedAgent,
  takeStartedRequest,
} from './head-start';
import { isHeldBack } from './feed';
import { rawGet, type RawGetResult } from './raw-get';
import { DOCKER_HUB } from '../reference';
import {
  backoffDelay,
  parseRetryAfter,
  resolveRetryOptions,
  type ResolvedRetryOptions,
  type RetryOptions,
} from './retry';

export type HttpMethod = 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';

/**
 * Writes a request body into the request itself (with backpressure) instead of piping a stream: the
 * cheapest way to stream a blob. Resolves with the bytes written; the transport ends the request, or
 * fails it when that is not the declared Content-Length. `destroy` stops it when the request fails.
 */
export interface BodyWriter {
  writeTo(request: Writable): Promise<number>;
  destroy(error?: Error): void;
  /**
   * True while the writer waits for its own source (a blob streamed from another registry), not for the
   * server to take what was written: a pause then is the source's, and the source's own limit ends it.
   */
  waitingOnSource?(): boolean;
}

/**
 * A request body: bytes, text, or a function that opens a fresh stream or writer (called again on
 * every retry).
 */
export type RequestBody = Uint8Array | string | (() => Promise<Readable | BodyWriter>);

export interface HttpRequest {
  method: HttpMethod;
  url: string;
  headers?: Record<string, string>;
  body?: RequestBody;
  /** Retry temporary failures here (default true). False when the caller retries a larger unit itself. */
  retry?: boolean;
  /** Follow redirects (default true); Authorization is dropped when a redirect leaves the origin. */
  followRedirects?: boolean;
  /** Read the whole body inside the retry loop, so a reset mid-body is retried too (small bodies only). */
  buffer?: boolean;
  /** Upper bound of a buffered body (default 4 MiB); a longer one fails as it streams, naming the host. */
  maxBytes?: number;
  signal?: AbortSignal;
}

export interface TransportOptions {
  /** PEM file of extra CA certificates, trusted in addition to the system roots. */
  caFile?: string;
  /** PEM text of extra CA certificates (same as caFile, for library callers). */
  ca?: string;
  /** `host[:port]` allowed over plain HTTP and with unverified TLS (as skopeo's --tls-verify=false). */
  insecureRegistries?: readonly string[];
  retry?: RetryOptions;
  /** Time to wait for response headers. Default 60 s. */
  headersTimeoutMs?: number;
  /** Longest pause between body chunks. Default 120 s. */
  bodyTimeoutMs?: number;
  /** Connection set-up time limit. Default 15 s. */
  connectTimeoutMs?: number;
  /** Parallel connections per origin. Default 16. */
  connections?: number;
  userAgent?: string;
  log?: Logger;
  /** Aborts every request of this transport (a cancelled run), in addition to each request's own signal. */
  signal?: AbortSignal;
}

const DEFAULTS = {
  headersTimeoutMs: 60_000,
  bodyTimeoutMs: 120_000,
  connectTimeoutMs: 15_000,
  connections: DEFAULT_AGENT_OPTIONS.maxSockets,
  userAgent: DEFAULT_USER_AGENT,
  maxRedirects: 5,
  keepAliveTimeoutMs: DEFAULT_AGENT_OPTIONS.timeout,
  maxBufferedBytes: 4 * 1024 * 1024,
  /** A body that is not wanted is drained up to this much (keeping the connection), else dropped. */
  maxDumpBytes: 1024 * 1024,
} as const;

/** Largest buffered body by default (the distribution spec's manifest limit). */
export const DEFAULT_MAX_BODY_BYTES = DEFAULTS.maxBufferedBytes;

/**
 * A response body over its limit, or longer than the length the server declared: the server at fault
 * is named (its origin), never the query of the URL.
 */
export class ResponseSizeError extends FerryError {
  constructor(
    readonly url: string,
    /** What was wrong, in a few words ("it sent more than the limit of 4194304 bytes"). */
    readonly why: string,
  ) {
    super(
      `Reading the answer of ${originOf(url)} to ${redactUrl(url)} failed: ${why}. The server at ${originOf(url)} is not behaving as a registry (or token server); check the address.`,
      { code: 'REGISTRY' },
    );
    this.name = 'ResponseSizeError';
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the server';
  }
}

/**
 * Reads a stream whole, failing as soon as it passes `limit` bytes (the stream is destroyed, so an
 * endless body stops there) or passes the Content-Length the server declared.
 */
export function readBounded(
  stream: Readable,
  options: { limit: number; url: string; declaredLength?: number | undefined },
): Promise<Buffer> {
  return readLimited(stream, {
    limit: options.limit,
    declaredLength: options.declaredLength,
    over: (why) => new ResponseSizeError(options.url, why),
  });
}

/** The Content-Length a response declares, when it is a plain number. */
export function declaredLengthOf(headers: ResponseHeaders): number | undefined {
  return parseContentLength(headers.get('content-length'));
}

/** Response headers with case-insensitive lookup. */
export class ResponseHeaders {
  private readonly map = new Map<string, string[]>();

  constructor(raw: Record<string, string | string[] | undefined>) {
    for (const [key, value] of Object.entries(raw)) {
      if (value === undefined) continue;
      this.map.set(key.toLowerCase(), Array.isArray(value) ? value : [value]);
    }
  }

  get(name: string): string | undefined {
    return this.map.get(name.toLowerCase())?.join(', ');
  }

  getAll(name: string): string[] {
    return this.map.get(name.toLowerCase()) ?? [];
  }
}

/** A response. The body is streamed unless the request asked for `buffer`. */
export class HttpResponse {
  private buffered: Buffer | undefined;

  constructor(
    readonly status: number,
    readonly headers: ResponseHeaders,
    /** The final URL after redirects (keep it out of messages; use redactUrl). */
    readonly url: string,
    private readonly stream: Readable,
  ) {}

  /** The body as a stream (once). */
  get body(): Readable {
    return this.buffered === undefined ? this.stream : Readable.from([this.buffered]);
  }

  /** The whole body, read with a byte limit while it streams (default 4 MiB). */
  async bytes(limit: number = DEFAULTS.maxBufferedBytes): Promise<Buffer> {
    if (this.buffered === undefined) {
      this.buffered = await readBounded(this.stream, {
        limit,
        url: this.url,
        declaredLength: declaredLengthOf(this.headers),
      });
    } else if (this.buffered.length > limit) {
      throw new ResponseSizeError(this.url, `it sent more than the limit of ${limit} bytes`);
    }
    return this.buffered;
  }

  async text(limit?: number): Promise<string> {
    return (await this.bytes(limit)).toString('utf8');
  }

  /**
   * At most `limit` bytes of the body as text (an error body, for a message); the rest is not read
   * and the connection is dropped, so a huge or endless body costs nothing.
   */
  async head(limit: number): Promise<string> {
    if (this.buffered !== undefined) return this.buffered.subarray(0, limit).toString('utf8');
    const chunks: Buffer[] = [];
    let length = 0;
    try {
      for await (const raw of this.stream) {
        const chunk = toBuffer(raw);
        chunks.push(chunk);
        length += chunk.length;
        if (length >= limit) break;
      }
    } catch {
      // a broken error body: what arrived is enough
    } finally {
      this.stream.destroy();
    }
    return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
  }

  /** Reads and discards a small body so the connection goes back to the pool; drops a large one. */
  async dump(): Promise<void> {
    if (this.buffered !== undefined) return;
    const declared = declaredLengthOf(this.headers);
    if (declared !== undefined && declared > DEFAULTS.maxDumpBytes) {
      this.stream.destroy();
      return;
    }
    let length = 0;
    try {
      await eachChunk(this.stream, (raw) => {
        length += toBuffer(raw).length;
        return length <= DEFAULTS.maxDumpBytes;
      });
    } catch {
      // a broken body on a response we do not want is not an error
    } finally {
      if (length > DEFAULTS.maxDumpBytes) this.stream.destroy();
    }
  }
}

function toBuffer(raw: unknown): Buffer {
  if (Buffer.isBuffer(raw)) return raw;
  if (raw instanceof Uint8Array) return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  if (typeof raw === 'string') return Buffer.from(raw, 'utf8');
  throw new TypeError('a response body yielded something that is not bytes');
}

export { hostnameOf, isLoopbackHost };

/**
 * The one refusal of plain HTTP to a registry that is neither loopback nor marked insecure: an
 * `http://` URL alone does not send credentials (or images) in clear text across a network.
 */
export function plainHttpRefused(registry: string): FerryError {
  return new FerryError(
    `Registry ${registry}: plain HTTP is allowed only for loopback and registries marked insecure, so nothing (no credentials, no image) is sent to it in clear text. Use https://, or mark it insecure (the insecureRegistries parameter, or --insecure-registry ${registry}) if you accept that.`,
    { code: 'USAGE', usage: true },
  );
}

/** Throws plainHttpRefused unless `registry` is loopback or listed in `insecureRegistries`. */
export function assertPlainHttpAllowed(registry: string, insecureRegistries: readonly string[]): void {
  const host = registry.toLowerCase();
  const listed = insecureRegistries.some((h) => {
    const lower = h.toLowerCase();
    return lower === host || lower === hostnameOf(host);
  });
  if (!isLoopbackHost(host) && !listed) throw plainHttpRefused(registry);
}

/** The API host of a registry: Docker Hub's canonical name maps to registry-1.docker.io. */
export function apiHost(registry: string): string {
  return registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
}

/** Wraps a connection-level failure; FerryErrors (e.g. a digest check on the request body) pass through. */
export function toNetworkError(error: unknown, method: string, url: string): FerryError {
  if (error instanceof FerryError) return error;
  const errno = errnoOf(error);
  return new NetworkError({
    method,
    url,
    cause: error,
    errno,
    temporary: isTemporaryErrno(errno),
  });
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (error instanceof Error && error.name === 'AbortError');
}

/** The request with the transport's signal joined to its own. */
function withSignal(req: HttpRequest, signal: AbortSignal | undefined): HttpRequest {
  if (!signal) return req;
  return { ...req, signal: req.signal ? AbortSignal.any([req.signal, signal]) : signal };
}

type AgentOptions = http.AgentOptions & https.AgentOptions;

/** Headers that carry credentials; they travel only to the origin they belong to. */
function hasCredentials(headers: Record<string, string>): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === 'authorization');
}

function withoutCredentials(headers: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers))
    if (key.toLowerCase() !== 'authorization') kept[key] = value;
  return kept;
}

function bodyLengthMismatch(method: string, url: string, seen: number, length: number): FerryError {
  return new FerryError(
    `${method} ${redactUrl(url)} failed: the request body was ${seen > length ? 'longer' : 'shorter'} than its declared ${length} bytes. The content being sent is not what its descriptor says.`,
    { code: 'DIGEST_MISMATCH' },
  );
}

function isBodyWriter(body: unknown): body is BodyWriter {
  return typeof body === 'object' && body !== null && 'writeTo' in body && typeof body.writeTo === 'function';
}

/** Passes a request body through, failing it when it is not exactly `length` bytes. */
function lengthCheck(length: number, method: string, url: string): Transform {
  let seen = 0;
  const mismatch = (): FerryError => bodyLengthMismatch(method, url, seen, length);
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      seen += chunk.length;
      if (seen > length) callback(mismatch());
      else callback(null, chunk);
    },
    flush(callback: TransformCallback) {
      callback(seen === length ? undefined : mismatch());
    },
  });
}

function timeoutError(code: string, what: string, ms: number): Error {
  return Object.assign(new Error(`${what} took longer than ${ms} ms`), { code });
}

export class Transport {
  private readonly agents = new Map<string, HttpAgent>();
  private readonly schemes = new Map<string, Promise<'https' | 'http'>>();
  private readonly redirecting = new Set<string>();
  private readonly insecure: Set<string>;
  private readonly extraCa: string[];
  private readonly retry: ResolvedRetryOptions;
  private readonly log: Logger | undefined;
  private httpsModule: Promise<typeof https> | undefined;
  private tlsContext: Promise<SecureContext> | undefined;

  constructor(private readonly options: TransportOptions = {}) {
    this.insecure = new Set((options.insecureRegistries ?? []).map((h) => h.toLowerCase()));
    this.extraCa = [options.ca, options.caFile ? readCaFile(options.caFile) : undefined].filter(
      (v): v is string => v !== undefined,
    );
    this.retry = resolveRetryOptions(options.retry);
    this.log = options.log;
  }

  /** True when the user marked `host` insecure (plain HTTP allowed, TLS not verified). */
  isInsecure(host: string): boolean {
    return isListedHost(host, this.insecure);
  }

  /**
   * `http://host` when plain HTTP is tried first for this registry (loopback and insecure hosts, no
   * scheme forced), else undefined: where a request may go before the scheme probe has answered.
   */
  plainFirstBase(registry: string, secure?: boolean): string | undefined {
    if (secure !== undefined) return undefined;
    const host = apiHost(registry);
    return isLoopbackHost(host) || this.isInsecure(host) ? `http://${host}` : undefined;
  }

  /**
   * `https://host` or `http://host` for a registry. Plain HTTP only for loopback and insecure hosts.
   * There, plain HTTP is tried first (a TLS server refuses it at once, or answers 400) and HTTPS is
   * used when it does not answer as a registry; the answer is kept per host. `secure` forces a scheme.
   */
  async baseUrl(registry: string, secure?: boolean): Promise<string> {
    const host = apiHost(registry);
    const plainAllowed = isLoopbackHost(host) || this.isInsecure(host);
    if (secure === false && !plainAllowed) throw plainHttpRefused(registry);
    if (secure !== undefined) return `${secure ? 'https' : 'http'}://${host}`;
    if (!plainAllowed) return `https://${host}`;
    let scheme = this.schemes.get(host);
    if (!scheme) {
      scheme = this.probe(host);
      this.schemes.set(host, scheme);
    }
    return `${await scheme}://${host}`;
  }

  /**
   * `GET /v2/` of a registry (its body read and dropped), after choosing its scheme as baseUrl does.
   * Where plain HTTP is tried first, that try is the ping, so a loopback registry costs one round trip.
   */
  async ping(registry: string, secure?: boolean): Promise<{ base: string; response: HttpResponse }> {
    const host = apiHost(registry);
    const probing =
      secure === undefined && !this.schemes.has(host) && (isLoopbackHost(host) || this.isInsecure(host));
    if (probing) {
      let answer: HttpResponse | undefined;
      const scheme = this.probe(host, (response) => (answer = response));
      this.schemes.set(host, scheme);
      if ((await scheme) === 'http' && answer) return { base: `http://${host}`, response: answer };
    }
    const base = await this.baseUrl(registry, secure);
    const response = await this.request({ method: 'GET', url: `${base}/v2/` });
    await response.dump();
    return { base, response };
  }

  private async probe(host: string, onAnswer?: (response: HttpResponse) => void): Promise<'https' | 'http'> {
    try {
      const response = await this.request({ method: 'GET', url: `http://${host}/v2/`, retry: false });
      await response.dump();
      // Go's TLS servers answer a plain request with 400 ("client sent an HTTP request to an HTTPS
      // server"); a registry answers /v2/ with 200 or 401.
      if (response.status !== 400) {
        onAnswer?.(response);
        return 'http';
      }
    } catch (error) {
      if (error instanceof FerryError && !(error instanceof NetworkError)) throw error;
    }
    this.log?.debug(`${host}: no plain HTTP registry answer, using HTTPS`);
    return 'https';
  }

  /**
   * The system roots and the extra CA certificates, parsed once for the transport. Handing the agent
   * the certificates themselves (`ca`) made Node parse all of them again for every connection and
   * join them into the pool key of every request: ~0.4 s of CPU in a copy of 4 blobs over TLS.
   */
  private secureContext(): Promise<SecureContext> {
    if (!this.tlsContext) {
      // Not import(): the one-command CLI bundles run through vm.Script on Node 20, where a dynamic import
      // has no loader. getBuiltinModule loads it now, as require would.
      const tls = process.getBuiltinModule('node:tls');
      this.tlsContext = Promise.resolve(
        tls.createSecureContext({ ca: [...tls.rootCertificates, ...this.extraCa] }),
      );
    }
    return this.tlsContext;
  }

  private async agentFor(origin: URL): Promise<HttpAgent> {
    const key = origin.origin;
    const known = this.agents.get(key);
    if (known) return known;
    // The pool of requests started before the engine loaded (head-start.ts), when it is the one this
    // transport would make: their connections are open already.
    const head = this.options.connections === undefined ? takeStartedAgent(key) : undefined;
    if (head) {
      this.agents.set(key, head);
      return head;
    }
    const options: AgentOptions = {
      ...DEFAULT_AGENT_OPTIONS,
      maxSockets: this.options.connections ?? DEFAULTS.connections,
      maxFreeSockets: this.options.connections ?? DEFAULTS.connections,
    };
    let agent: HttpAgent;
    if (origin.protocol === 'https:') {
      // TLS is loaded only when a registry speaks it: a loopback copy never pays for it.
      this.httpsModule ??= Promise.resolve(process.getBuiltinModule('node:https')); // not import(): see secureContext
      const { Agent } = await this.httpsModule;
      const verify = !this.isInsecure(origin.host);
      const secureContext = this.extraCa.length ? await this.secureContext() : undefined;
      agent = new Agent({
        ...options,
        rejectUnauthorized: verify,
        ...(secureContext ? { secureContext } : {}),
      });
    } else {
      agent = new http.Agent(options);
    }
    const raced = this.agents.get(key);
    if (raced) {
      agent.destroy();
      return raced;
    }
    this.agents.set(key, agent);
    return agent;
  }

  /**
   * Sends a request, retrying temporary failures (408, 429, 5xx, resets, timeouts) with jittered
   * backoff and Retry-After. Non-2xx responses are returned, not thrown: the caller knows what they mean.
   * Throws NetworkError when the connection fails for good.
   */
  async request(original: HttpRequest): Promise<HttpResponse> {
    const req = withSignal(original, this.options.signal);
    const retry = req.retry ?? true;
    const attempts = retry ? this.retry.attempts : 1;
    for (let attempt = 1; ; attempt++) {
      let response: HttpResponse;
      try {
        response = await this.followRedirects(req);
        // Error bodies are left to the caller, who reads only their start.
        if (req.buffer && response.status >= 200 && response.status < 300) await response.bytes(req.maxBytes);
      } catch (error) {
        // A cancelled run fails with the reason it was cancelled for (e.g. the signal received).
        if (isAbort(error, req.signal)) throw req.signal?.aborted ? (req.signal.reason as unknown) : error;
        const failure = toNetworkError(error, req.method, req.url);
        if (!(failure instanceof NetworkError) || !failure.temporary || attempt >= attempts) throw failure;
        const delay = backoffDelay(attempt, this.retry);
        this.log?.debug(
          `${req.method} ${redactUrl(req.url)}: ${failure.errno ?? 'error'}, retry ${attempt} in ${delay} ms`,
        );
        await this.retry.sleep(delay, req.signal);
        continue;
      }
      if (isTemporaryStatus(response.status) && attempt < attempts) {
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        await response.dump();
        const delay = backoffDelay(attempt, this.retry, retryAfter);
        this.log?.debug(
          `${req.method} ${redactUrl(req.url)}: ${response.status}, retry ${attempt} in ${delay} ms`,
        );
        await this.retry.sleep(delay, req.signal);
        continue;
      }
      return response;
    }
  }

  private async followRedirects(req: HttpRequest): Promise<HttpResponse> {
    let url = req.url;
    let method = req.method;
    let body = req.body;
    let headers: Record<string, string> = { ...req.headers };
    for (let hop = 0; ; hop++) {
      const response = await this.once(method, url, headers, body, req.signal);
      const location = response.headers.get('location');
      const redirect = [301, 302, 303, 307, 308].includes(response.status);
      if (!redirect || !location || req.followRedirects === false || hop >= DEFAULTS.maxRedirects)
        return response;
      await response.dump();
      const next = new URL(location, url);
      if (
        next.protocol === 'http:' &&
        new URL(url).protocol === 'https:' &&
        !isLoopbackHost(next.host) &&
        !this.isInsecure(next.host)
      ) {
        throw new FerryError(
          `${req.method} ${redactUrl(req.url)} failed: the registry redirected from HTTPS to plain HTTP (${redactUrl(next.toString())}). Refusing to downgrade; fix the registry's storage URL.`,
          { code: 'NETWORK' },
        );
      }
      // Storage back ends authenticate with the signed URL; the registry's credentials stay with the
      // registry's origin (scheme, host, port), and do not come back on a later hop either.
      if (next.origin !== new URL(url).origin) headers = withoutCredentials(headers);
      if (
        response.status === 303 ||
        ((response.status === 301 || response.status === 302) && method === 'POST')
      ) {
        method = 'GET';
        body = undefined;
        for (const key of Object.keys(headers)) if (/^content-(length|type)$/i.test(key)) delete headers[key];
      }
      url = next.toString();
    }
  }

  private async once(
    method: HttpMethod,
    url: string,
    headers: Record<string, string>,
    body: RequestBody | undefined,
    signal: AbortSignal | undefined,
  ): Promise<HttpResponse> {
    const target = new URL(url);
    if (
      target.protocol === 'http:' &&
      hasCredentials(headers) &&
      !isLoopbackHost(target.host) &&
      !this.isInsecure(target.host)
    ) {
      throw new FerryError(
        `${method} ${redactUrl(url)} refused: credentials are not sent over plain HTTP to ${target.host}, which is neither loopback nor marked insecure. Use https://, or mark ${target.host} insecure (insecureRegistries, --insecure-registry ${target.host}) if you accept credentials in clear text.`,
        { code: 'AUTH', usage: true },
      );
    }
    signal?.throwIfAborted();
    // Every request in flight listens on the run's one signal: a copy of many blobs at once is not a
    // listener leak, so Node's warning at 11 listeners (printed on the user's terminal) is turned off.
    if (signal) setMaxListeners(0, signal);
    const agent = await this.agentFor(target);
    const payload = typeof body === 'function' ? await body() : body;
    const send = target.protocol === 'https:' ? (await this.httpsModule!).request : http.request;
    const headersTimeoutMs = this.options.headersTimeoutMs ?? DEFAULTS.headersTimeoutMs;
    const bodyTimeoutMs = this.options.bodyTimeoutMs ?? DEFAULTS.bodyTimeoutMs;
    const connectTimeoutMs = this.options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs;
    const allHeaders = { 'user-agent': this.options.userAgent ?? DEFAULTS.userAgent, ...headers };
    // Sent already, before the engine loaded (head-start.ts)? Then it is taken over, not sent again.
    const head =
      payload === undefined && target.protocol === 'http:'
        ? takeStartedRequest(method, url, allHeaders)
        : undefined;
    return new Promise<HttpResponse>((resolve, reject) => {
      let answered = false;
      const request =
        head?.request ??
        send(target, {
          method,
          agent,
          headers: allHeaders,
          ...(signal ? { signal } : {}),
        });
      if (head && signal) {
        const abort = (): void => void request.destroy(signal.reason as Error);
        if (signal.aborted) abort();
        signal.addEventListener('abort', abort, { once: true });
        request.once('close', () => signal.removeEventListener('abort', abort));
      }
      // The wait for the answer starts when the request is sent, body and all: an upload that takes
      // longer than the limit is not a server that does not answer.
      let headersTimer: NodeJS.Timeout | undefined;
      const awaitAnswer = (): void => {
        if (answered || headersTimer) return;
        headersTimer = setTimeout(
          () =>
            request.destroy(
              timeoutError('UND_ERR_HEADERS_TIMEOUT', 'waiting for response headers', headersTimeoutMs),
            ),
          headersTimeoutMs,
        );
      };
      if (request.writableFinished) awaitAnswer();
      else request.once('finish', awaitAnswer);
      let answer: IncomingMessage | undefined;
      let releaseSocket: (() => void) | undefined;
      const onSocket = (socket: Socket): void => {
        // Idle time on the socket (a stalled body either way) ends the request, unless the pause is
        // not the server's: an upload waiting on its source, or an answer its feed holds back (the
        // other side of a copy is slow). Then the limit starts again. The listener is the request's
        // own (Node's request timeout fires once) and leaves the socket with the request.
        const onIdle = (): void => {
          const ours =
            (isBodyWriter(payload) && payload.waitingOnSource?.() === true) ||
            (answer !== undefined && isHeldBack(answer));
          if (ours) socket.setTimeout(bodyTimeoutMs);
          else
            request.destroy(timeoutError('UND_ERR_BODY_TIMEOUT', 'a pause in the transfer', bodyTimeoutMs));
        };
        const release = (): void => void socket.off('timeout', onIdle);
        socket.setTimeout(bodyTimeoutMs);
        socket.on('timeout', onIdle);
        request.once('close', release);
        releaseSocket = release;
        if (!socket.connecting) return;
        const connectTimer = setTimeout(
          () => request.destroy(timeoutError('UND_ERR_CONNECT_TIMEOUT', 'connecting', connectTimeoutMs)),
          connectTimeoutMs,
        );
        socket.once(target.protocol === 'https:' ? 'secureConnect' : 'connect', () =>
          clearTimeout(connectTimer),
        );
        socket.once('close', () => clearTimeout(connectTimer));
      };
      const onResponse = (response: IncomingMessage): void => {
        if (answered) return;
        answered = true;
        answer = response;
        // The socket goes back to the pool when the answer is read: its idle limit goes with it.
        response.once('end', () => releaseSocket?.());
        response.once('close', () => releaseSocket?.());
        clearTimeout(headersTimer);
        this.log?.debug(`${method} ${redactUrl(url)} -> ${response.statusCode ?? 0}`);
        resolve(
          new HttpResponse(response.statusCode ?? 0, new ResponseHeaders(response.headers), url, response),
        );
      };
      const onError = (error: Error): void => {
        clearTimeout(headersTimer);
        if (payload instanceof Readable) payload.destroy();
        else if (isBodyWriter(payload)) payload.destroy(error);
        // After the headers, a failure reaches the reader through the response stream.
        if (!answered) reject(signal?.aborted ? (signal.reason as unknown) : error);
      };
      // A started request may have its socket, its answer or its failure already.
      if (head && request.socket) onSocket(request.socket);
      else request.on('socket', onSocket);
      request.on('response', onResponse);
      request.on('error', onError);
      if (head?.response) onResponse(head.response);
      else if (head?.error) onError(head.error);
      if (isBodyWriter(payload)) {
        const declared = parseContentLength(
          Object.entries(headers).find(([key]) => key.toLowerCase() === 'content-length')?.[1],
        );
        payload.writeTo(request).then(
          (written) => {
            if (declared !== undefined && written !== declared)
              request.destroy(bodyLengthMismatch(method, url, written, declared));
            else request.end();
          },
          (error: unknown) => request.destroy(error instanceof Error ? error : new Error(String(error))),
        );
      } else if (payload instanceof Readable) {
        const declared = parseContentLength(
          Object.entries(headers).find(([key]) => key.toLowerCase() === 'content-length')?.[1],
        );
        // A body shorter or longer than its Content-Length would leave the server waiting (or read
        // the rest as the next request): stop it here, naming the length.
        const checked = declared === undefined ? payload : payload.pipe(lengthCheck(declared, method, url));
        if (checked !== payload) payload.once('error', (error) => checked.destroy(error));
        checked.once('error', (error) => request.destroy(error));
        checked.pipe(request);
      } else {
        request.end(payload);
      }
    });
  }

  /**
   * A GET on a connection of its own, for a blob body from a plain-HTTP origin (loopback or marked
   * insecure): its body is a feed read into one reused buffer (see raw-get.ts). Anything but a plain
   * 200/206 with Content-Length is `unusual` and is to be sent again with `request`, as is a failure
   * before the answer; no retries or redirects here. Same rules for credentials as `request`.
   */
  async fastGet(url: string, headers: Record<string, string>): Promise<RawGetResult> {
    const target = new URL(url);
    const plainAllowed = isLoopbackHost(target.host) || this.isInsecure(target.host);
    if (target.protocol !== 'http:' || !plainAllowed) return { kind: 'unusual', status: undefined };
    const signal = this.options.signal;
    if (signal) setMaxListeners(0, signal);
    const result = await rawGet({
      url: target,
      headers: { 'user-agent': this.options.userAgent ?? DEFAULTS.userAgent, ...headers },
      signal,
      connectTimeoutMs: this.options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs,
      headersTimeoutMs: this.options.headersTimeoutMs ?? DEFAULTS.headersTimeoutMs,
      bodyTimeoutMs: this.options.bodyTimeoutMs ?? DEFAULTS.bodyTimeoutMs,
    });
    this.log?.debug(
      `GET ${redactUrl(url)} -> ${result.kind === 'body' ? result.status : (result.status ?? 'unusual')}`,
    );
    return result;
  }

  /** True when the transport's own signal was aborted (a cancelled run). */
  get aborted(): boolean {
    return this.options.signal?.aborted === true;
  }

  /** True when `base` answered a blob GET with a redirect: its blobs go through `request` only. */
  redirectsBlobs(base: string): boolean {
    return this.redirecting.has(base);
  }

  markRedirectsBlobs(base: string): void {
    this.redirecting.add(base);
  }

  /** Closes every pooled connection. */
  async close(): Promise<void> {
    const agents = [...this.agents.values()];
    this.agents.clear();
    for (const agent of agents) agent.destroy();
    await Promise.resolve();
  }
}

function readCaFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new FerryError(
      `Reading the CA bundle ${path} failed: ${errorMessage(error)}. Pass a readable PEM file as caFile.`,
      {
        code: 'CONFIG',
        usage: true,
        cause: error,
      },
    );
  }
}

export function createTransport(options: TransportOptions = {}): Transport {
  return new Transport(options);
}
