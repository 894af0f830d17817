// Transport edge cases against a scripted in-process HTTP server on loopback: which failures are
// retried, Retry-After, re-opened bodies, truncated bodies, redirects, and the plain-HTTP rule.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { FerryError } from '../../lib/util/errors';
import { NetworkError, RegistryError, redactUrl } from '../../lib/oci/errors';
import {
  backoffDelay,
  createTransport,
  isLoopbackHost,
  parseRetryAfter,
  resolveRetryOptions,
  toNetworkError,
  type Transport,
} from '../../lib/oci/transport';

type Handler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => void;

async function listen(handler: { current: Handler }): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handler.current(req, res, Buffer.concat(chunks)));
    req.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  return { server, url: `http://127.0.0.1:${address.port}` };
}

describe('transport against a scripted server', () => {
  const handler: { current: Handler } = { current: (_q, res) => res.end() };
  const other: { current: Handler } = { current: (_q, res) => res.end() };
  let main: { server: Server; url: string };
  let storage: { server: Server; url: string };
  let transport: Transport;
  const delays: number[] = [];
  let hits = 0;

  beforeAll(async () => {
    main = await listen(handler);
    storage = await listen(other);
    transport = createTransport({
      retry: { attempts: 3, baseDelayMs: 1, sleep: async (ms) => void delays.push(ms) },
      headersTimeoutMs: 2000,
    });
  });
  afterAll(async () => {
    await transport.close();
    main.server.closeAllConnections();
    storage.server.closeAllConnections();
    main.server.close();
    storage.server.close();
  });
  afterEach(() => {
    delays.length = 0;
    hits = 0;
  });

  test('429 with Retry-After is retried after the time asked for', async () => {
    handler.current = (_req, res) => {
      hits++;
      if (hits === 1) res.writeHead(429, { 'retry-after': '3' }).end();
      else res.writeHead(200).end('ok');
    };
    const response = await transport.request({ method: 'GET', url: `${main.url}/v2/`, buffer: true });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
    expect(delays).toEqual([3000]);
  });

  test.each([408, 500, 502, 503, 504])('%i is retried', async (status) => {
    handler.current = (_req, res) => {
      hits++;
      res.writeHead(hits < 3 ? status : 200).end();
    };
    expect((await transport.request({ method: 'GET', url: `${main.url}/x` })).status).toBe(200);
    expect(hits).toBe(3);
  });

  test.each([400, 401, 403, 404, 409])('%i is not retried', async (status) => {
    handler.current = (_req, res) => {
      hits++;
      res.writeHead(status).end();
    };
    expect((await transport.request({ method: 'GET', url: `${main.url}/x` })).status).toBe(status);
    expect(hits).toBe(1);
    expect(delays).toEqual([]);
  });

  test('attempts are bounded: the last temporary answer is returned', async () => {
    handler.current = (_req, res) => {
      hits++;
      res.writeHead(503).end();
    };
    expect((await transport.request({ method: 'GET', url: `${main.url}/x` })).status).toBe(503);
    expect(hits).toBe(3);
  });

  test('many requests in flight on one signal print no MaxListenersExceededWarning', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error): void => void warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      handler.current = (_req, res) => res.writeHead(200).end('ok');
      const controller = new AbortController();
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          transport.request({
            method: 'GET',
            url: `${main.url}/blob/${i}`,
            buffer: true,
            signal: controller.signal,
          }),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 20 }, () => 200));
      // Node emits the warning on a later tick: let one pass before looking.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
    }
  });

  test('retry: false sends once', async () => {
    handler.current = (_req, res) => {
      hits++;
      res.writeHead(503).end();
    };
    expect((await transport.request({ method: 'GET', url: `${main.url}/x`, retry: false })).status).toBe(503);
    expect(hits).toBe(1);
  });

  test('a connection reset before the answer is retried', async () => {
    handler.current = (req, res) => {
      hits++;
      if (hits === 1) req.socket.destroy();
      else res.writeHead(200).end('fine');
    };
    const response = await transport.request({ method: 'GET', url: `${main.url}/x`, buffer: true });
    expect(await response.text()).toBe('fine');
    expect(hits).toBe(2);
  });

  test('a body truncated mid-way is retried when buffered', async () => {
    handler.current = (_req, res) => {
      hits++;
      res.writeHead(200, { 'content-length': '10' });
      if (hits === 1) {
        res.write('12345');
        setTimeout(() => res.socket?.destroy(), 10);
      } else res.end('1234567890');
    };
    const response = await transport.request({ method: 'GET', url: `${main.url}/x`, buffer: true });
    expect(await response.text()).toBe('1234567890');
    expect(hits).toBe(2);
  });

  test('a re-openable body is sent again from the start on retry', async () => {
    const received: string[] = [];
    let opens = 0;
    handler.current = (_req, res, body) => {
      hits++;
      received.push(body.toString());
      res.writeHead(hits === 1 ? 503 : 201).end();
    };
    const response = await transport.request({
      method: 'PUT',
      url: `${main.url}/upload`,
      headers: { 'content-length': '6' },
      body: async () => {
        opens++;
        return Readable.from([Buffer.from('abc'), Buffer.from('def')]);
      },
    });
    expect(response.status).toBe(201);
    expect(opens).toBe(2);
    expect(received).toEqual(['abcdef', 'abcdef']);
  });

  test('unreachable: a NetworkError after the bounded retries, temporary', async () => {
    const closed = await listen({ current: () => undefined });
    const url = closed.url;
    await new Promise<void>((r) => closed.server.close(() => r()));
    const error = await transport.request({ method: 'GET', url: `${url}/v2/` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).errno).toBe('ECONNREFUSED');
    expect((error as NetworkError).code).toBe('NETWORK');
    expect((error as NetworkError).kind).toBe('refused');
    expect(delays).toHaveLength(2);
  });

  test.each([
    ['ENOTFOUND', 'dns', 'host not found', false],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'tls', 'the TLS certificate is not trusted', false],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls', 'does not speak TLS', false],
    ['ECONNRESET', 'reset', 'the connection was closed', true],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout', 'timed out', true],
    ['EWHATEVER', 'other', 'EWHATEVER', false],
  ])('a connection failure with %s is a NetworkError of kind %s', (errno, kind, words, temporary) => {
    const cause = Object.assign(new Error('boom'), { code: errno });
    const error = toNetworkError(new TypeError('fetch failed', { cause }), 'GET', 'https://u:p@r.io/v2/');
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ kind, errno, temporary });
    expect(error.message).toContain(words);
    // The engine names no option: each front end adds its own flag or parameter.
    expect(error.message).not.toMatch(/caFile|insecureRegistr|--ca-file/);
    if (kind !== 'tls') expect(error.message).not.toMatch(/certificate/i);
    expect(error.message).not.toContain('u:p');
  });

  test('a redirect to another origin drops Authorization; same origin keeps it', async () => {
    const seen: (string | undefined)[] = [];
    other.current = (req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(200).end('blob');
    };
    handler.current = (req, res) => {
      seen.push(req.headers.authorization);
      if (req.url === '/v2/blob') res.writeHead(307, { location: '/v2/blob2' }).end();
      else res.writeHead(302, { location: `${storage.url}/signed?X-Amz-Signature=s3cr3t` }).end();
    };
    const response = await transport.request({
      method: 'GET',
      url: `${main.url}/v2/blob`,
      headers: { authorization: 'Bearer tok' },
      buffer: true,
    });
    expect(await response.text()).toBe('blob');
    expect(seen).toEqual(['Bearer tok', 'Bearer tok', undefined]);
    expect(redactUrl(response.url)).not.toContain('s3cr3t');
  });

  test('plain HTTP only for loopback and insecure hosts', async () => {
    await expect(transport.baseUrl('registry.example.com', false)).rejects.toThrow(/plain HTTP/);
    expect(await transport.baseUrl('registry.example.com')).toBe('https://registry.example.com');
    expect(await transport.baseUrl('docker.io')).toBe('https://registry-1.docker.io');
    const insecure = createTransport({ insecureRegistries: ['registry.example.com'] });
    expect(await insecure.baseUrl('registry.example.com', false)).toBe('http://registry.example.com');
    await insecure.close();
    // A loopback server without TLS is found to be plain HTTP.
    expect(await transport.baseUrl(main.url.slice('http://'.length))).toBe(main.url);
  });
});

describe('the limit on waiting for an answer', () => {
  const handler: { current: Handler } = { current: (_q, res) => res.end() };
  let main: { server: Server; url: string };
  let transport: Transport;
  beforeAll(async () => {
    main = await listen(handler);
    transport = createTransport({ headersTimeoutMs: 500, retry: { attempts: 1 } });
  });
  afterAll(async () => {
    await transport.close();
    main.server.closeAllConnections();
    main.server.close();
  });

  // Chunks a quarter of the limit apart: a body that takes three times the limit to send.
  const trickle = async (): Promise<Readable> =>
    Readable.from(
      (async function* () {
        for (let i = 0; i < 6; i++) {
          if (i > 0) await new Promise((resolve) => setTimeout(resolve, 250));
          yield Buffer.alloc(1000, i);
        }
      })(),
    );

  test('starts when the body is sent: an upload longer than the limit is not cut off', async () => {
    handler.current = (_req, res, body) => void res.writeHead(201).end(String(body.length));
    const response = await transport.request({
      method: 'PUT',
      url: `${main.url}/upload`,
      headers: { 'content-length': '6000' },
      body: trickle,
      retry: false,
      buffer: true,
    });
    expect(response.status).toBe(201);
    expect(await response.text()).toBe('6000');
  });

  test('ends a request whose server takes the body and never answers', async () => {
    handler.current = () => undefined;
    const error = await transport
      .request({ method: 'PUT', url: `${main.url}/silent`, body: 'x', retry: false })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(NetworkError);
    expect(String(error)).toMatch(/waiting for response headers took longer than 500 ms/);
  });
});

describe('retry policy and helpers', () => {
  test('Retry-After as seconds and as an HTTP date', () => {
    expect(parseRetryAfter('5')).toBe(5000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });

  test('backoff grows, is jittered within [half, full], capped, and Retry-After is capped too', () => {
    const low = resolveRetryOptions({
      baseDelayMs: 100,
      maxDelayMs: 1000,
      maxRetryAfterMs: 5000,
      random: () => 0,
    });
    const high = resolveRetryOptions({ baseDelayMs: 100, maxDelayMs: 1000, random: () => 1 });
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, low))).toEqual([50, 100, 200, 400, 500, 500]);
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, high))).toEqual([100, 200, 400, 800, 1000]);
    expect(backoffDelay(1, low, 120_000)).toBe(5000);
  });

  test.each([
    ['127.0.0.1:5000', true],
    ['127.1.2.3', true],
    ['localhost:80', true],
    ['[::1]:5000', true],
    ['10.0.0.1', false],
    ['registry.example.com', false],
    ['127.0.0.1.example.com', false],
  ])('isLoopbackHost(%s) = %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });

  test('redactUrl removes user info and secret query values', () => {
    const url = redactUrl(
      'https://user:pw@s3.example.com/b?X-Amz-Signature=abc&X-Amz-Credential=def&part=1&token=t0k',
    );
    expect(url).not.toMatch(/pw|abc|def|t0k/);
    expect(url).toContain('part=1');
  });

  test('RegistryError parses the OCI error body, is temporary for 5xx, and names method and URL', () => {
    const error = new RegistryError({
      method: 'PUT',
      url: 'https://r.io/v2/a/manifests/v1?_state=secret-state',
      status: 400,
      body: JSON.stringify({ errors: [{ code: 'MANIFEST_INVALID', message: 'bad', detail: {} }] }),
    });
    expect(error.codes).toEqual(['MANIFEST_INVALID']);
    expect(error.temporary).toBe(false);
    expect(error.code).toBe('REGISTRY');
    expect(error.message).toContain('PUT https://r.io/v2/a/manifests/v1');
    expect(error.message).not.toContain('secret-state');
    expect(new RegistryError({ method: 'GET', url: 'https://r.io/', status: 503 }).temporary).toBe(true);
    expect(new RegistryError({ method: 'GET', url: 'https://r.io/', status: 429 }).temporary).toBe(true);
    expect(new RegistryError({ method: 'GET', url: 'https://r.io/', status: 401 }).code).toBe('AUTH');
    expect(new RegistryError({ method: 'GET', url: 'https://r.io/', status: 404 })).toBeInstanceOf(
      FerryError,
    );
  });
});
