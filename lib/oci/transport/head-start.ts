// Requests a short command sends before the rest of ferry has loaded. Loading and starting the copy
// engine is ~20 ms of CPU; the first answers of a registry on loopback (its /v2/ ping, a manifest)
// take a few ms of its own. `ferry copy` from its one-file bundle (dist/cli/copy.cjs) sends those first
// requests as soon as it has read its arguments (see lib/cli/commands/copy-head-start.ts), then loads
// the engine while they are answered; the transport takes each one over when it comes to send the
// same request, instead of sending it again.
//
// What may be started so: a GET or HEAD without a body and without credentials, in plain HTTP to a
// host the transport would ask in plain HTTP first (loopback, or marked insecure). The transport takes
// a started request only when method, URL and every header are the ones it would send; anything else
// is left alone and costs only its own request. Nothing is written to a registry here.
import * as http from 'node:http';
import type { ClientRequest, IncomingMessage } from 'node:http';

/** The User-Agent ferry's transport sends unless told otherwise. */
export const DEFAULT_USER_AGENT = 'ferry';

/** The connection pool the transport keeps per origin unless told otherwise. */
export const DEFAULT_AGENT_OPTIONS = {
  keepAlive: true,
  maxSockets: 16,
  maxFreeSockets: 16,
  // An idle pooled connection is closed after this long.
  timeout: 30_000,
  scheduling: 'lifo',
} as const satisfies http.AgentOptions;

/** A request on its way, and what has come of it so far. */
export interface StartedRequest {
  readonly request: ClientRequest;
  /** The answer's head, once it came. */
  response?: IncomingMessage;
  /** The failure, if it failed before an answer. */
  error?: Error;
}

interface Entry extends StartedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
}

const started: Entry[] = [];
const agents = new Map<string, http.Agent>();

/**
 * Sends a GET or HEAD now, for the transport to take over (see takeStartedRequest). `url` is an
 * `http://` URL; `headers` are all the request's headers, user-agent included.
 */
export function startRequest(
  method: 'GET' | 'HEAD',
  url: string,
  headers: Readonly<Record<string, string>>,
): StartedRequest {
  const target = new URL(url);
  if (target.protocol !== 'http:') throw new Error(`startRequest takes http:// URLs, not ${target.protocol}`);
  let agent = agents.get(target.origin);
  if (!agent) {
    agent = new http.Agent(DEFAULT_AGENT_OPTIONS);
    agents.set(target.origin, agent);
  }
  const request = http.request(target, { method, agent, headers: { ...headers } });
  const entry: Entry = { method, url, headers: { ...headers }, request };
  request.once('response', (response) => (entry.response = response));
  // Kept for the transport, which reports it as its own request's failure; never thrown here.
  request.on('error', (error) => (entry.error ??= error));
  request.end();
  started.push(entry);
  return entry;
}

function sameHeaders(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => b[key] === a[key]);
}

/** The started request that is exactly this one, taken (it is not given out twice); else undefined. */
export function takeStartedRequest(
  method: string,
  url: string,
  headers: Readonly<Record<string, string>>,
): StartedRequest | undefined {
  if (started.length === 0) return undefined;
  const index = started.findIndex(
    (entry) => entry.method === method && entry.url === url && sameHeaders(entry.headers, headers),
  );
  if (index < 0) return undefined;
  const [entry] = started.splice(index, 1);
  return entry;
}

/**
 * The pool the started requests to `origin` went through (made with DEFAULT_AGENT_OPTIONS), taken, so
 * the transport goes on with their open connections; else undefined.
 */
export function takeStartedAgent(origin: string): http.Agent | undefined {
  const agent = agents.get(origin);
  agents.delete(origin);
  return agent;
}
