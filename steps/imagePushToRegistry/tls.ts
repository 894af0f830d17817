// Extra CA certificates for the registries (customTlsCertificateLinks): files or downloaded URLs,
// joined into one PEM bundle in the run's temp dir, trusted in addition to the system roots.
import { readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { FerryError, errorMessage } from '../../lib/util/errors';

const PEM = /-----BEGIN CERTIFICATE-----/;

export interface CaBundleOptions {
  links: readonly string[];
  workspace: string;
  tempDir: () => Promise<string>;
  signal?: AbortSignal;
}

async function readLink(link: string, options: CaBundleOptions): Promise<string> {
  if (/^https?:\/\//i.test(link)) {
    const signal = options.signal
      ? AbortSignal.any([options.signal, AbortSignal.timeout(30_000)])
      : AbortSignal.timeout(30_000);
    const response = await fetch(link, { signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  }
  return readFile(isAbsolute(link) ? link : resolve(options.workspace, link), 'utf8');
}

/** The path of a PEM bundle holding every certificate, or undefined when there are none. */
export async function caBundle(options: CaBundleOptions): Promise<string | undefined> {
  if (options.links.length === 0) return undefined;
  const parts: string[] = [];
  for (const link of options.links) {
    let text: string;
    try {
      text = await readLink(link, options);
    } catch (error) {
      throw new FerryError(
        `imagePushToRegistry: cannot read the certificate ${link}: ${errorMessage(error)}. Check customTlsCertificateLinks.`,
        { code: 'CONFIG', usage: true, cause: error },
      );
    }
    if (!PEM.test(text))
      throw new FerryError(
        `imagePushToRegistry: ${link} holds no PEM certificate (no BEGIN CERTIFICATE line). Give PEM files or URLs in customTlsCertificateLinks.`,
        { code: 'CONFIG', usage: true },
      );
    parts.push(text.trim());
  }
  const file = join(await options.tempDir(), 'registry-ca.pem');
  await writeFile(file, `${parts.join('\n')}\n`, { mode: 0o600 });
  return file;
}
