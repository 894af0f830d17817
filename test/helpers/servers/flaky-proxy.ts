// An HTTP proxy on loopback in front of a registry that misbehaves on request: answers 429 with
// Retry-After or 503, or drops the connection in the middle of a response or a request body.
import {
  createServer,
  request as httpRequest,
  Agent,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';

export type Fault =
  | { kind: 'status'; status: number; retryAfter?: string }
  /** Forwards the response headers and `afterBytes` of the body (default half), then drops the connection. */
  | { kind: 'drop-response'; afterBytes?: number }
  /** Reads `afterBytes` of the request body (default half of Content-Length), then drops the connection. */
  | { kind: 'drop-request'; afterBytes?: number }
  /** Forwards normally and adds a response header (e.g. OCI-Chunk-Min-Length). */
  | { kind: 'add-header'; name: string; value: string };

export interface FaultRule {
  method?: string;
  path?: RegExp;
  /** How many matching requests get the fault (default 1). */
  times?: number;
  fault: Fault;
}

export interface ProxiedRequest {
  method: string;
  path: string;
  range?: string;
  /** The fault applied, or the upstream status. */
  outcome: string;
}

export interface FlakyProxy {
  url: string;
  host: string;
  /** Every request seen, in order. */
  requests: ProxiedRequest[];
  inject(rule: FaultRule): void;
  /** Rules not yet used up. */
  pending(): number;
  stop(): Promise<void>;
}

export async function startFlakyProxy(options: { target: string }): Promise<FlakyProxy> {
  const target = new URL(options.target);
  const rules: (FaultRule & { left: number })[] = [];
  const requests: ProxiedRequest[] = [];
  const agent = new Agent({ keepAlive: true });

  const take = (req: IncomingMessage): Fault | undefined => {
    const rule = rules.find(
      (r) => r.left > 0 && (!r.method || r.method === req.method) && (!r.path || r.path.test(req.url ?? '')),
    );
    if (!rule) return undefined;
    rule.left--;
    return rule.fault;
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const record: ProxiedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', outcome: '' };
    if (req.headers.range) record.range = req.headers.range;
    requests.push(record);
    const fault = take(req);
    if (fault?.kind === 'status') {
      record.outcome = String(fault.status);
      req.resume();
      req.on('end', () => {
        res.writeHead(fault.status, {
          'content-type': 'application/json',
          ...(fault.retryAfter !== undefined ? { 'retry-after': fault.retryAfter } : {}),
        });
        res.end(
          JSON.stringify({ errors: [{ code: 'TOOMANYREQUESTS', message: 'injected by the test proxy' }] }),
        );
      });
      return;
    }
    if (fault?.kind === 'drop-request') {
      record.outcome = 'drop-request';
      const limit = fault.afterBytes ?? Math.floor(Number(req.headers['content-length'] ?? '2') / 2);
      let seen = 0;
      req.on('data', (chunk: Buffer) => {
        seen += chunk.length;
        if (seen >= limit) req.socket.destroy();
      });
      req.on('end', () => req.socket.destroy());
      return;
    }
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
        agent,
      },
      (up) => {
        record.outcome = fault?.kind === 'drop-response' ? 'drop-response' : String(up.statusCode ?? 0);
        res.writeHead(up.statusCode ?? 502, {
          ...up.headers,
          ...(fault?.kind === 'add-header' ? { [fault.name]: fault.value } : {}),
        });
        if (fault?.kind !== 'drop-response') {
          up.pipe(res);
          return;
        }
        const limit = fault.afterBytes ?? Math.floor(Number(up.headers['content-length'] ?? '2') / 2);
        let sent = 0;
        up.on('data', (chunk: Buffer) => {
          if (sent >= limit) return;
          const part = chunk.subarray(0, limit - sent);
          sent += part.length;
          res.write(part);
          if (sent >= limit) {
            // Let the partial body reach the client, then cut the connection mid-body.
            setTimeout(() => res.socket?.destroy(), 20);
            up.destroy();
          }
        });
      },
    );
    upstream.on('error', () => res.socket?.destroy());
    req.pipe(upstream);
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('flaky proxy: no TCP address');
  const host = `127.0.0.1:${address.port}`;
  return {
    url: `http://${host}`,
    host,
    requests,
    inject(rule) {
      rules.push({ ...rule, left: rule.times ?? 1 });
    },
    pending: () => rules.reduce((n, r) => n + r.left, 0),
    stop: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
