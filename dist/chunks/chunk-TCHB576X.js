const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  FerryError
} from "./chunk-ZTYGLEFB.js";

// lib/oci/digest-syntax.ts
var DIGEST = /^sha256:[a-f0-9]{64}$/;
var DIGEST_ALGORITHMS = { sha256: 64, sha512: 128 };
var ENCODED = { sha256: /^[a-f0-9]{64}$/, sha512: /^[a-f0-9]{128}$/ };
function isDigest(value) {
  if (value.startsWith("sha256:")) return DIGEST.test(value);
  const colon = value.indexOf(":");
  const encoded = colon > 0 ? ENCODED[value.slice(0, colon)] : void 0;
  return encoded !== void 0 && encoded.test(value.slice(colon + 1));
}
function digestProblem(digest) {
  const colon = digest.indexOf(":");
  if (colon <= 0) return `'${digest}' is not of the form algorithm:hex`;
  const algorithm = digest.slice(0, colon);
  const length = DIGEST_ALGORITHMS[algorithm];
  if (length === void 0)
    return `digest algorithm '${algorithm}' is not supported (registries address content by sha256 or sha512)`;
  if (!ENCODED[algorithm]?.test(digest.slice(colon + 1)))
    return `digest '${digest}' must be ${algorithm}: followed by ${length} lowercase hex digits`;
  return void 0;
}
function digestHex(digest) {
  const colon = digest.indexOf(":");
  return colon < 0 ? digest : digest.slice(colon + 1);
}

// lib/oci/reference.ts
var DOCKER_HUB = "docker.io";
var DOCKER_HUB_ALIASES = /* @__PURE__ */ new Set([
  "docker.io",
  "index.docker.io",
  "registry-1.docker.io",
  "registry.hub.docker.com"
]);
var PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var TAG = /^[\w][\w.-]{0,127}$/;
function isTag(text) {
  return TAG.test(text);
}
function isRepositoryName(text) {
  return text.length <= MAX_NAME_LENGTH && text.split("/").every((component) => PATH_COMPONENT.test(component));
}
var HOST_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
var PORT = /^[0-9]{1,5}$/;
var MAX_NAME_LENGTH = 255;
var ImageReference = class _ImageReference {
  /** `host[:port]`; Docker Hub is `docker.io`. */
  registry;
  /** Path within the registry; single-name Docker Hub images carry `library/`. */
  repository;
  tag;
  digest;
  constructor(parts) {
    this.registry = parts.registry;
    this.repository = parts.repository;
    this.tag = parts.tag;
    this.digest = parts.digest;
    Object.freeze(this);
  }
  /** `registry/repository`, with no tag or digest. */
  get name() {
    return `${this.registry}/${this.repository}`;
  }
  /** The digest if there is one, else the tag, else `latest`: what a manifest request is made for. */
  get identifier() {
    return this.digest ?? this.tag ?? "latest";
  }
  withTag(tag) {
    checkTag(tag, tag);
    return new _ImageReference({
      registry: this.registry,
      repository: this.repository,
      tag,
      digest: void 0
    });
  }
  withDigest(digest) {
    checkDigest(digest, digest);
    return new _ImageReference({
      registry: this.registry,
      repository: this.repository,
      tag: this.tag,
      digest
    });
  }
  /** Same registry, another repository path (no tag or digest). */
  withRepository(repository) {
    checkRepository(repository, repository);
    return new _ImageReference({ registry: this.registry, repository });
  }
  /** Token-auth scope: `repository:<path>:pull,push`. */
  scope(actions) {
    return `repository:${this.repository}:${actions.join(",")}`;
  }
  toString() {
    return `${this.name}${this.tag ? `:${this.tag}` : ""}${this.digest ? `@${this.digest}` : ""}`;
  }
  toJSON() {
    return this.toString();
  }
};
function referenceError(text, why) {
  return new FerryError(
    `Invalid image reference '${text}': ${why}. Expected host[:port]/path[:tag][@sha256:<64 hex>], e.g. registry.example.com/team/app:1.0.`,
    { code: "REFERENCE", usage: true }
  );
}
function checkTag(tag, text) {
  if (!TAG.test(tag))
    throw referenceError(
      text,
      `tag '${tag}' is not valid (letters, digits, '_', '.', '-'; at most 128; not starting with '.' or '-')`
    );
}
function checkDigest(digest, text) {
  const problem = digestProblem(digest);
  if (problem) throw referenceError(text, problem);
}
var CREDENTIALS_HOW = "Pass credentials apart from the reference: ferry copy's --src-creds/--dest-creds (or FERRY_SRC_CREDS/FERRY_DEST_CREDS), a Docker config.json (docker login, --authfile, the dockerConfigJSON parameter), or a step's user and password parameters (from Vault or a secret)";
function hasUserInfo(text) {
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/]*@/i.test(text)) return true;
  const at = text.indexOf("@");
  if (at < 0) return false;
  const after = text.slice(at + 1);
  if (after.includes("/") || after.includes("@")) return true;
  const before = text.slice(0, at);
  return !before.includes("/") && before.includes(":") && !/^sha(?:256|512):/.test(after);
}
function userInfoError() {
  return new FerryError(
    `Invalid image reference: it holds user information (user:password@) before the registry, so it is not shown here. ${CREDENTIALS_HOW}.`,
    { code: "REFERENCE", usage: true }
  );
}
function checkRepository(repository, text) {
  if (repository.length === 0) throw referenceError(text, "the repository path is empty");
  for (const component of repository.split("/")) {
    if (!PATH_COMPONENT.test(component)) {
      const hint = /[A-Z]/.test(component) ? " (repository names must be lowercase)" : "";
      throw referenceError(text, `path component '${component}' is not valid${hint}`);
    }
  }
}
function checkHost(host, text) {
  let hostname = host;
  let port;
  if (host.startsWith("[")) {
    const end = host.indexOf("]");
    if (end < 0) throw referenceError(text, `registry '${host}' has an unclosed '['`);
    hostname = host.slice(1, end);
    const rest = host.slice(end + 1);
    if (rest !== "" && !rest.startsWith(":"))
      throw referenceError(text, `registry '${host}' is not host[:port]`);
    port = rest === "" ? void 0 : rest.slice(1);
    if (!/^[0-9a-fA-F:.]+$/.test(hostname))
      throw referenceError(text, `registry '${host}' is not a valid IPv6 address`);
  } else {
    const colon = host.lastIndexOf(":");
    if (colon >= 0) {
      hostname = host.slice(0, colon);
      port = host.slice(colon + 1);
    }
    if (!hostname.split(".").every((c) => HOST_COMPONENT.test(c)))
      throw referenceError(text, `registry host '${hostname}' is not a valid host name`);
  }
  if (port !== void 0 && (!PORT.test(port) || Number(port) > 65535))
    throw referenceError(text, `port '${port}' is not a number from 0 to 65535`);
}
function looksLikeHost(component) {
  return /[.:]/.test(component) || component === "localhost" || component.startsWith("[") || component !== component.toLowerCase();
}
function normalizeHost(host) {
  const lower = host.toLowerCase();
  return DOCKER_HUB_ALIASES.has(lower) ? DOCKER_HUB : lower;
}
function parseReference(text) {
  const input = text.trim();
  if (hasUserInfo(input)) throw userInfoError();
  if (input.length === 0) throw referenceError(text, "it is empty");
  if (/\s/.test(input)) throw referenceError(text, "it contains whitespace");
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input))
    throw referenceError(text, "a reference has no URL scheme; drop the https://");
  let rest = input;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    checkDigest(digest, text);
  }
  let tag;
  const lastColon = rest.lastIndexOf(":");
  const lastSlash = rest.lastIndexOf("/");
  const lastBracket = rest.lastIndexOf("]");
  if (lastColon > lastSlash && lastColon > lastBracket) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    checkTag(tag, text);
  }
  let registry;
  let repository;
  const firstSlash = rest.indexOf("/");
  const first = firstSlash < 0 ? rest : rest.slice(0, firstSlash);
  if (firstSlash >= 0 && looksLikeHost(first)) {
    checkHost(first, text);
    registry = normalizeHost(first);
    repository = rest.slice(firstSlash + 1);
  } else {
    if (firstSlash < 0 && looksLikeHost(first) && first !== first.toLowerCase())
      throw referenceError(text, `repository '${first}' must be lowercase`);
    registry = DOCKER_HUB;
    repository = rest;
  }
  if (registry === DOCKER_HUB && !repository.includes("/")) repository = `library/${repository}`;
  checkRepository(repository, text);
  if (`${registry}/${repository}`.length > MAX_NAME_LENGTH)
    throw referenceError(text, `the name is longer than ${MAX_NAME_LENGTH} characters`);
  return new ImageReference({ registry, repository, tag, digest });
}
function tryParseReference(text) {
  try {
    return parseReference(text);
  } catch {
    return void 0;
  }
}
function normalizeRegistryUrl(url) {
  let rest = url.trim();
  if (/^(?:[a-z][a-z0-9+.-]*:\/\/)?[^/?#]*@/i.test(rest))
    throw new FerryError(
      `Invalid registry URL: it holds user information (user:password@), so it is not shown here; credentials go apart from a registry, never in the URL. ${CREDENTIALS_HOW}.`,
      { code: "REFERENCE", usage: true }
    );
  if (rest.length === 0)
    throw new FerryError(
      `Invalid registry URL '${url}': it is empty. Give a host such as registry.example.com[:port].`,
      {
        code: "REFERENCE",
        usage: true
      }
    );
  let secure;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(rest);
  if (scheme) {
    const name = (scheme[1] ?? "").toLowerCase();
    if (name !== "https" && name !== "http")
      throw new FerryError(
        `Invalid registry URL '${url}': scheme '${name}' is not http or https. Give https://host[:port].`,
        {
          code: "REFERENCE",
          usage: true
        }
      );
    secure = name === "https";
    rest = rest.slice(scheme[0].length);
  }
  rest = rest.replace(/[?#].*$/, "");
  const slash = rest.indexOf("/");
  const hostPart = slash < 0 ? rest : rest.slice(0, slash);
  const pathPart = (slash < 0 ? "" : rest.slice(slash + 1)).split("/").filter((c) => c.length > 0).filter((c, i) => !(i === 0 && /^v[12]$/.test(c))).join("/");
  try {
    checkHost(hostPart, url);
  } catch (error) {
    throw new FerryError(
      `Invalid registry URL '${url}': '${hostPart}' is not host[:port]. Give e.g. https://registry.example.com:5000.`,
      {
        code: "REFERENCE",
        usage: true,
        cause: error
      }
    );
  }
  const result = { host: normalizeHost(hostPart) };
  if (secure !== void 0) result.secure = secure;
  if (pathPart) {
    checkRepository(pathPart, url);
    result.path = pathPart;
  }
  return result;
}
function referenceFromParts(registryUrl, nameTag) {
  const registry = normalizeRegistryUrl(registryUrl);
  let name = nameTag.trim().replace(/^\/+/, "");
  const first = name.split("/")[0] ?? "";
  if (name.includes("/") && looksLikeHost(first) && normalizeHost(first) === registry.host) {
    name = name.slice(first.length + 1);
  }
  const prefix = registry.path && !name.startsWith(`${registry.path}/`) ? `${registry.path}/` : "";
  return parseReference(`${registry.host}/${prefix}${name}`);
}

export {
  DIGEST_ALGORITHMS,
  isDigest,
  digestProblem,
  digestHex,
  DOCKER_HUB,
  isTag,
  isRepositoryName,
  ImageReference,
  CREDENTIALS_HOW,
  parseReference,
  tryParseReference,
  normalizeRegistryUrl,
  referenceFromParts
};
