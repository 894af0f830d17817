// The CA bundle git trusts for a GitOps remote: the system roots plus customTlsCertificateLinks (PEM
// files or URLs). git's http.sslCAInfo replaces the system store, so the system roots go in first.
import { readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { FerryError, errorMessage } from '../../util/errors';

const PEM = /-----BEGIN CERTIFICATE-----/;
const SYSTEM_BUNDLES = [
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/pki/tls/certs/ca-bundle.crt',
  '/etc/ssl/cert.pem',
];

export interface GitCaBundleOptions {
  /** PEM files (relative to `workspace`) or http(s) URLs. */
  links: readonly string[];
  workspace: string;
  /** A private directory to write the bundle into. */
  dir: string;
  signal?: AbortSignal;
  /** Where the system roots are; default: the usual Debian, Red Hat and Alpine paths. */
  systemBundles?: readonly string[];
}

async function readLink(link: string, options: GitCaBundleOptions): Promise<string> {
  if (/^https?:\/\//i.test(link)) {
    const timeout = AbortSignal.timeout(30_000);
    const response = await fetch(link, {
      signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  }
  return readFile(isAbsolute(link) ? link : resolve(options.workspace, link), 'utf8');
}

/** Writes the bundle and returns its path, or undefined when there are no links (git keeps its defaults). */
export async function createGitCaBundle(options: GitCaBundleOptions): Promise<string | undefined> {
  if (options.links.length === 0) return undefined;
  const parts: string[] = [];
  for (const system of options.systemBundles ?? SYSTEM_BUNDLES) {
    const text = await readFile(system, 'utf8').catch(() => undefined);
    if (text !== undefined) {
      parts.push(text.trim());
      break;
    }
  }
  for (const link of options.links) {
    let text: string;
    try {
      text = await readLink(link, options);
    } catch (error) {
      throw new FerryError(
        `Cannot read the certificate ${link}: ${errorMessage(error)}. Check customTlsCertificateLinks.`,
        {
          code: 'CONFIG',
          usage: true,
          cause: error,
        },
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
  const file = join(options.dir, 'git-ca-bundle.pem');
  await writeFile(file, `${parts.join('\n')}\n`, { mode: 0o600 });
  return file;
}
