// The embedded registry's Basic auth (401 and its challenge, the engine and skopeo with credentials, the
// password in no output), `ferry registry serve`, and content on disk surviving a restart.
import { readdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandIO } from '../../lib/cli/command';
import { createConsoleSink, createLogger, createMemorySink } from '../../lib/log';
import { createKeychain } from '../../lib/oci/auth';
import { copyImage } from '../../lib/oci/copy';
import { openLayout } from '../../lib/oci/layout/store';
import { parseReference } from '../../lib/oci/reference';
import { createRegistryClient, type RegistryClient } from '../../lib/oci/registry';
import { startRegistry } from '../../lib/registry';
import { parseRegistryArgs, registryCommand } from '../../lib/cli/commands/registry';
import { haveBinaries } from '../helpers/binaries';
import { createTestImage, skopeoInspectRaw, type TestImage } from '../helpers/images';

const PASSWORD = 'S3cret-registry-pw!';
const haveSkopeo = haveBinaries('skopeo');

function capture(): {
  stream: Writable;
  text: () => string;
  /** Resolves with the first match of `pattern` once it has been written (no polling). */
  waitFor: (pattern: RegExp, done: Promise<unknown>) => Promise<string | undefined>;
} {
  const chunks: string[] = [];
  const waiters: (() => void)[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      for (const wake of waiters.splice(0)) wake();
      done();
    },
  });
  const text = (): string => chunks.join('');
  const waitFor = async (pattern: RegExp, finished: Promise<unknown>): Promise<string | undefined> => {
    let ended = false;
    void finished.finally(() => {
      ended = true;
      for (const wake of waiters.splice(0)) wake();
    });
    for (;;) {
      const match = pattern.exec(text())?.[1];
      if (match || ended) return match;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  return { stream, text, waitFor };
}

const basic = (user: string, password: string): string =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

let work: string;
let image: TestImage;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ferry-embedded-auth-'));
  image = await createTestImage(join(work, 'image'), {
    layers: 1,
    layerSize: 8_000,
    referrer: true,
    tag: 'v1',
  });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('embedded registry with basic auth', () => {
  it('challenges without or with wrong credentials, serves with the right ones, and never prints the password', async () => {
    const sink = createMemorySink();
    const log = createLogger({ sink, debug: true });
    const registry = await startRegistry({ auth: { username: 'ferry', password: PASSWORD }, log });
    const clients: RegistryClient[] = [];
    try {
      const anonymous = await fetch(`${registry.url}/v2/`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic realm="[^"]+"/);
      expect(await anonymous.text()).toContain('"UNAUTHORIZED"');
      const wrong = await fetch(`${registry.url}/v2/team/app/tags/list`, {
        headers: { authorization: basic('ferry', `${PASSWORD}x`) },
      });
      expect(wrong.status).toBe(401);
      const wrongUser = await fetch(`${registry.url}/v2/`, {
        headers: { authorization: basic('other', PASSWORD) },
      });
      expect(wrongUser.status).toBe(401);
      const right = await fetch(`${registry.url}/v2/`, {
        headers: { authorization: basic('ferry', PASSWORD) },
      });
      expect(right.status).toBe(200);

      const target = (password: string) => {
        const client = createRegistryClient({
          insecureRegistries: [registry.host],
          keychain: createKeychain({
            credentials: { [registry.host]: { username: 'ferry', password } },
            secrets: log.secrets,
          }),
          log,
          secrets: log.secrets,
        });
        clients.push(client);
        return client.repository(parseReference(`${registry.host}/team/app`), { push: true });
      };
      const source = await openLayout(image.dir);
      const refused = copyImage({
        source,
        sourceReference: 'v1',
        target: target('not-the-password'),
        tags: ['v1'],
      });
      await expect(refused).rejects.toMatchObject({ status: 401 });
      const failure = await refused.catch((error: unknown) => (error instanceof Error ? error.message : ''));
      expect(failure).not.toContain('not-the-password');

      const result = await copyImage({
        source,
        sourceReference: 'v1',
        target: target(PASSWORD),
        tags: ['v1'],
      });
      expect(result.targetDigest).toBe(image.top.descriptor.digest);

      if (haveSkopeo) {
        // skopeo reads the credentials from an auth file, as a user would configure it: not from argv.
        const authfile = join(work, 'auth.json');
        await writeFile(
          authfile,
          JSON.stringify({
            auths: { [registry.host]: { auth: Buffer.from(`ferry:${PASSWORD}`).toString('base64') } },
          }),
        );
        const raw = await skopeoInspectRaw(`${registry.host}/team/app:v1`, ['--authfile', authfile]);
        expect(raw.equals(Buffer.from(image.top.bytes))).toBe(true);
      }
      expect(sink.text()).toContain('registry: GET /v2/ 401');
      expect(sink.text()).not.toContain(PASSWORD);
      expect(sink.text()).not.toContain(Buffer.from(`ferry:${PASSWORD}`).toString('base64'));
    } finally {
      for (const client of clients) await client.close();
      await registry.close();
    }
  });
});

describe('ferry registry serve', () => {
  it('parses its flags and refuses a user without a password, naming no secret', () => {
    expect(parseRegistryArgs(['serve', '--addr=127.0.0.1:5099', '--root', '/tmp/r'], {})).toEqual({
      addr: '127.0.0.1:5099',
      root: '/tmp/r',
      help: false,
    });
    expect(parseRegistryArgs(['serve', '--user', 'u'], { FERRY_REGISTRY_PASSWORD: 'pw' })).toMatchObject({
      user: 'u',
      password: 'pw',
    });
    expect(() => parseRegistryArgs(['serve', '--user', 'u'], {})).toThrow(/FERRY_REGISTRY_PASSWORD/);
    expect(() => parseRegistryArgs(['serve', '--password', PASSWORD], {})).toThrow(/needs --user/);
    expect(() => parseRegistryArgs(['serve', '--addr', 'nonsense'], {})).toThrow(/host:port/);
    expect(() => parseRegistryArgs(['serve', '--bogus'], {})).toThrow(/Unknown option '--bogus'/);
    expect(() => parseRegistryArgs([], {})).toThrow(/Name a subcommand: expected serve/);
  });

  it('prints the URL, serves with the password from the environment until the signal, and exits 0', async () => {
    const out = capture();
    const err = capture();
    const controller = new AbortController();
    const root = join(work, 'cli-root');
    const io: CommandIO = {
      stdout: out.stream,
      stderr: err.stream,
      env: { FERRY_REGISTRY_PASSWORD: PASSWORD },
      cwd: work,
      isTTY: false,
      log: createLogger({ sink: createConsoleSink({ out: out.stream, err: err.stream }), debug: true }),
      signal: controller.signal,
    };
    const running = registryCommand(['serve', '--user', 'ferry', '--root', root], io);
    const url = await out.waitFor(/^(http:\/\/127\.0\.0\.1:\d+)$/m, running);
    if (!url) throw new Error(`no URL printed: ${out.text()} ${err.text()}`);
    expect((await fetch(`${url}/v2/`)).status).toBe(401);
    expect((await fetch(`${url}/v2/`, { headers: { authorization: basic('ferry', PASSWORD) } })).status).toBe(
      200,
    );
    controller.abort();
    expect(await running).toBe(0);
    await expect(fetch(`${url}/v2/`)).rejects.toThrow();
    const all = out.text() + err.text();
    expect(all).toContain('basic auth as ferry');
    expect(all).not.toContain(PASSWORD);
  });

  it.each([
    {
      addr: '0.0.0.0:0',
      auth: false,
      warning: /beyond loopback, without authentication: anyone who can reach/,
    },
    { addr: '0.0.0.0:0', auth: true, warning: /beyond loopback, over plain HTTP: the password for ferry/ },
    { addr: '127.0.0.1:0', auth: false, warning: undefined },
  ])('serve --addr $addr (auth: $auth) warns only off loopback', async ({ addr, auth, warning }) => {
    const out = capture();
    const err = capture();
    const controller = new AbortController();
    const io: CommandIO = {
      stdout: out.stream,
      stderr: err.stream,
      env: auth ? { FERRY_REGISTRY_PASSWORD: PASSWORD } : {},
      cwd: work,
      isTTY: false,
      log: createLogger({ sink: createConsoleSink({ out: out.stream, err: err.stream }) }),
      signal: controller.signal,
    };
    const running = registryCommand(['serve', '--addr', addr, ...(auth ? ['--user', 'ferry'] : [])], io);
    const url = await out.waitFor(/^(http:\/\/\S+:\d+)$/m, running);
    controller.abort();
    expect(await running).toBe(0);
    if (!url) throw new Error(`no URL printed: ${out.text()} ${err.text()}`);
    const all = out.text() + err.text();
    if (warning) expect(all).toMatch(warning);
    else expect(all).not.toMatch(/beyond loopback/);
    expect(all).not.toContain(PASSWORD);
  });

  it('exits 2 on bad usage', async () => {
    const out = capture();
    const err = capture();
    const io: CommandIO = {
      stdout: out.stream,
      stderr: err.stream,
      env: {},
      cwd: work,
      isTTY: false,
      log: createLogger({ sink: createMemorySink() }),
    };
    expect(await registryCommand(['serve', '--user', 'ferry'], io)).toBe(2);
    expect(err.text()).toContain('needs a password');
    expect(await registryCommand(['serve', '--help'], io)).toBe(0);
    expect(out.text()).toContain('Usage: ferry registry serve');
  });
});

describe('embedded registry on disk', () => {
  it('keeps manifests, tags, blobs and referrers across a restart, each blob stored once', async () => {
    const root = join(work, 'disk-root');
    const first = await startRegistry({ root });
    const client = createRegistryClient({ insecureRegistries: [first.host] });
    const target = (host: string, path: string) =>
      client.repository(parseReference(`${host}/${path}`), { push: true });
    try {
      const source = await openLayout(image.dir);
      // Two copies at once into two repositories: parallel uploads of the same blobs must not collide.
      await Promise.all(
        ['one/app', 'two/app'].map((path) =>
          copyImage({
            source,
            sourceReference: 'v1',
            target: target(first.host, path),
            tags: ['v1'],
            referrers: true,
            jobs: 8,
          }),
        ),
      );
      await first.close();
      const stored = await readdir(join(root, 'blobs', 'sha256'));
      // Each blob and manifest once: image blobs, platform manifests, the index, the referrer and its blobs.
      expect(stored.length).toBe(image.blobs.length + image.manifests.length + 1 + image.referrers.length);
      expect(await readdir(join(root, 'uploads'))).toEqual([]);

      const second = await startRegistry({ root });
      try {
        const again = client.repository(parseReference(`${second.host}/two/app`));
        expect(await again.tagList()).toEqual(['v1']);
        const top = await again.manifestGet('v1');
        expect(Buffer.from(top.bytes).equals(Buffer.from(image.top.bytes))).toBe(true);
        const layer = image.blobs.find((b) => b.size > 1000);
        if (!layer) throw new Error('no layer');
        expect((await again.blobHead(layer.digest))?.size).toBe(layer.size);
        expect((await again.referrers(image.top.descriptor.digest)).map((d) => d.digest)).toEqual(
          image.referrers.map((r) => r.descriptor.digest),
        );
        const copied = await copyImage({
          source,
          sourceReference: 'v1',
          target: target(second.host, 'one/app'),
          tags: ['v1'],
        });
        expect(copied.noop).toBe(true);
      } finally {
        await second.close();
      }
    } finally {
      await client.close();
      await first.close();
    }
  });
});
