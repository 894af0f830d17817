// customDefaults given as a URL (Piper's first documented example): fetched over HTTPS (plain HTTP only
// from loopback), redirects followed a few times, the body read with a size limit while it streams.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { ConfigError, errorMessage } from '../util/errors';

export interface FetchDefaultsOptions {
  /** Bytes the body may have; more is an error, found while streaming. */
  maxBytes: number;
  signal?: AbortSignal;
  /** Extra CA certificates (PEM) to trust, besides the system's. */
  ca?: string;
  /** Milliseconds for the whole request. Default 30 s. */
  timeoutMs?: number;
}

const MAX_REDIRECTS = 5;

function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/** The URL with user info and query removed, for messages (a token in a query string stays out of logs). */
export function shownUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

function checkUrl(url: URL, entry: string): void {
  if (url.username || url.password) {
    throw new ConfigError(
      `customDefaults entry ${shownUrl(url)}: credentials in the URL are refused; they would end up in logs. Serve the file without them.`,
    );
  }
  if (url.protocol === 'https:') return;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return;
  throw new ConfigError(
    url.protocol === 'http:'
      ? `customDefaults entry ${shownUrl(url)} is plain HTTP; ferry fetches defaults over HTTPS only (plain HTTP from loopback). Use an https:// URL.`
      : `customDefaults entry '${entry}': the scheme ${url.protocol} is not supported. Use an https:// URL or a path in the workspace.`,
  );
}

function get(url: URL, options: FetchDefaultsOptions): Promise<IncomingMessage> {
  return new Promise((resolvePromise, reject) => {
    const make = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = make(
      url,
      {
        method: 'GET',
        headers: { accept: 'application/yaml, text/yaml, text/plain, */*' },
        timeout: options.timeoutMs ?? 30_000,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.ca && url.protocol === 'https:' ? { ca: options.ca } : {}),
      },
      resolvePromise,
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end();
  });
}

async function readLimited(response: IncomingMessage, maxBytes: number, shown: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) {
      response.destroy();
      throw new ConfigError(
        `customDefaults ${shown}: the file is larger than ${maxBytes} bytes. A defaults file is far smaller: check the URL.`,
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Fetches a defaults file; every failure is a ConfigError naming the URL (without credentials or query). */
export async function fetchDefaults(entry: string, options: FetchDefaultsOptions): Promise<Buffer> {
  let url: URL;
  try {
    url = new URL(entry);
  } catch (error) {
    throw new ConfigError(`customDefaults entry '${entry}' is not a valid URL. Fix it.`, error);
  }
  for (let redirects = 0; ; redirects++) {
    checkUrl(url, entry);
    const shown = shownUrl(url);
    let response: IncomingMessage;
    try {
      response = await get(url, options);
    } catch (error) {
      throw new ConfigError(
        `customDefaults ${shown} could not be fetched: ${errorMessage(error)}. Check the URL and the network, or put the file in the repository.`,
        error,
      );
    }
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      if (redirects >= MAX_REDIRECTS)
        throw new ConfigError(
          `customDefaults ${shown}: more than ${MAX_REDIRECTS} redirects. Check the URL.`,
        );
      url = new URL(response.headers.location, url);
      continue;
    }
    if (status !== 200) {
      response.resume();
      throw new ConfigError(
        `customDefaults ${shown} could not be fetched: HTTP ${status}. Check the URL (and that the file is public).`,
      );
    }
    return readLimited(response, options.maxBytes, shown);
  }
}
