// The one HTTP chokepoint of the Vault client: keep-alive connections, an optional CA bundle, and retries
// of what is temporary (connection refused/reset, 429, 502-504). Tokens travel in headers, never in URLs.
import { readFile } from 'node:fs/promises';
import { rootCertificates } from 'node:tls';
import { Agent, request } from 'undici';
import { errnoOf, isNotSentErrno, isTemporaryErrno } from '../util/errno';
import { FerryError } from '../util/errors';
import { parseContentLength, readLimited } from '../util/read-limited';
import { backoffDelay, sleep } from '../util/retry';

export type VaultHttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface VaultHttpRequest {
  method: VaultHttpMethod;
  url: string;
  headers: Readonly<Record<string, string>>;
  body?: string;
  /** Aborts the request (and the waits between retries). */
  signal?: AbortSignal;
}

export interface VaultHttpResponse {
  status: number;
  body: string;
}

/** Sends one request. Rejects only when no response arrived (connection refused, reset, timeout). */
export type VaultTransport = (req: VaultHttpRequest) => Promise<VaultHttpResponse>;

export interface RetryOptions {
  /** Total tries, the first included. Default 3. */
  attempts?: number;
  /** First backoff; doubled per try, with jitter. Default 200 ms. */
  baseDelayMs?: number;
}

export interface TransportOptions {
  /** PEM bundle of CAs to trust for an https Vault with a private CA. */
  caFile?: string;
  /** Per-request timeout for headers and body. Default 30 s. */
  timeoutMs?: number;
  /** Largest response body read (limited while it streams). Default 4 MiB. */
  maxResponseBytes?: number;
}

/** Vault answers are small JSON documents (a secret, a token); 4 MiB is far above any real one. */
export const DEFAULT_MAX_VAULT_RESPONSE_BYTES = 4 * 1024 * 1024;

/** The default transport: undici with keep-alive, and the CA bundle when given. */
export async function createDefaultTransport(options: TransportOptions = {}): Promise<{
  transport: VaultTransport;
  close(): Promise<void>;
}> {
  const timeout = options.timeoutMs ?? 30_000;
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_VAULT_RESPONSE_BYTES;
  const ca = options.caFile === undefined ? undefined : await readFile(options.caFile, 'utf8');
  const agent = new Agent({
    headersTimeout: timeout,
    bodyTimeout: timeout,
    connectTimeout: timeout,
    // Node's `ca` replaces the system roots; keep them so a private CA is trusted in addition.
    ...(ca === undefined ? {} : { connect: { ca: [...rootCertificates, ca] } }),
  });
  const transport: VaultTransport = async (req) => {
    const res = await request(req.url, {
      method: req.method,
      headers: req.headers,
      ...(req.body === undefined ? {} : { body: req.body }),
      ...(req.signal ? { signal: req.signal } : {}),
      dispatcher: agent,
    });
    const origin = new URL(req.url).host;
    const body = await readLimited(res.body, {
      limit: maxBytes,
      declaredLength: parseContentLength(res.headers['content-length']),
      over: (why) =>
        new FerryError(
          `Reading Vault's answer from ${origin} failed: ${why}. That is not a Vault response; check vaultServerUrl.`,
          { code: 'VAULT' },
        ),
    });
    return { status: res.statusCode, body: body.toString('utf8') };
  };
  return { transport, close: () => agent.close() };
}

const TEMPORARY_STATUS = new Set([429, 502, 503, 504]);
/** Retries stay few (3 by default), so this cap only bounds a large configured baseDelayMs. */
const MAX_DELAY_MS = 10_000;

/**
 * Wraps a transport with retries. Reads and revocation are idempotent and retried on any temporary
 * failure; a login (`idempotent: false`) only when the request never left this machine, so a
 * single-use AppRole secret_id is not spent twice.
 */
export async function sendWithRetry(
  transport: VaultTransport,
  req: VaultHttpRequest,
  options: { idempotent: boolean; retry?: RetryOptions },
): Promise<VaultHttpResponse> {
  const attempts = Math.max(1, options.retry?.attempts ?? 3);
  const base = options.retry?.baseDelayMs ?? 200;
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await transport(req);
      if (!(options.idempotent && TEMPORARY_STATUS.has(res.status)) || attempt >= attempts) return res;
    } catch (error) {
      if (req.signal?.aborted) throw error;
      const code = errnoOf(error);
      const retryable = options.idempotent ? isTemporaryErrno(code) : isNotSentErrno(code);
      if (!retryable || attempt >= attempts) throw error;
    }
    await sleep(backoffDelay(attempt, { baseDelayMs: base, maxDelayMs: MAX_DELAY_MS }), req.signal);
  }
}
