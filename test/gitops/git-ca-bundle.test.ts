// The CA bundle git trusts for customTlsCertificateLinks: system roots first, then each PEM file or URL.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitCaBundle } from '../../lib/gitops/git';
import { FerryError } from '../../lib/util/errors';

const pem = (name: string): string => `-----BEGIN CERTIFICATE-----\n${name}\n-----END CERTIFICATE-----\n`;

describe('createGitCaBundle', () => {
  let dir: string;
  let server: ReturnType<typeof createServer>;
  let url: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ferry-ca-'));
    await writeFile(join(dir, 'system.pem'), pem('SYSTEM'));
    await writeFile(join(dir, 'corp.pem'), pem('CORP'));
    await writeFile(join(dir, 'not-a-cert.txt'), 'hello\n');
    server = createServer((req, res) => {
      if (req.url === '/ca.pem') res.end(pem('REMOTE'));
      else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(dir, { recursive: true, force: true });
  });

  const bundle = (links: string[]) =>
    createGitCaBundle({
      links,
      workspace: dir,
      dir,
      systemBundles: ['/nonexistent.pem', join(dir, 'system.pem')],
    });

  it('leaves git its defaults when there are no links', async () => {
    expect(await bundle([])).toBeUndefined();
  });

  it('puts the system roots first, then files (relative to the workspace) and URLs', async () => {
    const path = await bundle(['corp.pem', `${url}/ca.pem`]);
    expect(path).toBeDefined();
    const text = await readFile(path ?? '', 'utf8');
    expect(text.indexOf('SYSTEM')).toBeLessThan(text.indexOf('CORP'));
    expect(text.indexOf('CORP')).toBeLessThan(text.indexOf('REMOTE'));
  });

  it.each([
    ['not-a-cert.txt', 'holds no PEM certificate'],
    ['missing.pem', 'Cannot read the certificate missing.pem'],
    ['http://127.0.0.1:9/ca.pem', 'Cannot read the certificate'],
  ])('refuses %s, naming it', async (link, message) => {
    const error = await bundle([link]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FerryError);
    expect(String(error)).toContain(message);
  });

  it('names an HTTP error', async () => {
    await expect(bundle([`${url}/nope.pem`])).rejects.toThrow('HTTP 404');
  });
});
