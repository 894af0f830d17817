// TEST DOUBLE of the GitHub Actions OIDC token endpoint, following GitHub's documented request
// (GET $ACTIONS_ID_TOKEN_REQUEST_URL&audience=…, `Authorization: bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN`,
// answer `{"value": "<jwt>"}`): the real one exists only inside a GitHub Actions job.
import { createServer } from 'node:http';

export interface GithubOidcDouble {
  url: string;
  requests: { audience: string | null; authorized: boolean }[];
  /** Settles when the first request has arrived. */
  firstRequest: Promise<void>;
  stop(): Promise<void>;
}

export async function startGithubOidcDouble(options: {
  requestToken: string;
  jwt: string;
  audience?: string;
  /** Never answer (a stalled endpoint): the request stays open until the caller gives up. */
  stall?: boolean;
}): Promise<GithubOidcDouble> {
  const requests: GithubOidcDouble['requests'] = [];
  let arrived: () => void = () => undefined;
  const firstRequest = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  const server = createServer((req, res) => {
    arrived();
    const url = new URL(req.url ?? '/', 'http://github');
    const authorized =
      req.headers.authorization?.toLowerCase() === `bearer ${options.requestToken}`.toLowerCase();
    const audience = url.searchParams.get('audience');
    requests.push({ audience, authorized });
    if (options.stall) return;
    if (!authorized) {
      res.writeHead(401, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ message: 'Bad credentials' }));
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ count: 1, value: options.jwt }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('github oidc double: no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    firstRequest,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
