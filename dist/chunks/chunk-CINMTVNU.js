import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  enabled,
  parseArgs,
  single
} from "./chunk-2SB756AK.js";
import {
  ARCHIVE_PREFIX,
  LAYOUT_PREFIX,
  copyImage,
  createKeychain,
  createProgressPrinter,
  createRegistryClient,
  findNetworkError,
  formatBytes,
  openDockerArchive,
  openLayout,
  parseArchiveReference,
  parseLayoutReference,
  parsePlatform
} from "./chunk-QLQXVRPB.js";
import {
  parseReference
} from "./chunk-2MNOM6DJ.js";
import {
  EXIT_USAGE,
  FerryError,
  UsageError,
  errorMessage,
  exitCodeOf
} from "./chunk-4IZ6AG3E.js";

// lib/oci/cli.ts
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";

// lib/oci/copy/endpoints.ts
import { isAbsolute, resolve } from "node:path";
var DOCKER_PREFIX = "docker://";
function parseEndpoint(text) {
  if (text.startsWith(LAYOUT_PREFIX)) return { kind: "layout", text, ...parseLayoutReference(text) };
  if (text.startsWith(ARCHIVE_PREFIX)) return { kind: "archive", text, ...parseArchiveReference(text) };
  const bare = text.startsWith(DOCKER_PREFIX) ? text.slice(DOCKER_PREFIX.length) : text;
  return { kind: "registry", text, reference: parseReference(bare) };
}
function endpointIdentifier(endpoint) {
  if (endpoint.kind === "registry") return endpoint.reference.identifier;
  if (endpoint.kind === "layout") return endpoint.digest ?? endpoint.tag ?? "latest";
  return endpoint.image ?? "latest";
}
function endpointTag(endpoint) {
  if (endpoint.kind === "layout") return endpoint.tag;
  if (endpoint.kind === "archive") return void 0;
  const { tag, digest } = endpoint.reference;
  return tag ?? (digest ? void 0 : "latest");
}
async function openEndpoint(endpoint, options) {
  const path = (p) => isAbsolute(p) ? p : resolve(options.cwd, p);
  switch (endpoint.kind) {
    case "layout":
      return openLayout(path(endpoint.path), { create: options.write ?? false });
    case "archive":
      if (options.write)
        throw new FerryError(
          `${endpoint.text} cannot be a copy target: docker-archive is read-only here. Copy to a registry or an oci: layout.`,
          {
            code: "USAGE",
            usage: true
          }
        );
      return openDockerArchive(path(endpoint.file), endpoint.image ? { image: endpoint.image } : {});
    case "registry":
      return options.client.repository(endpoint.reference, {
        push: options.write ?? false,
        ...options.mountFrom && options.mountFrom.length > 0 ? { mountFrom: options.mountFrom } : {}
      });
  }
}

// lib/oci/cli.ts
var COPY_HELP = `Usage: ferry copy SRC DST [options]

Copies an image (the whole index by default, digest unchanged) from SRC to DST.

SRC and DST:
  [docker://]host[:port]/path[:tag][@sha256:...]   a registry image
  oci:DIRECTORY[:tag]                               an OCI image layout directory
  docker-archive:FILE.tar[:name:tag]                a 'docker save' tarball (SRC only)

Options:
  --platform OS/ARCH[/VARIANT]  copy only these platforms (repeatable); the target index gets a new digest
  --tag TAG                     also tag the target with TAG (repeatable); nothing is sent twice
  --jobs N                      blobs copied in parallel (default 4)
  --referrers                   copy referrers too (signatures, SBOMs, attestations), recursively
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
var TAG = /^[\w][\w.-]{0,127}$/;
var VALUE_OPTIONS = /* @__PURE__ */ new Set([
  "platform",
  "tag",
  "jobs",
  "insecure-registry",
  "ca-file",
  "src-creds",
  "dest-creds",
  "authfile"
]);
var BOOLEAN_OPTIONS = /* @__PURE__ */ new Set(["referrers", "json", "help"]);
var CopyUsageError = class extends UsageError {
  constructor(message) {
    super(`ferry copy: ${message}`);
  }
};
function flagHint(error) {
  const network = findNetworkError(error);
  if (network?.kind !== "tls") return "";
  return " Pass the CA bundle with --ca-file PATH, or --insecure-registry HOST if it serves plain HTTP or you trust the network.";
}
function parseCopyArgs(args) {
  const options = parseArgs(args, { values: VALUE_OPTIONS, booleans: BOOLEAN_OPTIONS, command: "copy" });
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
      throw new CopyUsageError(`--jobs must be a whole number from 1 to 64, not '${jobs}'.`);
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
    throw new CopyUsageError(
      `expected SRC and DST, got ${positional.length} argument${positional.length === 1 ? "" : "s"}. Run 'ferry copy --help'.`
    );
  parsed.source = positional[0] ?? "";
  parsed.target = positional[1] ?? "";
  return parsed;
}
function parseCreds(value, flag) {
  if (value === void 0) return void 0;
  const colon = value.indexOf(":");
  if (colon <= 0 || colon === value.length - 1)
    throw new CopyUsageError(
      `${flag} must be USER:PASSWORD (the value given is not). Check the flag or the environment variable.`
    );
  return { username: value.slice(0, colon), password: value.slice(colon + 1) };
}
function keychainOptions(io, args, credentials) {
  const options = { secrets: io.log.secrets, log: io.log };
  for (const [registry, creds] of credentials) {
    if (registry && creds) options.credentials = { ...options.credentials, [registry]: creds };
  }
  if (args.authfile) options.dockerConfigFiles = [args.authfile];
  else if (io.env.DOCKER_CONFIG) options.dockerConfigDir = io.env.DOCKER_CONFIG;
  else if (io.env.HOME) options.dockerConfigFiles = [join(io.env.HOME, ".docker", "config.json")];
  if (io.env.REGISTRY_AUTH_FILE) options.authFiles = [io.env.REGISTRY_AUTH_FILE];
  else if (io.env.XDG_RUNTIME_DIR)
    options.authFiles = [join(io.env.XDG_RUNTIME_DIR, "containers", "auth.json")];
  return options;
}
function registryOf(endpoint) {
  return endpoint.kind === "registry" ? endpoint.reference.registry : void 0;
}
function targetTags(source, target, extra) {
  let own = endpointTag(target);
  if (own === void 0 && target.kind === "layout" && !target.digest && extra.length === 0)
    own = endpointTag(source) ?? "latest";
  return [.../* @__PURE__ */ new Set([...own ? [own] : [], ...extra])];
}
function summary(result, source, target) {
  const lines = [];
  if (result.noop) {
    lines.push(`Nothing to copy: ${target} already holds ${result.targetDigest}.`);
    return lines;
  }
  const blobs = `${result.blobsUploaded} blobs uploaded, ${result.blobsMounted} mounted, ${result.blobsSkipped} already there`;
  lines.push(
    `Copied ${source} to ${target}@${result.targetDigest} (${blobs}; ${formatBytes(result.bytesSent)} sent in ${result.seconds.toFixed(1)} s).`
  );
  if (result.digestChanged)
    lines.push(
      `The target digest differs from the source digest ${result.sourceDigest}: only ${result.platforms.join(", ")} were copied, so the target holds a new index ${result.targetDigest}.`
    );
  if (result.referrersCopied > 0)
    lines.push(`Copied ${result.referrersCopied} referrer${result.referrersCopied === 1 ? "" : "s"}.`);
  return lines;
}
async function runCopy(args, io) {
  const source = parseEndpoint(args.source);
  const target = parseEndpoint(args.target);
  if (target.kind === "archive")
    throw new CopyUsageError(
      `DST ${args.target} is a docker-archive, which ferry only reads. Copy to a registry or an oci: layout.`
    );
  for (const tag of args.tags)
    if (!TAG.test(tag))
      throw new CopyUsageError(
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
    ...args.caFile ? { caFile: args.caFile } : {}
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
  try {
    const sourceRepo = await openEndpoint(source, { client: sourceClient, cwd: io.cwd });
    const mountFrom = sameRegistry && source.kind === "registry" ? [source.reference.repository] : [];
    const targetRepo = await openEndpoint(target, {
      client: targetClient,
      cwd: io.cwd,
      write: true,
      mountFrom
    });
    const printer = createProgressPrinter({
      stream: io.stderr,
      isTTY: io.isTTY && !args.json,
      label: args.target
    });
    const result = await copyImage({
      source: sourceRepo,
      sourceReference: endpointIdentifier(source),
      target: targetRepo,
      tags: targetTags(source, target, args.tags),
      platforms: args.platforms,
      referrers: args.referrers,
      ...target.kind === "registry" && target.reference.digest ? { expectDigest: target.reference.digest } : {},
      ...target.kind === "layout" && target.digest ? { expectDigest: target.digest } : {},
      onProgress: (p) => printer.onProgress(p),
      ...args.jobs ? { jobs: args.jobs } : {},
      ...io.signal ? { signal: io.signal } : {}
    });
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
    await Promise.all(clients.map((c) => c.close()));
  }
}
var copyCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseCopyArgs(args);
  } catch (error) {
    io.stderr.write(`${io.log.mask(errorMessage(error))}
`);
    return EXIT_USAGE;
  }
  if (parsed.help) {
    io.stdout.write(COPY_HELP);
    return 0;
  }
  setFlagsFromString("--liftoff-only");
  try {
    return await runCopy(parsed, io);
  } catch (error) {
    const message = `${errorMessage(error)}${flagHint(error)}`.replace(/\s*\n\s*/g, " ");
    const prefix = error instanceof CopyUsageError ? "" : "ferry copy: ";
    io.stderr.write(`${prefix}${io.log.mask(message)}
`);
    return exitCodeOf(error);
  }
};

export {
  parseEndpoint,
  endpointIdentifier,
  endpointTag,
  openEndpoint,
  COPY_HELP,
  parseCopyArgs,
  copyCommand
};
