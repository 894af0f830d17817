// customDefaults given as a URL (Piper's first documented example): fetched over HTTPS (plain HTTP only
// from loopback), redirects followed a few times, the body read with a size limit while it streams.
// A private file (a GitHub repository, a release asset) is fetched with the token Piper's gitHubTokens
// give for its host, sent to that host only, as pkg/config/config.go httpReadFile sends it.
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
  /** Tokens by host (`host[:port]`), sent as `Authorization: token …` to that host only. */
  tokens?: ReadonlyMap<string, string>;
}

/** The variables holding Piper's gitHubTokens: a JSON list of `host:token` (cmd/piper.go AccessTokensFromEnvJSON). */
export const GITHUB_TOKENS_VARIABLES = ['PIPER_gitHubTokens', 'FERRY_gitHubTokens'] as const;

export interface GitHubTokens {
  tokens: Map<string, string>;
  /** What was wrong, without the entries themselves (they hold tokens). */
  problems: string[];
}

/**
 * Piper's gitHubTokens (cmd/piper.go ResolveAccessTokens): entries `host:token`, the host may carry a
 * port (split at the last colon). Read from PIPER_gitHubTokens, then FERRY_gitHubTokens (a later entry
 * for the same host wins), each a JSON list of strings as Piper reads it, or one comma-separated list.
 */
export function gitHubTokensFrom(vars: Readonly<Record<string, string | undefined>>): GitHubTokens {
  const tokens = new Map<string, string>();
  const problems: string[] = [];
  for (const variable of GITHUB_TOKENS_VARIABLES) {
    const text = vars[variable]?.trim();
    if (!text) continue;
    let entries: unknown;
    try {
      entries = text.startsWith('[') ? JSON.parse(text) : text.split(',');
    } catch {
      problems.push(`${variable} is not a JSON list of "host:token" entries; it is ignored.`);
      continue;
    }
    if (!Array.isArray(entries) || !entries.every((e) => typeof e === 'string')) {
      problems.push(`${variable} is not a JSON list of "host:token" strings; it is ignored.`);
      continue;
    }
    entries.forEach((entry: string, i) => {
      const at = entry.lastIndexOf(':');
      const host = entry.slice(0, at).trim().toLowerCase();
      const token = entry.slice(at + 1).trim();
      if (at <= 0 || host === '' || token === '' || /[\s/]/.test(host)) {
        problems.push(`${variable} entry ${i + 1} is not "host:token"; it is ignored.`);
        return;
      }
      tokens.set(host, token);
    });
  }
  return { tokens, problems };
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
    const token = options.tokens?.get(url.host.toLowerCase());
    // Piper's headers for GitHub: the raw file, or the bytes of a release asset.
    const accept = !token
      ? 'application/yaml, text/yaml, text/plain, */*'
      : url.pathname.includes('releases/assets')
        ? 'application/octet-stream'
        : 'application/vnd.github.v3.raw';
    const req = make(
      url,
      {
        method: 'GET',
        headers: { accept, ...(token ? { authorization: `token ${token}` } : {}) },
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
      const host = url.host.toLowerCase();
      const access = options.tokens?.has(host)
        ? `that the token given for ${host} in PIPER_gitHubTokens may read it`
        : `that the file is public, or give a token for a private one: PIPER_gitHubTokens='["${host}:<token>"]'`;
      throw new ConfigError(
        `customDefaults ${shown} could not be fetched: HTTP ${status}. Check the URL (and ${access}).`,
      );
    }
    return readLimited(response, options.maxBytes, shown);
  }
}
