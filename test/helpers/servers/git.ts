// A real git server for integration tests: bare repositories served by `git http-backend` (CGI) behind
// a node HTTP server on 127.0.0.1 with Basic auth, plus helpers to seed repositories and read them back.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { serveGitHttpBackend } from '../../../lib/demo/git-server';

const execFileAsync = promisify(execFile);

export interface GitServerOptions {
  username: string;
  password: string;
  /**
   * Requests whose path starts with `prefix` go to another local server instead (unauthenticated here):
   * e.g. `/api/v3` to the GitHub API double, so one host serves git and the API as GitHub Enterprise does.
   */
  forward?: { prefix: string; to: string };
  /** Serve HTTPS with this certificate (see test/helpers/pki.ts) instead of plain HTTP. */
  tls?: { certFile: string; keyFile: string };
}

export interface GitLogEntry {
  sha: string;
  subject: string;
  body: string;
  authorName: string;
  authorEmail: string;
}

/** One request the server saw: enough to assert that credentials never travel in a URL. */
export interface GitRequestRecord {
  method: string;
  url: string;
  authorized: boolean;
}

export interface GitServer {
  /** Base URL; a repository `name` is at `${url}/${name}.git`. */
  url: string;
  /** Root directory holding the bare repositories. */
  root: string;
  requests: GitRequestRecord[];
  stop(): Promise<void>;
  /** Creates a bare repository `name.git` whose `branch` holds one commit with `files`. Returns its URL. */
  createRepo(name: string, files: Readonly<Record<string, string>>, branch?: string): Promise<string>;
  /** Commits `files` on top of `branch` directly in the bare repository (another pipeline's push). */
  commitFiles(
    name: string,
    branch: string,
    files: Readonly<Record<string, string>>,
    message: string,
  ): Promise<string>;
  /** Newest first. */
  log(name: string, branch: string): Promise<GitLogEntry[]>;
  readFile(name: string, branch: string, path: string): Promise<string>;
  /** The commit a branch points at, or undefined when it does not exist. */
  head(name: string, branch: string): Promise<string | undefined>;
}

/** A clean environment for the helper's own git calls: no user or system config. */
function gitEnv(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    XDG_CONFIG_HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    LC_ALL: 'C',
    GIT_AUTHOR_NAME: 'Seed',
    GIT_AUTHOR_EMAIL: 'seed@example.test',
    GIT_COMMITTER_NAME: 'Seed',
    GIT_COMMITTER_EMAIL: 'seed@example.test',
  };
}

function parseBasicAuth(header: string | undefined): { user: string; password: string } | undefined {
  if (!header?.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(header.slice('Basic '.length), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** Starts the server on a random loopback port. Stop it in afterAll. */
export async function startGitServer(options: GitServerOptions): Promise<GitServer> {
  const base = await mkdtemp(join(tmpdir(), 'ferry-git-server-'));
  const root = join(base, 'repos');
  const home = join(base, 'home');
  await mkdir(root, { recursive: true });
  await mkdir(home, { recursive: true });
  const env = gitEnv(home);
  const git = async (args: string[], cwd?: string): Promise<string> =>
    (await execFileAsync('git', args, { env, cwd, maxBuffer: 64 * 1024 * 1024 })).stdout;

  const requests: GitRequestRecord[] = [];
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const { forward } = options;
    if (forward && (req.url ?? '').startsWith(`${forward.prefix}/`)) {
      const target = new URL(req.url ?? '/', forward.to);
      const upstream = request(
        target,
        { method: req.method, headers: { ...req.headers, host: target.host } },
        (reply) => {
          res.writeHead(reply.statusCode ?? 502, reply.headers);
          reply.pipe(res);
        },
      );
      upstream.on('error', (error) => {
        res.statusCode = 502;
        res.end(String(error));
      });
      req.pipe(upstream);
      return;
    }
    const auth = parseBasicAuth(req.headers.authorization);
    const authorized =
      auth !== undefined && auth.user === options.username && auth.password === options.password;
    requests.push({ method: req.method ?? '', url: req.url ?? '', authorized });
    if (!authorized || !auth) {
      req.resume();
      res.statusCode = 401;
      res.setHeader('WWW-Authenticate', 'Basic realm="ferry test git"');
      res.end('authentication required\n');
      return;
    }
    serveGitHttpBackend({ root, user: auth.user, path: process.env.PATH ?? '/usr/bin:/bin' }, req, res);
  };
  const server = options.tls
    ? createHttpsServer(
        { cert: await readFile(options.tls.certFile), key: await readFile(options.tls.keyFile) },
        handler,
      )
    : createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  const bare = (name: string): string => join(root, `${name}.git`);

  let counter = 0;
  const commitFiles = async (
    name: string,
    branch: string,
    files: Readonly<Record<string, string>>,
    message: string,
    fresh = false,
  ): Promise<string> => {
    const work = join(base, `work-${counter++}`);
    if (fresh) {
      await git(['init', '-q', '-b', branch, work]);
    } else {
      await git(['clone', '-q', '--branch', branch, bare(name), work]);
    }
    for (const [path, content] of Object.entries(files)) {
      await mkdir(dirname(join(work, path)), { recursive: true });
      await writeFile(join(work, path), content);
    }
    await git(['add', '-A'], work);
    await git(['commit', '-q', '-m', message], work);
    await git(['push', '-q', bare(name), `HEAD:refs/heads/${branch}`], work);
    const sha = (await git(['rev-parse', 'HEAD'], work)).trim();
    await rm(work, { recursive: true, force: true });
    return sha;
  };

  return {
    url,
    root,
    requests,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(base, { recursive: true, force: true });
    },
    async createRepo(name, files, branch = 'main') {
      await git(['init', '-q', '--bare', '-b', branch, bare(name)]);
      await commitFiles(name, branch, files, 'Initial content', true);
      return `${url}/${name}.git`;
    },
    commitFiles: (name, branch, files, message) => commitFiles(name, branch, files, message),
    async log(name, branch) {
      const out = await git([
        '--git-dir',
        bare(name),
        'log',
        '--format=%H%x1f%s%x1f%an%x1f%ae%x1f%b%x1e',
        branch,
      ]);
      return out
        .split('\x1e')
        .map((record) => record.replace(/^\n/, ''))
        .filter((record) => record.length > 0)
        .map((record) => {
          const [sha = '', subject = '', authorName = '', authorEmail = '', body = ''] = record.split('\x1f');
          return { sha, subject, authorName, authorEmail, body: body.trim() };
        });
    },
    readFile: (name, branch, path) => git(['--git-dir', bare(name), 'show', `${branch}:${path}`]),
    async head(name, branch) {
      try {
        return (await git(['--git-dir', bare(name), 'rev-parse', '--verify', `refs/heads/${branch}`])).trim();
      } catch {
        return undefined;
      }
    },
  };
}
