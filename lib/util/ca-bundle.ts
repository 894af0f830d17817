// Extra CA certificates (Piper's customTlsCertificateLinks: PEM files or http(s) URLs) joined into one
// PEM bundle in a private temp dir. Registries and git both use it; git's http.sslCAInfo replaces the
// system store, so for git the system roots go in first.
import { readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { FerryError, errorMessage } from './errors';

const PEM = /-----BEGIN CERTIFICATE-----/;
const SYSTEM_BUNDLES = [
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/pki/tls/certs/ca-bundle.crt',
  '/etc/ssl/cert.pem',
];
const DOWNLOAD_TIMEOUT_MS = 30_000;

export interface CaBundleOptions {
  /** PEM files (relative to `workspace`) or http(s) URLs. */
  links: readonly string[];
  workspace: string;
  /** A private directory to write the bundle into. */
  dir: string;
  /** File name inside `dir`. */
  fileName: string;
  /** Put the system roots first (for programs whose CA option replaces the system store). */
  includeSystemRoots?: boolean;
  /** Where the system roots are; default: the usual Debian, Red Hat and Alpine paths. */
  systemBundles?: readonly string[];
  signal?: AbortSignal;
}

async function readLink(link: string, options: CaBundleOptions): Promise<string> {
  if (/^https?:\/\//i.test(link)) {
    const timeout = AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS);
    const response = await fetch(link, {
      signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  }
  return readFile(isAbsolute(link) ? link : resolve(options.workspace, link), 'utf8');
}

/** Writes the bundle and returns its path, or undefined when there are no links (defaults apply). */
export async function createCaBundle(options: CaBundleOptions): Promise<string | undefined> {
  if (options.links.length === 0) return undefined;
  const parts: string[] = [];
  if (options.includeSystemRoots) {
    for (const system of options.systemBundles ?? SYSTEM_BUNDLES) {
      const text = await readFile(system, 'utf8').catch(() => undefined);
      if (text !== undefined) {
        parts.push(text.trim());
        break;
      }
    }
  }
  for (const link of options.links) {
    let text: string;
    try {
      text = await readLink(link, options);
    } catch (error) {
      throw new FerryError(
        `Cannot read the certificate ${link}: ${errorMessage(error)}. Check customTlsCertificateLinks.`,
        { code: 'CONFIG', usage: true, cause: error },
      );
    }
    if (!PEM.test(text)) {
      throw new FerryError(
        `${link} holds no PEM certificate (no BEGIN CERTIFICATE line). Give PEM files or URLs in customTlsCertificateLinks.`,
        { code: 'CONFIG', usage: true },
      );
    }
    parts.push(text.trim());
  }
  const file = join(options.dir, options.fileName);
  await writeFile(file, `${parts.join('\n')}\n`, { mode: 0o600 });
  return file;
}
