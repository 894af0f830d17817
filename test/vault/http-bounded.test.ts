// The Vault transport reads answers with a byte limit while they stream: a scripted HTTP server in this
// test (hostile behaviour no real Vault shows) sends an endless body and one declaring 100 MiB.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { createDefaultTransport } from '../../lib/vault/http';

let server: Server | undefined;
let written = 0;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
  written = 0;
});

function pump(res: ServerResponse, total: number): void {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const next = (): void => {
    while (written < total && !res.destroyed) {
      written += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', next);
    }
    if (!res.destroyed) res.end();
  };
  next();
}

async function serve(declare: boolean): Promise<string> {
  server = createServer((_req, res) => {
    res.writeHead(200, {
      'content-type': 'application/json',
      ...(declare ? { 'content-length': String(100 * 1024 * 1024) } : {}),
    });
    pump(res, declare ? 100 * 1024 * 1024 : Infinity);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

test.each([
  ['an endless answer', false, /more than the limit/],
  ['an answer declaring 100 MiB', true, /declares 104857600 bytes/],
])('%s is stopped at the limit with an error naming the Vault server', async (_name, declare, why) => {
  const url = await serve(declare);
  const { transport, close } = await createDefaultTransport({ maxResponseBytes: 1024 * 1024 });
  try {
    const error = await transport({
      method: 'GET',
      url: `${url}/v1/secret/data/x`,
      headers: { 'x-vault-token': 'hvs.secret-token' },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'VAULT' });
    expect((error as Error).message).toMatch(why);
    expect((error as Error).message).toContain(new URL(url).host);
    expect((error as Error).message).not.toContain('hvs.secret-token');
    expect(written).toBeLessThan(32 * 1024 * 1024);
  } finally {
    await close();
  }
});
