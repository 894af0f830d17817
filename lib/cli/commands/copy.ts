// `ferry copy SRC DST`: parses flags and credentials at the edge, opens the two stores and runs
// copyImage. Prints one summary line (or JSON); on failure one line on stderr, exit 1 (2 for usage).
import { createKeychain, type KeychainOptions } from '../../oci/auth';
import {
  copyImage,
  createProgressPrinter,
  formatBytes,
  parsePlatform,
  useTerminalProgress,
  type CopyResult,
} from '../../oci/copy';
import {
  endpointIdentifier,
  endpointTag,
  openEndpointStore,
  parseEndpoint,
  type Endpoint,
  type OpenedEndpoint,
} from '../../oci/copy/endpoints';
import { LayoutReader } from '../../oci/layout/store';
import { findNetworkError } from '../../oci/errors';
import { isTag } from '../../oci/reference';
import { createRegistryClient, type RegistryClient } from '../../oci/registry';
import { MEDIA_TYPES, type Repository } from '../../oci/types';
import { EXIT_USAGE, UsageError } from '../../util/errors';
import { closedOptions, enabled, parseArgs, single } from '../args';
import { COPY_FLAGS } from './copy-flags';

export { COPY_FLAGS };
import type { Command, CommandIO } from '../command';
import { sayError, wantsJson } from '../voice';

export const COPY_HELP = `Usage: ferry copy SRC DST [options]

Copies an image (the whole index by default, digest unchanged) from SRC to DST.

SRC and DST (skopeo's transports):
  [docker://]host[:port]/path[:tag][@sha256:...]   a registry image
  oci:DIRECTORY[:tag]                               an OCI image layout directory
  oci-archive:FILE[:tag]                            an OCI image layout in a tar file
  docker-archive:FILE[:name:tag]                    a 'docker save' tarball (one image; as DST, an
                                                    index gives the host's platform unless --platform)

Options:
  --platform OS/ARCH[/VARIANT]  copy only these platforms (repeatable); the target index gets a new digest
  --tag TAG                     also tag the target with TAG (repeatable); nothing is sent twice
  --jobs N                      blobs copied in parallel (default 8)
  --referrers                   copy referrers too (signatures, SBOMs, attestations: manifests whose
                                subject is the image), recursively, digests unchanged; a registry
                                without the referrers API gets the sha256-<hex> tag index
  --insecure-registry HOST      allow plain HTTP / unverified TLS for HOST[:PORT] (repeatable)
  --ca-file PATH                trust the CA certificates in PATH (PEM) as well
  --src-creds USER:PASSWORD     credentials for the source registry; prefer env FERRY_SRC_CREDS:
                                other users of the machine can read a command line (ps)
  --dest-creds USER:PASSWORD    credentials for the target registry; prefer env FERRY_DEST_CREDS
  --authfile PATH               Docker config.json to read credentials from
                                (default: $DOCKER_CONFIG/config.json, else ~/.docker/config.json)
  --json                        print the result as JSON on stdout
  -h, --help                    show this help

Exit status: 0 copied (or already there), 1 the copy failed, 2 bad usage.
`;

export interface CopyArgs {
  source: string;
  target: string;
  platforms: string[];
  tags: string[];
  jobs?: number;
  referrers: boolean;
  insecureRegistries: string[];
  caFile?: string;
  srcCreds?: string;
  destCreds?: string;
  authfile?: string;
  json: boolean;
  help: boolean;
}

/** `ferry copy`'s options, as COPY_HELP lists them. */

/** The engine's messages name no option; say which `ferry copy` flag fixes a TLS failure. */
function flagHint(error: unknown): string {
  const network = findNetworkError(error);
  if (network?.kind !== 'tls') return '';
  return ' Pass the CA bundle with --ca-file PATH, or --insecure-registry HOST if it serves plain HTTP or you trust the network.';
}

/** Parses `ferry copy` arguments; throws UsageError naming the flag at fault. Never echoes a credential. */
export function parseCopyArgs(args: readonly string[]): CopyArgs {
  const options = parseArgs(args, closedOptions(COPY_FLAGS, 'copy'));
  const list = (name: string): string[] => options.flags.get(name) ?? [];
  const parsed: CopyArgs = {
    source: '',
    target: '',
    platforms: list('platform'),
    tags: list('tag'),
    referrers: enabled(options, 'referrers'),
    insecureRegistries: list('insecure-registry'),
    json: enabled(options, 'json'),
    help: enabled(options, 'help'),
  };
  for (const platform of parsed.platforms) parsePlatform(platform);
  const jobs = single(options, 'jobs');
  if (jobs !== undefined) {
    const n = Number(jobs);
    if (!Number.isInteger(n) || n < 1 || n > 64)
      throw new UsageError(`--jobs must be a whole number from 1 to 64, not '${jobs}'.`);
    parsed.jobs = n;
  }
  const caFile = single(options, 'ca-file');
  if (caFile !== undefined) parsed.caFile = caFile;
  const srcCreds = single(options, 'src-creds');
  if (srcCreds !== undefined) parsed.srcCreds = srcCreds;
  const destCreds = single(options, 'dest-creds');
  if (destCreds !== undefined) parsed.destCreds = destCreds;
  const authfile = single(options, 'authfile');
  if (authfile !== undefined) parsed.authfile = authfile;
  if (parsed.help) return parsed;
  const positional = options.positionals;
  if (positional.length !== 2)
    throw new UsageError(
      `Expected SRC and DST, got ${positional.length} argument${positional.length === 1 ? '' : 's'}. Run 'ferry copy --help'.`,
    );
  parsed.source = positional[0] ?? '';
  parsed.target = positional[1] ?? '';
  return parsed;
}

interface Credentials {
  username: string;
  password: string;
}

/** Splits USER:PASSWORD at the first ':'; the message names the flag, never the value. */
function parseCreds(value: string | undefined, flag: string): Credentials | undefined {
  if (value === undefined) return undefined;
  const colon = value.indexOf(':');
  if (colon <= 0 || colon === value.length - 1)
    throw new UsageError(
      `${flag} must be USER:PASSWORD (the value given is not). Check the flag or the environment variable.`,
    );
  return { username: value.slice(0, colon), password: value.slice(colon + 1) };
}

function keychainOptions(
  io: CommandIO,
  args: CopyArgs,
  credentials: ReadonlyArray<[string | undefined, Credentials | undefined]>,
): KeychainOptions {
  const options: KeychainOptions = { secrets: io.log.secrets, log: io.log, environment: io.env };
  for (const [registry, creds] of credentials) {
    if (registry && creds) options.credentials = { ...options.credentials, [registry]: creds };
  }
  // --authfile replaces the Docker config search the entry point did; podman's auth.json still counts.
  const search = io.dockerConfig ?? {};
  if (args.authfile) options.dockerConfigFiles = [args.authfile];
  else {
    if (search.dockerConfigDir) options.dockerConfigDir = search.dockerConfigDir;
    if (search.dockerConfigFiles) options.dockerConfigFiles = search.dockerConfigFiles;
  }
  if (search.authFiles) options.authFiles = search.authFiles;
  return options;
}

function registryOf(endpoint: Endpoint): string | undefined {
  return endpoint.kind === 'registry' ? endpoint.reference.registry : undefined;
}

/** The tag a docker-archive target's temporary layout uses; RepoTags come from DST or the source. */
const ARCHIVE_TAG = 'latest';

/** Target tags: --tag values plus the tag DST names; an untagged layout target takes the source's tag. */
function targetTags(source: Endpoint, target: Endpoint, extra: readonly string[]): string[] {
  if (target.kind === 'archive') return [ARCHIVE_TAG];
  let own = endpointTag(target);
  const layoutLike = target.kind === 'oci-archive' || (target.kind === 'layout' && !target.digest);
  if (own === undefined && layoutLike && extra.length === 0) own = endpointTag(source) ?? 'latest';
  return [...new Set([...(own ? [own] : []), ...extra])];
}

/** A layout or oci-archive named without a tag means its only image, as skopeo reads it. */
async function sourceIdentifier(endpoint: Endpoint, repository: Repository): Promise<string> {
  const untagged =
    (endpoint.kind === 'layout' && !endpoint.tag && !endpoint.digest) ||
    (endpoint.kind === 'oci-archive' && !endpoint.tag);
  if (untagged && repository instanceof LayoutReader) {
    const images = await repository.images();
    const only = images[0];
    if (images.length === 1 && only) return only.tag ?? only.descriptor.digest;
  }
  return endpointIdentifier(endpoint);
}

/** The platform skopeo would pick on this machine, for a one-image target fed an index. */
function hostPlatform(): string {
  const arch: Record<string, string> = { x64: 'amd64', ia32: '386', ppc64: 'ppc64le' };
  return `linux/${arch[process.arch] ?? process.arch}`;
}

/** `name:tag` for a docker-archive's RepoTags when DST names none: the source's, as docker save writes it. */
function archiveRepoTag(source: Endpoint): string | undefined {
  if (source.kind !== 'registry' || !source.reference.tag) return undefined;
  return `${source.reference.registry}/${source.reference.repository}:${source.reference.tag}`;
}

function summary(result: CopyResult, source: string, target: string): string[] {
  const lines: string[] = [];
  if (result.noop) {
    const n = result.referrers.length;
    const theirs = n > 0 ? ` and its ${n} referrer${n === 1 ? '' : 's'}` : '';
    lines.push(`Nothing to copy: ${target} already holds ${result.targetDigest}${theirs}.`);
    return lines;
  }
  const blobs = `${result.blobsUploaded} blobs uploaded, ${result.blobsMounted} mounted, ${result.blobsSkipped} already there`;
  lines.push(
    `Copied ${source} to ${target}@${result.targetDigest} (${blobs}; ${formatBytes(result.bytesSent)} sent in ${result.seconds.toFixed(1)} s).`,
  );
  const index =
    result.mediaType === MEDIA_TYPES.ociIndex || result.mediaType === MEDIA_TYPES.dockerManifestList;
  if (result.digestChanged && !index)
    lines.push(
      `The target digest differs from the source digest ${result.sourceDigest}: the target holds the ${result.platforms.join(', ')} manifest ${result.targetDigest} itself, as the source index lists it.`,
    );
  else if (result.digestChanged)
    lines.push(
      `The target digest differs from the source digest ${result.sourceDigest}: only ${result.platforms.join(', ')} were copied, so the target holds a new index ${result.targetDigest}.`,
    );
  for (const r of result.referrers)
    lines.push(
      `Referrer ${r.digest}${r.artifactType ? ` (${r.artifactType})` : ''} of ${r.subject}: ${r.written ? 'copied' : 'already there'}.`,
    );
  for (const tag of result.referrerTagsWritten)
    lines.push(`Listed referrers in tag ${tag} (${target} has no referrers API).`);
  return lines;
}

async function runCopy(args: CopyArgs, io: CommandIO): Promise<number> {
  const source = parseEndpoint(args.source);
  const target = parseEndpoint(args.target);
  if (target.kind === 'archive' && args.tags.length > 0)
    throw new UsageError(
      `--tag does not apply to a docker-archive DST: name the image in DST instead, e.g. docker-archive:${target.file}:app:1.0.`,
    );
  if (target.kind === 'archive' && args.referrers)
    throw new UsageError(
      `--referrers does not apply to a docker-archive DST: it holds no referrers. Use oci: or oci-archive: to keep them.`,
    );
  if (target.kind === 'archive' && args.platforms.length > 1)
    throw new UsageError(
      `a docker-archive holds one image: give one --platform, not ${args.platforms.length}. Use oci: or oci-archive: for several.`,
    );
  for (const tag of args.tags)
    if (!isTag(tag))
      throw new UsageError(
        `--tag '${tag}' is not a valid tag (letters, digits, '_', '.', '-'; at most 128; not starting with '.' or '-').`,
      );
  const srcCreds = parseCreds(
    args.srcCreds ?? io.env.FERRY_SRC_CREDS,
    args.srcCreds ? '--src-creds' : 'FERRY_SRC_CREDS',
  );
  const destCreds = parseCreds(
    args.destCreds ?? io.env.FERRY_DEST_CREDS,
    args.destCreds ? '--dest-creds' : 'FERRY_DEST_CREDS',
  );
  for (const creds of [srcCreds, destCreds])
    if (creds) io.log.secrets.addBasicAuth(creds.username, creds.password);

  const clientOptions = {
    insecureRegistries: args.insecureRegistries,
    secrets: io.log.secrets,
    log: io.log,
    ...(args.caFile ? { caFile: args.caFile } : {}),
    ...(io.signal ? { signal: io.signal } : {}),
  };
  const clients: RegistryClient[] = [];
  const client = (
    credentials: ReadonlyArray<[string | undefined, Credentials | undefined]>,
  ): RegistryClient => {
    const made = createRegistryClient({
      ...clientOptions,
      keychain: createKeychain(keychainOptions(io, args, credentials)),
    });
    clients.push(made);
    return made;
  };
  const sameRegistry = registryOf(source) !== undefined && registryOf(source) === registryOf(target);
  const destOrShared = destCreds ?? (sameRegistry ? srcCreds : undefined);
  // One client (one connection pool, one /v2/ ping per registry) unless one registry needs two identities.
  const twoIdentities =
    sameRegistry &&
    srcCreds !== undefined &&
    destCreds !== undefined &&
    (srcCreds.username !== destCreds.username || srcCreds.password !== destCreds.password);
  const sourceClient = client(
    twoIdentities
      ? [[registryOf(source), srcCreds]]
      : [
          [registryOf(target), destOrShared],
          [registryOf(source), srcCreds ?? (sameRegistry ? destCreds : undefined)],
        ],
  );
  const targetClient = twoIdentities ? client([[registryOf(target), destCreds]]) : sourceClient;
  const stores: OpenedEndpoint[] = [];
  try {
    const sourceStore = await openEndpointStore(source, { client: sourceClient, cwd: io.cwd });
    stores.push(sourceStore);
    const sourceRepo = sourceStore.repository;
    const mountFrom = sameRegistry && source.kind === 'registry' ? [source.reference.repository] : [];
    const repoTag = archiveRepoTag(source);
    const targetStore = await openEndpointStore(target, {
      client: targetClient,
      cwd: io.cwd,
      write: true,
      mountFrom,
      ...(repoTag ? { repoTag } : {}),
    });
    stores.push(targetStore);
    const printer = createProgressPrinter({
      stream: io.stderr,
      isTTY: useTerminalProgress({ stream: io.stderr, json: args.json, env: io.env }),
      label: args.target,
    });
    const tags = targetTags(source, target, args.tags);
    const result = await copyImage({
      source: sourceRepo,
      sourceReference: await sourceIdentifier(source, sourceRepo),
      target: targetStore.repository,
      tags,
      platforms: args.platforms,
      ...(target.kind === 'archive' ? { indexPlatform: hostPlatform() } : {}),
      referrers: args.referrers,
      ...(target.kind === 'registry' && target.reference.digest
        ? { expectDigest: target.reference.digest }
        : {}),
      ...(target.kind === 'layout' && target.digest ? { expectDigest: target.digest } : {}),
      onProgress: (p) => printer.onProgress(p),
      ...(args.jobs ? { jobs: args.jobs } : {}),
      ...(io.signal ? { signal: io.signal } : {}),
    });
    await targetStore.commit(tags[0] ?? result.targetDigest);
    printer.finish();
    if (args.json) {
      io.stdout.write(
        `${JSON.stringify({ source: args.source, target: args.target, ...result, seconds: Number(result.seconds.toFixed(3)) })}\n`,
      );
    } else {
      for (const line of summary(result, args.source, args.target)) io.stdout.write(`${io.log.mask(line)}\n`);
    }
    return 0;
  } finally {
    await Promise.all([...clients.map((c) => c.close()), ...stores.map((store) => store.close())]);
  }
}

/** `ferry copy`: see COPY_HELP. */
export const copyCommand: Command = async (args, io) => {
  let parsed: CopyArgs;
  try {
    parsed = parseCopyArgs(args);
  } catch (error) {
    sayError(io, 'copy', error, { json: wantsJson(args) });
    return EXIT_USAGE;
  }
  if (parsed.help) {
    io.stdout.write(COPY_HELP);
    return 0;
  }
  try {
    return await runCopy(parsed, io);
  } catch (error) {
    return sayError(io, 'copy', error, { json: parsed.json, hint: flagHint(error) });
  }
};
