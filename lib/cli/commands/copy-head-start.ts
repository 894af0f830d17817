// The first requests of `ferry copy`, sent by its one-file bundle (dist/cli/copy.cjs) before the copy
// engine loads; see lib/oci/transport/head-start.ts for how the transport takes them over. For a
// registry SRC or DST that the transport asks in plain HTTP first (loopback, or --insecure-registry),
// these are what it sends first anyway, without credentials: GET /v2/ (its ping), and the source's
// manifest GET and the target's manifest HEAD that go out beside the ping. Arguments this cannot read
// send nothing; the command then reports them as it always does.
import { DEFAULT_USER_AGENT, startRequest } from '../../oci/transport/head-start';
import { DOCKER_HUB, parseReference, type ImageReference } from '../../oci/reference';
import { MANIFEST_ACCEPT } from '../../oci/types';
import { isListedHost, isLoopbackHost } from '../../util/url';
import { closedOptions, enabled, parseArgs } from '../args';
import { COPY_FLAGS } from './copy-flags';

const DOCKER_PREFIX = 'docker://';
/** Endpoints of other transports (copy/endpoints.ts): no registry request. */
const FILE_TRANSPORTS = /^(?:oci|oci-archive|docker-archive):/;

function registryReference(text: string): ImageReference | undefined {
  if (FILE_TRANSPORTS.test(text)) return undefined;
  try {
    return parseReference(text.startsWith(DOCKER_PREFIX) ? text.slice(DOCKER_PREFIX.length) : text);
  } catch {
    return undefined;
  }
}

/**
 * Starts the requests for `ferry copy ARGS` (the arguments after `copy`); true when it started any.
 * Never throws.
 */
export function startCopyRequests(args: readonly string[]): boolean {
  let count = 0;
  try {
    const parsed = parseArgs(args, closedOptions(COPY_FLAGS, 'copy'));
    if (enabled(parsed, 'help') || parsed.positionals.length !== 2) return false;
    const insecure = new Set((parsed.flags.get('insecure-registry') ?? []).map((h) => h.toLowerCase()));
    // The transport's rule (Transport.plainFirstBase): loopback, or listed insecure.
    const plainFirst = (host: string): boolean => isLoopbackHost(host) || isListedHost(host, insecure);
    const [source, target] = parsed.positionals.map(registryReference);
    const agent = { 'user-agent': DEFAULT_USER_AGENT };
    const accept = { ...agent, accept: MANIFEST_ACCEPT.join(', ') };
    const pinged = new Set<string>();
    const start = (reference: ImageReference | undefined, method: 'GET' | 'HEAD'): void => {
      // Docker Hub is never plain HTTP; every other registry is asked at its own name.
      if (!reference || !plainFirst(reference.registry) || reference.registry === DOCKER_HUB) return;
      const base = `http://${reference.registry}`;
      if (!pinged.has(base)) {
        pinged.add(base);
        startRequest('GET', `${base}/v2/`, agent);
      }
      const path = `/v2/${reference.repository}/manifests/${reference.identifier}`;
      startRequest(method, `${base}${path}`, accept);
      count++;
    };
    start(source, 'GET');
    // With --tag the target is asked about other tags: nothing to guess.
    if (!parsed.flags.has('tag')) start(target, 'HEAD');
  } catch {
    // Arguments the command will refuse, with its own message.
  }
  return count > 0;
}
