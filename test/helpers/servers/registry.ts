// Starts the real CNCF distribution registry (Debian `docker-registry`) on 127.0.0.1 with a free port
// and temp storage: plain, htpasswd basic auth, token auth (with a token issuer), and/or TLS.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServerPki, createSigningPki, type ServerPki } from '../pki';
import {
  startTokenIssuer,
  TOKEN_ISSUER,
  TOKEN_SERVICE,
  type TokenIssuer,
  type TokenIssuerOptions,
} from './token-issuer';

export const REGISTRY_BINARY = 'docker-registry';

export interface RegistryServerOptions {
  auth?: 'htpasswd' | 'token';
  tls?: boolean;
  /** username -> password for htpasswd or token auth. Default { ferry: 'pa55-w0rd-for-tests' }. */
  users?: Record<string, string>;
  /** Token issuer settings (token auth only). */
  token?: Omit<TokenIssuerOptions, 'pki' | 'users'>;
  /** Reuse a PKI (so several registries share one CA). */
  pki?: ServerPki;
}

export interface RegistryServer {
  /** `http://127.0.0.1:PORT` or `https://…`. */
  url: string;
  /** `127.0.0.1:PORT`, as in image references. */
  host: string;
  users: Record<string, string>;
  /** CA bundle to trust (TLS only). */
  caFile?: string;
  /** The token issuer (token auth only). */
  issuer?: TokenIssuer;
  /** Registry storage root (to inspect or corrupt in tests). */
  storage: string;
  stop(): Promise<void>;
}

export const DEFAULT_USERS = { ferry: 'pa55-w0rd-for-tests' };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('no TCP address'));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}

/** A bcrypt hash: libxcrypt's crypt() through perl (always present on Debian), since openssl has no bcrypt. */
export function bcrypt(password: string): string {
  const alphabet = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const salt = [...randomBytes(22)].map((b) => alphabet[b % 64]).join('');
  // The salt's last character carries only 2 bits; '.', 'O', 'e', 'u' are the canonical values.
  const canonical = `${salt.slice(0, 21)}${'.Oeu'[salt.charCodeAt(21) % 4]}`;
  const hash = execFileSync('perl', ['-e', 'print crypt($ENV{FERRY_PW}, $ENV{FERRY_SALT})'], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', FERRY_PW: password, FERRY_SALT: `$2y$05$${canonical}` },
    encoding: 'utf8',
  });
  if (!hash.startsWith('$2'))
    throw new Error('crypt() does not support bcrypt here; install apache2-utils (htpasswd -B)');
  return hash;
}

async function waitForPort(port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  // Generous: on a loaded machine the registry can take long to start; the hook timeout bounds it too.
  const deadline = Date.now() + 50_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`docker-registry exited with ${child.exitCode}: ${stderr()}`);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 15));
  }
  throw new Error(`docker-registry did not listen on ${port} within 50 s: ${stderr()}`);
}

export async function startRegistry(options: RegistryServerOptions = {}): Promise<RegistryServer> {
  const dir = mkdtempSync(join(tmpdir(), 'ferry-registry-'));
  const storage = join(dir, 'storage');
  const users = options.users ?? DEFAULT_USERS;
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const lines = [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${storage}`,
    '  delete:',
    '    enabled: true',
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    `  addr: ${host}`,
    `  secret: ${randomBytes(16).toString('hex')}`,
  ];
  let pki: ServerPki | undefined;
  if (options.tls) {
    pki = options.pki ?? createServerPki();
    lines.push('  tls:', `    certificate: ${pki.certFile}`, `    key: ${pki.keyFile}`);
  }
  let issuer: TokenIssuer | undefined;
  let signingDir: string | undefined;
  if (options.auth === 'htpasswd') {
    const htpasswd = join(dir, 'htpasswd');
    writeFileSync(
      htpasswd,
      Object.entries(users)
        .map(([u, p]) => `${u}:${bcrypt(p)}\n`)
        .join(''),
    );
    lines.push('auth:', '  htpasswd:', '    realm: ferry-test', `    path: ${htpasswd}`);
  } else if (options.auth === 'token') {
    const signing = createSigningPki();
    signingDir = signing.dir;
    issuer = await startTokenIssuer({ ...options.token, pki: signing, users });
    lines.push(
      'auth:',
      '  token:',
      `    realm: ${issuer.realm}`,
      `    service: ${TOKEN_SERVICE}`,
      `    issuer: ${TOKEN_ISSUER}`,
      `    rootcertbundle: ${signing.certFile}`,
    );
  }
  const config = join(dir, 'config.yml');
  writeFileSync(config, `${lines.join('\n')}\n`);

  const child = spawn(REGISTRY_BINARY, ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errText = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errText = (errText + chunk.toString('utf8')).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitForPort(port, child, () => errText);
  } catch (error) {
    child.kill('SIGKILL');
    await issuer?.stop();
    throw error;
  }
  const scheme = options.tls ? 'https' : 'http';
  return {
    url: `${scheme}://${host}`,
    host,
    users,
    storage,
    ...(pki ? { caFile: pki.caFile } : {}),
    ...(issuer ? { issuer } : {}),
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
        await exited;
        clearTimeout(timer);
      }
      await issuer?.stop();
      rmSync(dir, { recursive: true, force: true });
      if (signingDir) rmSync(signingDir, { recursive: true, force: true });
      if (pki && !options.pki) rmSync(pki.dir, { recursive: true, force: true });
    },
  };
}
