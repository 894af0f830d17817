const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  endpointIdentifier,
  endpointTag,
  openEndpointStore,
  parseEndpoint
} from "./chunk-GFFDOG37.js";
import {
  sayError,
  wantsJson
} from "./chunk-CXIF5CUK.js";
import {
  closedOptions,
  enabled,
  parseArgs,
  single
} from "./chunk-6AIOAQ5K.js";
import {
  LayoutReader,
  copyImage,
  createKeychain,
  createProgressPrinter,
  createRegistryClient,
  findNetworkError,
  formatBytes,
  parsePlatform,
  useTerminalProgress
} from "./chunk-55K4AF6Q.js";
import "./chunk-YG2JLHQD.js";
import {
  MEDIA_TYPES
} from "./chunk-F7STDRLI.js";
import "./chunk-SA635VBW.js";
import {
  isTag
} from "./chunk-TCHB576X.js";
import "./chunk-YZFBVT3Z.js";
import "./chunk-4EWSLH6K.js";
import "./chunk-FJHZMGUF.js";
import {
  EXIT_USAGE,
  UsageError
} from "./chunk-ZTYGLEFB.js";

// lib/cli/commands/copy-flags.ts
var COPY_FLAGS = {
  values: ["platform", "tag", "jobs", "insecure-registry", "ca-file", "src-creds", "dest-creds", "authfile"],
  booleans: ["referrers", "json"]
};

// lib/cli/commands/copy.ts
var COPY_HELP = `Usage: ferry copy SRC DST [options]

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
function flagHint(error) {
  const network = findNetworkError(error);
  if (network?.kind !== "tls") return "";
  return " Pass the CA bundle with --ca-file PATH, or --insecure-registry HOST if it serves plain HTTP or you trust the network.";
}
function parseCopyArgs(args) {
  const options = parseArgs(args, closedOptions(COPY_FLAGS, "copy"));
  const list = (name) => options.flags.get(name) ?? [];
  const parsed = {
    source: "",
    target: "",
    platforms: list("platform"),
    tags: list("tag"),
    referrers: enabled(options, "referrers"),
    insecureRegistries: list("insecure-registry"),
    json: enabled(options, "json"),
    help: enabled(options, "help")
  };
  for (const platform of parsed.platforms) parsePlatform(platform);
  const jobs = single(options, "jobs");
  if (jobs !== void 0) {
    const n = Number(jobs);
    if (!Number.isInteger(n) || n < 1 || n > 64)
      throw new UsageError(`--jobs must be a whole number from 1 to 64, not '${jobs}'.`);
    parsed.jobs = n;
  }
  const caFile = single(options, "ca-file");
  if (caFile !== void 0) parsed.caFile = caFile;
  const srcCreds = single(options, "src-creds");
  if (srcCreds !== void 0) parsed.srcCreds = srcCreds;
  const destCreds = single(options, "dest-creds");
  if (destCreds !== void 0) parsed.destCreds = destCreds;
  const authfile = single(options, "authfile");
  if (authfile !== void 0) parsed.authfile = authfile;
  if (parsed.help) return parsed;
  const positional = options.positionals;
  if (positional.length !== 2)
    throw new UsageError(
      `Expected SRC and DST, got ${positional.length} argument${positional.length === 1 ? "" : "s"}. Run 'ferry copy --help'.`
    );
  parsed.source = positional[0] ?? "";
  parsed.target = positional[1] ?? "";
  return parsed;
}
function parseCreds(value, flag) {
  if (value === void 0) return void 0;
  const colon = value.indexOf(":");
  if (colon <= 0 || colon === value.length - 1)
    throw new UsageError(
      `${flag} must be USER:PASSWORD (the value given is not). Check the flag or the environment variable.`
    );
  return { username: value.slice(0, colon), password: value.slice(colon + 1) };
}
function keychainOptions(io, args, credentials) {
  const options = { secrets: io.log.secrets, log: io.log, environment: io.env };
  for (const [registry, creds] of credentials) {
    if (registry && creds) options.credentials = { ...options.credentials, [registry]: creds };
  }
  const search = io.dockerConfig ?? {};
  if (args.authfile) options.dockerConfigFiles = [args.authfile];
  else {
    if (search.dockerConfigDir) options.dockerConfigDir = search.dockerConfigDir;
    if (search.dockerConfigFiles) options.dockerConfigFiles = search.dockerConfigFiles;
  }
  if (search.authFiles) options.authFiles = search.authFiles;
  return options;
}
function registryOf(endpoint) {
  return endpoint.kind === "registry" ? endpoint.reference.registry : void 0;
}
var ARCHIVE_TAG = "latest";
function targetTags(source, target, extra) {
  if (target.kind === "archive") return [ARCHIVE_TAG];
  let own = endpointTag(target);
  const layoutLike = target.kind === "oci-archive" || target.kind === "layout" && !target.digest;
  if (own === void 0 && layoutLike && extra.length === 0) own = endpointTag(source) ?? "latest";
  return [.../* @__PURE__ */ new Set([...own ? [own] : [], ...extra])];
}
async function sourceIdentifier(endpoint, repository) {
  const untagged = endpoint.kind === "layout" && !endpoint.tag && !endpoint.digest || endpoint.kind === "oci-archive" && !endpoint.tag;
  if (untagged && repository instanceof LayoutReader) {
    const images = await repository.images();
    const only = images[0];
    if (images.length === 1 && only) return only.tag ?? only.descriptor.digest;
  }
  return endpointIdentifier(endpoint);
}
function hostPlatform() {
  const arch = { x64: "amd64", ia32: "386", ppc64: "ppc64le" };
  return `linux/${arch[process.arch] ?? process.arch}`;
}
function archiveRepoTag(source) {
  if (source.kind !== "registry" || !source.reference.tag) return void 0;
  return `${source.reference.registry}/${source.reference.repository}:${source.reference.tag}`;
}
function summary(result, source, target) {
  const lines = [];
  if (result.noop) {
    const n = result.referrers.length;
    const theirs = n > 0 ? ` and its ${n} referrer${n === 1 ? "" : "s"}` : "";
    lines.push(`Nothing to copy: ${target} already holds ${result.targetDigest}${theirs}.`);
    return lines;
  }
  const blobs = `${result.blobsUploaded} blobs uploaded, ${result.blobsMounted} mounted, ${result.blobsSkipped} already there`;
  lines.push(
    `Copied ${source} to ${target}@${result.targetDigest} (${blobs}; ${formatBytes(result.bytesSent)} sent in ${result.seconds.toFixed(1)} s).`
  );
  const index = result.mediaType === MEDIA_TYPES.ociIndex || result.mediaType === MEDIA_TYPES.dockerManifestList;
  if (result.digestChanged && !index)
    lines.push(
      `The target digest differs from the source digest ${result.sourceDigest}: the target holds the ${result.platforms.join(", ")} manifest ${result.targetDigest} itself, as the source index lists it.`
    );
  else if (result.digestChanged)
    lines.push(
      `The target digest differs from the source digest ${result.sourceDigest}: only ${result.platforms.join(", ")} were copied, so the target holds a new index ${result.targetDigest}.`
    );
  for (const r of result.referrers)
    lines.push(
      `Referrer ${r.digest}${r.artifactType ? ` (${r.artifactType})` : ""} of ${r.subject}: ${r.written ? "copied" : "already there"}.`
    );
  for (const tag of result.referrerTagsWritten)
    lines.push(`Listed referrers in tag ${tag} (${target} has no referrers API).`);
  return lines;
}
async function runCopy(args, io) {
  const source = parseEndpoint(args.source);
  const target = parseEndpoint(args.target);
  if (target.kind === "archive" && args.tags.length > 0)
    throw new UsageError(
      `--tag does not apply to a docker-archive DST: name the image in DST instead, e.g. docker-archive:${target.file}:app:1.0.`
    );
  if (target.kind === "archive" && args.referrers)
    throw new UsageError(
      `--referrers does not apply to a docker-archive DST: it holds no referrers. Use oci: or oci-archive: to keep them.`
    );
  if (target.kind === "archive" && args.platforms.length > 1)
    throw new UsageError(
      `a docker-archive holds one image: give one --platform, not ${args.platforms.length}. Use oci: or oci-archive: for several.`
    );
  for (const tag of args.tags)
    if (!isTag(tag))
      throw new UsageError(
        `--tag '${tag}' is not a valid tag (letters, digits, '_', '.', '-'; at most 128; not starting with '.' or '-').`
      );
  const srcCreds = parseCreds(
    args.srcCreds ?? io.env.FERRY_SRC_CREDS,
    args.srcCreds ? "--src-creds" : "FERRY_SRC_CREDS"
  );
  const destCreds = parseCreds(
    args.destCreds ?? io.env.FERRY_DEST_CREDS,
    args.destCreds ? "--dest-creds" : "FERRY_DEST_CREDS"
  );
  for (const creds of [srcCreds, destCreds])
    if (creds) io.log.secrets.addBasicAuth(creds.username, creds.password);
  const clientOptions = {
    insecureRegistries: args.insecureRegistries,
    secrets: io.log.secrets,
    log: io.log,
    ...args.caFile ? { caFile: args.caFile } : {},
    ...io.signal ? { signal: io.signal } : {}
  };
  const clients = [];
  const client = (credentials) => {
    const made = createRegistryClient({
      ...clientOptions,
      keychain: createKeychain(keychainOptions(io, args, credentials))
    });
    clients.push(made);
    return made;
  };
  const sameRegistry = registryOf(source) !== void 0 && registryOf(source) === registryOf(target);
  const destOrShared = destCreds ?? (sameRegistry ? srcCreds : void 0);
  const twoIdentities = sameRegistry && srcCreds !== void 0 && destCreds !== void 0 && (srcCreds.username !== destCreds.username || srcCreds.password !== destCreds.password);
  const sourceClient = client(
    twoIdentities ? [[registryOf(source), srcCreds]] : [
      [registryOf(target), destOrShared],
      [registryOf(source), srcCreds ?? (sameRegistry ? destCreds : void 0)]
    ]
  );
  const targetClient = twoIdentities ? client([[registryOf(target), destCreds]]) : sourceClient;
  const stores = [];
  try {
    const sourceStore = await openEndpointStore(source, { client: sourceClient, cwd: io.cwd });
    stores.push(sourceStore);
    const sourceRepo = sourceStore.repository;
    const mountFrom = sameRegistry && source.kind === "registry" ? [source.reference.repository] : [];
    const repoTag = archiveRepoTag(source);
    const targetStore = await openEndpointStore(target, {
      client: targetClient,
      cwd: io.cwd,
      write: true,
      mountFrom,
      ...repoTag ? { repoTag } : {}
    });
    stores.push(targetStore);
    const printer = createProgressPrinter({
      stream: io.stderr,
      isTTY: useTerminalProgress({ stream: io.stderr, json: args.json, env: io.env }),
      label: args.target
    });
    const tags = targetTags(source, target, args.tags);
    const result = await copyImage({
      source: sourceRepo,
      sourceReference: await sourceIdentifier(source, sourceRepo),
      target: targetStore.repository,
      tags,
      platforms: args.platforms,
      ...target.kind === "archive" ? { indexPlatform: hostPlatform() } : {},
      referrers: args.referrers,
      ...target.kind === "registry" && target.reference.digest ? { expectDigest: target.reference.digest } : {},
      ...target.kind === "layout" && target.digest ? { expectDigest: target.digest } : {},
      onProgress: (p) => printer.onProgress(p),
      ...args.jobs ? { jobs: args.jobs } : {},
      ...io.signal ? { signal: io.signal } : {}
    });
    await targetStore.commit(tags[0] ?? result.targetDigest);
    printer.finish();
    if (args.json) {
      io.stdout.write(
        `${JSON.stringify({ source: args.source, target: args.target, ...result, seconds: Number(result.seconds.toFixed(3)) })}
`
      );
    } else {
      for (const line of summary(result, args.source, args.target)) io.stdout.write(`${io.log.mask(line)}
`);
    }
    return 0;
  } finally {
    await Promise.all([...clients.map((c) => c.close()), ...stores.map((store) => store.close())]);
  }
}
var copyCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseCopyArgs(args);
  } catch (error) {
    sayError(io, "copy", error, { json: wantsJson(args) });
    return EXIT_USAGE;
  }
  if (parsed.help) {
    io.stdout.write(COPY_HELP);
    return 0;
  }
  try {
    return await runCopy(parsed, io);
  } catch (error) {
    return sayError(io, "copy", error, { json: parsed.json, hint: flagHint(error) });
  }
};
export {
  COPY_FLAGS,
  COPY_HELP,
  copyCommand,
  parseCopyArgs
};
