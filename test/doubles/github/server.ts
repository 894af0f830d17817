// TEST DOUBLE of the GitHub REST API, following the documented API
// (https://docs.github.com/en/rest/pulls/pulls): list, get, create and update pull requests, with token
// auth and GitHub's error bodies. In-process HTTP server on 127.0.0.1; no real GitHub is reached.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PullRequestRecord {
  owner: string;
  repo: string;
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string | null;
  head: string;
  base: string;
  createdAt: string;
  updatedAt: string;
}

export interface GitHubRequestRecord {
  method: string;
  path: string;
  authorization: string | undefined;
}

export interface GitHubDoubleOptions {
  /** The only token accepted (as `token X` or `Bearer X`). */
  token: string;
  /** Path prefix of the API: '' for api.github.com, '/api/v3' for GitHub Enterprise Server (default). */
  prefix?: string;
  /** As GitHub does, refuse a pull request whose head branch does not exist. Default: every branch exists. */
  branchExists?: (owner: string, repo: string, branch: string) => Promise<boolean>;
}

export interface GitHubDouble {
  /** The API base URL to hand to Octokit (`baseUrl`). */
  url: string;
  /** The web base URL used in `html_url`. */
  webUrl: string;
  pulls: PullRequestRecord[];
  requests: GitHubRequestRecord[];
  stop(): Promise<void>;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function send(res: ServerResponse, status: number, body: Json): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function validationFailed(res: ServerResponse, errors: Json[]): void {
  send(res, 422, {
    message: 'Validation Failed',
    errors,
    documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
    status: '422',
  });
}

export async function startGitHubDouble(options: GitHubDoubleOptions): Promise<GitHubDouble> {
  const prefix = options.prefix ?? '/api/v3';
  const pulls: PullRequestRecord[] = [];
  const requests: GitHubRequestRecord[] = [];
  let webUrl = '';

  const render = (pr: PullRequestRecord, apiUrl: string): Json => ({
    id: 1000 + pr.number,
    number: pr.number,
    state: pr.state,
    title: pr.title,
    body: pr.body,
    draft: false,
    url: `${apiUrl}/repos/${pr.owner}/${pr.repo}/pulls/${pr.number}`,
    html_url: `${webUrl}/${pr.owner}/${pr.repo}/pull/${pr.number}`,
    head: { ref: pr.head, label: `${pr.owner}:${pr.head}` },
    base: { ref: pr.base, label: `${pr.owner}:${pr.base}` },
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
  });

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, { message: String(error) }));
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const authorization = req.headers.authorization;
    requests.push({ method: req.method ?? '', path: url.pathname + url.search, authorization });
    const apiUrl = `${webUrl}${prefix}`;
    if (authorization !== `token ${options.token}` && authorization !== `Bearer ${options.token}`) {
      send(res, 401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      });
      return;
    }
    if (!url.pathname.startsWith(`${prefix}/`)) {
      send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      return;
    }
    const parts = url.pathname
      .slice(prefix.length + 1)
      .split('/')
      .map(decodeURIComponent);
    const [root, owner = '', repo = '', collection, numberText, ...rest] = parts;
    if (root !== 'repos' || collection !== 'pulls' || rest.length > 0) {
      send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      return;
    }
    const now = new Date().toISOString();

    if (numberText === undefined) {
      if (req.method === 'GET') {
        const state = url.searchParams.get('state') ?? 'open';
        const head = url.searchParams.get('head');
        const base = url.searchParams.get('base');
        const perPage = Number.parseInt(url.searchParams.get('per_page') ?? '30', 10);
        const page = Number.parseInt(url.searchParams.get('page') ?? '1', 10);
        const matches = pulls.filter(
          (pr) =>
            pr.owner === owner &&
            pr.repo === repo &&
            (state === 'all' || pr.state === state) &&
            (head === null || (head.includes(':') ? `${pr.owner}:${pr.head}` === head : pr.owner === head)) &&
            (base === null || pr.base === base),
        );
        const sorted = [...matches].sort((a, b) => b.number - a.number);
        send(
          res,
          200,
          sorted.slice((page - 1) * perPage, page * perPage).map((pr) => render(pr, apiUrl)),
        );
        return;
      }
      if (req.method === 'POST') {
        const body = await readJson(req);
        if (!body) {
          send(res, 400, {
            message: 'Problems parsing JSON',
            documentation_url: 'https://docs.github.com/rest',
          });
          return;
        }
        const missing = (['title', 'head', 'base'] as const).filter(
          (k) => typeof body[k] !== 'string' || body[k] === '',
        );
        if (missing.length > 0) {
          validationFailed(
            res,
            missing.map((field) => ({ resource: 'PullRequest', code: 'missing_field', field })),
          );
          return;
        }
        const title = String(body.title);
        const base = String(body.base);
        // `head` may be given as `owner:branch` for a branch of the same repository.
        const headRaw = String(body.head);
        const head = headRaw.includes(':') ? headRaw.slice(headRaw.indexOf(':') + 1) : headRaw;
        if (options.branchExists && !(await options.branchExists(owner, repo, head))) {
          validationFailed(res, [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
          return;
        }
        const existing = pulls.find(
          (pr) =>
            pr.owner === owner &&
            pr.repo === repo &&
            pr.state === 'open' &&
            pr.head === head &&
            pr.base === base,
        );
        if (existing) {
          validationFailed(res, [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: `A pull request already exists for ${owner}:${head}.`,
            },
          ]);
          return;
        }
        const pr: PullRequestRecord = {
          owner,
          repo,
          number: pulls.length + 1,
          state: 'open',
          title,
          body: typeof body.body === 'string' ? body.body : null,
          head,
          base,
          createdAt: now,
          updatedAt: now,
        };
        pulls.push(pr);
        send(res, 201, render(pr, apiUrl));
        return;
      }
      send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      return;
    }

    const pr = pulls.find((p) => p.owner === owner && p.repo === repo && String(p.number) === numberText);
    if (!pr) {
      send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/pulls/pulls' });
      return;
    }
    if (req.method === 'GET') {
      send(res, 200, render(pr, apiUrl));
      return;
    }
    if (req.method === 'PATCH') {
      const body = await readJson(req);
      if (!body) {
        send(res, 400, {
          message: 'Problems parsing JSON',
          documentation_url: 'https://docs.github.com/rest',
        });
        return;
      }
      if (typeof body.title === 'string') pr.title = body.title;
      if (typeof body.body === 'string') pr.body = body.body;
      if (body.state === 'open' || body.state === 'closed') pr.state = body.state;
      if (typeof body.base === 'string') pr.base = body.base;
      pr.updatedAt = now;
      send(res, 200, render(pr, apiUrl));
      return;
    }
    send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  webUrl = `http://127.0.0.1:${port}`;
  return {
    url: `${webUrl}${prefix}`,
    webUrl,
    pulls,
    requests,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
