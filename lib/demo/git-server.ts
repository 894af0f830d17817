// A small git server for the demo: bare repositories under one directory, served over HTTP on loopback
// by `git http-backend` (CGI, part of git itself) behind Basic auth, so the GitOps step talks to it as
// it talks to GitHub. Not for production: one process per request, no TLS.
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basicAuthMatches } from '../util/basic-auth';
import { FerryError } from '../util/errors';

export interface GitServerOptions {
  /** Directory holding the bare repositories (`<name>.git`). */
  root: string;
  auth: { username: string; password: string };
  /** Minimal environment for git http-backend: PATH to find git, nothing that carries configuration. */
  path: string;
}

export interface DemoGitServer {
  /** `http://127.0.0.1:port`; a repository `name` is at `${url}/${name}.git`. */
  url: string;
  close(): Promise<void>;
}

/** Splits CGI output into its header block and the body; CRLF or LF line ends. */
function splitCgiHeaders(buffer: Buffer): { headers: string; body: Buffer } | undefined {
  const crlf = buffer.indexOf('\r\n\r\n');
  const lf = buffer.indexOf('\n\n');
  if (crlf >= 0 && (lf < 0 || crlf < lf))
    return { headers: buffer.subarray(0, crlf).toString('latin1'), body: buffer.subarray(crlf + 4) };
  if (lf >= 0) return { headers: buffer.subarray(0, lf).toString('latin1'), body: buffer.subarray(lf + 2) };
  return undefined;
}

/** What `git http-backend` needs for one request: the repositories, who is pushing, and PATH to find git. */
export interface HttpBackendOptions {
  root: string;
  /** REMOTE_USER: http-backend enables receive-pack (push) for an authenticated user only. */
  user: string;
  path: string;
}

/**
 * Answers one HTTP request with `git http-backend` (CGI), streaming both ways. Shared by the demo's
 * server and the integration tests' git server, so both speak git's smart HTTP the same way.
 */
export function serveGitHttpBackend(
  options: HttpBackendOptions,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const env: Record<string, string> = {
    PATH: options.path,
    HOME: options.root,
    GIT_PROJECT_ROOT: options.root,
    GIT_HTTP_EXPORT_ALL: '1',
    GIT_CONFIG_NOSYSTEM: '1',
    REQUEST_METHOD: req.method ?? 'GET',
    PATH_INFO: decodeURIComponent(url.pathname),
    QUERY_STRING: url.search.slice(1),
    CONTENT_TYPE: req.headers['content-type'] ?? '',
    REMOTE_USER: options.user,
    REMOTE_ADDR: '127.0.0.1',
  };
  if (req.headers['content-length'] !== undefined) env.CONTENT_LENGTH = req.headers['content-length'];
  // git gzips large request bodies; http-backend inflates them when told.
  if (req.headers['content-encoding'] !== undefined)
    env.HTTP_CONTENT_ENCODING = req.headers['content-encoding'];
  const protocol = req.headers['git-protocol'];
  if (typeof protocol === 'string') env.GIT_PROTOCOL = protocol;

  // A CGI program streams its request and response, which the buffered exec chokepoint cannot do.
  const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  req.pipe(child.stdin);
  child.stdin.on('error', () => {});
  let head = Buffer.alloc(0);
  let headersSent = false;
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  child.stdout.on('data', (chunk: Buffer) => {
    if (headersSent) {
      res.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const split = splitCgiHeaders(head);
    if (!split) return;
    let status = 200;
    for (const line of split.headers.split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10) || 500;
      else res.setHeader(name, value);
    }
    res.statusCode = status;
    headersSent = true;
    if (split.body.length > 0) res.write(split.body);
  });
  child.on('close', (code) => {
    if (!headersSent) {
      res.statusCode = 500;
      res.end(`git http-backend exited with ${code}: ${stderr}`);
      return;
    }
    res.end();
  });
  child.on('error', (error) => {
    if (!res.headersSent) res.statusCode = 500;
    res.end(`git http-backend could not start: ${error.message}`);
  });
}

/** Starts the server on a free loopback port. Close it in a finally. */
export async function startGitServer(options: GitServerOptions): Promise<DemoGitServer> {
  const server = createServer((req, res) => {
    if (!basicAuthMatches(req.headers.authorization, options.auth)) {
      req.resume();
      res.statusCode = 401;
      res.setHeader('WWW-Authenticate', 'Basic realm="ferry demo git"');
      res.end('authentication required\n');
      return;
    }
    serveGitHttpBackend({ root: options.root, user: options.auth.username, path: options.path }, req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) =>
      reject(
        new FerryError(`Starting the demo git server failed: ${error.message}.`, {
          code: 'NETWORK',
          cause: error,
        }),
      ),
    );
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new FerryError('Starting the demo git server failed: no TCP address.', { code: 'NETWORK' });
  const { port } = address satisfies AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
