// The embedded registry: an OCI distribution registry served in-process over node:http, with content
// on disk or in memory. For the demo, for testing a pipeline without a registry, and for tests.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log';
import { FerryError } from '../util/errors';
import { createDiskBackend, createMemoryBackend } from './backend';
import { createHandler } from './server';
import { RegistryStore } from './store';

export { RegistryHttpError, type OciErrorCode } from './errors';

export interface RegistryOptions {
  /** `host:port` to listen on; default `127.0.0.1:0` (a free port). */
  addr?: string;
  /** Storage directory; content survives restarts. Absent: in memory, gone when closed. */
  root?: string;
  /** Basic auth required on every request when set. */
  auth?: { username: string; password: string };
  log?: Logger;
}

export interface EmbeddedRegistry {
  /** `http://host:port` */
  url: string;
  /** `host:port`, as in image references. */
  host: string;
  close(): Promise<void>;
}

function isAddressInfo(value: string | AddressInfo | null): value is AddressInfo {
  return typeof value === 'object' && value !== null;
}

export const DEFAULT_REGISTRY_ADDR = '127.0.0.1:0';

/** Splits `host:port` (`[::1]:port` for IPv6); throws a usage error naming the value. */
export function parseAddr(addr: string): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(addr);
  const host = match?.[1] ?? match?.[2];
  const port = Number(match?.[3]);
  if (!host || !Number.isInteger(port) || port > 65535)
    throw new FerryError(
      `Starting the registry failed: '${addr}' is not host:port. Use e.g. 127.0.0.1:5000.`,
      {
        code: 'USAGE',
        usage: true,
      },
    );
  return { host, port };
}

export async function startRegistry(options: RegistryOptions = {}): Promise<EmbeddedRegistry> {
  const { host, port } = parseAddr(options.addr ?? DEFAULT_REGISTRY_ADDR);
  if (options.auth) {
    options.log?.addSecret(options.auth.password);
    options.log?.secrets.addBasicAuth(options.auth.username, options.auth.password);
  }
  const backend = options.root ? await createDiskBackend(options.root) : createMemoryBackend();
  const store = await RegistryStore.open(backend);
  const server = createServer(
    { keepAliveTimeout: 30_000 },
    createHandler({
      store,
      ...(options.auth ? { auth: options.auth } : {}),
      ...(options.log ? { log: options.log } : {}),
    }),
  );
  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error): void =>
      reject(
        new FerryError(
          `Starting the registry on ${host}:${port} failed: ${error.message}. Choose another --addr.`,
          {
            code: 'NETWORK',
            cause: error,
          },
        ),
      );
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const address = server.address();
  if (!isAddressInfo(address))
    throw new FerryError('Starting the registry failed: no TCP address.', { code: 'NETWORK' });
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const hostPort = `${shown}:${address.port}`;
  options.log?.debug(
    `registry: listening on http://${hostPort}${options.root ? ` (storage ${options.root})` : ' (in memory)'}`,
  );
  let closed: Promise<void> | undefined;
  return {
    url: `http://${hostPort}`,
    host: hostPort,
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
