// TEST DOUBLE of the GitHub Actions OIDC token endpoint, following GitHub's documented request
// (GET $ACTIONS_ID_TOKEN_REQUEST_URL&audience=…, `Authorization: bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN`,
// answer `{"value": "<jwt>"}`): the real one exists only inside a GitHub Actions job.
import { createServer } from 'node:http';

export interface GithubOidcDouble {
  url: string;
  requests: { audience: string | null; authorized: boolean }[];
  stop(): Promise<void>;
}

export async function startGithubOidcDouble(options: {
  requestToken: string;
  jwt: string;
  audience?: string;
}): Promise<GithubOidcDouble> {
  const requests: GithubOidcDouble['requests'] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://github');
    const authorized =
      req.headers.authorization?.toLowerCase() === `bearer ${options.requestToken}`.toLowerCase();
    const audience = url.searchParams.get('audience');
    requests.push({ audience, authorized });
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
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
