// `ferry copy` between the transports users type in skopeo's spelling (docker://, oci:, oci-archive:,
// docker-archive:) as source and target, against a real docker-registry; what ferry writes is read back
// with skopeo, and what skopeo writes is read by ferry. Bad transports are usage errors (exit 2).
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandIO } from '../../../lib/cli/command';
import { copyCommand } from '../../../lib/cli/commands/copy';
import { dockerConfigSearch } from '../../../lib/cli/settings';
import { parseEndpoint } from '../../../lib/oci/copy/endpoints';
import { createLogger, createMemorySink } from '../../../lib/log';
import { haveBinaries } from '../../helpers/binaries';
import { createTestImage, skopeoInspectRaw, skopeoPush, type TestImage } from '../../helpers/images';
import { startRegistry, type RegistryServer } from '../../helpers/servers/registry';

const execFileAsync = promisify(execFile);

async function skopeo(args: string[]): Promise<Buffer> {
  const { stdout } = await execFileAsync('skopeo', args, { encoding: 'buffer', maxBuffer: 16 << 20 });
  return stdout;
}

async function ferryCopy(
  args: string[],
  cwd: string,
  terminal = false,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  // A terminal's stderr, as tty.WriteStream shows it: isTTY and a width.
  const stderr = terminal
    ? Object.assign(new PassThrough(), { isTTY: true, columns: 120 })
    : new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const io: CommandIO = {
    stdout,
    stderr,
    env: { HOME: '/nonexistent' },
    dockerConfig: dockerConfigSearch({ HOME: '/nonexistent' }),
    cwd,
    isTTY: false,
    log: createLogger({ sink: createMemorySink() }),
  };
  const code = await copyCommand(args, io);
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

describe('transports, parsed', () => {
  it.each([
    ['docker://127.0.0.1:5000/team/app:1', 'registry'],
    ['127.0.0.1:5000/team/app:1', 'registry'],
    ['localhost:5000/app', 'registry'],
    ['ubuntu:24.04', 'registry'],
    ['oci:./build/image:1.0', 'layout'],
    ['oci-archive:./image.tar', 'oci-archive'],
    ['oci-archive:/tmp/x/image.tar:v1', 'oci-archive'],
    ['docker-archive:./app.tar', 'archive'],
    ['docker-archive:./app.tar:app:1.0', 'archive'],
  ])('%s is a %s endpoint', (text, kind) => {
    expect(parseEndpoint(text).kind).toBe(kind);
  });

  it('reads tags and names of archives in skopeo spelling', () => {
    expect(parseEndpoint('oci-archive:/tmp/x/image.tar:v1')).toMatchObject({
      file: '/tmp/x/image.tar',
      tag: 'v1',
    });
    expect(parseEndpoint('docker-archive:app.tgz:app:1.0')).toMatchObject({
      file: 'app.tgz',
      image: 'app:1.0',
    });
  });

  it.each([
    ['dir:/tmp/image', "skopeo's 'dir:' transport"],
    ['containers-storage:app:1', "skopeo's 'containers-storage:' transport"],
    ['docker-daemon:app:1', "skopeo's 'docker-daemon:' transport"],
    ['oci-archiv:./image.tar', "'oci-archiv:' is not a transport"],
    ['docker:app:1', "'docker:' is not a transport"],
    ['https://registry.example.com/app:1', 'is a URL'],
  ])('%s is a usage error listing the transports ferry knows', (text, why) => {
    expect(() => parseEndpoint(text)).toThrow(why);
    try {
      parseEndpoint(text);
    } catch (error) {
      expect(error).toMatchObject({ usage: true });
      expect(String(error)).toContain('oci:DIR[:TAG], oci-archive:FILE[:TAG], docker-archive:FILE[:REF]');
    }
  });

  it('exits 2 with one line for a bad transport, before any request', async () => {
    const run = await ferryCopy(['dir:/tmp/nothing', 'oci-archive:/tmp/never.tar'], process.cwd());
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('docker://REF');
  });
});

const ok = haveBinaries('docker-registry', 'skopeo');

describe.skipIf(!ok)('ferry copy across transports, cross-checked with skopeo', () => {
  let work: string;
  let registry: RegistryServer;
  let image: TestImage;
  const insecure = (): string[] => ['--insecure-registry', registry.host];

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ferry-transports-'));
    registry = await startRegistry();
    image = await createTestImage(join(work, 'image'), { layers: 2, layerSize: 50_000, tag: 'v1' });
    await skopeoPush(image, `${registry.host}/src/app:v1`);
  });
  afterAll(async () => {
    await registry?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('writes an oci-archive skopeo reads with the digest intact, and reads it back into a registry', async () => {
    const out = await ferryCopy(
      [...insecure(), `docker://${registry.host}/src/app:v1`, 'oci-archive:out/app.tar:v1'],
      work,
    );
    expect(out.stderr).not.toContain('ferry copy:');
    expect(out.code).toBe(0);
    // The tar is written next to its temporary layout, which is gone afterwards.
    expect(await readdir(join(work, 'out'))).toEqual(['app.tar']);
    const raw = await skopeo(['inspect', '--raw', `oci-archive:${join(work, 'out/app.tar')}:v1`]);
    expect(raw.equals(Buffer.from(image.top.bytes))).toBe(true);
    // skopeo copies every platform out of it, so the blobs are all there.
    await skopeo([
      'copy',
      '--all',
      '--quiet',
      `oci-archive:${join(work, 'out/app.tar')}:v1`,
      `oci:${join(work, 'check')}:v1`,
    ]);

    const back = await ferryCopy(
      [...insecure(), 'oci-archive:out/app.tar', `${registry.host}/back/app:v1`, '--json'],
      work,
    );
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout)).toMatchObject({ targetDigest: image.top.descriptor.digest });
    expect(
      (await skopeoInspectRaw(`${registry.host}/back/app:v1`)).equals(Buffer.from(image.top.bytes)),
    ).toBe(true);
    expect((await readdir(tmpdir())).filter((n) => n.startsWith('.ferry-oci-archive-'))).toEqual([]);
  });

  it('reads an oci-archive skopeo wrote', async () => {
    const file = join(work, 'skopeo.tar');
    await skopeo(['copy', '--all', '--quiet', `oci:${image.dir}:v1`, `oci-archive:${file}:v1`]);
    const run = await ferryCopy(
      [...insecure(), `oci-archive:${file}:v1`, `oci:${join(work, 'from-skopeo')}`, '--json'],
      work,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ targetDigest: image.top.descriptor.digest, tags: ['v1'] });
  });

  it('writes a docker-archive of one platform that skopeo reads, config and layers intact', async () => {
    const arm = image.manifests[1];
    if (!arm) throw new Error('no arm64 image');
    const armManifest = JSON.parse(Buffer.from(arm.bytes).toString('utf8')) as {
      config: { digest: string };
      layers: { digest: string }[];
    };
    const run = await ferryCopy(
      [
        ...insecure(),
        '--platform',
        'linux/arm64',
        `${registry.host}/src/app:v1`,
        'docker-archive:arm.tar:team/app:arm',
      ],
      work,
    );
    expect(run.stderr).not.toContain('ferry copy:');
    expect(run.code).toBe(0);
    const file = join(work, 'arm.tar');
    const inspect = JSON.parse((await skopeo(['inspect', `docker-archive:${file}`])).toString('utf8')) as {
      Architecture: string;
      Layers: string[];
    };
    expect(inspect.Architecture).toBe('arm64');
    const config = await skopeo(['inspect', '--config', '--raw', `docker-archive:${file}`]);
    expect(`sha256:${(await import('node:crypto')).createHash('sha256').update(config).digest('hex')}`).toBe(
      armManifest.config.digest,
    );
    // ferry reads it back as a source, RepoTags included.
    const back = await ferryCopy(
      [...insecure(), 'docker-archive:arm.tar:team/app:arm', `oci:${join(work, 'arm-layout')}:a`, '--json'],
      work,
    );
    expect(back.stderr).toBe('');
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout)).toMatchObject({ blobsUploaded: 1 + armManifest.layers.length });
    expect((await stat(file)).size).toBeGreaterThan(100_000);
  });

  it('gives a docker-archive the host platform of an index unless told, and refuses --tag and two platforms', async () => {
    const run = await ferryCopy(
      [...insecure(), `${registry.host}/src/app:v1`, 'docker-archive:host.tar'],
      work,
    );
    expect(run.code).toBe(0);
    const inspect = JSON.parse(
      (await skopeo(['inspect', `docker-archive:${join(work, 'host.tar')}`])).toString('utf8'),
    ) as {
      Architecture: string;
    };
    expect(inspect.Architecture).toBe(process.arch === 'arm64' ? 'arm64' : 'amd64');
    const tag = await ferryCopy(
      [...insecure(), `${registry.host}/src/app:v1`, 'docker-archive:t.tar', '--tag', 'x'],
      work,
    );
    expect(tag.code).toBe(2);
    const two = await ferryCopy(
      [
        ...insecure(),
        '--platform',
        'linux/amd64',
        '--platform',
        'linux/arm64',
        `${registry.host}/src/app:v1`,
        'docker-archive:t.tar',
      ],
      work,
    );
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('one image');
  });

  it('shows per-blob progress on a terminal and clears it; no redraws when stderr is no terminal', async () => {
    const tty = await ferryCopy(
      [...insecure(), `oci:${image.dir}:v1`, `${registry.host}/tty/app:v1`],
      work,
      true,
    );
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(new RegExp(`${registry.host}/tty/app:v1: blobs \\d+/\\d+, .* of .*, .*/s`));
    const blobLines = tty.stderr
      .split('\n')
      .filter((l) => /^ {2}[a-f0-9]{12} \[[=> ]+\] .* \/ .*\/s$/.test(l));
    expect(blobLines.length).toBeGreaterThan(0);
    expect(tty.stderr.endsWith('\u001b[J')).toBe(true);
    expect(tty.stdout).toMatch(/^Copied /);
    const plain = await ferryCopy(
      [...insecure(), `${registry.host}/src/app:v1`, `${registry.host}/plain/app:v1`],
      work,
    );
    expect(plain.stderr).not.toContain('\u001b[');
    // Platform manifests are written in parallel: one line each, in either order.
    expect(plain.stderr.trim().split('\n').sort()).toEqual([
      expect.stringMatching(/linux\/amd64 sha256:[a-f0-9]{64} written$/),
      expect.stringMatching(/linux\/arm64 sha256:[a-f0-9]{64} written$/),
    ]);
  });

  it('leaves no archive and no temporary layout behind when the copy fails', async () => {
    const run = await ferryCopy(
      [...insecure(), `${registry.host}/src/none:v1`, 'oci-archive:failed/app.tar'],
      work,
    );
    expect(run.code).toBe(1);
    expect(await readdir(join(work, 'failed'))).toEqual([]);
    const none = await ferryCopy(
      [...insecure(), `${registry.host}/src/none:v1`, 'oci-archive:app-none.tar'],
      work,
    );
    expect(none.code).toBe(1);
    expect(
      (await readdir(work)).filter((n) => n.startsWith('.ferry-oci-archive-') || n === 'app-none.tar'),
    ).toEqual([]);
  });
});
