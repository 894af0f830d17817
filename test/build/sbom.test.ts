// The SPDX document ferry writes for createBOM (pure, reproducible) and the syft command line.
import { describe, expect, test } from 'vitest';
import { spdxDocument, syftCommand } from '../../lib/build';

const DIGEST = `sha256:${'d'.repeat(64)}`;
const BASE = `sha256:${'b'.repeat(64)}`;

describe('spdxDocument', () => {
  const options = {
    name: 'r.example/team/app',
    digest: DIGEST,
    created: '2023-11-14T22:13:20Z',
    files: [
      { path: '/srv/b', sha1: '2'.repeat(40), sha256: '2'.repeat(64) },
      { path: '/srv/a', sha1: '1'.repeat(40), sha256: '1'.repeat(64) },
    ],
    base: { name: 'r.example/base/tiny:1', digest: BASE },
  };

  test('SPDX 2.3: the image and its base as packages, files sorted with SHA1 and SHA256', () => {
    const doc = spdxDocument(options);
    expect(doc).toMatchObject({
      spdxVersion: 'SPDX-2.3',
      dataLicense: 'CC0-1.0',
      SPDXID: 'SPDXRef-DOCUMENT',
      creationInfo: { created: '2023-11-14T22:13:20Z', creators: ['Tool: ferry'] },
      documentNamespace: `https://spdx.org/spdxdocs/ferry/r.example/team/app/${'d'.repeat(64)}`,
    });
    expect((doc.files as { fileName: string }[]).map((f) => f.fileName)).toEqual(['/srv/a', '/srv/b']);
    expect(doc.packages).toEqual([
      expect.objectContaining({
        SPDXID: 'SPDXRef-Image',
        versionInfo: DIGEST,
        primaryPackagePurpose: 'CONTAINER',
        externalRefs: [
          expect.objectContaining({
            referenceType: 'purl',
            referenceLocator: `pkg:oci/app@${encodeURIComponent(DIGEST)}?repository_url=r.example%2Fteam%2Fapp`,
          }),
        ],
      }),
      expect.objectContaining({
        SPDXID: 'SPDXRef-BaseImage',
        name: 'r.example/base/tiny:1',
        versionInfo: BASE,
        externalRefs: [
          expect.objectContaining({
            referenceLocator: `pkg:oci/tiny@${encodeURIComponent(BASE)}?repository_url=r.example%2Fbase%2Ftiny`,
          }),
        ],
      }),
    ]);
  });

  test('the same input gives the same bytes, whatever the order of the files', () => {
    const reversed = { ...options, files: [...options.files].reverse() };
    expect(JSON.stringify(spdxDocument(reversed))).toBe(JSON.stringify(spdxDocument(options)));
  });
});

describe('syftCommand', () => {
  test('scans the pushed image to SPDX JSON; credentials go in the environment, never argv', () => {
    const command = syftCommand({
      reference: `127.0.0.1:5000/team/app@${DIGEST}`,
      output: '/t/sbom.json',
      plainHttp: true,
      credentials: { registry: '127.0.0.1:5000', username: 'u', password: 'Secret-pw-1' },
    });
    expect(command.args).toEqual([
      'scan',
      `registry:127.0.0.1:5000/team/app@${DIGEST}`,
      '-o',
      'spdx-json=/t/sbom.json',
      '-q',
    ]);
    expect(command.args.join(' ')).not.toContain('Secret-pw-1');
    expect(command.env).toMatchObject({
      SYFT_REGISTRY_INSECURE_USE_HTTP: 'true',
      SYFT_REGISTRY_AUTH_AUTHORITY: '127.0.0.1:5000',
      SYFT_REGISTRY_AUTH_PASSWORD: 'Secret-pw-1',
    });
  });
});
