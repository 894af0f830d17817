// Cancelling the real `ferry` CLI (dist/cli.js) as GitHub's cancel does: SIGINT, then SIGTERM. The
// registry is a scripted HTTP server in this test that answers GET /v2/ and then never answers (no real
// registry hangs on purpose); Vault is the Vault TEST DOUBLE (test/doubles/vault), logged in by AppRole so
// the token is ferry's own to revoke, with a file-valued secret so a Vault secret file exists in TMPDIR.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { startVaultDouble, type RecordedRequest, type VaultDouble } from '../doubles/vault/server';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const ACTION = join(import.meta.dirname, '..', '..', 'dist', 'action.js');
const ROLE_ID = 'role-cancel-5d1e';
const SECRET_ID = 'secret-id-cancel-77ab90';
const DOCKER_CONFIG = '{"auths":{"example.invalid":{"auth":"Y2FuY2VsOnNlY3JldC1kYzk5"}}}';

interface HangingRegistry {
  url: string;
  /** Resolves when a request other than the /v2/ ping arrives (and hangs). */
  hanging: Promise<string>;
  stop(): Promise<void>;
}

/** A registry that answers the ping and then hangs on every request, with the connection held open. */
async function startHangingRegistry(): Promise<HangingRegistry> {
  let resolveHanging: (path: string) => void = () => undefined;
  const hanging = new Promise<string>((resolve) => (resolveHanging = resolve));
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/v2/' || req.url === '/v2') {
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Docker-Distribution-API-Version': 'registry/2.0',
      });
      res.end('{}');
      return;
    }
    resolveHanging(`${req.method ?? 'GET'} ${req.url ?? ''}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('hanging registry: no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    hanging,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Started {
  child: ChildProcess;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
  tmp: string;
}

describe('ferry run is cancelled cleanly by SIGINT and SIGTERM', () => {
  let base: string;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'ferry-cancel-'));
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  afterAll(async () => {
    if (base) await rm(base, { recursive: true, force: true });
  });

  async function vaultDouble(options: { stallRevoke?: boolean; onRequest?: (r: RecordedRequest) => void }) {
    const vault = await startVaultDouble({
      mounts: { kv: { version: 2, secrets: { 'ferry/docker-config': { dockerConfigJSON: DOCKER_CONFIG } } } },
      approle: { roleId: ROLE_ID, secretId: SECRET_ID },
      ...(options.onRequest ? { onRequest: options.onRequest } : {}),
      ...(options.stallRevoke
        ? { stall: (r: RecordedRequest) => r.method === 'POST' && r.path === 'auth/token/revoke-self' }
        : {}),
    });
    cleanups.push(() => vault.stop());
    return vault;
  }

  async function startFerry(
    registry: HangingRegistry,
    vault: VaultDouble,
    entry: 'cli' | 'action' = 'cli',
  ): Promise<Started> {
    const dir = await mkdtemp(join(base, 'run-'));
    const workspace = join(dir, 'ws');
    const tmp = join(dir, 'tmp');
    await mkdir(join(workspace, '.pipeline'), { recursive: true });
    await mkdir(tmp);
    await writeFile(
      join(workspace, '.pipeline', 'config.yml'),
      [
        'general:',
        `  vaultServerUrl: ${vault.url}`,
        '  vaultPath: kv/ferry',
        'steps:',
        '  imagePushToRegistry:',
        `    sourceRegistryUrl: ${registry.url}`,
        '    sourceImages: [team/app]',
        "    sourceImageTag: '1.0.0'",
        "    targetImageTag: '1.0.0'",
        `    targetRegistryUrl: ${registry.url}`,
        '    targetImages: {team/app: promoted/app}',
        '',
      ].join('\n'),
    );
    const argv = entry === 'cli' ? [CLI, 'run', 'imagePushToRegistry', '--verbose'] : [ACTION];
    const child = spawn(process.execPath, argv, {
      cwd: workspace,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: workspace,
        TMPDIR: tmp,
        PIPER_vaultAppRoleID: ROLE_ID,
        PIPER_vaultAppRoleSecretID: SECRET_ID,
        // The action as a runner starts it: inputs as INPUT_* variables.
        ...(entry === 'action'
          ? { GITHUB_WORKSPACE: workspace, INPUT_STEP: 'imagePushToRegistry', INPUT_VERBOSE: 'true' }
          : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: string[] = [];
    child.stdout?.on('data', (c: Buffer) => chunks.push(c.toString()));
    child.stderr?.on('data', (c: Buffer) => chunks.push(c.toString()));
    const exit = once(child, 'exit').then(([code, signal]) => ({
      code: code as number | null,
      signal: signal as NodeJS.Signals | null,
    }));
    cleanups.push(async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exit;
      }
    });
    return { child, exit, output: () => chunks.join(''), tmp };
  }

  async function hangingRegistry(): Promise<HangingRegistry> {
    const registry = await startHangingRegistry();
    cleanups.push(() => registry.stop());
    return registry;
  }

  test.each([
    ['cli', 'SIGINT', 130],
    ['cli', 'SIGTERM', 143],
    ['action', 'SIGINT', 130],
  ] as const)(
    '%s, %s while a registry request hangs: exit %i, the Vault token revoked, no temp file left',
    async (entry, signal, expected) => {
      const vault = await vaultDouble({});
      const registry = await hangingRegistry();
      const run = await startFerry(registry, vault, entry);
      await Promise.race([
        registry.hanging,
        run.exit.then(() => {
          throw new Error(`ferry exited before the registry hung:\n${run.output()}`);
        }),
      ]);
      // The run is where the test wants it: logged in, the secret file written, a request in flight.
      expect(vault.count('auth/approle/login', 'POST')).toBe(1);
      const during = await readdir(run.tmp);
      expect(during.some((name) => name.startsWith('ferry-vault-'))).toBe(true);

      run.child.kill(signal);
      const { code } = await run.exit;

      expect(code, run.output()).toBe(expected);
      expect(vault.count('auth/token/revoke-self', 'POST')).toBe(1);
      expect(vault.revoked).toEqual(vault.issued);
      expect(await readdir(run.tmp)).toEqual([]);
      expect(run.output()).toContain(`${signal} received`);
      expect(run.output()).toMatch(new RegExp(`imagePushToRegistry failed:[^]*Cancelled by ${signal}`));
      if (entry === 'action') expect(run.output()).toContain('::error::');
      // ::add-mask:: is how the action tells the runner what to mask: the one place a secret is meant to be.
      const printed = run
        .output()
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
      for (const secret of [SECRET_ID, DOCKER_CONFIG, ...vault.issued]) expect(printed).not.toContain(secret);
    },
  );

  test('a second signal exits at once, even while cleanup waits on a hanging Vault', async () => {
    let revokeSeen: () => void = () => undefined;
    const revoking = new Promise<void>((resolve) => (revokeSeen = resolve));
    const vault = await vaultDouble({
      stallRevoke: true,
      onRequest: (r) => {
        if (r.path === 'auth/token/revoke-self') revokeSeen();
      },
    });
    const registry = await hangingRegistry();
    const run = await startFerry(registry, vault);
    await registry.hanging;
    run.child.kill('SIGINT');
    // Cleanup has reached the revocation, which this Vault never answers: GitHub's SIGTERM comes next.
    await revoking;
    run.child.kill('SIGTERM');
    const { code } = await run.exit;
    expect(code, run.output()).toBe(143);
    expect(await readdir(run.tmp)).toEqual([]);
  });
});
