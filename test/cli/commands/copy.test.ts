// `ferry copy` in-process against real registries: exit codes, --json, one clear line on failure, and
// credentials that never reach the output.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandIO } from '../../../lib/cli/command';
import { createLogger, createMemorySink } from '../../../lib/log';
import { copyCommand, parseCopyArgs } from '../../../lib/cli/commands/copy';
import { dockerConfigSearch } from '../../../lib/cli/settings';
import { haveBinaries } from '../../helpers/binaries';
import { createTestImage, skopeoInspectRaw, type TestImage } from '../../helpers/images';
import { freePort, startRegistry, type RegistryServer } from '../../helpers/servers/registry';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function ferryCopy(
  args: string[],
  env: Record<string, string> = {},
  cwd = process.cwd(),
): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const sink = createMemorySink();
  const io: CommandIO = {
    stdout,
    stderr,
    env: { HOME: '/nonexistent', ...env },
    dockerConfig: dockerConfigSearch({ HOME: '/nonexistent', ...env }),
    cwd,
    isTTY: false,
    log: createLogger({ sink }),
  };
  const code = await copyCommand(args, io);
  const logged = sink.text();
  return {
    code,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8') + logged,
  };
}

describe('parseCopyArgs', () => {
  it('reads repeatable and valued flags in both spellings', () => {
    expect(
      parseCopyArgs([
        'a',
        'b',
        '--platform',
        'linux/amd64',
        '--platform=linux/arm64',
        '--tag',
        'x',
        '--jobs=3',
        '--referrers',
        '--json',
      ]),
    ).toMatchObject({
      source: 'a',
      target: 'b',
      platforms: ['linux/amd64', 'linux/arm64'],
      tags: ['x'],
      jobs: 3,
      referrers: true,
      json: true,
    });
  });

  it.each([
    [['a']],
    [['a', 'b', 'c']],
    [['a', 'b', '--jobs', '0']],
    [['a', 'b', '--nope']],
    [['a', 'b', '--platform', 'linux']],
    [['a', 'b', '--tag']],
  ])('rejects %j as usage', (args) => {
    expect(() => parseCopyArgs(args)).toThrow(expect.objectContaining({ usage: true }));
  });
});

describe('ferry copy usage', () => {
  it('prints help and exits 0', async () => {
    const run = await ferryCopy(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: ferry copy SRC DST');
  });

  it.each([
    [['only-one']],
    [['Bad//Ref', 'x/y']],
    [['dir:/tmp/x', 'docker-archive:/tmp/out.tar']],
    [['oci:/tmp/x', 'oci-archiv:/tmp/out.tar']],
    [['a/b', 'c/d', '--tag', '-bad']],
    [['a/b', 'c/d', '--dest-creds', 'no-colon']],
  ])('exits 2 with one line for %j', async (args) => {
    const run = await ferryCopy(args);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toBe('');
  });
});

// A scripted server counts requests: the references below must be refused before any is sent.
describe('ferry copy refuses bad references before any request', () => {
  const SECRET = 'Pa55-in-reference';
  it.each([
    { name: 'md5 digest', src: (h: string) => `${h}/app@md5:${'a'.repeat(32)}`, text: /algorithm 'md5'/ },
    { name: 'sha1 digest', src: (h: string) => `${h}/app@sha1:${'a'.repeat(40)}`, text: /algorithm 'sha1'/ },
    { name: 'userinfo', src: (h: string) => `user:${SECRET}@${h}/app:1`, text: /user information/ },
    {
      name: 'docker:// userinfo',
      src: (h: string) => `docker://user:${SECRET}@${h}/app`,
      text: /--src-creds/,
    },
  ])('$name: exit 2, one line, no request, no secret', async ({ src, text }) => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.writeHead(500).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const host = `127.0.0.1:${port}`;
      const run = await ferryCopy([src(host), `${host}/target:1`]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(text);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr + run.stdout).not.toContain(SECRET);
      expect(requests).toBe(0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe.skipIf(!haveBinaries('docker-registry', 'skopeo'))('ferry copy against docker-registry', () => {
  let work: string;
  let plain: RegistryServer;
  let secured: RegistryServer;
  let image: TestImage;
  const password = () => Object.values(secured.users)[0] ?? '';
  const user = () => Object.keys(secured.users)[0] ?? '';

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ferry-cli-'));
    [plain, secured] = await Promise.all([startRegistry(), startRegistry({ auth: 'htpasswd' })]);
    image = await createTestImage(join(work, 'image'), { layers: 2, layerSize: 20_000, tag: 'v1' });
  });
  afterAll(async () => {
    await plain?.stop();
    await secured?.stop();
    await rm(work, { recursive: true, force: true });
  });

  it('copies a layout (relative path) to a registry and prints JSON with both digests', async () => {
    const run = await ferryCopy(
      ['oci:image:v1', `docker://${plain.host}/cli/app:1`, '--tag', '2', '--json'],
      {},
      work,
    );
    expect(run.code).toBe(0);
    // Not a terminal: one line per platform image on stderr, nothing else.
    expect(run.stderr.trim().split('\n').sort()).toEqual([
      expect.stringMatching(/linux\/amd64 sha256:\w+ written$/),
      expect.stringMatching(/linux\/arm64 sha256:\w+ written$/),
    ]);
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      sourceDigest: image.top.descriptor.digest,
      targetDigest: image.top.descriptor.digest,
      blobsMounted: 0,
      blobsSkipped: 0,
    });
    expect(json.bytesSent).toBeGreaterThan(40_000);
    expect(typeof json.seconds).toBe('number');
    expect((await skopeoInspectRaw(`${plain.host}/cli/app:2`)).equals(Buffer.from(image.top.bytes))).toBe(
      true,
    );

    const again = await ferryCopy(['oci:image:v1', `${plain.host}/cli/app:1`], {}, work);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing to copy');
  });

  it('refuses a target named by another digest before writing, and accepts the right one', async () => {
    const wrong = `sha256:${'0'.repeat(64)}`;
    const refused = await ferryCopy(['oci:image:v1', `${plain.host}/cli/pinned@${wrong}`], {}, work);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain(image.top.descriptor.digest);
    const pinned = await ferryCopy(
      ['oci:image:v1', `${plain.host}/cli/pinned@${image.top.descriptor.digest}`, '--json'],
      {},
      work,
    );
    expect(pinned.code).toBe(0);
    expect(JSON.parse(pinned.stdout)).toMatchObject({ tags: [], targetDigest: image.top.descriptor.digest });
  });

  it('says so when platforms change the digest', async () => {
    const run = await ferryCopy([
      `${plain.host}/cli/app:1`,
      `${plain.host}/cli/arm:1`,
      '--platform',
      'linux/arm64',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('differs from the source digest');
    expect(run.stdout).toContain(image.top.descriptor.digest);
  });

  it('fails with one line for an image that does not exist', async () => {
    const run = await ferryCopy([`${plain.host}/cli/none:1`, `${plain.host}/cli/out:1`]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/not found|unknown/i);
  });

  it('fails with one line for an unreachable registry', async () => {
    const port = await freePort();
    const run = await ferryCopy([`127.0.0.1:${port}/x/y:1`, `${plain.host}/cli/out:1`]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(await ferryCopy([`${plain.host}/cli/out:1`, `${plain.host}/cli/out2:1`])).toMatchObject({
      code: 1,
    });
  }, 60_000);

  it('reads credentials from DOCKER_CONFIG and from --authfile', async () => {
    const auth = Buffer.from(`${user()}:${password()}`).toString('base64');
    const dir = join(work, 'docker-config');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'config.json'), JSON.stringify({ auths: { [secured.host]: { auth } } }));
    const viaEnv = await ferryCopy(
      ['oci:image:v1', `${secured.host}/cfg/app:1`],
      { DOCKER_CONFIG: dir },
      work,
    );
    expect(viaEnv.code).toBe(0);
    const viaFlag = await ferryCopy(
      ['oci:image:v1', `${secured.host}/cfg/app:2`, '--authfile', join(dir, 'config.json')],
      {},
      work,
    );
    expect(viaFlag.code).toBe(0);
    expect(viaEnv.stdout + viaEnv.stderr + viaFlag.stdout + viaFlag.stderr).not.toContain(auth);
  });

  it('pushes with --dest-creds or FERRY_DEST_CREDS and never prints a password, right or wrong', async () => {
    const wrong = 'Wr0ng-Pa55-should-not-print';
    const bad = await ferryCopy(
      ['oci:image:v1', `${secured.host}/sec/app:1`, '--dest-creds', `${user()}:${wrong}`],
      {},
      work,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr + bad.stdout).not.toContain(wrong);
    const anonymous = await ferryCopy(['oci:image:v1', `${secured.host}/sec/app:1`], {}, work);
    expect(anonymous.code).toBe(1);
    // Nothing partial: the rejected pushes left no tag.
    const check = await ferryCopy(
      [`${secured.host}/sec/app:1`, 'oci:probe'],
      { FERRY_SRC_CREDS: `${user()}:${password()}` },
      work,
    );
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/not found|unknown/i);

    const good = await ferryCopy(
      ['oci:image:v1', `${secured.host}/sec/app:1`, '--json'],
      { FERRY_DEST_CREDS: `${user()}:${password()}` },
      work,
    );
    expect(good.code).toBe(0);
    expect(good.stdout + good.stderr).not.toContain(password());
    const back = await ferryCopy(
      [`${secured.host}/sec/app:1`, 'oci:back', '--src-creds', `${user()}:${password()}`, '--json'],
      {},
      work,
    );
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout)).toMatchObject({ targetDigest: image.top.descriptor.digest });
    expect(back.stdout + back.stderr).not.toContain(password());
  });
});
