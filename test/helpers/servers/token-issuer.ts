// TEST DOUBLE of a registry token server (no token server is packaged for this machine), following the
// Docker registry token-auth spec: checks Basic credentials and issues ES256 JWTs (x5c header) that the
// REAL docker-registry verifies against the test's certificate, so the registry side is never faked.
import { createHash, randomUUID, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { SigningPki } from '../pki';

export const TOKEN_SERVICE = 'ferry-test-registry';
export const TOKEN_ISSUER = 'ferry-test-issuer';

export interface TokenIssuerOptions {
  pki: SigningPki;
  /** username -> password. */
  users: Record<string, string>;
  /** Token lifetime in seconds (`expires_in`). Default 300. */
  expiresIn?: number;
  /** Answer with `access_token` instead of `token`. */
  accessTokenField?: boolean;
  /** Decides which actions a user gets on a repository; default: everything asked for, none anonymously. */
  grant?: (user: string | undefined, repository: string, actions: string[]) => string[];
}

export interface TokenRequestRecord {
  user: string | undefined;
  scopes: string[];
  service: string | undefined;
}

export interface TokenIssuer {
  url: string;
  realm: string;
  requests: TokenRequestRecord[];
  stop(): Promise<void>;
}

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

function basicUser(req: IncomingMessage, users: Record<string, string>): string | undefined | false {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^Basic\s+(.+)$/i.exec(header);
  if (!match?.[1]) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const user = decoded.slice(0, colon);
  return colon > 0 && users[user] === decoded.slice(colon + 1) ? user : false;
}

export async function startTokenIssuer(options: TokenIssuerOptions): Promise<TokenIssuer> {
  const requests: TokenRequestRecord[] = [];
  const expiresIn = options.expiresIn ?? 300;
  const grant = options.grant ?? ((user, _repo, actions) => (user ? actions : []));

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const user = basicUser(req, options.users);
    if (user === false) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'invalid credentials' }] }));
      return;
    }
    const scopes = url.searchParams
      .getAll('scope')
      .flatMap((s) => s.split(' '))
      .filter(Boolean);
    const service = url.searchParams.get('service') ?? undefined;
    requests.push({ user, scopes, service });
    const access = scopes.flatMap((scope) => {
      const [type, ...rest] = scope.split(':');
      const actions = (rest.pop() ?? '').split(',').filter(Boolean);
      const name = rest.join(':');
      if (type !== 'repository') return [];
      const granted = grant(user, name, actions);
      return granted.length ? [{ type, name, actions: granted }] : [];
    });
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'ES256', typ: 'JWT', x5c: [options.pki.certDerBase64] };
    const claims = {
      iss: TOKEN_ISSUER,
      sub: user ?? '',
      aud: service ?? TOKEN_SERVICE,
      exp: now + expiresIn,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const signature = sign('sha256', Buffer.from(input), {
      key: options.pki.keyPem,
      dsaEncoding: 'ieee-p1363',
    });
    const token = `${input}.${b64url(signature)}`;
    const field = options.accessTokenField ? 'access_token' : 'token';
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        [field]: token,
        expires_in: expiresIn,
        issued_at: new Date(now * 1000).toISOString(),
      }),
    );
  };

  const server = createServer(handle);
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('token issuer: no TCP address');
  const { port } = address;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    realm: `${url}/token`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** sha256 of a string, hex: handy to tell tokens apart in assertions without printing them. */
export function fingerprint(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 12);
}
