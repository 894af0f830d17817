// registryMirrors: parsing (kaniko's --registry-mirror and --registry-map forms), the references tried,
// and what the external builders get (kaniko flags, buildah's registries.conf).
import { describe, expect, test } from 'vitest';
import {
  kanikoArgv,
  kanikoMirrorArgs,
  mirrorReferences,
  parseRegistryMirrors,
  registriesConf,
  type BuildRequest,
} from '../../lib/build';
import { parseReference } from '../../lib/oci/reference';

describe('parseRegistryMirrors', () => {
  test('a plain entry mirrors Docker Hub; registry=mirror another registry; order kept, duplicates dropped', () => {
    expect(
      parseRegistryMirrors([
        'mirror.gcr.io',
        'https://hub-cache.example.com/v2/proxy/',
        'ghcr.io=ghcr-cache.example.com:5000/ghcr;quay.io=http://127.0.0.1:5001',
        'mirror.gcr.io',
      ]),
    ).toEqual([
      {
        registry: 'docker.io',
        mirrors: [{ host: 'mirror.gcr.io' }, { host: 'hub-cache.example.com', path: 'proxy', secure: true }],
      },
      { registry: 'ghcr.io', mirrors: [{ host: 'ghcr-cache.example.com:5000', path: 'ghcr' }] },
      { registry: 'quay.io', mirrors: [{ host: '127.0.0.1:5001', secure: false }] },
    ]);
  });

  test.each([
    ['=mirror.example', /needs registry=mirror on both sides/],
    ['ghcr.io=', /needs registry=mirror on both sides/],
    [
      'ftp://mirror.example',
      /registryMirrors entry 'ftp:\/\/mirror.example' is not a mirror: .*scheme 'ftp'/,
    ],
    ['user:pw@mirror.example', /registryMirrors entry '\*\*\*@mirror.example' is not a mirror/],
  ])('%s is a usage error naming the entry', (entry, message) => {
    expect(() => parseRegistryMirrors([entry])).toThrow(message);
  });

  test('a mirror URL with credentials does not echo them', () => {
    expect(() => parseRegistryMirrors(['u:s3cr3t-pw@mirror.example'])).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('s3cr3t-pw') as unknown }),
    );
  });
});

describe('mirrorReferences', () => {
  const rules = parseRegistryMirrors(['m1.example', 'm2.example/hub', 'r.example:5000=m3.example']);

  test('Docker Hub images: library/ kept, mirror path prefixed, tag and digest kept', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(mirrorReferences(parseReference(`busybox:1.36@${digest}`), rules).map(String)).toEqual([
      `m1.example/library/busybox:1.36@${digest}`,
      `m2.example/hub/library/busybox:1.36@${digest}`,
    ]);
  });

  test('another registry only through its own rule; unmirrored registries get none', () => {
    expect(mirrorReferences(parseReference('r.example:5000/team/base:2'), rules).map(String)).toEqual([
      'm3.example/team/base:2',
    ]);
    expect(mirrorReferences(parseReference('ghcr.io/team/base:2'), rules)).toEqual([]);
  });
});

describe('mirrors for the external builders', () => {
  const rules = parseRegistryMirrors(['mirror.gcr.io', 'ghcr.io=127.0.0.1:5001/ghcr']);

  test('kaniko: --registry-mirror for Docker Hub, --registry-map for the others', () => {
    expect(kanikoMirrorArgs(rules)).toEqual([
      '--registry-mirror',
      'mirror.gcr.io',
      '--registry-map',
      'ghcr.io=127.0.0.1:5001/ghcr',
    ]);
    const request: BuildRequest = {
      dockerfile: '/w/Dockerfile',
      context: '/w',
      buildArgs: {},
      platforms: [],
      labels: {},
      images: ['r.example/app:1'],
      extraOptions: [],
      registryMirrors: rules,
    };
    expect(
      kanikoArgv(request, { digestFile: 'd', imageNameWithDigestFile: 'n', insecureRegistries: [] }),
    ).toEqual(
      expect.arrayContaining([
        '--registry-mirror',
        'mirror.gcr.io',
        '--registry-map',
        'ghcr.io=127.0.0.1:5001/ghcr',
      ]),
    );
  });

  test('buildah: registries.conf lists each mirrored registry with its mirrors, loopback ones insecure', () => {
    expect(registriesConf(['127.0.0.1:5001', '127.0.0.1:5000'], rules)).toBe(
      [
        'unqualified-search-registries = ["docker.io"]',
        'short-name-mode = "permissive"',
        '',
        '[[registry]]',
        'location = "127.0.0.1:5000"',
        'insecure = true',
        '',
        '[[registry]]',
        'location = "127.0.0.1:5001"',
        'insecure = true',
        '',
        '[[registry]]',
        'prefix = "docker.io"',
        'location = "docker.io"',
        '',
        '[[registry.mirror]]',
        'location = "mirror.gcr.io"',
        '',
        '[[registry]]',
        'prefix = "ghcr.io"',
        'location = "ghcr.io"',
        '',
        '[[registry.mirror]]',
        'location = "127.0.0.1:5001/ghcr"',
        'insecure = true',
        '',
      ].join('\n'),
    );
  });
});
