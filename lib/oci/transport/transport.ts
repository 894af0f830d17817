// The one HTTP chokepoint of the image engine, on undici: a keep-alive agent per origin, custom CA
// bundle, plain HTTP only for loopback and hosts marked insecure, redirects that drop Authorization
// when they leave the host, and retries of temporary failures only. Headers are never logged.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { rootCertificates } from 'node:tls';
import { Agent, request as undiciRequest } from 'undici';
import type { Logger } from '../../log';
import { errnoOf, isCertificateErrno, isTemporaryErrno } from '../../util/errno';
import { FerryError, errorMessage } from '../../util/errors';
import { hostnameOf, isLoopbackHost } from '../../util/url';
import { NetworkError, isTemporaryStatus, redactUrl } from '../errors';
import { DOCKER_HUB } from '../reference';
import {
  backoffDelay,
  parseRetryAfter,
  resolveRetryOptions,
  type ResolvedRetryOptions,
  type RetryOptions,
} from './retry';

export type HttpMethod = 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';

/** A request body: bytes, text, or a function that opens a fresh stream (called again on every retry). */
export type RequestBody = Uint8Array | string | (() => Promise<Readable>);

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
  connections: 16,
  userAgent: 'ferry',
  maxRedirects: 5,
  keepAliveTimeoutMs: 30_000,
} as const;

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

  async bytes(): Promise<Buffer> {
    if (this.buffered === undefined) {
      const chunks: Buffer[] = [];
      for await (const chunk of this.stream) chunks.push(toBuffer(chunk));
      this.buffered = Buffer.concat(chunks);
    }
    return this.buffered;
  }

  async text(): Promise<string> {
    return (await this.bytes()).toString('utf8');
  }

  /** Reads and discards the body so the connection goes back to the pool. */
  async dump(): Promise<void> {
    if (this.buffered !== undefined) return;
    try {
      for await (const _chunk of this.stream) {
        // drain
      }
    } catch {
      // a broken body on a response we do not want is not an error
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

export class Transport {
  private readonly agents = new Map<string, Agent>();
  private readonly schemes = new Map<string, Promise<'https' | 'http'>>();
  private readonly insecure: Set<string>;
  private readonly ca: string[] | undefined;
  private readonly retry: ResolvedRetryOptions;
  private readonly log: Logger | undefined;

  constructor(private readonly options: TransportOptions = {}) {
    this.insecure = new Set((options.insecureRegistries ?? []).map((h) => h.toLowerCase()));
    const extra = [options.ca, options.caFile ? readCaFile(options.caFile) : undefined].filter(
      (v): v is string => v !== undefined,
    );
    this.ca = extra.length ? [...rootCertificates, ...extra] : undefined;
    this.retry = resolveRetryOptions(options.retry);
    this.log = options.log;
  }

  /** True when the user marked `host` insecure (plain HTTP allowed, TLS not verified). */
  isInsecure(host: string): boolean {
    const lower = host.toLowerCase();
    return this.insecure.has(lower) || this.insecure.has(hostnameOf(lower));
  }

  /**
   * `https://host` or `http://host` for a registry. Plain HTTP only for loopback and insecure hosts,
   * and only when HTTPS does not answer there (probed once per host). `secure` forces a scheme.
   */
  async baseUrl(registry: string, secure?: boolean): Promise<string> {
    const host = apiHost(registry);
    const plainAllowed = isLoopbackHost(host) || this.isInsecure(host);
    if (secure === false && !plainAllowed) {
      throw new FerryError(
        `Registry ${registry}: plain HTTP is allowed only for loopback and registries marked insecure. Use https://, or mark it insecure (--insecure-registry ${registry}).`,
        { code: 'USAGE', usage: true },
      );
    }
    if (secure !== undefined) return `${secure ? 'https' : 'http'}://${host}`;
    if (!plainAllowed) return `https://${host}`;
    let scheme = this.schemes.get(host);
    if (!scheme) {
      scheme = this.probe(host);
      this.schemes.set(host, scheme);
    }
    return `${await scheme}://${host}`;
  }

  private async probe(host: string): Promise<'https' | 'http'> {
    try {
      const response = await this.request({ method: 'GET', url: `https://${host}/v2/`, retry: false });
      await response.dump();
      return 'https';
    } catch (error) {
      // A server that speaks TLS with an untrusted certificate is still a TLS server: report that later.
      if (isCertificateErrno(error instanceof NetworkError ? error.errno : errnoOf(error))) return 'https';
      this.log?.debug(`${host}: no HTTPS answer, using plain HTTP (loopback or marked insecure)`);
      return 'http';
    }
  }

  private agentFor(origin: URL): Agent {
    const key = origin.origin;
    let agent = this.agents.get(key);
    if (!agent) {
      const verify = !(origin.protocol === 'https:' && this.isInsecure(origin.host));
      agent = new Agent({
        connections: this.options.connections ?? DEFAULTS.connections,
        keepAliveTimeout: DEFAULTS.keepAliveTimeoutMs,
        headersTimeout: this.options.headersTimeoutMs ?? DEFAULTS.headersTimeoutMs,
        bodyTimeout: this.options.bodyTimeoutMs ?? DEFAULTS.bodyTimeoutMs,
        connect: {
          timeout: this.options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs,
          rejectUnauthorized: verify,
          ...(this.ca ? { ca: this.ca } : {}),
        },
      });
      this.agents.set(key, agent);
    }
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
        if (req.buffer) await response.bytes();
      } catch (error) {
        if (isAbort(error, req.signal)) throw error;
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
    const headers: Record<string, string> = { ...req.headers };
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
      if (next.origin !== new URL(url).origin) {
        // Storage back ends authenticate with the signed URL; the registry token must not travel there.
        for (const key of Object.keys(headers))
          if (key.toLowerCase() === 'authorization') delete headers[key];
      }
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
    const payload = typeof body === 'function' ? await body() : body;
    try {
      const response = await undiciRequest(target, {
        method,
        headers: { 'user-agent': this.options.userAgent ?? DEFAULTS.userAgent, ...headers },
        body: payload === undefined ? null : payload,
        dispatcher: this.agentFor(target),
        ...(signal ? { signal } : {}),
      });
      this.log?.debug(`${method} ${redactUrl(url)} -> ${response.statusCode}`);
      return new HttpResponse(response.statusCode, new ResponseHeaders(response.headers), url, response.body);
    } catch (error) {
      if (payload instanceof Readable) payload.destroy();
      throw error;
    }
  }

  /** Closes every pooled connection. */
  async close(): Promise<void> {
    const agents = [...this.agents.values()];
    this.agents.clear();
    await Promise.all(agents.map((a) => a.close()));
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
