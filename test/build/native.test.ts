// Native builder: reproducible digests, config from the Dockerfile, .dockerignore, multi-stage, a base
// image from an OCI layout store, and clear errors. Layers are read back with GNU tar, an independent reader.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildNative, pushImage, type BuiltImage, type NativeBuildOptions } from '../../lib/build/native';
import { openLayout } from '../../lib/oci/layout/store';
import type { Repository } from '../../lib/oci/types';
import { FerryError } from '../../lib/util/errors';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ferry-native-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

let counter = 0;
async function fresh(name: string): Promise<string> {
  const dir = join(root, `${name}-${counter++}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

async function context(files: Record<string, string>): Promise<string> {
  const dir = await fresh('ctx');
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

async function build(
  contextDir: string,
  dockerfile: string,
  extra: Partial<NativeBuildOptions> = {},
): Promise<BuiltImage> {
  return buildNative({
    contextDir,
    dockerfilePath: join(contextDir, 'Dockerfile'),
    dockerfileText: dockerfile,
    workDir: await fresh('work'),
    ...extra,
  });
}

/** `mode uid/gid size mtime path` per entry, from GNU tar's verbose listing. */
function listLayer(image: BuiltImage, index: number): string[] {
  const layer = image.layers[index];
  if (!layer || layer.source.kind !== 'file') throw new Error(`layer ${index} is not a new layer`);
  const out = execFileSync(
    'tar',
    ['--numeric-owner', '--full-time', '--quoting-style=literal', '-tvzf', layer.source.file],
    {
      encoding: 'utf8',
      env: { TZ: 'UTC' },
    },
  );
  return out
    .trim()
    .split('\n')
    .map((line) => {
      const [mode, owner, size, date, time, ...rest] = line.split(/\s+/);
      return `${mode} ${owner} ${size} ${date}T${time} ${rest.join(' ')}`;
    });
}

function fileOf(image: BuiltImage, index: number, path: string): string {
  const layer = image.layers[index];
  if (!layer || layer.source.kind !== 'file') throw new Error('not a new layer');
  return execFileSync('tar', ['-xzOf', layer.source.file, path], { encoding: 'utf8' });
}

function imageConfig(image: BuiltImage): Record<string, unknown> {
  const config = image.config.config;
  if (typeof config !== 'object' || config === null) throw new Error('no config');
  return Object.fromEntries(Object.entries(config));
}

const SIMPLE = [
  'FROM scratch',
  'COPY app.txt /app/',
  'COPY conf/ /etc/app/',
  'ENTRYPOINT ["/app/app.txt"]',
].join('\n');

describe('native builder: reproducibility', () => {
  test('same context twice → same digest, whatever the files’ times on disk', async () => {
    const files = { 'app.txt': 'hello\n', 'conf/a.yaml': 'a: 1\n', 'conf/sub/b.yaml': 'b: 2\n' };
    const one = await context(files);
    const two = await context(files);
    await utimes(join(two, 'app.txt'), new Date(2001, 1, 1), new Date(2001, 1, 1));
    const a = await build(one, SIMPLE);
    const b = await build(two, SIMPLE);
    expect(a.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(b.digest).toBe(a.digest);
    expect(b.layers.map((l) => l.descriptor.digest)).toEqual(a.layers.map((l) => l.descriptor.digest));
    expect(listLayer(a, 1)).toEqual([
      'drwxr-xr-x 0/0 0 1970-01-01T00:00:00 etc/',
      'drwxr-xr-x 0/0 0 1970-01-01T00:00:00 etc/app/',
      '-rw-r--r-- 0/0 5 1970-01-01T00:00:00 etc/app/a.yaml',
      'drwxr-xr-x 0/0 0 1970-01-01T00:00:00 etc/app/sub/',
      '-rw-r--r-- 0/0 5 1970-01-01T00:00:00 etc/app/sub/b.yaml',
    ]);
    // The gzip header carries no time, no name and OS 255.
    const layer = a.layers[0];
    if (layer?.source.kind !== 'file') throw new Error('expected a file layer');
    const head = (await readFile(layer.source.file)).subarray(0, 10);
    expect([...head]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
  });

  test('a changed file changes the digest', async () => {
    const a = await build(await context({ 'app.txt': 'hello\n', 'conf/a.yaml': '' }), SIMPLE);
    const b = await build(await context({ 'app.txt': 'hello!\n', 'conf/a.yaml': '' }), SIMPLE);
    expect(b.digest).not.toBe(a.digest);
    expect(b.layers[1]?.descriptor.digest).toBe(a.layers[1]?.descriptor.digest);
  });

  test('the timestamp (SOURCE_DATE_EPOCH or commit time) sets created and every mtime', async () => {
    const dir = await context({ 'app.txt': 'x', 'conf/a': 'y' });
    const zero = await build(dir, SIMPLE);
    const later = await build(dir, SIMPLE, { timestamp: 1_700_000_000 });
    expect(zero.config.created).toBe('1970-01-01T00:00:00Z');
    expect(later.config.created).toBe('2023-11-14T22:13:20Z');
    expect(later.digest).not.toBe(zero.digest);
    for (const line of listLayer(later, 0)) expect(line).toContain('2023-11-14T22:13:20');
    const again = await build(dir, SIMPLE, { timestamp: 1_700_000_000 });
    expect(again.digest).toBe(later.digest);
  });
});

describe('native builder: instructions', () => {
  test('config from ENV, ARG, WORKDIR, USER, EXPOSE, LABEL, ENTRYPOINT, CMD, with substitution', async () => {
    const dir = await context({ 'bin/tool': '#!/bin/sh\n' });
    const image = await build(
      dir,
      [
        'ARG VERSION=0.0.0',
        'FROM scratch',
        'ARG VERSION',
        'ARG PORT=8080',
        'ENV APP_HOME=/opt/app \\',
        '    APP_VERSION=${VERSION}',
        'WORKDIR $APP_HOME',
        'COPY bin/tool ./bin/',
        'USER 1000:1000',
        'EXPOSE ${PORT} 9000/udp',
        'LABEL org.example.name="my app" version=$VERSION',
        'ENTRYPOINT ["./bin/tool"]',
        'CMD --serve',
        'STOPSIGNAL SIGTERM',
        'HEALTHCHECK --interval=30s --retries=3 CMD ["./bin/tool", "--health"]',
      ].join('\n'),
      {
        buildArgs: { VERSION: '1.2.3' },
        labels: { 'org.opencontainers.image.revision': 'abc' },
        platform: { os: 'linux', architecture: 'arm64' },
      },
    );
    const config = imageConfig(image);
    expect(config.Env).toEqual([
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'APP_HOME=/opt/app',
      'APP_VERSION=1.2.3',
    ]);
    expect(config.WorkingDir).toBe('/opt/app');
    expect(config.User).toBe('1000:1000');
    expect(config.ExposedPorts).toEqual({ '8080/tcp': {}, '9000/udp': {} });
    expect(config.Labels).toEqual({
      'org.example.name': 'my app',
      version: '1.2.3',
      'org.opencontainers.image.revision': 'abc',
    });
    expect(config.Entrypoint).toEqual(['./bin/tool']);
    expect(config.Cmd).toEqual(['/bin/sh', '-c', '--serve']);
    expect(config.StopSignal).toBe('SIGTERM');
    expect(config.Healthcheck).toEqual({
      Test: ['CMD', './bin/tool', '--health'],
      Interval: 30e9,
      Retries: 3,
    });
    expect(image.config.architecture).toBe('arm64');
    expect(listLayer(image, 0)).toEqual([
      'drwxr-xr-x 0/0 0 1970-01-01T00:00:00 opt/',
      'drwxr-xr-x 0/0 0 1970-01-01T00:00:00 opt/app/',
      'drwxr-xr-x 0/0 0 1970-01-01T00:00:00 opt/app/bin/',
      '-rw-r--r-- 0/0 10 1970-01-01T00:00:00 opt/app/bin/tool',
    ]);
    const history = image.config.history;
    expect(Array.isArray(history) && history.length).toBe(12);
  });

  test('COPY --chown, --chmod, globs, symlinks and a file renamed on copy', async () => {
    const dir = await context({ 'a.sh': 'a', 'b.sh': 'b', 'c.txt': 'c', 'lib/x.so': 'x' });
    await symlink('x.so', join(dir, 'lib', 'x.so.1'));
    const image = await build(
      dir,
      [
        'FROM scratch',
        'COPY --chown=1000:2000 --chmod=0755 *.sh /usr/bin/',
        'COPY c.txt /data/renamed.txt',
        'COPY lib /lib',
      ].join('\n'),
    );
    expect(listLayer(image, 0)).toEqual([
      'drwxr-xr-x 0/0 0 1970-01-01T00:00:00 usr/',
      'drwxr-xr-x 0/0 0 1970-01-01T00:00:00 usr/bin/',
      '-rwxr-xr-x 1000/2000 1 1970-01-01T00:00:00 usr/bin/a.sh',
      '-rwxr-xr-x 1000/2000 1 1970-01-01T00:00:00 usr/bin/b.sh',
    ]);
    expect(listLayer(image, 1)).toEqual([
      'drwxr-xr-x 0/0 0 1970-01-01T00:00:00 data/',
      '-rw-r--r-- 0/0 1 1970-01-01T00:00:00 data/renamed.txt',
    ]);
    expect(listLayer(image, 2)).toEqual([
      'drwxr-xr-x 0/0 0 1970-01-01T00:00:00 lib/',
      '-rw-r--r-- 0/0 1 1970-01-01T00:00:00 lib/x.so',
      'lrwxrwxrwx 0/0 0 1970-01-01T00:00:00 lib/x.so.1 -> x.so',
    ]);
  });

  test('long and non-ASCII names survive (PAX headers)', async () => {
    const long = `${'d'.repeat(120)}/${'f'.repeat(120)}.txt`;
    const dir = await context({ [long]: 'long', 'grüße.txt': 'hi' });
    const image = await build(dir, 'FROM scratch\nCOPY . /x/');
    const names = listLayer(image, 0).map((l) => l.split(' ').slice(4).join(' '));
    expect(names).toContain(`x/${long}`);
    expect(names).toContain('x/grüße.txt');
    expect(fileOf(image, 0, `x/${long}`)).toBe('long');
  });

  test('.dockerignore: patterns, ** and ! exceptions', async () => {
    const dir = await context({
      '.dockerignore': ['# comment', 'secrets', '**/*.log', 'docs', '!docs/keep.md', '/node_modules'].join(
        '\n',
      ),
      'app.txt': 'a',
      'secrets/key': 'k',
      'deep/er/x.log': 'l',
      'top.log': 'l',
      'deep/er/ok.txt': 'o',
      'docs/keep.md': 'keep',
      'docs/drop.md': 'drop',
      'node_modules/m/index.js': 'm',
    });
    const image = await build(dir, 'FROM scratch\nCOPY . /src/');
    const names = listLayer(image, 0).map((l) => l.split(' ').slice(4).join(' '));
    expect(names).toEqual([
      'src/',
      'src/.dockerignore',
      'src/app.txt',
      'src/deep/',
      'src/deep/er/',
      'src/deep/er/ok.txt',
      'src/docs/',
      'src/docs/keep.md',
    ]);
    await expect(build(dir, 'FROM scratch\nCOPY secrets/key /k')).rejects.toThrow(
      /line 2 \(COPY\): 'secrets\/key' not found in the build context\. Check the path and \.dockerignore/,
    );
  });

  test('multi-stage COPY --from a native stage, and FROM a stage', async () => {
    const dir = await context({ 'one.txt': '1', 'two.txt': '2' });
    const image = await build(
      dir,
      [
        'FROM scratch AS files',
        'COPY one.txt two.txt /stuff/',
        'FROM scratch AS base',
        'ENV FROM_BASE=yes',
        'FROM base',
        'COPY --from=files /stuff/two.txt /final/',
        'COPY --from=0 /stuff /all',
      ].join('\n'),
    );
    expect(image.layers).toHaveLength(2);
    expect(fileOf(image, 0, 'final/two.txt')).toBe('2');
    expect(listLayer(image, 1).map((l) => l.split(' ').slice(4).join(' '))).toEqual([
      'all/',
      'all/one.txt',
      'all/two.txt',
    ]);
    expect(imageConfig(image).Env).toContain('FROM_BASE=yes');
  });

  test('predefined platform args, global ARG in FROM, legacy LABEL', async () => {
    const dir = await context({});
    const image = await build(
      dir,
      [
        'ARG TARGETARCH',
        'ARG BASE=scratch',
        'FROM ${BASE}',
        'ARG TARGETARCH',
        'ARG TARGETPLATFORM',
        'LABEL arch=$TARGETARCH',
        'LABEL platform $TARGETPLATFORM',
      ].join('\n'),
      { platform: { os: 'linux', architecture: 'arm', variant: 'v7' } },
    );
    expect(imageConfig(image).Labels).toEqual({ arch: 'arm', platform: 'linux/arm/v7' });
    expect(image.config.variant).toBe('v7');
  });

  test('ADD unpacks local tar and tar.gz archives (modes and owners kept); other files are copied', async () => {
    const dir = await context({
      'src/bin/tool': 'tool',
      'src/etc/conf': 'conf',
      'fake.tar.gz': 'not an archive',
    });
    execFileSync('chmod', ['0750', join(dir, 'src/bin/tool')]);
    await symlink('bin/tool', join(dir, 'src', 'tool-link'));
    const tar = (file: string, ...flags: string[]) =>
      execFileSync('tar', [
        '-C',
        join(dir, 'src'),
        '--owner=1000',
        '--group=1001',
        '--numeric-owner',
        ...flags,
        '-cf',
        join(dir, file),
        'bin',
        'etc',
        'tool-link',
      ]);
    tar('plain.tar');
    tar('packed.tgz', '-z');
    const image = await build(
      dir,
      ['FROM scratch', 'ADD plain.tar /opt/plain', 'ADD packed.tgz fake.tar.gz /opt/packed/'].join('\n'),
    );
    const plain = listLayer(image, 0).map((l) => l.replace(/ 1970-01-01T00:00:00/, ''));
    expect(plain).toEqual([
      'drwxr-xr-x 0/0 0 opt/',
      'drwxr-xr-x 0/0 0 opt/plain/',
      'drwxr-xr-x 1000/1001 0 opt/plain/bin/',
      '-rwxr-x--- 1000/1001 4 opt/plain/bin/tool',
      'drwxr-xr-x 1000/1001 0 opt/plain/etc/',
      '-rw-r--r-- 1000/1001 4 opt/plain/etc/conf',
      'lrwxrwxrwx 1000/1001 0 opt/plain/tool-link -> bin/tool',
    ]);
    expect(fileOf(image, 1, 'opt/packed/bin/tool')).toBe('tool');
    expect(fileOf(image, 1, 'opt/packed/fake.tar.gz')).toBe('not an archive');
  });

  test('ENTRYPOINT resets an inherited CMD', async () => {
    const dir = await context({});
    const image = await build(dir, 'FROM scratch AS a\nCMD ["x"]\nFROM a\nENTRYPOINT ["/e"]');
    expect(imageConfig(image).Cmd).toBeUndefined();
    expect(imageConfig(image).Entrypoint).toEqual(['/e']);
  });
});

describe('native builder: what it refuses', () => {
  test.each([
    [
      'RUN',
      'FROM scratch\nCOPY a /a\nRUN echo hi',
      /line 3 \(RUN\): RUN needs a container runtime\. Set builder: buildah/,
    ],
    [
      'heredoc',
      'FROM scratch\nCOPY <<EOF /x\nhi\nEOF',
      /line 2 \(COPY\): heredocs \(<<EOF\) are not supported natively/,
    ],
    ['ADD URL', 'FROM scratch\nADD https://example.com/x /x', /line 2 \(ADD\): ADD of a URL/],
    [
      'COPY --from image',
      'FROM scratch\nCOPY --from=alpine:3 /bin/sh /sh',
      /line 2 \(COPY\): COPY --from=alpine:3 names an image/,
    ],
    ['COPY --parents', 'FROM scratch\nCOPY --parents a /x/', /--parents is not supported natively/],
    [
      'named --chown',
      'FROM scratch\nCOPY --chown=app a /a',
      /line 2 \(COPY\): --chown=app names a user.*use numeric ids\. Set builder: buildah/,
    ],
    [
      'ADD xz archive',
      'FROM scratch\nADD a.tar.xz /x/',
      /line 2 \(ADD\): ADD unpacks 'a.tar.xz'.*plain and gzip tar archives only/,
    ],
  ])('%s: a usage error naming the line', async (_name, dockerfile, message) => {
    const dir = await context({ a: 'a', 'a.tar.gz': 'not really' });
    const error = await build(dir, dockerfile).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FerryError);
    expect(error).toMatchObject({ code: 'BUILD', usage: true });
    expect(String(error)).toMatch(message);
  });

  test('a RUN in a stage the target does not need is fine', async () => {
    const dir = await context({ a: 'a' });
    const image = await build(dir, 'FROM scratch AS tools\nRUN make\nFROM scratch AS app\nCOPY a /a', {
      target: 'app',
    });
    expect(image.layers).toHaveLength(1);
  });
});

/** Counts blob reads of a repository, to prove base layers are not downloaded during the build. */
function counting(repo: Repository): { repo: Repository; blobGets: string[] } {
  const blobGets: string[] = [];
  const wrapped: Repository = {
    display: repo.display,
    path: repo.path,
    blobHead: (d) => repo.blobHead(d),
    blobGet: (d) => {
      blobGets.push(d);
      return repo.blobGet(d);
    },
    blobPut: (d, o) => repo.blobPut(d, o),
    blobMount: (d, f) => repo.blobMount(d, f),
    manifestHead: (r) => repo.manifestHead(r),
    manifestGet: (r) => repo.manifestGet(r),
    manifestPut: (r, m, b) => repo.manifestPut(r, m, b),
    tagList: () => repo.tagList(),
    referrers: (d, a) => repo.referrers(d, a),
    sameStoreAs: (o) => repo.sameStoreAs(o),
  };
  return { repo: wrapped, blobGets };
}

describe('native builder: FROM a registry image, push', () => {
  test('base layers are referenced, fetched only at push time, and the pushed digest is the built one', async () => {
    const baseDir = await context({ 'busybox-ish': 'pretend binary', 'etc/os-release': 'ID=test\n' });
    const base = await build(
      baseDir,
      'FROM scratch\nCOPY busybox-ish /bin/\nCOPY etc /etc\nENV BASE=1\nCMD ["/bin/busybox-ish"]',
    );
    const baseStore = await openLayout(await fresh('base-layout'), { create: true });
    await pushImage(base, baseStore, { tags: ['1.0'] });

    const counted = counting(baseStore);
    const appDir = await context({ 'app.txt': 'app' });
    const image = await build(
      appDir,
      'FROM registry.example.com/base:1.0\nCOPY app.txt /app/\nENTRYPOINT ["/app/app.txt"]',
      {
        openRepository: async (reference) => {
          expect(reference.toString()).toBe('registry.example.com/base:1.0');
          return counted.repo;
        },
      },
    );
    expect(counted.blobGets).toEqual([base.configDescriptor.digest]);
    expect(image.layers.map((l) => l.descriptor.digest).slice(0, 2)).toEqual(
      base.layers.map((l) => l.descriptor.digest),
    );
    expect(image.layers[0]?.source.kind).toBe('base');
    expect(imageConfig(image).Env).toEqual(expect.arrayContaining(['BASE=1']));
    expect(imageConfig(image).Cmd).toBeUndefined();
    expect(image.manifest.annotations).toMatchObject({
      'org.opencontainers.image.base.name': 'registry.example.com/base:1.0',
      'org.opencontainers.image.base.digest': base.digest,
    });

    const target = await openLayout(await fresh('target-layout'), { create: true });
    const digest = await pushImage(image, target, { tags: ['v1', 'latest'] });
    expect(digest).toBe(image.digest);
    expect(counted.blobGets).toHaveLength(3);
    expect((await target.manifestGet('v1')).descriptor.digest).toBe(image.digest);
    for (const layer of image.layers) expect(await target.blobHead(layer.descriptor.digest)).toBeDefined();

    // A second push has nothing to send: every blob is there already.
    await pushImage(image, target, { tags: ['v1'] });
    expect(counted.blobGets).toHaveLength(3);
  });
});
