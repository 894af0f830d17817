// The CA bundle git trusts for a GitOps remote: the system roots plus customTlsCertificateLinks, since
// git's http.sslCAInfo replaces the system store.
import { createCaBundle } from '../../util/ca-bundle';

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

/** Writes the bundle and returns its path, or undefined when there are no links (git keeps its defaults). */
export function createGitCaBundle(options: GitCaBundleOptions): Promise<string | undefined> {
  return createCaBundle({ ...options, fileName: 'git-ca-bundle.pem', includeSystemRoots: true });
}
