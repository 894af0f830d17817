// External builders without the tools: the argv each would run (table-driven), the digest-file parsers,
// the auth file, and `auto` selection with an injected `which`.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  buildahBuildArgv,
  buildahPushArgv,
  chooseBuilder,
  dockerBuildArgv,
  kanikoArgv,
  packBuildArgv,
  parseDigestFile,
  parseDockerfile,
  parseDockerMetadata,
  parseImageNameWithDigest,
  parsePackReport,
  registriesConf,
  writeAuthFile,
  authFileContent,
  type BuildRequest,
} from '../../lib/build';
import { createLogger, createMemorySink } from '../../lib/log';
import { parseDockerConfig } from '../../lib/oci/auth/docker-config';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const base: BuildRequest = {
  dockerfile: '/ws/Dockerfile',
  context: '/ws',
  buildArgs: { B: '2', A: '1' },
  platforms: [],
  labels: { 'org.opencontainers.image.revision': 'abc123' },
  images: ['127.0.0.1:5000/team/app:1.0', '127.0.0.1:5000/team/app:latest'],
  extraOptions: [],
};

describe('buildah argv', () => {
  test.each([
    [
      'single platform, defaults',
      base,
      {},
      [
        '--storage-driver',
        'vfs',
        'build',
        '--isolation',
        'chroot',
        '--layers',
        '--file',
        '/ws/Dockerfile',
        '--build-arg',
        'A=1',
        '--build-arg',
        'B=2',
        '--label',
        'org.opencontainers.image.revision=abc123',
        '--tag',
        '127.0.0.1:5000/team/app:1.0',
        '/ws',
      ],
    ],
    [
      'several platforms make a manifest list; target, timestamp, authfile, private storage',
      {
        ...base,
        platforms: ['linux/amd64', 'linux/arm64'],
        target: 'app',
        timestamp: 1700000000,
        buildArgs: {},
        labels: {},
        extraOptions: ['--pull=always'],
      },
      { root: '/tmp/r', runroot: '/tmp/rr', authFile: '/tmp/auth.json' },
      [
        '--storage-driver',
        'vfs',
        '--root',
        '/tmp/r',
        '--runroot',
        '/tmp/rr',
        'build',
        '--isolation',
        'chroot',
        '--file',
        '/ws/Dockerfile',
        '--target',
        'app',
        '--timestamp',
        '1700000000',
        '--authfile',
        '/tmp/auth.json',
        '--platform',
        'linux/amd64,linux/arm64',
        '--manifest',
        '127.0.0.1:5000/team/app:1.0',
        '--pull=always',
        '/ws',
      ],
    ],
    [
      'one explicit platform',
      { ...base, platforms: ['linux/arm64'], buildArgs: {}, labels: {} },
      {},
      [
        '--storage-driver',
        'vfs',
        'build',
        '--isolation',
        'chroot',
        '--layers',
        '--file',
        '/ws/Dockerfile',
        '--platform',
        'linux/arm64',
        '--tag',
        '127.0.0.1:5000/team/app:1.0',
        '/ws',
      ],
    ],
  ])('%s', (_name, request, options, expected) => {
    expect(buildahBuildArgv(request, options)).toEqual(expected);
  });

  test.each([
    [
      'image to an insecure registry',
      { local: 'r/a:1', destination: 'r/a:1', digestFile: '/t/d', tlsVerify: false },
      [
        '--storage-driver',
        'vfs',
        'push',
        '--digestfile',
        '/t/d',
        '--tls-verify=false',
        '--authfile',
        '/t/auth',
        'r/a:1',
        'docker://r/a:1',
      ],
    ],
    [
      'manifest list to a TLS registry',
      { local: 'r/a:1', destination: 'r/a:2', digestFile: '/t/d', tlsVerify: true, manifestList: true },
      [
        '--storage-driver',
        'vfs',
        'manifest',
        'push',
        '--all',
        '--digestfile',
        '/t/d',
        '--authfile',
        '/t/auth',
        'r/a:1',
        'docker://r/a:2',
      ],
    ],
  ])('push: %s', (_name, push, expected) => {
    expect(buildahPushArgv(push, { authFile: '/t/auth' })).toEqual(expected);
  });

  test('no credential ever goes into argv', () => {
    const argv = [
      ...buildahBuildArgv(base, { authFile: '/t/a' }),
      ...buildahPushArgv({ local: 'x', destination: 'y', digestFile: 'd', tlsVerify: true }, {}),
    ];
    expect(argv.join(' ')).not.toMatch(/--creds|password/);
  });

  test('registries.conf marks insecure registries', () => {
    expect(registriesConf(['127.0.0.1:5000', '127.0.0.1:5000'])).toBe(
      [
        'unqualified-search-registries = ["docker.io"]',
        'short-name-mode = "permissive"',
        '',
        '[[registry]]',
        'location = "127.0.0.1:5000"',
        'insecure = true',
        '',
      ].join('\n'),
    );
  });
});

describe('docker, kaniko, pack argv', () => {
  test.each([
    [
      'docker',
      dockerBuildArgv({ ...base, platforms: ['linux/amd64', 'linux/arm64'] }, '/t/meta.json'),
      [
        'buildx',
        'build',
        '--push',
        '--metadata-file',
        '/t/meta.json',
        '--file',
        '/ws/Dockerfile',
        '--build-arg',
        'A=1',
        '--build-arg',
        'B=2',
        '--label',
        'org.opencontainers.image.revision=abc123',
        '--platform',
        'linux/amd64,linux/arm64',
        '--tag',
        '127.0.0.1:5000/team/app:1.0',
        '--tag',
        '127.0.0.1:5000/team/app:latest',
        '/ws',
      ],
    ],
    [
      'kaniko',
      kanikoArgv(
        { ...base, target: 'app', platforms: ['linux/arm64'] },
        { digestFile: '/t/d', imageNameWithDigestFile: '/t/n', insecureRegistries: ['127.0.0.1:5000'] },
      ),
      [
        '--dockerfile',
        '/ws/Dockerfile',
        '--context',
        'dir:///ws',
        '--destination',
        '127.0.0.1:5000/team/app:1.0',
        '--destination',
        '127.0.0.1:5000/team/app:latest',
        '--build-arg',
        'A=1',
        '--build-arg',
        'B=2',
        '--target',
        'app',
        '--label',
        'org.opencontainers.image.revision=abc123',
        '--custom-platform',
        'linux/arm64',
        '--insecure-registry',
        '127.0.0.1:5000',
        '--digest-file',
        '/t/d',
        '--image-name-with-digest-file',
        '/t/n',
      ],
    ],
    [
      'pack',
      packBuildArgv(
        {
          images: base.images,
          path: '/ws',
          builder: 'paketobuildpacks/builder-jammy-base',
          buildpacks: ['gcr.io/paketo-buildpacks/go'],
          env: { BP_GO_VERSION: '1.22' },
          descriptor: '/ws/project.toml',
          extraOptions: ['--clear-cache'],
        },
        '/t/report',
      ),
      [
        'build',
        '127.0.0.1:5000/team/app:1.0',
        '--publish',
        '--path',
        '/ws',
        '--report-output-dir',
        '/t/report',
        '--builder',
        'paketobuildpacks/builder-jammy-base',
        '--buildpack',
        'gcr.io/paketo-buildpacks/go',
        '--env',
        'BP_GO_VERSION=1.22',
        '--descriptor',
        '/ws/project.toml',
        '--tag',
        '127.0.0.1:5000/team/app:latest',
        '--clear-cache',
      ],
    ],
  ])('%s', (_name, argv, expected) => {
    expect(argv).toEqual(expected);
  });

  test('kaniko refuses several platforms', () => {
    expect(() =>
      kanikoArgv(
        { ...base, platforms: ['linux/amd64', 'linux/arm64'] },
        { digestFile: 'd', imageNameWithDigestFile: 'n', insecureRegistries: [] },
      ),
    ).toThrow(/kaniko builds one platform per run.*buildah or docker/);
  });
});

describe('digest outputs', () => {
  test.each([
    ['buildah --digestfile', () => parseDigestFile(`${DIGEST}\n`, 'f')],
    [
      'buildx metadata',
      () =>
        parseDockerMetadata(
          JSON.stringify({ 'buildx.build.ref': 'x', 'containerimage.digest': DIGEST, 'image.name': 'r/a:1' }),
        ),
    ],
    [
      'kaniko image-name-with-digest',
      () => parseImageNameWithDigest(`r/a:1@${DIGEST}\nr/a:latest@${DIGEST}\n`)[1]?.digest,
    ],
    [
      'pack report.toml',
      () =>
        parsePackReport(
          `[build]\n  digest = "sha256:${'b'.repeat(64)}"\n\n[image]\n  tags = ["r/a:1"]\n  digest = "${DIGEST}"\n  manifest-size = 1083\n`,
        ),
    ],
  ])('%s', (_name, parse) => {
    expect(parse()).toBe(DIGEST);
  });

  test.each([
    [
      'empty digest file',
      () => parseDigestFile('', 'buildah digest file'),
      /buildah digest file holds '', not a sha256 digest/,
    ],
    ['metadata without digest', () => parseDockerMetadata('{}'), /no containerimage.digest/],
    ['metadata not JSON', () => parseDockerMetadata('nope'), /not JSON/],
    ['report without image', () => parsePackReport('[build]\n'), /no \[image\] digest/],
  ])('%s fails clearly', (_name, parse, message) => {
    expect(parse).toThrow(message);
  });
});

describe('auth file', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  test('0600, docker config shape, base64 registered as a secret', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ferry-auth-'));
    dirs.push(dir);
    const sink = createMemorySink();
    const log = createLogger({ sink });
    const file = await writeAuthFile(
      join(dir, 'cfg'),
      [{ registry: '127.0.0.1:5000', username: 'u', password: 's3cret-pw' }],
      log,
    );
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const b64 = Buffer.from('u:s3cret-pw').toString('base64');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ auths: { '127.0.0.1:5000': { auth: b64 } } });
    log.info(`auth is ${b64}, password s3cret-pw`);
    const printed = sink.text();
    expect(printed).not.toContain(b64);
    expect(printed).not.toContain('s3cret-pw');
  });
});

test('a user config.json is kept (credHelpers too) and its credentials are masked', async () => {
  const sink = createMemorySink();
  const log = createLogger({ sink });
  const theirs = Buffer.from('them:their-pw-123').toString('base64');
  const text = authFileContent(
    [{ registry: 'a.io', username: 'u', password: 'mine-pw-456' }],
    log,
    parseDockerConfig(
      'config.json',
      JSON.stringify({ auths: { 'b.io': { auth: theirs } }, credHelpers: { 'c.io': 'gcr' } }),
    ),
  );
  expect(JSON.parse(text)).toEqual({
    auths: { 'b.io': { auth: theirs }, 'a.io': { auth: Buffer.from('u:mine-pw-456').toString('base64') } },
    credHelpers: { 'c.io': 'gcr' },
  });
  log.info(`${theirs} their-pw-123 mine-pw-456`);
  expect(sink.text()).toBe('*** *** ***');
});

describe('auto selection', () => {
  const which = (installed: string[]) => async (program: string) => installed.includes(program);
  test.each([
    ['no RUN → native', 'FROM scratch\nCOPY a /a', [], 'native', /needs no RUN/],
    [
      'RUN → buildah when installed',
      'FROM scratch\nRUN x',
      ['buildah', 'docker'],
      'buildah',
      /line 2 \(RUN\): RUN needs a container runtime; buildah is installed/,
    ],
    [
      'RUN → docker when buildah is missing',
      'FROM scratch\nRUN x\nRUN y',
      ['docker', '/kaniko/executor'],
      'docker',
      /\(and 1 more\); docker is installed \(buildah not\)/,
    ],
    [
      'COPY --chown by name → buildah',
      'FROM scratch\nCOPY --chown=app:app a /a',
      ['buildah'],
      'buildah',
      /line 2 \(COPY\): --chown=app:app names a user/,
    ],
    [
      'RUN → kaniko last',
      'FROM scratch\nRUN x',
      ['/kaniko/executor'],
      'kaniko',
      /kaniko is installed \(buildah, docker not\)/,
    ],
  ])('%s', async (_name, text, installed, builder, reason) => {
    const choice = await chooseBuilder({
      dockerfile: parseDockerfile(text),
      dockerfilePath: 'Dockerfile',
      which: which(installed),
    });
    expect(choice.builder).toBe(builder);
    expect(choice.reason).toMatch(reason);
  });

  test('RUN and nothing installed: a clear error', async () => {
    await expect(
      chooseBuilder({
        dockerfile: parseDockerfile('FROM scratch\nRUN x'),
        dockerfilePath: 'Dockerfile',
        which: which([]),
      }),
    ).rejects.toThrow(/none of buildah, docker, kaniko is installed\. Install buildah/);
  });
});
