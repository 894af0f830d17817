const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  errnoOf,
  isCertificateErrno,
  isTemporaryErrno,
  networkErrorKind
} from "./chunk-YG2JLHQD.js";
import {
  MANIFEST_ACCEPT,
  MEDIA_TYPES,
  hostnameOf,
  isListedHost,
  isLoopbackHost,
  isSelfVerifying,
  redactUrl
} from "./chunk-F7STDRLI.js";
import {
  BlobCheck,
  DigestVerifier,
  createDigestVerifier,
  isRecord,
  sha256Digest
} from "./chunk-SA635VBW.js";
import {
  DOCKER_HUB,
  digestHex,
  isDigest,
  isTag,
  normalizeRegistryUrl
} from "./chunk-TCHB576X.js";
import {
  SecretRegistry
} from "./chunk-YZFBVT3Z.js";
import {
  nodeCrypto,
  warmCrypto
} from "./chunk-FJHZMGUF.js";
import {
  FerryError,
  errorMessage
} from "./chunk-ZTYGLEFB.js";

// lib/oci/copy/platform.ts
function parsePlatform(text) {
  const parts = text.trim().split("/");
  const [os, architecture, variant] = parts;
  if (parts.length < 2 || parts.length > 3 || !os || !architecture || parts.some((p) => !/^[a-z0-9._-]+$/i.test(p)))
    throw new FerryError(
      `Invalid platform '${text}': expected os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8.`,
      {
        code: "USAGE",
        usage: true
      }
    );
  return variant ? { os, architecture, variant } : { os, architecture };
}
function normalizePlatform(platform) {
  let os = platform.os.toLowerCase();
  if (os === "macos") os = "darwin";
  let architecture = platform.architecture.toLowerCase();
  let variant = (platform.variant ?? "").toLowerCase();
  switch (architecture) {
    case "i386":
      architecture = "386";
      variant = "";
      break;
    case "x86_64":
    case "x86-64":
    case "amd64":
      architecture = "amd64";
      if (variant === "v1") variant = "";
      break;
    case "aarch64":
    case "arm64":
      architecture = "arm64";
      if (variant === "8" || variant === "v8" || variant === "v8.0") variant = "";
      else if (variant === "9" || variant === "9.0" || variant === "v9.0") variant = "v9";
      break;
    case "armhf":
      architecture = "arm";
      variant = "v7";
      break;
    case "armel":
      architecture = "arm";
      variant = "v6";
      break;
    case "arm":
      if (variant === "" || variant === "7") variant = "v7";
      else if (variant === "5" || variant === "6" || variant === "8") variant = `v${variant}`;
      break;
  }
  return { os, architecture, variant };
}
function platformMatches(spec, platform) {
  if (!platform) return false;
  const a = normalizePlatform(spec);
  const b = normalizePlatform(platform);
  return a.os === b.os && a.architecture === b.architecture && a.variant === b.variant;
}

// lib/oci/auth/keychain.ts
import { join } from "node:path";

// lib/oci/auth/docker-config.ts
import { readFile } from "node:fs/promises";
var ENTRY_FIELDS = ["auth", "username", "password", "identitytoken", "registrytoken"];
function wording(path, options) {
  return {
    subject: options.subject ?? `The registry credentials file ${path}`,
    fix: options.fix ?? "Fix or remove the file."
  };
}
function invalid(path, options, problem) {
  const { subject, fix } = wording(path, options);
  return new FerryError(`${subject} ${problem}. ${fix}`, { code: "CONFIG", usage: true });
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
function checkDockerConfig(path, json, options = {}) {
  if (!isRecord(json)) throw invalid(path, options, `is ${typeName(json)}, not a JSON object`);
  const auths = /* @__PURE__ */ new Map();
  if (json.auths !== void 0 && json.auths !== null) {
    if (!isRecord(json.auths))
      throw invalid(path, options, `has 'auths' as ${typeName(json.auths)}, not an object`);
    for (const [key, value] of Object.entries(json.auths)) {
      if (!isRecord(value))
        throw invalid(path, options, `has 'auths' entry '${key}' as ${typeName(value)}, not an object`);
      const entry = {};
      for (const field of ENTRY_FIELDS) {
        const v = value[field];
        if (v === void 0 || v === null || v === "") continue;
        if (typeof v !== "string")
          throw invalid(
            path,
            options,
            `has '${field}' of 'auths' entry '${key}' as ${typeName(v)}, not a string`
          );
        entry[field] = v;
      }
      auths.set(key, entry);
    }
  }
  const credHelpers = /* @__PURE__ */ new Map();
  if (json.credHelpers !== void 0 && json.credHelpers !== null) {
    if (!isRecord(json.credHelpers))
      throw invalid(path, options, `has 'credHelpers' as ${typeName(json.credHelpers)}, not an object`);
    for (const [key, value] of Object.entries(json.credHelpers)) {
      if (typeof value !== "string")
        throw invalid(
          path,
          options,
          `has 'credHelpers' entry '${key}' as ${typeName(value)}, not a helper name`
        );
      if (value) credHelpers.set(key, value);
    }
  }
  const store = json.credsStore;
  if (store !== void 0 && store !== null && typeof store !== "string")
    throw invalid(path, options, `has 'credsStore' as ${typeName(store)}, not a helper name`);
  return { path, content: json, auths, credHelpers, credsStore: store ? store : void 0 };
}
function parseDockerConfig(path, text, options = {}) {
  if (text.trim() === "") return checkDockerConfig(path, {}, options);
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalid(path, options, "is not valid JSON");
  }
  return checkDockerConfig(path, json, options);
}
function unreadable(error) {
  switch (errnoOf(error)) {
    case "ENOENT":
      return "does not exist";
    case "EACCES":
    case "EPERM":
      return "cannot be read: permission denied";
    case "EISDIR":
      return "is a directory, not a file";
    default:
      return `cannot be read: ${errorMessage(error)}`;
  }
}
async function readDockerConfig(path, options = {}) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (options.optional && errnoOf(error) === "ENOENT") return void 0;
    const { subject, fix } = wording(path, options);
    throw new FerryError(`${subject} ${unreadable(error)}. ${fix}`, {
      code: errnoOf(error) === "ENOENT" ? "PATH" : "CONFIG",
      usage: true,
      cause: error
    });
  }
  return parseDockerConfig(path, text, options);
}
var BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
function decodeDockerAuth(auth) {
  const trimmed = auth.trim();
  if (trimmed.length % 4 === 1 || !BASE64.test(trimmed)) return void 0;
  const decoded = Buffer.from(trimmed, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon <= 0) return void 0;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1).replace(/\0+$/, "") };
}
function registerDockerConfigSecrets(config, secrets) {
  for (const entry of config.auths.values()) {
    secrets.add(entry.auth);
    secrets.add(entry.password);
    secrets.add(entry.identitytoken);
    secrets.add(entry.registrytoken);
    const decoded = entry.auth === void 0 ? void 0 : decodeDockerAuth(entry.auth);
    if (decoded) {
      secrets.add(decoded.password);
      secrets.addBasicAuth(decoded.username, decoded.password);
    }
    if (entry.username !== void 0 && entry.password !== void 0)
      secrets.addBasicAuth(entry.username, entry.password);
  }
}

// lib/oci/auth/keychain.ts
function credentialServerUrl(registry) {
  return registry === DOCKER_HUB ? "https://index.docker.io/v1/" : registry;
}
function keyOf(key) {
  try {
    const normalized = normalizeRegistryUrl(key);
    return normalized.path ? { host: normalized.host, path: normalized.path } : { host: normalized.host };
  } catch {
    return void 0;
  }
}
function stringField(value, key) {
  const field = value[key];
  return typeof field === "string" && field.length > 0 ? field : void 0;
}
function asObject(value) {
  return isRecord(value) ? value : void 0;
}
function findEntry(map, registry, repository) {
  let best;
  for (const [key, value] of map) {
    const parsed = keyOf(key);
    if (!parsed || parsed.host !== registry) continue;
    let length = 0;
    if (parsed.path) {
      if (!repository || repository !== parsed.path && !repository.startsWith(`${parsed.path}/`)) continue;
      length = parsed.path.length;
    }
    if (!best || length > best.length) best = { value, length };
  }
  return best?.value;
}
var DefaultKeychain = class {
  constructor(options) {
    this.options = options;
    this.secrets = options.secrets ?? new SecretRegistry();
    this.exec = options.exec ?? (async (...args) => (await import("./exec-Q662MDSO.js")).exec(...args));
    for (const [key, value] of Object.entries(options.credentials ?? {})) {
      this.secrets.add(value.password);
      this.secrets.addBasicAuth(value.username, value.password);
      this.explicit.set(normalizeRegistryUrl(key).host, value);
    }
  }
  options;
  secrets;
  exec;
  configs;
  explicit = /* @__PURE__ */ new Map();
  loadConfigs() {
    if (!this.configs) {
      const paths = [
        ...this.options.dockerConfigDir ? [join(this.options.dockerConfigDir, "config.json")] : [],
        ...this.options.dockerConfigFiles ?? []
      ];
      const read = (path) => readDockerConfig(path, { optional: true });
      const given = this.options.dockerConfigs ?? [];
      const authFiles = this.options.authFiles ?? [];
      this.configs = Promise.all([...paths.map(read), ...given, ...authFiles.map(read)]).then((files) => {
        const found = files.filter((f) => f !== void 0);
        for (const config of found) registerDockerConfigSecrets(config, this.secrets);
        return found;
      });
    }
    return this.configs;
  }
  async resolve(registry, repository) {
    const explicit = this.explicit.get(registry);
    if (explicit) return { username: explicit.username, password: explicit.password };
    for (const config of await this.loadConfigs()) {
      const helper = findEntry(config.credHelpers, registry, repository);
      if (helper) return this.fromHelper(helper, registry, config.path);
      const entry = findEntry(config.auths, registry, repository);
      if (entry) {
        const credential = this.fromEntry(entry, config.path, registry);
        if (credential) return credential;
      }
      if (config.credsStore) {
        const stored = await this.fromHelper(config.credsStore, registry, config.path, { optional: true });
        if (stored) return stored;
      }
    }
    return void 0;
  }
  fromEntry(entry, path, registry) {
    const credential = {};
    if (entry.auth) {
      const decoded = decodeDockerAuth(entry.auth);
      if (!decoded) {
        throw new FerryError(
          `Registry credentials for ${registry} in ${path} are malformed: 'auth' is not base64 of user:password. Log in again (docker login ${registry}).`,
          { code: "CONFIG", usage: true }
        );
      }
      credential.username = decoded.username;
      credential.password = decoded.password;
    }
    if (entry.username) credential.username = entry.username;
    if (entry.password) credential.password = entry.password;
    if (entry.identitytoken) credential.identityToken = entry.identitytoken;
    if (entry.registrytoken) credential.registryToken = entry.registrytoken;
    this.register(credential);
    return Object.keys(credential).length ? credential : void 0;
  }
  register(credential) {
    this.secrets.add(credential.password);
    this.secrets.add(credential.identityToken);
    this.secrets.add(credential.registryToken);
    if (credential.username !== void 0 && credential.password !== void 0)
      this.secrets.addBasicAuth(credential.username, credential.password);
  }
  async fromHelper(name, registry, path, options = {}) {
    const program = `docker-credential-${name}`;
    let result;
    try {
      result = await this.exec(program, ["get"], {
        input: credentialServerUrl(registry),
        allowFailure: true,
        ...this.options.environment ? { environment: this.options.environment } : {}
      });
    } catch (error) {
      throw new FerryError(
        `Getting credentials for ${registry} from ${program} (named in ${path}) failed: the program could not be started. Install it, or remove it from the config file.`,
        { code: "AUTH", cause: error }
      );
    }
    if (result.exitCode !== 0) {
      if (options.optional || /not found/i.test(result.stdout + result.stderr)) return void 0;
      throw new FerryError(
        `Getting credentials for ${registry} from ${program} failed with exit code ${result.exitCode}. Run '${program} get' by hand to see why.`,
        { code: "AUTH" }
      );
    }
    let json;
    try {
      json = JSON.parse(result.stdout);
    } catch {
      throw new FerryError(
        `Getting credentials for ${registry} from ${program} failed: its output is not JSON. Check the helper's version.`,
        {
          code: "AUTH"
        }
      );
    }
    const object = asObject(json) ?? {};
    const username = stringField(object, "Username");
    const secret = stringField(object, "Secret");
    if (secret === void 0) return void 0;
    const credential = username === "<token>" ? { identityToken: secret } : { username: username ?? "", password: secret };
    this.register(credential);
    this.options.log?.debug(`credentials for ${registry} from ${program}`);
    return credential;
  }
};
function createKeychain(options = {}) {
  return new DefaultKeychain(options);
}
var anonymousKeychain = { resolve: () => Promise.resolve(void 0) };

// lib/oci/errors.ts
function isTemporaryStatus(status) {
  return status === 408 || status === 429 || status >= 500 && status <= 599;
}
function parseOciErrors(body) {
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    return [];
  }
  if (typeof json !== "object" || json === null || !("errors" in json) || !Array.isArray(json.errors))
    return [];
  const entries = [];
  const list = json.errors;
  for (const item of list) {
    if (typeof item !== "object" || item === null) continue;
    const code = "code" in item && typeof item.code === "string" ? item.code : "UNKNOWN";
    const entry = { code };
    if ("message" in item && typeof item.message === "string") entry.message = item.message;
    if ("detail" in item) entry.detail = item.detail;
    entries.push(entry);
  }
  return entries;
}
function codeForStatus(status) {
  if (status === 401 || status === 403) return "AUTH";
  if (status === 404) return "NOT_FOUND";
  return "REGISTRY";
}
function hintFor(status, codes) {
  if (status === 401) return "Check the username and password (or token) for this registry.";
  if (status === 403)
    return "The credentials are valid but lack permission; ask for pull/push rights on this repository.";
  if (status === 404 || codes.includes("MANIFEST_UNKNOWN") || codes.includes("NAME_UNKNOWN"))
    return "Check the repository name, tag or digest.";
  if (codes.includes("DIGEST_INVALID") || codes.includes("SIZE_INVALID"))
    return "The uploaded content did not match its digest; retry, and check the source.";
  if (codes.includes("MANIFEST_BLOB_UNKNOWN") || codes.includes("BLOB_UNKNOWN"))
    return "A blob the manifest names is missing in the target; push blobs before the manifest.";
  if (codes.includes("MANIFEST_INVALID") || status === 415)
    return "The registry does not accept this manifest or media type.";
  if (isTemporaryStatus(status)) return "The registry is unavailable or overloaded; try again later.";
  return "See the registry message above.";
}
var RegistryError = class extends FerryError {
  method;
  status;
  /** OCI error codes from the body, e.g. ['MANIFEST_UNKNOWN']. */
  codes;
  errors;
  /** The request URL with credentials and token query values removed. */
  url;
  /** True when retrying could help: 408, 429, 5xx. */
  temporary;
  /** The server's Retry-After in milliseconds, when it sent one. */
  retryAfterMs;
  constructor(options) {
    const errors = options.body ? parseOciErrors(options.body) : [];
    const codes = errors.map((e) => e.code);
    const url = redactUrl(options.url);
    const detail = errors.length ? errors.map((e) => `${e.code}${e.message ? `: ${e.message}` : ""}`).join("; ") : shortBody(options.body);
    const what = options.action ?? `${options.method} ${url}`;
    const message = `${what} failed: ${options.method} ${url} returned ${options.status}${detail ? ` (${detail})` : ""}. ${options.hint ?? hintFor(options.status, codes)}`;
    super(message, { code: codeForStatus(options.status), cause: options.cause });
    this.name = "RegistryError";
    this.method = options.method;
    this.status = options.status;
    this.codes = codes;
    this.errors = errors;
    this.url = url;
    this.temporary = isTemporaryStatus(options.status);
    this.retryAfterMs = options.retryAfterMs;
  }
};
function shortBody(body) {
  if (!body) return "";
  const text = body.replace(/\s+/g, " ").trim();
  if (text.startsWith("<")) return "";
  return text.length > 200 ? `${text.slice(0, 200)}\u2026` : text;
}
function networkReason(kind, errno) {
  switch (kind) {
    case "dns":
      return "host not found";
    case "tls":
      return errno === "ERR_SSL_WRONG_VERSION_NUMBER" ? "the server does not speak TLS on this port" : isCertificateErrno(errno) ? "the TLS certificate is not trusted" : "the TLS handshake failed";
    case "refused":
      return "connection refused";
    case "reset":
      return "the connection was closed";
    case "timeout":
      return "timed out";
    case "other":
      return void 0;
  }
}
function networkHint(kind, temporary) {
  if (kind === "dns") return "Check the registry address.";
  if (kind === "tls")
    return "Trust the registry's CA certificate, or mark the registry insecure if it serves plain HTTP or you trust the network.";
  return temporary ? "The connection failed; check that the registry is reachable and try again." : "Check the registry address and that it is reachable.";
}
var NetworkError = class extends FerryError {
  method;
  url;
  temporary;
  /** The system error code, e.g. ECONNRESET, UND_ERR_SOCKET, CERT_HAS_EXPIRED. */
  errno;
  /** What kind of failure, from the errno; front ends map it to their own flags (a CA bundle for 'tls'). */
  kind;
  constructor(options) {
    const url = redactUrl(options.url);
    const errno = options.errno ?? errnoOf(options.cause);
    const kind = networkErrorKind(errno);
    const why = options.cause instanceof Error ? options.cause.message : String(options.cause);
    const reason = networkReason(kind, errno);
    const detail = `${why}${errno ? `; ${errno}` : ""}`;
    const hint = options.hint ?? networkHint(kind, options.temporary);
    super(`${options.method} ${url} failed: ${reason ? `${reason} (${detail})` : detail}. ${hint}`, {
      code: "NETWORK",
      cause: options.cause
    });
    this.name = "NetworkError";
    this.method = options.method;
    this.url = url;
    this.temporary = options.temporary;
    this.errno = errno;
    this.kind = kind;
  }
};
function findNetworkError(error) {
  let current = error;
  for (let depth = 0; depth < 8 && current instanceof Error; depth++) {
    if (current instanceof NetworkError) return current;
    current = current.cause;
  }
  return void 0;
}
function isTemporaryError(error) {
  return (error instanceof RegistryError || error instanceof NetworkError) && error.temporary;
}

// lib/util/retry.ts
function backoffDelay(retry, options) {
  const share = options.minShare ?? 0.5;
  const random = options.random ?? Math.random;
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(ceiling * share + random() * ceiling * (1 - share));
}
function sleep(ms, signal) {
  return new Promise((resolve4, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve4();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

// lib/oci/transport/retry.ts
var DEFAULT_RETRY = {
  attempts: 5,
  baseDelayMs: 200,
  maxDelayMs: 1e4,
  maxRetryAfterMs: 6e4,
  sleep,
  random: Math.random
};
function resolveRetryOptions(options) {
  return {
    attempts: Math.max(1, options?.attempts ?? DEFAULT_RETRY.attempts),
    baseDelayMs: options?.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
    maxDelayMs: options?.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
    maxRetryAfterMs: options?.maxRetryAfterMs ?? DEFAULT_RETRY.maxRetryAfterMs,
    sleep: options?.sleep ?? DEFAULT_RETRY.sleep,
    random: options?.random ?? DEFAULT_RETRY.random
  };
}
function backoffDelay2(retry, options, retryAfterMs) {
  if (retryAfterMs !== void 0) return Math.min(Math.max(retryAfterMs, 0), options.maxRetryAfterMs);
  return backoffDelay(retry, options);
}
function parseRetryAfter(value, now = Date.now()) {
  if (value === void 0 || value.trim() === "") return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, date - now);
}

// lib/oci/transport/transport.ts
import { setMaxListeners } from "node:events";
import { readFileSync } from "node:fs";
import * as http from "node:http";
import { Readable, Transform } from "node:stream";

// lib/util/read-limited.ts
function toBuffer(raw) {
  if (Buffer.isBuffer(raw)) return raw;
  if (raw instanceof Uint8Array) return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  if (typeof raw === "string") return Buffer.from(raw, "utf8");
  throw new TypeError("a byte stream yielded something that is not bytes");
}
async function readLimited(stream, options) {
  const { limit, declaredLength, over } = options;
  if (declaredLength !== void 0 && declaredLength > limit) {
    stream.destroy();
    throw over(`it declares ${declaredLength} bytes, over the limit of ${limit}`);
  }
  const chunks2 = [];
  let length = 0;
  await eachChunk(stream, (raw) => {
    const chunk = toBuffer(raw);
    length += chunk.length;
    if (length > limit) {
      stream.destroy();
      throw over(`it sent more than the limit of ${limit} bytes`);
    }
    if (declaredLength !== void 0 && length > declaredLength) {
      stream.destroy();
      throw over(`it sent more than the ${declaredLength} bytes it declared`);
    }
    chunks2.push(chunk);
    return true;
  });
  return Buffer.concat(chunks2, length);
}
function isEventStream(stream) {
  return typeof stream === "object" && stream !== null && "on" in stream && typeof stream.on === "function" && "off" in stream && typeof stream.off === "function" && "resume" in stream && typeof stream.resume === "function" && "readableEnded" in stream;
}
function ignore() {
}
function prematureClose() {
  return Object.assign(new Error("Premature close"), { code: "ERR_STREAM_PREMATURE_CLOSE" });
}
async function eachChunk(stream, onChunk) {
  if (!isEventStream(stream)) {
    for await (const raw of stream) if (!onChunk(raw)) return;
    return;
  }
  if (stream.readableEnded) return;
  if (stream.destroyed) throw stream.errored ?? prematureClose();
  await new Promise((resolve4, reject) => {
    const done = (error, early = false) => {
      stream.off("data", data);
      stream.off("end", end);
      stream.off("error", fail);
      stream.off("close", close);
      if (early) stream.on("error", ignore);
      if (error === void 0) resolve4();
      else reject(error instanceof Error ? error : new Error(String(error)));
    };
    const data = (raw) => {
      let more;
      try {
        more = onChunk(raw);
      } catch (error) {
        done(error, true);
        return;
      }
      if (!more) done(void 0, true);
    };
    const end = () => done();
    const fail = (error) => done(error);
    const close = () => {
      if (!stream.readableEnded) done(stream.errored ?? prematureClose());
    };
    stream.on("data", data);
    stream.on("end", end);
    stream.on("error", fail);
    stream.on("close", close);
    stream.resume();
  });
}
function parseContentLength(value) {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === void 0 || !/^\d+$/.test(text.trim())) return void 0;
  return Number(text);
}

// lib/oci/transport/head-start.ts
var DEFAULT_USER_AGENT = "ferry";
var DEFAULT_AGENT_OPTIONS = {
  keepAlive: true,
  maxSockets: 16,
  maxFreeSockets: 16,
  // An idle pooled connection is closed after this long.
  timeout: 3e4,
  scheduling: "lifo"
};
var started = [];
var agents = /* @__PURE__ */ new Map();
function sameHeaders(a, b) {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => b[key] === a[key]);
}
function takeStartedRequest(method, url, headers) {
  if (started.length === 0) return void 0;
  const index = started.findIndex(
    (entry2) => entry2.method === method && entry2.url === url && sameHeaders(entry2.headers, headers)
  );
  if (index < 0) return void 0;
  const [entry] = started.splice(index, 1);
  return entry;
}
function takeStartedAgent(origin) {
  const agent = agents.get(origin);
  agents.delete(origin);
  return agent;
}

// lib/oci/transport/feed.ts
var HELD_BACK = /* @__PURE__ */ Symbol("ferry.heldBack");
function isHeldBack(stream) {
  return stream[HELD_BACK] === true;
}
function holdBack(stream, held) {
  stream[HELD_BACK] = held;
}
function prematureClose2() {
  return Object.assign(new Error("the connection closed before the body ended"), { code: "ECONNRESET" });
}
var StreamFeed = class {
  constructor(stream) {
    this.stream = stream;
  }
  stream;
  transient = false;
  settled = false;
  start(handlers) {
    const settle = () => {
      if (this.settled) return false;
      this.settled = true;
      return true;
    };
    this.stream.on("data", (chunk) => {
      if (!this.settled) handlers.chunk(chunk);
    });
    this.stream.once("end", () => {
      if (settle()) handlers.end();
    });
    this.stream.once("error", (error) => {
      if (settle()) handlers.error(error);
    });
    this.stream.once("close", () => {
      if (settle()) handlers.error(prematureClose2());
    });
    this.stream.resume();
  }
  pause() {
    holdBack(this.stream, true);
    this.stream.pause();
  }
  resume() {
    holdBack(this.stream, false);
    this.stream.resume();
  }
  destroy() {
    this.settled = true;
    this.stream.destroy();
  }
};

// lib/oci/transport/raw-get.ts
import { connect } from "node:net";
var READ_BUFFER_BYTES = 1024 * 1024;
var MAX_HEAD_BYTES = 64 * 1024;
var TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
var FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
function codedError(message, code) {
  return Object.assign(new Error(message), { code });
}
function parseResponseHead(head) {
  const lines = head.split("\r\n");
  const match = /^HTTP\/1\.[01] (\d{3})(?: [^\r\n]*)?$/.exec(lines[0] ?? "");
  if (!match) return void 0;
  const headers = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(":");
    if (colon <= 0) return void 0;
    const name = line.slice(0, colon);
    if (!TOKEN.test(name)) return void 0;
    const value = line.slice(colon + 1).trim();
    if (!FIELD_VALUE.test(value)) return void 0;
    (headers[name.toLowerCase()] ??= []).push(value);
  }
  return { status: Number(match[1]), headers };
}
function requestHead(url, headers) {
  let head = `GET ${url.pathname}${url.search} HTTP/1.1\r
Host: ${url.host}\r
`;
  for (const [name, value] of Object.entries(headers)) {
    if (!TOKEN.test(name) || !FIELD_VALUE.test(value)) return void 0;
    head += `${name}: ${value}\r
`;
  }
  return `${head}Connection: close\r
\r
`;
}
var SocketFeed = class {
  constructor(socket, remaining, pending) {
    this.socket = socket;
    this.remaining = remaining;
    this.pending = pending;
  }
  socket;
  remaining;
  pending;
  transient = true;
  handlers;
  paused = true;
  settled = false;
  /** A failure that came while nobody listened yet. */
  failure;
  start(handlers) {
    this.handlers = handlers;
    this.resume();
  }
  pause() {
    this.paused = true;
    this.socket.pause();
  }
  /** Paused by its reader (or not read yet): a pause in the transfer then is not the server's. */
  get isPaused() {
    return this.paused && !this.settled;
  }
  resume() {
    if (this.settled || !this.handlers) return;
    this.paused = false;
    if (this.pending) {
      const pending = this.pending;
      this.pending = void 0;
      this.deliver(pending);
      if (this.paused || this.settled) return;
    }
    if (this.failure) this.fail(this.failure);
    else if (this.remaining === 0) this.finish();
    else this.socket.resume();
  }
  destroy() {
    this.settled = true;
    this.socket.destroy();
  }
  /** Bytes read from the socket; false pauses it. */
  deliver(chunk) {
    if (this.settled) return false;
    if (!this.handlers) {
      this.pending = this.pending ? Buffer.concat([this.pending, chunk]) : Buffer.from(chunk);
      return false;
    }
    if (chunk.length > this.remaining) {
      this.fail(codedError("the server sent more than the Content-Length it declared", "ERR_BODY_OVERRUN"));
      return false;
    }
    this.remaining -= chunk.length;
    this.handlers.chunk(chunk);
    if (this.remaining === 0 && !this.settled) this.finish();
    return !this.paused && !this.settled;
  }
  ended() {
    if (this.remaining > 0 || this.pending)
      this.fail(
        codedError(`connection closed with ${this.remaining} bytes of the body missing`, "UND_ERR_SOCKET")
      );
  }
  /** A failure reaches the reader at once, or when it comes back after a pause. */
  fail(error) {
    if (this.settled) return;
    if (!this.handlers || this.paused) {
      this.failure ??= error;
      return;
    }
    this.settled = true;
    this.socket.destroy();
    this.handlers.error(error);
  }
  finish() {
    if (this.settled) return;
    this.settled = true;
    this.socket.destroy();
    this.handlers?.end();
  }
};
function rawGet(options) {
  const { url, signal } = options;
  const head = requestHead(url, options.headers);
  if (url.protocol !== "http:" || head === void 0)
    return Promise.resolve({ kind: "unusual", status: void 0 });
  signal?.throwIfAborted();
  return new Promise((resolve4, reject) => {
    const readBuffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
    let headBytes;
    let feed;
    let settled = false;
    const timers = [];
    const clearTimers = () => {
      for (const timer of timers) clearTimeout(timer);
      timers.length = 0;
    };
    const onAbort = () => {
      socket.destroy(signal?.reason instanceof Error ? signal.reason : codedError("aborted", "ABORT_ERR"));
    };
    const answer = (result) => {
      settled = true;
      clearTimers();
      if (result.kind === "unusual") socket.destroy();
      resolve4(result);
    };
    const failEarly = (error) => {
      if (settled) return;
      settled = true;
      clearTimers();
      socket.destroy();
      reject(signal?.aborted ? signal.reason : error);
    };
    const onHead = (chunk) => {
      headBytes = headBytes ? Buffer.concat([headBytes, chunk]) : Buffer.from(chunk);
      const end = headBytes.indexOf("\r\n\r\n");
      if (end < 0) {
        if (headBytes.length > MAX_HEAD_BYTES) answer({ kind: "unusual", status: void 0 });
        return !settled;
      }
      const parsed = parseResponseHead(headBytes.subarray(0, end).toString("latin1"));
      const lengths = parsed?.headers["content-length"];
      const length = lengths?.length === 1 && /^\d{1,15}$/.test(lengths[0] ?? "") ? Number(lengths[0]) : -1;
      if (!parsed || parsed.status !== 200 && parsed.status !== 206 || parsed.headers["transfer-encoding"] !== void 0 || length < 0) {
        answer({ kind: "unusual", status: parsed?.status });
        return false;
      }
      const rest = headBytes.subarray(end + 4);
      headBytes = void 0;
      feed = new SocketFeed(socket, length, rest.length > 0 ? rest : void 0);
      socket.pause();
      socket.setTimeout(options.bodyTimeoutMs);
      answer({ kind: "body", status: parsed.status, headers: parsed.headers, length, feed });
      return false;
    };
    const socket = connect({
      host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
      port: url.port === "" ? 80 : Number(url.port),
      onread: {
        buffer: readBuffer,
        callback: (bytes, buffer) => {
          const chunk = Buffer.from(buffer.buffer, buffer.byteOffset, bytes);
          if (feed) return feed.deliver(chunk);
          if (settled) return false;
          return onHead(chunk);
        }
      }
    });
    timers.push(
      setTimeout(
        () => failEarly(
          codedError(
            `connecting took longer than ${options.connectTimeoutMs} ms`,
            "UND_ERR_CONNECT_TIMEOUT"
          )
        ),
        options.connectTimeoutMs
      )
    );
    socket.once("connect", () => {
      clearTimers();
      timers.push(
        setTimeout(
          () => failEarly(
            codedError(
              `waiting for response headers took longer than ${options.headersTimeoutMs} ms`,
              "UND_ERR_HEADERS_TIMEOUT"
            )
          ),
          options.headersTimeoutMs
        )
      );
      socket.write(head);
    });
    socket.on("timeout", () => {
      if (feed?.isPaused) {
        socket.setTimeout(options.bodyTimeoutMs);
        return;
      }
      socket.destroy(
        codedError(
          `a pause in the transfer took longer than ${options.bodyTimeoutMs} ms`,
          "UND_ERR_BODY_TIMEOUT"
        )
      );
    });
    socket.on("end", () => {
      if (feed) feed.ended();
      else failEarly(codedError("the server closed the connection before answering", "ECONNRESET"));
    });
    socket.on("error", (error) => {
      if (feed) feed.fail(error);
      else failEarly(error);
    });
    socket.once("close", () => {
      signal?.removeEventListener("abort", onAbort);
      if (feed) feed.ended();
      else failEarly(codedError("the connection closed before an answer", "ECONNRESET"));
    });
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

// lib/oci/transport/transport.ts
var DEFAULTS = {
  headersTimeoutMs: 6e4,
  bodyTimeoutMs: 12e4,
  connectTimeoutMs: 15e3,
  connections: DEFAULT_AGENT_OPTIONS.maxSockets,
  userAgent: DEFAULT_USER_AGENT,
  maxRedirects: 5,
  keepAliveTimeoutMs: DEFAULT_AGENT_OPTIONS.timeout,
  maxBufferedBytes: 4 * 1024 * 1024,
  /** A body that is not wanted is drained up to this much (keeping the connection), else dropped. */
  maxDumpBytes: 1024 * 1024
};
var DEFAULT_MAX_BODY_BYTES = DEFAULTS.maxBufferedBytes;
var ResponseSizeError = class extends FerryError {
  constructor(url, why) {
    super(
      `Reading the answer of ${originOf(url)} to ${redactUrl(url)} failed: ${why}. The server at ${originOf(url)} is not behaving as a registry (or token server); check the address.`,
      { code: "REGISTRY" }
    );
    this.url = url;
    this.why = why;
    this.name = "ResponseSizeError";
  }
  url;
  why;
};
function originOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return "the server";
  }
}
function readBounded(stream, options) {
  return readLimited(stream, {
    limit: options.limit,
    declaredLength: options.declaredLength,
    over: (why) => new ResponseSizeError(options.url, why)
  });
}
function declaredLengthOf(headers) {
  return parseContentLength(headers.get("content-length"));
}
var ResponseHeaders = class {
  map = /* @__PURE__ */ new Map();
  constructor(raw) {
    for (const [key, value] of Object.entries(raw)) {
      if (value === void 0) continue;
      this.map.set(key.toLowerCase(), Array.isArray(value) ? value : [value]);
    }
  }
  get(name) {
    return this.map.get(name.toLowerCase())?.join(", ");
  }
  getAll(name) {
    return this.map.get(name.toLowerCase()) ?? [];
  }
};
var HttpResponse = class {
  constructor(status, headers, url, stream) {
    this.status = status;
    this.headers = headers;
    this.url = url;
    this.stream = stream;
  }
  status;
  headers;
  url;
  stream;
  buffered;
  /** The body as a stream (once). */
  get body() {
    return this.buffered === void 0 ? this.stream : Readable.from([this.buffered]);
  }
  /** The whole body, read with a byte limit while it streams (default 4 MiB). */
  async bytes(limit = DEFAULTS.maxBufferedBytes) {
    if (this.buffered === void 0) {
      this.buffered = await readBounded(this.stream, {
        limit,
        url: this.url,
        declaredLength: declaredLengthOf(this.headers)
      });
    } else if (this.buffered.length > limit) {
      throw new ResponseSizeError(this.url, `it sent more than the limit of ${limit} bytes`);
    }
    return this.buffered;
  }
  async text(limit) {
    return (await this.bytes(limit)).toString("utf8");
  }
  /**
   * At most `limit` bytes of the body as text (an error body, for a message); the rest is not read
   * and the connection is dropped, so a huge or endless body costs nothing.
   */
  async head(limit) {
    if (this.buffered !== void 0) return this.buffered.subarray(0, limit).toString("utf8");
    const chunks2 = [];
    let length = 0;
    try {
      for await (const raw of this.stream) {
        const chunk = toBuffer2(raw);
        chunks2.push(chunk);
        length += chunk.length;
        if (length >= limit) break;
      }
    } catch {
    } finally {
      this.stream.destroy();
    }
    return Buffer.concat(chunks2).subarray(0, limit).toString("utf8");
  }
  /** Reads and discards a small body so the connection goes back to the pool; drops a large one. */
  async dump() {
    if (this.buffered !== void 0) return;
    const declared = declaredLengthOf(this.headers);
    if (declared !== void 0 && declared > DEFAULTS.maxDumpBytes) {
      this.stream.destroy();
      return;
    }
    let length = 0;
    try {
      await eachChunk(this.stream, (raw) => {
        length += toBuffer2(raw).length;
        return length <= DEFAULTS.maxDumpBytes;
      });
    } catch {
    } finally {
      if (length > DEFAULTS.maxDumpBytes) this.stream.destroy();
    }
  }
};
function toBuffer2(raw) {
  if (Buffer.isBuffer(raw)) return raw;
  if (raw instanceof Uint8Array) return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  if (typeof raw === "string") return Buffer.from(raw, "utf8");
  throw new TypeError("a response body yielded something that is not bytes");
}
function plainHttpRefused(registry) {
  return new FerryError(
    `Registry ${registry}: plain HTTP is allowed only for loopback and registries marked insecure, so nothing (no credentials, no image) is sent to it in clear text. Use https://, or mark it insecure (the insecureRegistries parameter, or --insecure-registry ${registry}) if you accept that.`,
    { code: "USAGE", usage: true }
  );
}
function assertPlainHttpAllowed(registry, insecureRegistries) {
  const host = registry.toLowerCase();
  const listed = insecureRegistries.some((h) => {
    const lower = h.toLowerCase();
    return lower === host || lower === hostnameOf(host);
  });
  if (!isLoopbackHost(host) && !listed) throw plainHttpRefused(registry);
}
function apiHost(registry) {
  return registry === DOCKER_HUB ? "registry-1.docker.io" : registry;
}
function toNetworkError(error, method, url) {
  if (error instanceof FerryError) return error;
  const errno = errnoOf(error);
  return new NetworkError({
    method,
    url,
    cause: error,
    errno,
    temporary: isTemporaryErrno(errno)
  });
}
function isAbort(error, signal) {
  return signal?.aborted === true || error instanceof Error && error.name === "AbortError";
}
function withSignal(req, signal) {
  if (!signal) return req;
  return { ...req, signal: req.signal ? AbortSignal.any([req.signal, signal]) : signal };
}
function hasCredentials(headers) {
  return Object.keys(headers).some((key) => key.toLowerCase() === "authorization");
}
function withoutCredentials(headers) {
  const kept = {};
  for (const [key, value] of Object.entries(headers))
    if (key.toLowerCase() !== "authorization") kept[key] = value;
  return kept;
}
function bodyLengthMismatch(method, url, seen, length) {
  return new FerryError(
    `${method} ${redactUrl(url)} failed: the request body was ${seen > length ? "longer" : "shorter"} than its declared ${length} bytes. The content being sent is not what its descriptor says.`,
    { code: "DIGEST_MISMATCH" }
  );
}
function isBodyWriter(body) {
  return typeof body === "object" && body !== null && "writeTo" in body && typeof body.writeTo === "function";
}
function lengthCheck(length, method, url) {
  let seen = 0;
  const mismatch = () => bodyLengthMismatch(method, url, seen, length);
  return new Transform({
    transform(chunk, _encoding, callback) {
      seen += chunk.length;
      if (seen > length) callback(mismatch());
      else callback(null, chunk);
    },
    flush(callback) {
      callback(seen === length ? void 0 : mismatch());
    }
  });
}
function timeoutError(code, what, ms) {
  return Object.assign(new Error(`${what} took longer than ${ms} ms`), { code });
}
var Transport = class {
  constructor(options = {}) {
    this.options = options;
    this.insecure = new Set((options.insecureRegistries ?? []).map((h) => h.toLowerCase()));
    this.extraCa = [options.ca, options.caFile ? readCaFile(options.caFile) : void 0].filter(
      (v) => v !== void 0
    );
    this.retry = resolveRetryOptions(options.retry);
    this.log = options.log;
  }
  options;
  agents = /* @__PURE__ */ new Map();
  schemes = /* @__PURE__ */ new Map();
  redirecting = /* @__PURE__ */ new Set();
  insecure;
  extraCa;
  retry;
  log;
  httpsModule;
  tlsContext;
  /** True when the user marked `host` insecure (plain HTTP allowed, TLS not verified). */
  isInsecure(host) {
    return isListedHost(host, this.insecure);
  }
  /**
   * `http://host` when plain HTTP is tried first for this registry (loopback and insecure hosts, no
   * scheme forced), else undefined: where a request may go before the scheme probe has answered.
   */
  plainFirstBase(registry, secure) {
    if (secure !== void 0) return void 0;
    const host = apiHost(registry);
    return isLoopbackHost(host) || this.isInsecure(host) ? `http://${host}` : void 0;
  }
  /**
   * `https://host` or `http://host` for a registry. Plain HTTP only for loopback and insecure hosts.
   * There, plain HTTP is tried first (a TLS server refuses it at once, or answers 400) and HTTPS is
   * used when it does not answer as a registry; the answer is kept per host. `secure` forces a scheme.
   */
  async baseUrl(registry, secure) {
    const host = apiHost(registry);
    const plainAllowed = isLoopbackHost(host) || this.isInsecure(host);
    if (secure === false && !plainAllowed) throw plainHttpRefused(registry);
    if (secure !== void 0) return `${secure ? "https" : "http"}://${host}`;
    if (!plainAllowed) return `https://${host}`;
    let scheme = this.schemes.get(host);
    if (!scheme) {
      scheme = this.probe(host);
      this.schemes.set(host, scheme);
    }
    return `${await scheme}://${host}`;
  }
  /**
   * `GET /v2/` of a registry (its body read and dropped), after choosing its scheme as baseUrl does.
   * Where plain HTTP is tried first, that try is the ping, so a loopback registry costs one round trip.
   */
  async ping(registry, secure) {
    const host = apiHost(registry);
    const probing = secure === void 0 && !this.schemes.has(host) && (isLoopbackHost(host) || this.isInsecure(host));
    if (probing) {
      let answer;
      const scheme = this.probe(host, (response2) => answer = response2);
      this.schemes.set(host, scheme);
      if (await scheme === "http" && answer) return { base: `http://${host}`, response: answer };
    }
    const base = await this.baseUrl(registry, secure);
    const response = await this.request({ method: "GET", url: `${base}/v2/` });
    await response.dump();
    return { base, response };
  }
  async probe(host, onAnswer) {
    try {
      const response = await this.request({ method: "GET", url: `http://${host}/v2/`, retry: false });
      await response.dump();
      if (response.status !== 400) {
        onAnswer?.(response);
        return "http";
      }
    } catch (error) {
      if (error instanceof FerryError && !(error instanceof NetworkError)) throw error;
    }
    this.log?.debug(`${host}: no plain HTTP registry answer, using HTTPS`);
    return "https";
  }
  /**
   * The system roots and the extra CA certificates, parsed once for the transport. Handing the agent
   * the certificates themselves (`ca`) made Node parse all of them again for every connection and
   * join them into the pool key of every request: ~0.4 s of CPU in a copy of 4 blobs over TLS.
   */
  secureContext() {
    if (!this.tlsContext) {
      const tls = process.getBuiltinModule("node:tls");
      this.tlsContext = Promise.resolve(
        tls.createSecureContext({ ca: [...tls.rootCertificates, ...this.extraCa] })
      );
    }
    return this.tlsContext;
  }
  async agentFor(origin) {
    const key = origin.origin;
    const known = this.agents.get(key);
    if (known) return known;
    const head = this.options.connections === void 0 ? takeStartedAgent(key) : void 0;
    if (head) {
      this.agents.set(key, head);
      return head;
    }
    const options = {
      ...DEFAULT_AGENT_OPTIONS,
      maxSockets: this.options.connections ?? DEFAULTS.connections,
      maxFreeSockets: this.options.connections ?? DEFAULTS.connections
    };
    let agent;
    if (origin.protocol === "https:") {
      this.httpsModule ??= Promise.resolve(process.getBuiltinModule("node:https"));
      const { Agent: Agent2 } = await this.httpsModule;
      const verify = !this.isInsecure(origin.host);
      const secureContext = this.extraCa.length ? await this.secureContext() : void 0;
      agent = new Agent2({
        ...options,
        rejectUnauthorized: verify,
        ...secureContext ? { secureContext } : {}
      });
    } else {
      agent = new http.Agent(options);
    }
    const raced = this.agents.get(key);
    if (raced) {
      agent.destroy();
      return raced;
    }
    this.agents.set(key, agent);
    return agent;
  }
  /**
   * Sends a request, retrying temporary failures (408, 429, 5xx, resets, timeouts) with jittered
   * backoff and Retry-After. Non-2xx responses are returned, not thrown: the caller knows what they mean.
   * Throws NetworkError when the connection fails for good.
   */
  async request(original) {
    const req = withSignal(original, this.options.signal);
    const retry = req.retry ?? true;
    const attempts = retry ? this.retry.attempts : 1;
    for (let attempt = 1; ; attempt++) {
      let response;
      try {
        response = await this.followRedirects(req);
        if (req.buffer && response.status >= 200 && response.status < 300) await response.bytes(req.maxBytes);
      } catch (error) {
        if (isAbort(error, req.signal)) throw req.signal?.aborted ? req.signal.reason : error;
        const failure = toNetworkError(error, req.method, req.url);
        if (!(failure instanceof NetworkError) || !failure.temporary || attempt >= attempts) throw failure;
        const delay = backoffDelay2(attempt, this.retry);
        this.log?.debug(
          `${req.method} ${redactUrl(req.url)}: ${failure.errno ?? "error"}, retry ${attempt} in ${delay} ms`
        );
        await this.retry.sleep(delay, req.signal);
        continue;
      }
      if (isTemporaryStatus(response.status) && attempt < attempts) {
        const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
        await response.dump();
        const delay = backoffDelay2(attempt, this.retry, retryAfter);
        this.log?.debug(
          `${req.method} ${redactUrl(req.url)}: ${response.status}, retry ${attempt} in ${delay} ms`
        );
        await this.retry.sleep(delay, req.signal);
        continue;
      }
      return response;
    }
  }
  async followRedirects(req) {
    let url = req.url;
    let method = req.method;
    let body = req.body;
    let headers = { ...req.headers };
    for (let hop = 0; ; hop++) {
      const response = await this.once(method, url, headers, body, req.signal);
      const location = response.headers.get("location");
      const redirect = [301, 302, 303, 307, 308].includes(response.status);
      if (!redirect || !location || req.followRedirects === false || hop >= DEFAULTS.maxRedirects)
        return response;
      await response.dump();
      const next = new URL(location, url);
      if (next.protocol === "http:" && new URL(url).protocol === "https:" && !isLoopbackHost(next.host) && !this.isInsecure(next.host)) {
        throw new FerryError(
          `${req.method} ${redactUrl(req.url)} failed: the registry redirected from HTTPS to plain HTTP (${redactUrl(next.toString())}). Refusing to downgrade; fix the registry's storage URL.`,
          { code: "NETWORK" }
        );
      }
      if (next.origin !== new URL(url).origin) headers = withoutCredentials(headers);
      if (response.status === 303 || (response.status === 301 || response.status === 302) && method === "POST") {
        method = "GET";
        body = void 0;
        for (const key of Object.keys(headers)) if (/^content-(length|type)$/i.test(key)) delete headers[key];
      }
      url = next.toString();
    }
  }
  async once(method, url, headers, body, signal) {
    const target = new URL(url);
    if (target.protocol === "http:" && hasCredentials(headers) && !isLoopbackHost(target.host) && !this.isInsecure(target.host)) {
      throw new FerryError(
        `${method} ${redactUrl(url)} refused: credentials are not sent over plain HTTP to ${target.host}, which is neither loopback nor marked insecure. Use https://, or mark ${target.host} insecure (insecureRegistries, --insecure-registry ${target.host}) if you accept credentials in clear text.`,
        { code: "AUTH", usage: true }
      );
    }
    signal?.throwIfAborted();
    if (signal) setMaxListeners(0, signal);
    const agent = await this.agentFor(target);
    const payload = typeof body === "function" ? await body() : body;
    const send = target.protocol === "https:" ? (await this.httpsModule).request : http.request;
    const headersTimeoutMs = this.options.headersTimeoutMs ?? DEFAULTS.headersTimeoutMs;
    const bodyTimeoutMs = this.options.bodyTimeoutMs ?? DEFAULTS.bodyTimeoutMs;
    const connectTimeoutMs = this.options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs;
    const allHeaders = { "user-agent": this.options.userAgent ?? DEFAULTS.userAgent, ...headers };
    const head = payload === void 0 && target.protocol === "http:" ? takeStartedRequest(method, url, allHeaders) : void 0;
    return new Promise((resolve4, reject) => {
      let answered = false;
      const request2 = head?.request ?? send(target, {
        method,
        agent,
        headers: allHeaders,
        ...signal ? { signal } : {}
      });
      if (head && signal) {
        const abort = () => void request2.destroy(signal.reason);
        if (signal.aborted) abort();
        signal.addEventListener("abort", abort, { once: true });
        request2.once("close", () => signal.removeEventListener("abort", abort));
      }
      let headersTimer;
      const awaitAnswer = () => {
        if (answered || headersTimer) return;
        headersTimer = setTimeout(
          () => request2.destroy(
            timeoutError("UND_ERR_HEADERS_TIMEOUT", "waiting for response headers", headersTimeoutMs)
          ),
          headersTimeoutMs
        );
      };
      if (request2.writableFinished) awaitAnswer();
      else request2.once("finish", awaitAnswer);
      let answer;
      let releaseSocket;
      const onSocket = (socket) => {
        const onIdle = () => {
          const ours = isBodyWriter(payload) && payload.waitingOnSource?.() === true || answer !== void 0 && isHeldBack(answer);
          if (ours) socket.setTimeout(bodyTimeoutMs);
          else
            request2.destroy(timeoutError("UND_ERR_BODY_TIMEOUT", "a pause in the transfer", bodyTimeoutMs));
        };
        const release = () => void socket.off("timeout", onIdle);
        socket.setTimeout(bodyTimeoutMs);
        socket.on("timeout", onIdle);
        request2.once("close", release);
        releaseSocket = release;
        if (!socket.connecting) return;
        const connectTimer = setTimeout(
          () => request2.destroy(timeoutError("UND_ERR_CONNECT_TIMEOUT", "connecting", connectTimeoutMs)),
          connectTimeoutMs
        );
        socket.once(
          target.protocol === "https:" ? "secureConnect" : "connect",
          () => clearTimeout(connectTimer)
        );
        socket.once("close", () => clearTimeout(connectTimer));
      };
      const onResponse = (response) => {
        if (answered) return;
        answered = true;
        answer = response;
        response.once("end", () => releaseSocket?.());
        response.once("close", () => releaseSocket?.());
        clearTimeout(headersTimer);
        this.log?.debug(`${method} ${redactUrl(url)} -> ${response.statusCode ?? 0}`);
        resolve4(
          new HttpResponse(response.statusCode ?? 0, new ResponseHeaders(response.headers), url, response)
        );
      };
      const onError = (error) => {
        clearTimeout(headersTimer);
        if (payload instanceof Readable) payload.destroy();
        else if (isBodyWriter(payload)) payload.destroy(error);
        if (!answered) reject(signal?.aborted ? signal.reason : error);
      };
      if (head && request2.socket) onSocket(request2.socket);
      else request2.on("socket", onSocket);
      request2.on("response", onResponse);
      request2.on("error", onError);
      if (head?.response) onResponse(head.response);
      else if (head?.error) onError(head.error);
      if (isBodyWriter(payload)) {
        const declared = parseContentLength(
          Object.entries(headers).find(([key]) => key.toLowerCase() === "content-length")?.[1]
        );
        payload.writeTo(request2).then(
          (written) => {
            if (declared !== void 0 && written !== declared)
              request2.destroy(bodyLengthMismatch(method, url, written, declared));
            else request2.end();
          },
          (error) => request2.destroy(error instanceof Error ? error : new Error(String(error)))
        );
      } else if (payload instanceof Readable) {
        const declared = parseContentLength(
          Object.entries(headers).find(([key]) => key.toLowerCase() === "content-length")?.[1]
        );
        const checked = declared === void 0 ? payload : payload.pipe(lengthCheck(declared, method, url));
        if (checked !== payload) payload.once("error", (error) => checked.destroy(error));
        checked.once("error", (error) => request2.destroy(error));
        checked.pipe(request2);
      } else {
        request2.end(payload);
      }
    });
  }
  /**
   * A GET on a connection of its own, for a blob body from a plain-HTTP origin (loopback or marked
   * insecure): its body is a feed read into one reused buffer (see raw-get.ts). Anything but a plain
   * 200/206 with Content-Length is `unusual` and is to be sent again with `request`, as is a failure
   * before the answer; no retries or redirects here. Same rules for credentials as `request`.
   */
  async fastGet(url, headers) {
    const target = new URL(url);
    const plainAllowed = isLoopbackHost(target.host) || this.isInsecure(target.host);
    if (target.protocol !== "http:" || !plainAllowed) return { kind: "unusual", status: void 0 };
    const signal = this.options.signal;
    if (signal) setMaxListeners(0, signal);
    const result = await rawGet({
      url: target,
      headers: { "user-agent": this.options.userAgent ?? DEFAULTS.userAgent, ...headers },
      signal,
      connectTimeoutMs: this.options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs,
      headersTimeoutMs: this.options.headersTimeoutMs ?? DEFAULTS.headersTimeoutMs,
      bodyTimeoutMs: this.options.bodyTimeoutMs ?? DEFAULTS.bodyTimeoutMs
    });
    this.log?.debug(
      `GET ${redactUrl(url)} -> ${result.kind === "body" ? result.status : result.status ?? "unusual"}`
    );
    return result;
  }
  /** True when the transport's own signal was aborted (a cancelled run). */
  get aborted() {
    return this.options.signal?.aborted === true;
  }
  /** True when `base` answered a blob GET with a redirect: its blobs go through `request` only. */
  redirectsBlobs(base) {
    return this.redirecting.has(base);
  }
  markRedirectsBlobs(base) {
    this.redirecting.add(base);
  }
  /** Closes every pooled connection. */
  async close() {
    const agents2 = [...this.agents.values()];
    this.agents.clear();
    for (const agent of agents2) agent.destroy();
    await Promise.resolve();
  }
};
function readCaFile(path) {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new FerryError(
      `Reading the CA bundle ${path} failed: ${errorMessage(error)}. Pass a readable PEM file as caFile.`,
      {
        code: "CONFIG",
        usage: true,
        cause: error
      }
    );
  }
}
function createTransport(options = {}) {
  return new Transport(options);
}

// lib/oci/auth/authenticator.ts
function parseChallenge(header2) {
  if (!header2) return void 0;
  const match = /^\s*(basic|bearer)\b\s*(.*)$/i.exec(header2);
  if (!match) return void 0;
  const scheme = (match[1] ?? "").toLowerCase() === "basic" ? "basic" : "bearer";
  const challenge = { scheme };
  const params = /([a-zA-Z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
  for (let m = params.exec(match[2] ?? ""); m; m = params.exec(match[2] ?? "")) {
    const key = (m[1] ?? "").toLowerCase();
    const value = m[2] !== void 0 ? m[2].replace(/\\(.)/g, "$1") : m[3] ?? "";
    if (key === "realm" || key === "service" || key === "scope" || key === "error") challenge[key] = value;
  }
  return challenge;
}
var MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024;
var DEFAULT_EXPIRES_IN_S = 60;
function scopeKey(scopes) {
  return [...new Set(scopes)].sort().join(" ");
}
function mergeScopes(scopes, extra) {
  const merged = new Set(scopes);
  for (const s of (extra ?? "").split(" ")) if (s) merged.add(s);
  return [...merged];
}
var RegistryAuthenticator = class {
  constructor(options) {
    this.options = options;
    this.secrets = options.secrets ?? new SecretRegistry();
    this.now = options.now ?? Date.now;
  }
  options;
  challenge;
  credentialCache = /* @__PURE__ */ new Map();
  tokens = /* @__PURE__ */ new Map();
  /** Scopes a challenge added to what a caller asked for, so the next request asks for them up front. */
  widened = /* @__PURE__ */ new Map();
  secrets;
  now;
  /** Token requests made, for tests and diagnostics. */
  tokenRequests = 0;
  credentials(repository) {
    const key = repository ?? "";
    let credential = this.credentialCache.get(key);
    if (!credential) {
      credential = this.options.keychain.resolve(this.options.registry, repository);
      this.credentialCache.set(key, credential);
    }
    return credential;
  }
  /** The Authorization header for a request needing `scopes`, or undefined (anonymous / not known yet). */
  async authorization(scopes) {
    const challenge = this.challenge;
    if (!challenge) return void 0;
    const credential = await this.credentials(repositoryOf(scopes));
    if (challenge.scheme === "basic") return basicHeader(credential);
    if (credential?.registryToken) return `Bearer ${credential.registryToken}`;
    return (await this.token(this.widened.get(scopeKey(scopes)) ?? scopes, challenge, credential)).header;
  }
  /** True when the keychain has credentials for this registry (and repository). */
  async hasCredentials(scopes) {
    return await this.credentials(repositoryOf(scopes)) !== void 0;
  }
  /** Learns the challenge from a `/v2/` ping (a 401), so later requests authenticate up front. */
  observe(response) {
    const challenge = parseChallenge(response.headers.get("www-authenticate"));
    if (challenge) this.challenge = challengeOf(challenge);
  }
  /**
   * Called on a 401. Returns the header to send on one retry, or undefined when retrying cannot help
   * (no challenge, no credentials for Basic, or the header sent was already fresh).
   */
  async retryAfterUnauthorized(response, scopes, sent) {
    const challenge = parseChallenge(response.headers.get("www-authenticate"));
    if (!challenge) return void 0;
    this.challenge = challengeOf(challenge);
    const credential = await this.credentials(repositoryOf(scopes));
    if (challenge.scheme === "basic") {
      const header2 = basicHeader(credential);
      return header2 !== void 0 && header2 !== sent ? header2 : void 0;
    }
    if (credential?.registryToken) {
      const header2 = `Bearer ${credential.registryToken}`;
      return header2 !== sent ? header2 : void 0;
    }
    const wanted = mergeScopes(this.widened.get(scopeKey(scopes)) ?? scopes, challenge.scope);
    if (wanted.length > scopes.length) this.widened.set(scopeKey(scopes), wanted);
    const key = scopeKey(wanted);
    const cached = this.tokens.get(key);
    if (cached && sent !== void 0 && (await cached.catch(() => void 0))?.header === sent)
      this.tokens.delete(key);
    const token = await this.token(wanted, this.challenge, credential);
    return token.header !== sent ? token.header : void 0;
  }
  token(scopes, challenge, credential) {
    const key = scopeKey(scopes);
    const cached = this.tokens.get(key);
    if (cached) {
      return cached.then((token) => {
        if (token.expiresAt > this.now()) return token;
        if (this.tokens.get(key) === cached) this.tokens.delete(key);
        return this.token(scopes, challenge, credential);
      });
    }
    const pending = this.fetchToken(scopes, challenge, credential);
    this.tokens.set(key, pending);
    pending.catch(() => {
      if (this.tokens.get(key) === pending) this.tokens.delete(key);
    });
    return pending;
  }
  async fetchToken(scopes, challenge, credential) {
    const registry = this.options.registry;
    if (!challenge.realm) {
      throw new FerryError(
        `Authenticating to ${registry} failed: its Bearer challenge names no realm. The registry is misconfigured.`,
        {
          code: "AUTH"
        }
      );
    }
    let realm;
    try {
      realm = new URL(challenge.realm);
    } catch (error) {
      throw new FerryError(
        `Authenticating to ${registry} failed: token realm '${redactUrl(challenge.realm)}' is not a URL. The registry is misconfigured.`,
        {
          code: "AUTH",
          cause: error
        }
      );
    }
    const hasSecret = credential?.password !== void 0 || credential?.identityToken !== void 0;
    if (hasSecret && realm.protocol !== "https:" && !isLoopbackHost(realm.host) && !this.options.transport.isInsecure(realm.host)) {
      throw new FerryError(
        `Authenticating to ${registry} failed: its token realm ${redactUrl(realm.toString())} is plain HTTP, and credentials are not sent in clear text. Mark ${realm.host} insecure if you accept that.`,
        { code: "AUTH" }
      );
    }
    this.tokenRequests++;
    const who = credential?.username ? ` as '${credential.username}'` : credential?.identityToken ? " with an identity token" : " anonymously";
    let response;
    try {
      if (credential?.identityToken) {
        const form = new URLSearchParams({
          grant_type: "refresh_token",
          refresh_token: credential.identityToken,
          client_id: "ferry"
        });
        if (challenge.service) form.set("service", challenge.service);
        if (scopes.length) form.set("scope", scopes.join(" "));
        response = await this.options.transport.request({
          method: "POST",
          url: realm.toString(),
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: form.toString(),
          buffer: true,
          maxBytes: MAX_TOKEN_RESPONSE_BYTES
        });
      } else {
        if (challenge.service) realm.searchParams.set("service", challenge.service);
        for (const scope of scopes) realm.searchParams.append("scope", scope);
        const basic = basicHeader(credential);
        response = await this.options.transport.request({
          method: "GET",
          url: realm.toString(),
          headers: basic ? { authorization: basic } : {},
          buffer: true,
          maxBytes: MAX_TOKEN_RESPONSE_BYTES
        });
      }
    } catch (error) {
      if (error instanceof ResponseSizeError)
        throw new FerryError(
          `Authenticating to ${registry}${who} failed: the token server ${realm.host} sent no usable answer: ${error.why} (the reading stopped there). The token server is misconfigured or hostile; check the registry's token realm.`,
          { code: "AUTH", cause: error }
        );
      throw new FerryError(
        `Authenticating to ${registry}${who} failed: the token server did not answer (${errorMessage(error)}). Check that ${realm.host} is reachable.`,
        {
          code: "AUTH",
          cause: error
        }
      );
    }
    const ok = response.status >= 200 && response.status <= 299;
    const body = ok ? await response.text(MAX_TOKEN_RESPONSE_BYTES) : await response.head(64 * 1024);
    if (response.status === 401 || response.status === 403) {
      throw new RegistryError({
        method: "GET",
        url: realm.origin + realm.pathname,
        status: response.status,
        action: `Authenticating to ${registry}${who}`,
        hint: credential ? `The credentials were refused; check the username and password (or token) for ${registry}.` : `The registry requires credentials; pass a username and password for ${registry} or log in with docker login.`
      });
    }
    if (response.status < 200 || response.status > 299) {
      throw new RegistryError({
        method: "GET",
        url: realm.origin + realm.pathname,
        status: response.status,
        body,
        action: `Authenticating to ${registry}${who}`
      });
    }
    const parsed = parseTokenResponse(body);
    if (!parsed) {
      throw new FerryError(
        `Authenticating to ${registry} failed: the token server's answer has no token. The token server is misconfigured.`,
        {
          code: "AUTH"
        }
      );
    }
    this.secrets.add(parsed.token);
    if (parsed.refreshToken) this.secrets.add(parsed.refreshToken);
    const lifetimeMs = parsed.expiresIn * 1e3;
    const margin = Math.min(this.options.renewBeforeMs ?? 1e4, lifetimeMs / 2);
    this.options.log?.debug(
      `token for ${registry} (${scopes.join(" ") || "no scope"}) valid ${parsed.expiresIn} s`
    );
    return { header: `Bearer ${parsed.token}`, expiresAt: this.now() + lifetimeMs - margin };
  }
};
function challengeOf(challenge) {
  return {
    scheme: challenge.scheme,
    ...challenge.realm ? { realm: challenge.realm } : {},
    ...challenge.service ? { service: challenge.service } : {}
  };
}
function repositoryOf(scopes) {
  const first = scopes[0];
  if (!first?.startsWith("repository:")) return void 0;
  const parts = first.split(":");
  return parts[1];
}
function basicHeader(credential) {
  if (credential?.username === void 0 || credential.password === void 0) return void 0;
  return `Basic ${Buffer.from(`${credential.username}:${credential.password}`, "utf8").toString("base64")}`;
}
function parseTokenResponse(body) {
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    return void 0;
  }
  if (typeof json !== "object" || json === null) return void 0;
  const token = "token" in json && typeof json.token === "string" && json.token ? json.token : "access_token" in json && typeof json.access_token === "string" && json.access_token ? json.access_token : void 0;
  if (!token) return void 0;
  const expiresIn = "expires_in" in json && typeof json.expires_in === "number" && json.expires_in > 0 ? json.expires_in : DEFAULT_EXPIRES_IN_S;
  const refreshToken = "refresh_token" in json && typeof json.refresh_token === "string" ? json.refresh_token : void 0;
  return refreshToken ? { token, expiresIn, refreshToken } : { token, expiresIn };
}

// lib/oci/auth/step-credentials.ts
import { isAbsolute, resolve } from "node:path";
function credentialPair(input) {
  const { user, password, userParam, passwordParam, step, log } = input;
  log.addSecret(password);
  if (user && password) return { username: user, password };
  if (!user && !password) return void 0;
  const given = user ? userParam : passwordParam;
  if (input.ignoreHalf !== void 0) {
    log.warn(
      `${step}: only ${given} is set, so it is not used; ${input.ignoreHalf}. Set both ${userParam} and ${passwordParam} to log in.`
    );
    return void 0;
  }
  throw new FerryError(
    `${step}: ${userParam} and ${passwordParam} go together, but only ${given} is set. Set both, or neither to use dockerConfigJSON.`,
    { code: "USAGE", usage: true }
  );
}
async function readDockerConfigFile(path, options) {
  const file = isAbsolute(path) ? path : resolve(options.workspace, path);
  return readDockerConfig(file, {
    subject: `${options.step}: dockerConfigJSON (${file})`,
    fix: "Point it at a Docker config.json, or unset it."
  });
}

// lib/oci/registry/repository.ts
import { Transform as Transform2, pipeline } from "node:stream";

// lib/oci/registry/blob-body.ts
import { Readable as Readable2 } from "node:stream";
function shortBody2(offset, size) {
  return Object.assign(new Error(`connection closed after ${offset} of ${size} bytes`), {
    code: "UND_ERR_SOCKET"
  });
}
var BlobBody = class extends Readable2 {
  constructor(options) {
    super();
    this.options = options;
    this.feed = options.feed;
  }
  options;
  feed;
  offset = 0;
  skip = 0;
  check;
  expected;
  onVerified;
  checked = false;
  started = false;
  reopening = false;
  /** The pump in progress: how it delivers a chunk, and how it ends. */
  pump;
  /**
   * Checks the body against `expected` (sha256 and size) as it passes; `onVerified` counts the bytes
   * that passed. A mismatch fails the body (code DIGEST_MISMATCH) before its last chunk is passed on.
   */
  verifyAs(expected, onVerified) {
    if (this.started) throw new Error("verifyAs after the body started");
    this.expected = expected;
    this.check = new BlobCheck(expected);
    this.onVerified = onVerified;
  }
  /** True when the body verifies itself as the blob `digest` of `size` bytes. */
  verifies(digest, size) {
    return this.expected?.digest === digest && this.expected.size === size;
  }
  /**
   * Writes the whole body into `sink` (not ending it), waiting for each write to leave the reused read
   * buffer before reading on. Resolves with the bytes written; rejects (and fails the body) when the
   * source fails for good or the body is not what `verifyAs` said.
   */
  pumpTo(sink, onSent) {
    if (this.started) return Promise.reject(new Error("the blob body was already read"));
    return new Promise((resolve4, reject) => {
      this.pump = { sink, onSent, resolve: resolve4, reject, sent: 0, waitingFor: 0, writes: 0 };
      this.begin();
    });
  }
  /** True while a pump waits for the source's next bytes, not for the sink to take the last ones. */
  waitingOnSource() {
    return this.pump !== void 0 && this.pump.waitingFor === 0;
  }
  _read() {
    if (!this.started) this.begin();
    else if (!this.reopening) this.feed.resume();
  }
  _destroy(error, callback) {
    this.feed.destroy();
    const pump = this.pump;
    this.pump = void 0;
    pump?.reject(error ?? Object.assign(new Error("the blob body was closed"), { code: "ABORT_ERR" }));
    callback(error);
  }
  begin() {
    this.started = true;
    this.startFeed(this.feed);
  }
  startFeed(feed) {
    feed.start({
      chunk: (chunk) => {
        if (feed === this.feed && !this.destroyed) this.passOn(chunk);
      },
      end: () => {
        if (feed === this.feed && !this.destroyed) this.ended();
      },
      error: (error) => {
        if (feed === this.feed && !this.destroyed) void this.broken(error);
      }
    });
  }
  passOn(raw) {
    let chunk = raw;
    if (this.skip > 0) {
      const dropped = Math.min(this.skip, chunk.length);
      this.skip -= dropped;
      if (dropped === chunk.length) return;
      chunk = chunk.subarray(dropped);
    }
    const size = this.options.size;
    this.offset += chunk.length;
    if (size !== void 0 && this.offset > size) {
      this.destroy(this.options.overrun(size));
      return;
    }
    this.options.onBytes(chunk.length);
    if (this.check) {
      const mismatch = this.check.update(chunk) ?? (this.check.complete ? this.finishCheck() : void 0);
      if (mismatch) {
        this.destroy(mismatch);
        return;
      }
      this.onVerified?.(chunk.length);
    }
    const pump = this.pump;
    if (pump) {
      const token = ++pump.writes;
      const accepted = pump.sink.write(chunk, () => {
        if (pump.waitingFor !== token || this.pump !== pump) return;
        pump.waitingFor = 0;
        this.feed.resume();
      });
      pump.sent += chunk.length;
      pump.onSent(chunk.length);
      if (this.feed.transient ? pump.sink.writableLength > 0 : !accepted) {
        pump.waitingFor = token;
        this.feed.pause();
      }
      return;
    }
    if (!this.push(this.feed.transient ? Buffer.from(chunk) : chunk)) this.feed.pause();
  }
  finishCheck() {
    this.checked = true;
    return this.check?.finish();
  }
  ended() {
    const size = this.options.size;
    if (size !== void 0 && this.offset < size) {
      void this.broken(shortBody2(this.offset, size));
      return;
    }
    const mismatch = this.check && !this.checked ? this.finishCheck() : void 0;
    if (mismatch) {
      this.destroy(mismatch);
      return;
    }
    const pump = this.pump;
    if (pump) {
      this.pump = void 0;
      pump.resolve(pump.sent);
      this.push(null);
      this.resume();
    } else {
      this.push(null);
    }
  }
  /** The connection broke: resume at the current offset, or fail for good. */
  async broken(failure) {
    this.feed.destroy();
    if (this.options.size !== void 0 && failure.code === "ERR_BODY_OVERRUN") {
      this.destroy(this.options.overrun(this.options.size));
      return;
    }
    this.reopening = true;
    try {
      const next = await this.options.reopen(this.offset, failure);
      if (this.destroyed) {
        next.feed.destroy();
        return;
      }
      this.feed = next.feed;
      this.skip = next.skip;
      this.reopening = false;
      this.startFeed(next.feed);
      if (this.pump?.waitingFor) this.feed.pause();
    } catch (error) {
      this.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }
};

// lib/oci/registry/repository.ts
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
var MAX_TAG_LIST_BYTES = 16 * 1024 * 1024;
var MAX_ERROR_BODY_BYTES = 64 * 1024;
function referrersTag(digest) {
  const colon = digest.indexOf(":");
  return `${digest.slice(0, colon)}-${digest.slice(colon + 1)}`;
}
function mediaTypeOf(contentType) {
  const value = contentType?.split(";")[0]?.trim();
  return value ? value : void 0;
}
function parseJsonObject(bytes) {
  try {
    const json = JSON.parse(Buffer.from(bytes).toString("utf8"));
    return isRecord(json) ? json : void 0;
  } catch {
    return void 0;
  }
}
function toBuffer3(raw) {
  if (Buffer.isBuffer(raw)) return raw;
  if (raw instanceof Uint8Array) return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  if (typeof raw === "string") return Buffer.from(raw, "utf8");
  throw new TypeError("a byte stream yielded something that is not bytes");
}
function isDescriptor(value) {
  return typeof value === "object" && value !== null && "mediaType" in value && typeof value.mediaType === "string" && "digest" in value && typeof value.digest === "string" && "size" in value && typeof value.size === "number";
}
function nextLink(link) {
  if (!link) return void 0;
  for (const part of link.split(",")) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(part);
    if (match?.[1]) return match[1];
  }
  return void 0;
}
var RegistryRepository = class _RegistryRepository {
  constructor(reference, context, options = {}) {
    this.reference = reference;
    this.context = context;
    this.display = reference.name;
    this.path = reference.repository;
    this.scopes = /* @__PURE__ */ new Set([reference.scope(options.push ? ["pull", "push"] : ["pull"])]);
    for (const from of options.mountFrom ?? [])
      if (from !== reference.repository) this.scopes.add(`repository:${from}:pull`);
  }
  reference;
  context;
  display;
  path;
  stats = { bytesUploaded: 0, bytesDownloaded: 0 };
  scopes;
  get registry() {
    return this.reference.registry;
  }
  sameStoreAs(other) {
    return other instanceof _RegistryRepository && other.registry === this.registry;
  }
  // ---- plumbing -------------------------------------------------------------------------------
  apiPath(suffix) {
    return `/v2/${this.reference.repository}/${suffix}`;
  }
  /**
   * Sends a request with auth; on a 401 answers the challenge and sends once more. Credentials go only
   * to the registry's own origin: a Location or Link on another origin (a storage back end with a
   * signed URL, or a hostile registry) is sent to without them, as crane and regclient do.
   */
  async send(request2) {
    const early = await this.sendEarly(request2);
    if (early) return early;
    const base = await this.context.ready();
    const target = new URL(request2.url, base);
    const url = target.toString();
    const baseUrl = new URL(base);
    if (target.origin !== baseUrl.origin) {
      if (target.protocol === "http:" && baseUrl.protocol === "https:" && !isLoopbackHost(target.host) && !this.context.transport.isInsecure(target.host)) {
        throw new FerryError(
          `${request2.method} ${redactUrl(url)} refused: ${this.registry} (HTTPS) pointed to a plain HTTP URL on another host. Refusing to downgrade; the registry's upload or storage URL is misconfigured.`,
          { code: "REGISTRY" }
        );
      }
      this.context.log?.debug(
        `${request2.method} ${redactUrl(url)}: on another origin than ${this.registry}, sent without credentials`
      );
      return this.context.transport.request({ ...request2, url });
    }
    const scopes = [...this.scopes];
    const header2 = await this.context.auth.authorization(scopes);
    const first = await this.context.transport.request({
      ...request2,
      url,
      headers: withAuth(request2.headers, header2)
    });
    if (first.status !== 401) return first;
    const retryHeader = await this.context.auth.retryAfterUnauthorized(first, scopes, header2);
    if (retryHeader === void 0) return first;
    await first.dump();
    return this.context.transport.request({
      ...request2,
      url,
      headers: withAuth(request2.headers, retryHeader)
    });
  }
  /**
   * The first GET or HEAD of a copy goes out with the registry's ping instead of after it, when plain
   * HTTP is tried first there (loopback, insecure): one round trip less. It carries no credentials
   * (none are known before the ping), to the host the ping asks in plain HTTP anyway. An answer that
   * is not plainly a registry's (400, as a TLS server gives; 401 asking for credentials; a 5xx the
   * normal way retries; no answer at all) is dropped, and the request is sent again the normal way
   * once the ping has answered.
   */
  async sendEarly(request2) {
    if (request2.body !== void 0 || request2.method !== "GET" && request2.method !== "HEAD")
      return void 0;
    if (!request2.url.startsWith("/")) return void 0;
    const base = this.context.early?.();
    if (base === void 0) return void 0;
    let response;
    try {
      response = await this.context.transport.request({
        ...request2,
        url: `${base}${request2.url}`,
        retry: false
      });
    } catch (error) {
      if (this.context.transport.aborted) throw error;
      return void 0;
    }
    const status = response.status;
    if (status >= 200 && status < 400 || status === 404) return response;
    await response.dump();
    return void 0;
  }
  async fail(response, method, action) {
    const body = await response.head(MAX_ERROR_BODY_BYTES);
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
    const hint = response.status === 401 && !await this.context.auth.hasCredentials([...this.scopes]) ? `The registry requires credentials: pass a username and password for ${this.registry}, or log in with docker login.` : void 0;
    throw new RegistryError({
      method,
      url: response.url,
      status: response.status,
      body,
      action,
      ...retryAfterMs !== void 0 ? { retryAfterMs } : {},
      ...hint ? { hint } : {}
    });
  }
  // ---- blobs ----------------------------------------------------------------------------------
  async blobHead(digest) {
    const response = await this.send({ method: "HEAD", url: this.apiPath(`blobs/${digest}`) });
    await response.dump();
    if (response.status === 404) return void 0;
    if (response.status !== 200)
      return this.fail(response, "HEAD", `Checking blob ${digest} in ${this.display}`);
    const size = Number(response.headers.get("content-length"));
    return { mediaType: "application/octet-stream", digest, size: Number.isFinite(size) ? size : -1 };
  }
  async blobGet(digest) {
    const url = this.apiPath(`blobs/${digest}`);
    const action = `Fetching blob ${digest} from ${this.display}`;
    const first = await this.openBlob(url, {});
    if (first.response) {
      if (first.response.status !== 200) return this.fail(first.response, "GET", action);
    }
    const size = first.length;
    let failures = 0;
    const body = new BlobBody({
      size,
      feed: first.feed,
      onBytes: (n) => {
        this.stats.bytesDownloaded += n;
      },
      overrun: (declared) => new FerryError(
        `${action} failed: ${this.registry} sent more than the ${declared} bytes it declared. The registry at ${this.registry} is serving corrupt data.`,
        { code: "DIGEST_MISMATCH" }
      ),
      // A dropped connection mid-body: a Range request for the rest, with the transport's retry policy.
      reopen: async (offset, error) => {
        const failure = toNetworkError(error, "GET", new URL(url, await this.context.ready()).toString());
        failures++;
        if (!isTemporaryError(failure) || failures >= this.context.retry.attempts) throw failure;
        const delay = backoffDelay2(failures, this.context.retry);
        this.context.log?.debug(`${action}: broken after ${offset} bytes, resuming in ${delay} ms`);
        await this.context.retry.sleep(delay);
        const next = await this.openBlob(url, offset > 0 ? { range: `bytes=${offset}-` } : {});
        const status = next.response?.status ?? next.status;
        if (next.response && status !== 200 && status !== 206) await this.fail(next.response, "GET", action);
        return { feed: next.feed, skip: status === 206 ? 0 : offset };
      }
    });
    return { size: size ?? -1, body };
  }
  /**
   * GETs a blob body. From a plain-HTTP registry (loopback, or marked insecure) the lean GET of the
   * transport is tried first; any other answer than a plain 200/206 with Content-Length (a challenge,
   * a redirect, an error, a chunked body) and any failure before the answer sends the request again on
   * the full transport, which handles them. A registry that redirected once goes there directly.
   */
  async openBlob(url, headers) {
    const base = await this.context.ready();
    if (base.startsWith("http:") && !this.context.transport.redirectsBlobs(base)) {
      const scopes = [...this.scopes];
      const authorization = await this.context.auth.authorization(scopes);
      const fast = await this.context.transport.fastGet(new URL(url, base).toString(), withAuth(headers, authorization)).catch((error) => {
        if (this.context.transport.aborted) throw error;
        return void 0;
      });
      if (fast?.kind === "body") return { feed: fast.feed, length: fast.length, status: fast.status };
      if (fast?.status !== void 0 && fast.status >= 300 && fast.status < 400)
        this.context.transport.markRedirectsBlobs(base);
    }
    const response = await this.send({ method: "GET", url, headers });
    const declared = Number(response.headers.get("content-length"));
    return {
      feed: new StreamFeed(response.body),
      length: Number.isFinite(declared) && declared >= 0 ? declared : void 0,
      status: response.status,
      response
    };
  }
  async blobMount(digest, fromRepository) {
    if (fromRepository === this.reference.repository) return await this.blobHead(digest) !== void 0;
    this.scopes.add(`repository:${fromRepository}:pull`);
    const query = new URLSearchParams({ mount: digest, from: fromRepository });
    const response = await this.send({
      method: "POST",
      url: `${this.apiPath("blobs/uploads/")}?${query.toString()}`,
      headers: { "content-length": "0" }
    });
    await response.dump();
    if (response.status === 201) {
      this.context.log?.debug(`mounted ${digest} from ${fromRepository} into ${this.display}`);
      return true;
    }
    if (response.status === 202) {
      const location = response.headers.get("location");
      if (location)
        void this.send({ method: "DELETE", url: location, retry: false }).then(
          (r) => r.dump(),
          () => void 0
        );
      return false;
    }
    if (response.status >= 400 && response.status < 500) return false;
    return this.fail(response, "POST", `Mounting blob ${digest} from ${fromRepository} into ${this.display}`);
  }
  async blobPut(descriptor, open3) {
    const action = `Pushing blob ${descriptor.digest} to ${this.display}`;
    let mode = this.context.upload;
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.uploadOnce(descriptor, open3, mode, action);
        if (result === "retry-chunked") {
          mode = "chunked";
          continue;
        }
        return;
      } catch (error) {
        if (!isTemporaryError(error) || attempt >= this.context.retry.attempts) throw error;
        const retryAfter = error instanceof RegistryError ? error.retryAfterMs : void 0;
        const delay = backoffDelay2(attempt, this.context.retry, retryAfter);
        this.context.log?.debug(`${action}: ${errorMessage(error)}; starting over in ${delay} ms`);
        await this.context.retry.sleep(delay);
      }
    }
  }
  /** One upload session: POST, then a monolithic PUT or PATCH chunks and a closing PUT. */
  async uploadOnce(descriptor, open3, mode, action) {
    let early = open3();
    early.catch(() => void 0);
    const source = () => {
      const taken = early ?? open3();
      early = void 0;
      return taken;
    };
    try {
      return await this.uploadSession(descriptor, source, mode, action);
    } finally {
      if (early)
        void early.then(
          (stream) => stream.destroy(),
          () => void 0
        );
    }
  }
  async uploadSession(descriptor, open3, mode, action) {
    const start = await this.send({
      method: "POST",
      url: this.apiPath("blobs/uploads/"),
      headers: { "content-length": "0" }
    });
    await start.dump();
    if (start.status !== 202) return this.fail(start, "POST", action);
    let location = start.headers.get("location");
    if (!location)
      throw new RegistryError({
        method: "POST",
        url: start.url,
        status: start.status,
        action,
        hint: "The registry sent no upload Location; it does not follow the distribution spec."
      });
    const minChunk = Number(start.headers.get("oci-chunk-min-length") ?? "0");
    const chunked = mode === "chunked" || Number.isFinite(minChunk) && minChunk > 0 || descriptor.size < 0;
    if (!chunked) {
      const put = await this.send({
        method: "PUT",
        url: withDigest(location, descriptor.digest),
        headers: { "content-type": "application/octet-stream", "content-length": String(descriptor.size) },
        body: async () => {
          const source = await open3();
          if (source instanceof BlobBody && source.verifies(descriptor.digest, descriptor.size))
            return pumpBody(source, (n) => this.count(descriptor.digest, n));
          return pipeline(source, this.counter(descriptor, action), () => {
          });
        },
        retry: false
      });
      if (put.status === 201) {
        await put.dump();
        return "done";
      }
      if ([405, 413, 416, 501].includes(put.status)) {
        await put.dump();
        this.context.log?.debug(`${action}: monolithic upload refused (${put.status}), using chunks`);
        return "retry-chunked";
      }
      return this.fail(put, "PUT", action);
    }
    const chunkSize = Math.max(this.context.chunkSize, Number.isFinite(minChunk) ? minChunk : 0);
    let offset = 0;
    for await (const chunk of chunks(await open3(), chunkSize)) {
      if (descriptor.size >= 0 && offset + chunk.length > descriptor.size)
        throw new FerryError(
          `${action} failed: the source gave more than the ${descriptor.size} bytes its descriptor says. The source is at fault, not ${this.registry}.`,
          { code: "DIGEST_MISMATCH" }
        );
      const patch = await this.send({
        method: "PATCH",
        url: location,
        headers: {
          "content-type": "application/octet-stream",
          "content-length": String(chunk.length),
          "content-range": `${offset}-${offset + chunk.length - 1}`
        },
        body: chunk,
        retry: false
      });
      await patch.dump();
      if (patch.status !== 202) return this.fail(patch, "PATCH", action);
      offset += chunk.length;
      this.count(descriptor.digest, chunk.length);
      location = patch.headers.get("location") ?? location;
    }
    if (descriptor.size >= 0 && offset !== descriptor.size) {
      throw new FerryError(
        `${action} failed: the source gave ${offset} bytes, the descriptor says ${descriptor.size}. The source is inconsistent.`,
        {
          code: "DIGEST_MISMATCH"
        }
      );
    }
    const close = await this.send({
      method: "PUT",
      url: withDigest(location, descriptor.digest),
      headers: { "content-length": "0" },
      retry: false
    });
    await close.dump();
    if (close.status !== 201) return this.fail(close, "PUT", action);
    return "done";
  }
  count(digest, bytes) {
    this.stats.bytesUploaded += bytes;
    this.context.onUpload?.({ repository: this.display, digest, bytes });
  }
  /** Counts bytes as they go out, and stops a source that gives more than the descriptor's size. */
  counter(descriptor, action) {
    let seen = 0;
    return new Transform2({
      transform: (chunk, _encoding, callback) => {
        seen += chunk.length;
        if (descriptor.size >= 0 && seen > descriptor.size) {
          callback(
            new FerryError(
              `${action} failed: the source gave more than the ${descriptor.size} bytes its descriptor says. The source is at fault, not ${this.registry}.`,
              { code: "DIGEST_MISMATCH" }
            )
          );
          return;
        }
        this.count(descriptor.digest, chunk.length);
        callback(null, chunk);
      },
      flush: (callback) => {
        if (descriptor.size >= 0 && seen < descriptor.size) {
          callback(
            new FerryError(
              `${action} failed: the source gave ${seen} bytes, its descriptor says ${descriptor.size}. The source is at fault (a truncated blob), not ${this.registry}.`,
              { code: "DIGEST_MISMATCH" }
            )
          );
          return;
        }
        callback();
      }
    });
  }
  // ---- manifests ------------------------------------------------------------------------------
  async manifestHead(reference) {
    const response = await this.send({
      method: "HEAD",
      url: this.apiPath(`manifests/${reference}`),
      headers: { accept: MANIFEST_ACCEPT.join(", ") }
    });
    await response.dump();
    if (response.status === 404) return void 0;
    if (response.status !== 200)
      return this.fail(response, "HEAD", `Checking manifest ${reference} in ${this.display}`);
    const digest = response.headers.get("docker-content-digest");
    const mediaType = mediaTypeOf(response.headers.get("content-type"));
    const size = Number(response.headers.get("content-length"));
    if (!digest || !isDigest(digest) || !mediaType || !Number.isFinite(size)) {
      return (await this.manifestGet(reference)).descriptor;
    }
    return { mediaType, digest, size };
  }
  async manifestGet(reference) {
    const action = `Fetching manifest ${this.display}${isDigest(reference) ? "@" : ":"}${reference}`;
    let response;
    try {
      response = await this.send({
        method: "GET",
        url: this.apiPath(`manifests/${reference}`),
        headers: { accept: MANIFEST_ACCEPT.join(", ") },
        buffer: true,
        maxBytes: MAX_MANIFEST_BYTES
      });
    } catch (error) {
      if (!(error instanceof ResponseSizeError)) throw error;
      throw new FerryError(
        `${action} failed: ${this.registry} sent no usable manifest: ${error.why} (the reading stopped there). This is not an image manifest; check the reference and the registry.`,
        { code: "REGISTRY", cause: error }
      );
    }
    if (response.status !== 200) return this.fail(response, "GET", action);
    const bytes = await response.bytes(MAX_MANIFEST_BYTES);
    const digest = sha256Digest(bytes);
    if (isDigest(reference) && reference.startsWith("sha256:") && reference !== digest) {
      throw new FerryError(
        `${action} failed: the registry returned content with digest ${digest}. The registry is serving corrupt data.`,
        {
          code: "DIGEST_MISMATCH"
        }
      );
    }
    const claimed = response.headers.get("docker-content-digest")?.trim();
    if (!isDigest(reference) && claimed?.startsWith("sha256:") && claimed !== digest) {
      throw new FerryError(
        `${action} failed: the registry says its digest is ${claimed} (Docker-Content-Digest), but the bytes it sent have ${digest}. The registry is serving inconsistent data; retry, or name the image by digest.`,
        { code: "DIGEST_MISMATCH" }
      );
    }
    const json = parseJsonObject(bytes);
    const fromBody = typeof json?.mediaType === "string" ? json.mediaType : void 0;
    const mediaType = fromBody ?? mediaTypeOf(response.headers.get("content-type")) ?? MEDIA_TYPES.ociManifest;
    const descriptor = { mediaType, digest, size: bytes.length };
    if (typeof json?.artifactType === "string") descriptor.artifactType = json.artifactType;
    return { descriptor, bytes: new Uint8Array(bytes) };
  }
  async manifestPut(reference, mediaType, bytes) {
    const digest = sha256Digest(bytes);
    const action = `Pushing manifest ${this.display}${isDigest(reference) ? "@" : ":"}${reference}`;
    if (isDigest(reference) && reference !== digest) {
      throw new FerryError(
        `${action} failed: the bytes have digest ${digest}, not ${reference}. The caller changed the manifest.`,
        {
          code: "DIGEST_MISMATCH"
        }
      );
    }
    const response = await this.send({
      method: "PUT",
      url: this.apiPath(`manifests/${reference}`),
      headers: { "content-type": mediaType, "content-length": String(bytes.length) },
      body: bytes
    });
    if (response.status !== 201 && response.status !== 200) return this.fail(response, "PUT", action);
    await response.dump();
    const stored = response.headers.get("docker-content-digest");
    if (stored && stored.startsWith("sha256:") && stored !== digest) {
      throw new FerryError(
        `${action} failed: the registry stored it as ${stored}, the bytes have ${digest}. The registry rewrote the manifest.`,
        {
          code: "DIGEST_MISMATCH"
        }
      );
    }
    return digest;
  }
  // ---- tags and referrers ---------------------------------------------------------------------
  async tagList() {
    const tags = [];
    let url = `${this.apiPath("tags/list")}?n=1000`;
    for (let page = 0; url && page < 1e4; page++) {
      const response = await this.send({ method: "GET", url, buffer: true, maxBytes: MAX_TAG_LIST_BYTES });
      if (response.status === 404) return tags;
      if (response.status !== 200) return this.fail(response, "GET", `Listing tags of ${this.display}`);
      const json = parseJsonObject(await response.bytes());
      const list = json?.tags;
      if (Array.isArray(list)) {
        for (const tag of list) if (typeof tag === "string") tags.push(tag);
      }
      url = nextLink(response.headers.get("link"));
    }
    return tags;
  }
  async referrers(digest, artifactType) {
    const query = artifactType ? `?${new URLSearchParams({ artifactType }).toString()}` : "";
    let url = `${this.apiPath(`referrers/${digest}`)}${query}`;
    const found = [];
    let filtered = false;
    for (let page = 0; url && page < 1e3; page++) {
      const response = await this.send({
        method: "GET",
        url,
        headers: { accept: MEDIA_TYPES.ociIndex },
        buffer: true,
        maxBytes: MAX_MANIFEST_BYTES
      });
      const type = mediaTypeOf(response.headers.get("content-type"));
      if (response.status !== 200 || type !== MEDIA_TYPES.ociIndex) {
        await response.dump();
        if (page === 0 && (response.status === 404 || response.status === 400 || response.status === 405 || response.status === 200)) {
          return this.referrersByTag(digest, artifactType);
        }
        return this.fail(response, "GET", `Listing referrers of ${digest} in ${this.display}`);
      }
      filtered ||= (response.headers.get("oci-filters-applied") ?? "").split(",").some((f) => f.trim() === "artifactType");
      found.push(...manifestsOf(await response.bytes()));
      url = nextLink(response.headers.get("link"));
    }
    return artifactType && !filtered ? found.filter((d) => d.artifactType === artifactType) : found;
  }
  /** The `sha256-<hex>` tag scheme: an index whose manifests are the referrers. */
  async referrersByTag(digest, artifactType) {
    if (!isDigest(digest) || digestHex(digest).length === 0) return [];
    const tag = referrersTag(digest);
    const head = await this.manifestHead(tag);
    if (!head) return [];
    const { bytes } = await this.manifestGet(tag);
    const all = manifestsOf(bytes);
    return artifactType ? all.filter((d) => d.artifactType === artifactType) : all;
  }
};
function manifestsOf(bytes) {
  const list = parseJsonObject(bytes)?.manifests;
  return Array.isArray(list) ? list.filter(isDescriptor) : [];
}
function pumpBody(body, onSent) {
  return {
    writeTo: (request2) => body.pumpTo(request2, onSent),
    destroy: () => body.destroy(),
    waitingOnSource: () => body.waitingOnSource()
  };
}
function withAuth(headers, authorization) {
  return authorization ? { ...headers, authorization } : { ...headers };
}
function withDigest(location, digest) {
  const separator = location.includes("?") ? "&" : "?";
  return `${location}${separator}digest=${encodeURIComponent(digest)}`;
}
async function* chunks(stream, size) {
  let pending = [];
  let pendingLength = 0;
  for await (const raw of stream) {
    let data = toBuffer3(raw);
    while (pendingLength + data.length >= size) {
      const take = size - pendingLength;
      pending.push(data.subarray(0, take));
      yield Buffer.concat(pending);
      pending = [];
      pendingLength = 0;
      data = data.subarray(take);
    }
    if (data.length) {
      pending.push(data);
      pendingLength += data.length;
    }
  }
  if (pendingLength > 0) yield Buffer.concat(pending);
}

// lib/oci/registry/index.ts
var DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;
function createRegistryClient(options = {}) {
  const ownTransport = options.transport === void 0;
  const transport = options.transport ?? createTransport({
    ...options.caFile ? { caFile: options.caFile } : {},
    ...options.insecureRegistries ? { insecureRegistries: options.insecureRegistries } : {},
    ...options.retry ? { retry: options.retry } : {},
    ...options.log ? { log: options.log } : {},
    ...options.signal ? { signal: options.signal } : {}
  });
  const retry = resolveRetryOptions(options.retry);
  const keychain = options.keychain ?? anonymousKeychain;
  const authenticators = /* @__PURE__ */ new Map();
  const pings = /* @__PURE__ */ new Map();
  const settled = /* @__PURE__ */ new Set();
  const authenticator = (registry) => {
    let auth = authenticators.get(registry);
    if (!auth) {
      auth = new RegistryAuthenticator({
        registry,
        keychain,
        transport,
        ...options.secrets ? { secrets: options.secrets } : {},
        ...options.log ? { log: options.log } : {}
      });
      authenticators.set(registry, auth);
    }
    return auth;
  };
  const ready = (registry) => {
    let ping = pings.get(registry);
    if (!ping) {
      ping = (async () => {
        const { base, response } = await transport.ping(registry, options.secure?.[registry]);
        if (response.status === 401) authenticator(registry).observe(response);
        settled.add(registry);
        return base;
      })();
      ping.catch(() => pings.delete(registry));
      pings.set(registry, ping);
    }
    return ping;
  };
  return {
    transport,
    authenticator,
    repository(reference, repositoryOptions = {}) {
      ready(reference.registry).catch(() => void 0);
      return new RegistryRepository(
        reference,
        {
          transport,
          auth: authenticator(reference.registry),
          retry,
          upload: options.upload ?? "auto",
          chunkSize: options.chunkSize ?? DEFAULT_CHUNK_SIZE,
          ready: () => ready(reference.registry),
          early: () => settled.has(reference.registry) ? void 0 : transport.plainFirstBase(reference.registry, options.secure?.[reference.registry]),
          ...options.log ? { log: options.log } : {},
          ...options.onUpload ? { onUpload: options.onUpload } : {}
        },
        repositoryOptions
      );
    },
    async close() {
      if (ownTransport) await transport.close();
    }
  };
}

// lib/oci/copy/blobs.ts
import { pipeline as pipeline2 } from "node:stream";

// lib/util/pool.ts
async function runBounded(items, limit, work, signal) {
  let next = 0;
  let failure;
  const worker = async () => {
    while (!failure && next < items.length) {
      if (signal?.aborted) {
        failure = { error: signal.reason };
        return;
      }
      const item = items[next++];
      if (item === void 0) continue;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, () => worker()));
  if (failure) throw failure.error;
}

// lib/oci/copy/blobs.ts
var SENDING_INTERVAL_MS = 50;
function emptyBlobStats() {
  return { bytesSent: 0, skipped: 0, mounted: 0, uploaded: 0 };
}
var CountingVerifier = class extends DigestVerifier {
  constructor(options, onBytes) {
    super(options);
    this.onBytes = onBytes;
  }
  onBytes;
  _transform(chunk, encoding, callback) {
    super._transform(chunk, encoding, (error, data) => {
      if (!error) this.onBytes(chunk.length);
      callback(error, data);
    });
  }
};
function sourceReadError(source, blob, error) {
  if (error instanceof FerryError && error.code === "DIGEST_MISMATCH") return error;
  return new FerryError(
    `Blob ${source.display}@${blob.digest} could not be read from the source: ${errorMessage(error)}. Retry, and check the source.`,
    { code: error instanceof FerryError ? error.code : "REGISTRY", cause: error }
  );
}
async function uploadVerified(blob, options, onBytes) {
  const { source, target } = options;
  let failed;
  let reject = () => {
  };
  const failure = new Promise((_resolve, rejectFailure) => {
    reject = rejectFailure;
  });
  failure.catch(() => void 0);
  const fail = (error) => {
    failed ??= error;
    reject(failed);
  };
  const open3 = async () => {
    if (failed) throw failed;
    let body;
    try {
      ({ body } = await source.blobGet(blob.digest));
    } catch (error) {
      fail(sourceReadError(source, blob, error));
      throw failed;
    }
    const expected = { digest: blob.digest, size: blob.size, what: `${source.display}@${blob.digest}` };
    if (isSelfVerifying(body)) {
      body.verifyAs(expected, onBytes);
      body.once("error", (error) => fail(sourceReadError(source, blob, error)));
      return body;
    }
    const verifier = new CountingVerifier(expected, onBytes);
    body.once("error", (error) => {
      if (!verifier.destroyed) fail(sourceReadError(source, blob, error));
    });
    verifier.once("error", (error) => {
      if (error instanceof FerryError && error.code === "DIGEST_MISMATCH") fail(error);
    });
    return pipeline2(body, verifier, () => {
    });
  };
  const put = target.blobPut(blob, open3);
  warmCrypto();
  await Promise.race([put, failure]).catch((error) => {
    throw failed ?? error;
  });
  if (failed) throw failed;
}
async function copyBlobs(blobs, options, stats = emptyBlobStats()) {
  const { source, target } = options;
  const mountable = target.sameStoreAs(source) && target.path !== source.path;
  let done = 0;
  const report = (event) => options.onBlob?.(stats, done, event);
  await runBounded(
    blobs,
    options.jobs,
    async (blob) => {
      let state;
      let sent = 0;
      if (await (options.heads?.get(blob.digest) ?? target.blobHead(blob.digest))) {
        stats.skipped++;
        state = "skipped";
      } else if (mountable && await target.blobMount(blob.digest, source.path)) {
        stats.mounted++;
        state = "mounted";
      } else {
        report({ descriptor: blob, state: "started", sent });
        const listening = options.onBlob !== void 0;
        let reported = performance.now();
        await uploadVerified(blob, options, (n) => {
          sent += n;
          stats.bytesSent += n;
          if (!listening) return;
          const now = performance.now();
          if (now - reported < SENDING_INTERVAL_MS) return;
          reported = now;
          report({ descriptor: blob, state: "sending", sent });
        });
        stats.uploaded++;
        state = "uploaded";
      }
      done++;
      report({ descriptor: blob, state, sent });
    },
    options.signal
  );
  return stats;
}

// lib/oci/copy/manifest.ts
var INDEX_TYPES = /* @__PURE__ */ new Set([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList]);
function isPlatform(value) {
  return isRecord(value) && typeof value.architecture === "string" && typeof value.os === "string";
}
function isDescriptor2(value) {
  return isRecord(value) && typeof value.mediaType === "string" && typeof value.digest === "string" && typeof value.size === "number" && (value.platform === void 0 || isPlatform(value.platform));
}
function descriptorList(value) {
  if (!Array.isArray(value)) return void 0;
  const list = [];
  for (const item of value) {
    if (!isDescriptor2(item)) return void 0;
    list.push(item);
  }
  return list;
}
function invalid2(what, why) {
  return new FerryError(
    `Manifest ${what} cannot be read: ${why}. The source holds a broken manifest; push the image again.`,
    {
      code: "REGISTRY"
    }
  );
}
function common(doc, subject) {
  const out = {};
  if (typeof doc.artifactType === "string") out.artifactType = doc.artifactType;
  if (subject) out.subject = subject;
  if (isRecord(doc.annotations)) {
    const annotations = {};
    for (const [k, v] of Object.entries(doc.annotations)) if (typeof v === "string") annotations[k] = v;
    out.annotations = annotations;
  }
  return out;
}
function parseManifest(bytes, mediaType, what) {
  let doc;
  try {
    doc = JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch (error) {
    throw invalid2(what, `it is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isRecord(doc)) throw invalid2(what, "it is not a JSON object");
  const type = typeof doc.mediaType === "string" ? doc.mediaType : mediaType ?? "";
  const subject = isDescriptor2(doc.subject) ? doc.subject : void 0;
  if (INDEX_TYPES.has(type) || doc.manifests !== void 0 && doc.config === void 0) {
    const manifests = descriptorList(doc.manifests);
    if (!manifests) throw invalid2(what, "its 'manifests' are not a list of descriptors");
    const value2 = {
      schemaVersion: 2,
      mediaType: type || void 0,
      manifests,
      ...common(doc, subject)
    };
    return { kind: "index", mediaType: type || MEDIA_TYPES.ociIndex, value: value2 };
  }
  const layers = descriptorList(doc.layers ?? []);
  if (!isDescriptor2(doc.config) || !layers)
    throw invalid2(what, "it has no 'config' descriptor or its 'layers' are not descriptors");
  const value = { ...doc, schemaVersion: 2, config: doc.config, layers, subject };
  return { kind: "manifest", mediaType: type || MEDIA_TYPES.ociManifest, value };
}
function declaredMediaType(bytes) {
  try {
    const doc = JSON.parse(Buffer.from(bytes).toString("utf8"));
    if (!isRecord(doc)) return void 0;
    if (typeof doc.mediaType === "string") return doc.mediaType;
    if (Array.isArray(doc.manifests)) return MEDIA_TYPES.ociIndex;
    if (isRecord(doc.config)) return MEDIA_TYPES.ociManifest;
    return void 0;
  } catch {
    return void 0;
  }
}
function formatPlatform(platform) {
  if (!platform) return "unknown";
  return [platform.os, platform.architecture, platform.variant].filter((p) => p).join("/");
}

// lib/oci/copy/options.ts
var DEFAULT_JOBS = 8;
var MAX_JOBS = 64;
function resolveCopyOptions(options) {
  const jobs = Math.min(MAX_JOBS, Math.max(1, Math.floor(options.jobs ?? DEFAULT_JOBS)));
  return {
    source: options.source,
    sourceReference: options.sourceReference,
    target: options.target,
    tags: [...new Set(options.tags ?? [])],
    platforms: [...new Set(options.platforms ?? [])],
    jobs,
    referrers: options.referrers ?? false,
    expectDigest: options.expectDigest,
    indexPlatform: options.indexPlatform,
    onProgress: options.onProgress ?? (() => {
    }),
    signal: options.signal
  };
}

// lib/oci/copy/plan.ts
var DOCKER_REFERENCE_DIGEST = "vnd.docker.reference.digest";
async function fetchManifest(source, reference, known) {
  const fetched = await source.manifestGet(reference);
  const digest = sha256Digest(fetched.bytes);
  const claimed = reference.startsWith("sha256:") ? reference : fetched.descriptor.digest;
  if (claimed.startsWith("sha256:") && digest !== claimed)
    throw new FerryError(
      `Manifest ${source.display}${claimed === reference ? "@" : ":"}${reference} failed verification: its bytes have digest ${digest}, not ${claimed}. The source served other content; retry or check the source.`,
      { code: "DIGEST_MISMATCH" }
    );
  const mediaType = known?.mediaType ?? fetched.descriptor.mediaType;
  const parsed = parseManifest(fetched.bytes, mediaType, `${source.display}@${digest}`);
  const descriptor = { mediaType: parsed.mediaType, digest, size: fetched.bytes.byteLength };
  return { descriptor, bytes: fetched.bytes, parsed, children: [] };
}
async function expandTree(source, node) {
  if (node.parsed.kind !== "index") return node;
  const children = await Promise.all(
    node.parsed.value.manifests.map(
      async (d) => expandTree(source, await fetchManifest(source, d.digest, d))
    )
  );
  return { ...node, children };
}
function collect(top) {
  const manifests = /* @__PURE__ */ new Map();
  const blobs = /* @__PURE__ */ new Map();
  const visit = (node) => {
    for (const child of node.children) visit(child);
    if (node !== top && !manifests.has(node.descriptor.digest)) manifests.set(node.descriptor.digest, node);
    if (node.parsed.kind === "manifest") {
      for (const d of [node.parsed.value.config, ...node.parsed.value.layers]) {
        if (!blobs.has(d.digest) && !(d.urls && d.urls.length > 0)) blobs.set(d.digest, d);
      }
    }
  };
  visit(top);
  return { manifests: [...manifests.values()], blobs: [...blobs.values()] };
}
function platformNotFound(display, asked, holds) {
  return new FerryError(
    `Platform ${asked} not found in ${display}: it holds ${holds.join(", ") || "no platforms"}. Choose one of those.`,
    { code: "NOT_FOUND", usage: true }
  );
}
function listedPlatforms(entries) {
  return [
    ...new Set(
      entries.filter((d) => d.platform && d.platform.os !== "unknown").map((d) => formatPlatform(d.platform))
    )
  ];
}
function matchEntries(top, wanted, display) {
  if (top.parsed.kind !== "index") return [];
  const entries = top.parsed.value.manifests;
  return wanted.map((text) => {
    const spec = parsePlatform(text);
    const match = entries.find((d) => platformMatches(spec, d.platform));
    if (!match) throw platformNotFound(display, text, listedPlatforms(entries));
    return match;
  });
}
function reduceIndex(top, chosen, display) {
  if (top.parsed.kind !== "index") return top;
  const entries = top.parsed.value.manifests;
  const kept = new Set(chosen.map((d) => d.digest));
  for (const d of entries) {
    const ref = d.annotations?.[DOCKER_REFERENCE_DIGEST];
    if (ref && kept.has(ref)) kept.add(d.digest);
  }
  if (kept.size === entries.length) return top;
  const raw = JSON.parse(Buffer.from(top.bytes).toString("utf8"));
  if (typeof raw !== "object" || raw === null || !("manifests" in raw) || !Array.isArray(raw.manifests))
    return top;
  const rawEntries = raw.manifests;
  const filtered = rawEntries.filter((_entry, i) => {
    const d = entries[i];
    return d !== void 0 && kept.has(d.digest);
  });
  const bytes = Buffer.from(JSON.stringify({ ...raw, manifests: filtered }));
  const parsed = parseManifest(bytes, top.parsed.mediaType, display);
  const children = top.children.filter((c) => kept.has(c.descriptor.digest));
  return {
    descriptor: { mediaType: parsed.mediaType, digest: sha256Digest(bytes), size: bytes.byteLength },
    bytes,
    parsed,
    children
  };
}
var MAX_CONFIG_BYTES = 4 << 20;
async function configPlatform(source, node) {
  if (node.parsed.kind !== "manifest") return void 0;
  const config = node.parsed.value.config;
  if (config.size > MAX_CONFIG_BYTES) return void 0;
  const { body } = await source.blobGet(config.digest);
  const chunks2 = [];
  let total = 0;
  const failed = (why) => new FerryError(
    `Blob ${source.display}@${config.digest} failed verification: ${why}. The source served different content than its descriptor names; retry, and check the source.`,
    { code: "DIGEST_MISMATCH" }
  );
  for await (const chunk of body) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    total += bytes.length;
    if (total > config.size) {
      body.destroy();
      throw failed(`more than the expected ${config.size} bytes`);
    }
    chunks2.push(bytes);
  }
  const digest = sha256Digest(Buffer.concat(chunks2));
  if (total !== config.size) throw failed(`${total} bytes instead of ${config.size}`);
  if (config.digest.startsWith("sha256:") && digest !== config.digest)
    throw failed(`its content has digest ${digest}`);
  let doc;
  try {
    doc = JSON.parse(Buffer.concat(chunks2).toString("utf8"));
  } catch {
    return void 0;
  }
  if (typeof doc !== "object" || doc === null) return void 0;
  const { os, architecture, variant } = doc;
  if (typeof os !== "string" || typeof architecture !== "string") return void 0;
  return typeof variant === "string" && variant ? { os, architecture, variant } : { os, architecture };
}
function platformsOf(top) {
  if (top.parsed.kind !== "index") return [];
  return top.parsed.value.manifests.filter((d) => d.platform && d.platform.os !== "unknown").map((d) => formatPlatform(d.platform));
}
async function resolveTops(source, reference, asked, indexPlatform) {
  const sourceTop = await fetchManifest(source, reference);
  const platforms = asked.length === 0 && indexPlatform && sourceTop.parsed.kind === "index" ? [indexPlatform] : asked;
  if (platforms.length === 0) return { sourceTop, top: sourceTop };
  const display = `${source.display}${reference.includes(":") ? "@" : ":"}${reference}`;
  if (sourceTop.parsed.kind !== "index") {
    const own = await configPlatform(source, sourceTop);
    if (own) {
      const missing = platforms.find((text) => !platformMatches(parsePlatform(text), own));
      if (missing !== void 0 && platforms.length === 1)
        throw platformNotFound(`${display} (a single-platform image)`, missing, [formatPlatform(own)]);
      if (!platforms.some((text) => platformMatches(parsePlatform(text), own)))
        throw platformNotFound(`${display} (a single-platform image)`, platforms.join(", "), [
          formatPlatform(own)
        ]);
    }
    return { sourceTop, top: sourceTop, platforms: own ? [formatPlatform(own)] : [] };
  }
  const chosen = matchEntries(sourceTop, platforms, display);
  const first = chosen[0];
  if (platforms.length === 1 && first) {
    const top2 = await fetchManifest(source, first.digest, first);
    return { sourceTop, top: top2, platforms: [formatPlatform(first.platform)] };
  }
  const top = reduceIndex(sourceTop, chosen, display);
  return { sourceTop, top, platforms: platformsOf(top) };
}
async function planCopy(source, tops) {
  const top = await expandTree(source, tops.top);
  return { sourceTop: tops.sourceTop, top, ...collect(top), platforms: tops.platforms ?? platformsOf(top) };
}
function treeContents(top) {
  return collect(top);
}

// lib/oci/copy/write.ts
async function writeManifest(target, reference, node) {
  const digest = await target.manifestPut(reference, node.descriptor.mediaType, node.bytes);
  if (digest !== node.descriptor.digest)
    throw new FerryError(
      `Manifest copy to ${target.display} failed: the target stored digest ${digest} for ${reference}, but the source digest is ${node.descriptor.digest}. The target rewrote the manifest; use a registry that stores manifests unchanged.`,
      { code: "DIGEST_MISMATCH" }
    );
  return digest;
}

// lib/oci/copy/referrers.ts
function referrerDescriptor(node) {
  const value = node.parsed.value;
  const artifactType = value.artifactType ?? (node.parsed.kind === "manifest" ? node.parsed.value.config.mediaType : void 0);
  return {
    mediaType: node.descriptor.mediaType,
    digest: node.descriptor.digest,
    size: node.descriptor.size,
    ...artifactType ? { artifactType } : {},
    ...value.annotations && Object.keys(value.annotations).length > 0 ? { annotations: value.annotations } : {}
  };
}
async function copyReferrers(subjects, options) {
  const { source, target } = options;
  const seen = new Set(subjects);
  const result = { referrers: [], tagsWritten: [] };
  let queue = [...subjects];
  while (queue.length > 0) {
    const next = [];
    for (const subject of queue) {
      const listed = await source.referrers(subject);
      if (listed.length === 0) continue;
      const atTarget = new Set((await target.referrers(subject)).map((d) => d.digest));
      const unlisted = [];
      for (const entry of listed) {
        if (seen.has(entry.digest)) continue;
        seen.add(entry.digest);
        const present = (await target.manifestHead(entry.digest))?.digest === entry.digest;
        if (present && atTarget.has(entry.digest)) {
          next.push(entry.digest);
          result.referrers.push({ ...describe(entry, subject), written: false });
          continue;
        }
        const node = await fetchManifest(source, entry.digest, entry);
        if (node.parsed.value.subject?.digest !== subject) continue;
        next.push(entry.digest);
        if (!present) await writeReferrer(node, options);
        const descriptor = referrerDescriptor(node);
        result.referrers.push({ ...describe(descriptor, subject), written: !present });
        if (!atTarget.has(entry.digest)) unlisted.push(descriptor);
      }
      if (unlisted.length > 0) {
        const tag = await ensureReferrersListed(target, subject, unlisted);
        if (tag) result.tagsWritten.push(tag);
      }
    }
    queue = next;
  }
  return result;
}
function describe(d, subject) {
  return {
    digest: d.digest,
    subject,
    mediaType: d.mediaType,
    size: d.size,
    ...d.artifactType ? { artifactType: d.artifactType } : {}
  };
}
async function writeReferrer(node, options) {
  const { source, target } = options;
  const tree = await expandTree(source, node);
  const contents = treeContents(tree);
  await copyBlobs(
    contents.blobs,
    { source, target, jobs: options.jobs, signal: options.signal },
    options.stats
  );
  for (const m of contents.manifests)
    if ((await target.manifestHead(m.descriptor.digest))?.digest !== m.descriptor.digest)
      await writeManifest(target, m.descriptor.digest, m);
  await writeManifest(target, tree.descriptor.digest, tree);
}
async function ensureReferrersListed(target, subject, added) {
  const listed = new Set((await target.referrers(subject)).map((d) => d.digest));
  const missing = added.filter((d) => !listed.has(d.digest));
  if (missing.length === 0) return void 0;
  const tag = referrersTag(subject);
  const manifests = await currentTagIndex(target, tag, subject);
  const known = new Set(manifests.map((d) => d.digest));
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [...manifests, ...missing.filter((d) => !known.has(d.digest))]
    })
  );
  try {
    await target.manifestPut(tag, MEDIA_TYPES.ociIndex, bytes);
  } catch (error) {
    throw new FerryError(
      `Referrers of ${subject} could not be listed at ${target.display}: writing tag ${tag} failed. Check push rights on the target.`,
      { code: "REGISTRY", cause: error }
    );
  }
  return tag;
}
async function currentTagIndex(target, tag, subject) {
  if (!await target.manifestHead(tag)) return [];
  const current = await target.manifestGet(tag);
  let doc;
  try {
    doc = JSON.parse(Buffer.from(current.bytes).toString("utf8"));
  } catch {
    doc = void 0;
  }
  const manifests = typeof doc === "object" && doc !== null && "manifests" in doc ? doc.manifests : void 0;
  if (current.descriptor.mediaType !== MEDIA_TYPES.ociIndex || !Array.isArray(manifests))
    throw new FerryError(
      `Referrers of ${subject} could not be listed at ${target.display}: tag ${tag} holds a ${current.descriptor.mediaType}, not the OCI index the referrers tag schema needs. Nothing was overwritten; remove or retag it, then copy again.`,
      { code: "REGISTRY" }
    );
  return manifests.filter(
    (d) => typeof d === "object" && d !== null && "digest" in d && typeof d.digest === "string"
  );
}

// lib/oci/copy/copy.ts
function createProgress(options, plan) {
  const bytesTotal = plan.blobs.reduce((n, b) => n + b.size, 0);
  const progress = {
    stats: emptyBlobStats(),
    blobsDone: 0,
    emit(phase, manifest, blob) {
      options.onProgress({
        ...blob ? {
          blob: {
            digest: blob.descriptor.digest,
            size: blob.descriptor.size,
            sent: blob.sent,
            state: blob.state
          }
        } : {},
        phase,
        bytesSent: progress.stats.bytesSent,
        bytesTotal,
        blobsDone: progress.blobsDone,
        blobsTotal: plan.blobs.length,
        manifest: manifest ? { digest: manifest.descriptor.digest, platform: platformOf(plan, manifest) } : void 0
      });
    }
  };
  return progress;
}
function platformOf(plan, node) {
  if (plan.top.parsed.kind !== "index") return node === plan.top ? plan.platforms[0] : void 0;
  const entry = plan.top.parsed.value.manifests.find((d) => d.digest === node.descriptor.digest);
  return entry?.platform ? formatPlatform(entry.platform) : void 0;
}
async function writeTags(target, top, tags) {
  for (const tag of tags) await writeManifest(target, tag, top);
  return [...tags];
}
function presentPlan(tops) {
  return {
    sourceTop: tops.sourceTop,
    top: tops.top,
    manifests: [],
    blobs: [],
    platforms: tops.platforms ?? platformsOf(tops.top)
  };
}
async function planAgainst(options, tops) {
  const { source, target, jobs } = options;
  const digest = tops.top.descriptor.digest;
  let settled = false;
  const held = target.manifestHead(digest).finally(() => settled = true).then((head) => head?.digest === digest);
  held.catch(() => void 0);
  const plan = await planCopy(source, tops);
  const heads = /* @__PURE__ */ new Map();
  if (!settled)
    for (const blob of plan.blobs.slice(0, jobs)) {
      const head = target.blobHead(blob.digest);
      head.catch(() => void 0);
      heads.set(blob.digest, head);
    }
  if (await held) return { present: true, plan: presentPlan(tops) };
  return { present: false, plan, heads };
}
async function copyContent(options, plan, progress, heads) {
  const { source, target, jobs, signal } = options;
  progress.emit("blobs");
  await copyBlobs(
    plan.blobs,
    {
      source,
      target,
      jobs,
      signal,
      heads,
      onBlob: (_stats, done, event) => {
        progress.blobsDone = done;
        progress.emit("blobs", void 0, event);
      }
    },
    progress.stats
  );
  progress.emit("manifests");
  let written = 0;
  await runBounded(
    plan.manifests,
    jobs,
    async (node) => {
      if ((await target.manifestHead(node.descriptor.digest))?.digest !== node.descriptor.digest) {
        await writeManifest(target, node.descriptor.digest, node);
        written++;
      }
      progress.emit("manifests", node);
    },
    signal
  );
  return written;
}
async function copyImage(input) {
  const started2 = performance.now();
  const options = resolveCopyOptions(input);
  const { source, target, tags } = options;
  const [tops, tagHeads] = await Promise.all([
    resolveTops(source, options.sourceReference, options.platforms, options.indexPlatform),
    Promise.all(tags.map((tag) => target.manifestHead(tag)))
  ]);
  const digest = tops.top.descriptor.digest;
  if (options.expectDigest && options.expectDigest !== digest)
    throw new FerryError(
      `Copy to ${target.display}@${options.expectDigest} refused: the image to write has digest ${digest}${tops.top !== tops.sourceTop ? " (after choosing platforms)" : ""}. Name the target by tag, or by the digest the source has.`,
      { code: "DIGEST_MISMATCH", usage: true }
    );
  const tagged = tagHeads.some((head) => head?.digest === digest);
  const { present, plan, heads } = tagged ? { present: true, plan: presentPlan(tops), heads: void 0 } : await planAgainst(options, tops);
  const progress = createProgress(options, plan);
  progress.emit("plan");
  let manifestsWritten = 0;
  if (!present) {
    manifestsWritten = await copyContent(options, plan, progress, heads);
    const first = tags[0] ?? plan.top.descriptor.digest;
    await writeManifest(target, first, plan.top);
    manifestsWritten++;
    progress.emit("manifests", plan.top);
  }
  progress.emit("tags");
  const missing = tags.filter((tag, i) => tagHeads[i]?.digest !== digest && (present || i > 0));
  const tagsWritten = await writeTags(target, plan.top, missing);
  if (!present && tags[0]) tagsWritten.unshift(tags[0]);
  let referrers = { referrers: [], tagsWritten: [] };
  if (options.referrers) {
    progress.emit("referrers");
    const manifests = present ? treeContents(await expandTree(source, plan.top)).manifests : plan.manifests;
    const subjects = [plan.top.descriptor.digest, ...manifests.map((m) => m.descriptor.digest)];
    referrers = await copyReferrers(subjects, {
      source,
      target,
      jobs: options.jobs,
      signal: options.signal,
      stats: progress.stats
    });
  }
  progress.emit("done");
  const referrersCopied = referrers.referrers.filter((r) => r.written);
  const stats = progress.stats;
  return {
    sourceDigest: plan.sourceTop.descriptor.digest,
    targetDigest: plan.top.descriptor.digest,
    digestChanged: plan.sourceTop.descriptor.digest !== plan.top.descriptor.digest,
    mediaType: plan.top.descriptor.mediaType,
    tags: [...tags],
    tagsWritten,
    bytesSent: stats.bytesSent,
    blobsSkipped: stats.skipped,
    blobsMounted: stats.mounted,
    blobsUploaded: stats.uploaded,
    manifestsWritten,
    referrersCopied: referrersCopied.length,
    referrers: referrers.referrers,
    referrerTagsWritten: referrers.tagsWritten,
    noop: present && tagsWritten.length === 0 && referrersCopied.length === 0 && referrers.tagsWritten.length === 0,
    seconds: (performance.now() - started2) / 1e3,
    platforms: plan.platforms
  };
}

// lib/oci/copy/progress.ts
function formatBytes(n) {
  if (n < 1024) return `${Math.round(n)} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit] ?? "TiB"}`;
}
function rate(bytes, ms) {
  return `${formatBytes(bytes / Math.max(ms / 1e3, 1e-3))}/s`;
}
function bar(fraction, width) {
  const filled = Math.max(0, Math.min(width, Math.floor(fraction * width)));
  return `[${"=".repeat(filled)}${filled < width ? ">" : ""}${" ".repeat(Math.max(0, width - filled - 1))}]`;
}
function renderProgress(view, now, options = {}) {
  const maxBlobs = options.maxBlobs ?? 8;
  const lines = [
    `${view.label}: blobs ${view.blobsDone}/${view.blobsTotal}, ${formatBytes(view.bytesSent)} of ${formatBytes(view.bytesTotal)}, ${rate(view.bytesSent, now - view.startedAt)}`
  ];
  for (const blob of view.inFlight.slice(0, maxBlobs)) {
    const fraction = blob.size > 0 ? blob.sent / blob.size : 1;
    lines.push(
      `  ${blob.digest.replace(/^sha256:/, "").slice(0, 12)} ${bar(fraction, 20)} ${formatBytes(blob.sent)} / ${formatBytes(blob.size)}  ${rate(blob.sent, now - blob.startedAt)}`
    );
  }
  if (view.inFlight.length > maxBlobs) lines.push(`  \u2026 and ${view.inFlight.length - maxBlobs} more`);
  const columns = options.columns;
  return columns && columns > 1 ? lines.map((l) => l.length >= columns ? l.slice(0, columns - 1) : l) : lines;
}
function useTerminalProgress(input) {
  const tty = "isTTY" in input.stream && input.stream.isTTY === true;
  return tty && !input.json && input.env.TERM !== "dumb";
}
function createProgressPrinter(options) {
  const startedAt = performance.now();
  const interval = options.intervalMs ?? 150;
  const inFlight = /* @__PURE__ */ new Map();
  let last = Number.NEGATIVE_INFINITY;
  let drawn = 0;
  const clear = () => drawn > 0 ? `\x1B[${drawn}A\r\x1B[J` : "\r\x1B[J";
  const draw = (p, now) => {
    const columns = "columns" in options.stream ? Number(options.stream.columns) : void 0;
    const lines = renderProgress(
      {
        label: options.label,
        startedAt,
        bytesSent: p.bytesSent,
        bytesTotal: p.bytesTotal,
        blobsDone: p.blobsDone,
        blobsTotal: p.blobsTotal,
        inFlight: [...inFlight.values()]
      },
      now,
      { ...columns ? { columns } : {}, ...options.maxBlobs ? { maxBlobs: options.maxBlobs } : {} }
    );
    options.stream.write(`${clear()}${lines.join("\n")}
`);
    drawn = lines.length;
  };
  return {
    onProgress(p) {
      if (!options.isTTY) {
        if (p.manifest?.platform)
          options.stream.write(`${options.label}: ${p.manifest.platform} ${p.manifest.digest} written
`);
        return;
      }
      const now = performance.now();
      if (p.blob) {
        if (p.blob.state === "started" || p.blob.state === "sending") {
          const known = inFlight.get(p.blob.digest);
          if (known) known.sent = p.blob.sent;
          else
            inFlight.set(p.blob.digest, {
              digest: p.blob.digest,
              size: p.blob.size,
              sent: p.blob.sent,
              startedAt: now
            });
        } else inFlight.delete(p.blob.digest);
      }
      if (now - last >= interval || p.phase === "done" || p.blob?.state === "started") {
        last = now;
        draw(p, now);
      }
    },
    finish() {
      if (options.isTTY && drawn > 0) options.stream.write(clear());
      drawn = 0;
    }
  };
}

// lib/oci/layout/store.ts
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readFile as readFile2, rename, rm, stat, writeFile } from "node:fs/promises";
import { join as join2, resolve as resolve2 } from "node:path";
import { pipeline as pipeline3 } from "node:stream/promises";

// lib/oci/layout/reference.ts
var LAYOUT_PREFIX = "oci:";
var REF_NAME_ANNOTATION = "org.opencontainers.image.ref.name";
function isLayoutReference(text) {
  return text.startsWith(LAYOUT_PREFIX);
}
function parseLayoutReference(text) {
  if (!isLayoutReference(text)) throw layoutError(text, `it does not start with '${LAYOUT_PREFIX}'`);
  let rest = text.slice(LAYOUT_PREFIX.length);
  const at = rest.lastIndexOf("@");
  if (at > rest.lastIndexOf("/")) {
    const digest = rest.slice(at + 1);
    if (!isDigest(digest)) throw layoutError(text, `'${digest}' is not a digest (sha256:<64 hex>)`);
    const path = rest.slice(0, at);
    if (path.length === 0) throw layoutError(text, "the directory is empty");
    return { path, digest };
  }
  let tag;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!isTag(tag))
      throw layoutError(text, `tag '${tag}' is not valid (letters, digits, '_', '.', '-'; at most 128)`);
  }
  if (rest.length === 0) throw layoutError(text, "the directory is empty");
  return tag === void 0 ? { path: rest } : { path: rest, tag };
}
function layoutError(text, why) {
  return new FerryError(
    `Invalid OCI layout reference '${text}': ${why}. Expected oci:DIRECTORY[:tag], e.g. oci:./build/image:1.0.`,
    {
      code: "REFERENCE",
      usage: true
    }
  );
}

// lib/oci/layout/store.ts
var LAYOUT_FILE = "oci-layout";
var INDEX_FILE = "index.json";
var DEFAULT_HIGH_WATER_MARK = 1 << 20;
var MAX_LAYOUT_MANIFEST_BYTES = 4 << 20;
function notFound(what, where) {
  return new FerryError(
    `${what} not found in ${where}. Check the tag or digest (list tags with 'skopeo list-tags oci:DIR' or look into index.json).`,
    {
      code: "NOT_FOUND"
    }
  );
}
function isErrno(error, code) {
  return error instanceof Error && "code" in error && error.code === code;
}
async function openLayout(directory, options = {}) {
  const dir = resolve2(directory);
  try {
    const layout = JSON.parse(await readFile2(join2(dir, LAYOUT_FILE), "utf8"));
    if (typeof layout !== "object" || layout === null || !("imageLayoutVersion" in layout))
      throw new FerryError(
        `OCI layout ${dir} is not valid: oci-layout has no imageLayoutVersion. Point at an OCI image layout directory.`,
        {
          code: "PATH"
        }
      );
  } catch (error) {
    if (!isErrno(error, "ENOENT")) {
      if (error instanceof FerryError) throw error;
      throw new FerryError(
        `OCI layout ${dir} cannot be read: ${error instanceof Error ? error.message : String(error)}. Check the path.`,
        {
          code: "PATH",
          cause: error
        }
      );
    }
    if (!options.create) throw notFound("OCI image layout (oci-layout file)", dir);
    await mkdir(join2(dir, "blobs", "sha256"), { recursive: true });
    await writeFile(join2(dir, LAYOUT_FILE), JSON.stringify({ imageLayoutVersion: "1.0.0" }));
  }
  await mkdir(join2(dir, "blobs", "sha256"), { recursive: true });
  return new LayoutRepository(dir, options.highWaterMark ?? DEFAULT_HIGH_WATER_MARK);
}
var LayoutReader = class {
  constructor(highWaterMark) {
    this.highWaterMark = highWaterMark;
  }
  highWaterMark;
  blobName(digest) {
    if (!isDigest(digest) || !digest.startsWith("sha256:"))
      throw new FerryError(
        `Digest '${digest}' is not supported by the OCI layout store: only sha256 digests are.`,
        { code: "REFERENCE" }
      );
    return `blobs/sha256/${digest.slice("sha256:".length)}`;
  }
  /** A manifest-sized file, or undefined when missing; a larger one is refused before it is read. */
  async readSmall(name) {
    const size = await this.fileSize(name);
    if (size === void 0) return void 0;
    if (size > MAX_LAYOUT_MANIFEST_BYTES)
      throw new FerryError(
        `${this.display}: ${name} is ${size} bytes, more than the ${MAX_LAYOUT_MANIFEST_BYTES} a manifest or index.json may have. This is no usable OCI image layout.`,
        { code: "PATH" }
      );
    return this.readLayoutFile(name);
  }
  async blobHead(digest) {
    const size = await this.fileSize(this.blobName(digest));
    return size === void 0 ? void 0 : { mediaType: "application/octet-stream", digest, size };
  }
  async blobGet(digest) {
    const head = await this.blobHead(digest);
    if (!head) throw notFound(`Blob ${digest}`, this.display);
    return { size: head.size, body: this.openLayoutFile(this.blobName(digest)) };
  }
  async readIndex() {
    const bytes = await this.readSmall(INDEX_FILE);
    if (!bytes) return { schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [] };
    const parsed = parseManifest(bytes, MEDIA_TYPES.ociIndex, `${this.display}/index.json`);
    if (parsed.kind !== "index") throw notFound("index.json with a manifests list", this.display);
    return { ...parsed.value, schemaVersion: 2 };
  }
  async resolveDescriptor(reference) {
    if (reference.includes(":")) {
      const head = await this.blobHead(reference);
      if (!head) return void 0;
      const listed = (await this.readIndex()).manifests.find((d) => d.digest === reference);
      if (listed) return { ...listed, annotations: void 0 };
      const bytes = await this.readSmall(this.blobName(reference));
      return {
        mediaType: (bytes && declaredMediaType(bytes)) ?? MEDIA_TYPES.ociManifest,
        digest: reference,
        size: head.size
      };
    }
    const index = await this.readIndex();
    const found = index.manifests.find((d) => d.annotations?.[REF_NAME_ANNOTATION] === reference);
    if (!found) return void 0;
    return { mediaType: found.mediaType, digest: found.digest, size: found.size };
  }
  async manifestHead(reference) {
    const descriptor = await this.resolveDescriptor(reference);
    if (!descriptor) return void 0;
    return await this.blobHead(descriptor.digest) ? descriptor : void 0;
  }
  async manifestGet(reference) {
    const descriptor = await this.resolveDescriptor(reference);
    if (!descriptor) throw notFound(`Manifest '${reference}'`, this.display);
    const bytes = await this.readSmall(this.blobName(descriptor.digest));
    if (!bytes) throw notFound(`Manifest blob ${descriptor.digest} (named by '${reference}')`, this.display);
    const mediaType = declaredMediaType(bytes) ?? descriptor.mediaType;
    return { descriptor: { mediaType, digest: descriptor.digest, size: bytes.byteLength }, bytes };
  }
  async tagList() {
    const index = await this.readIndex();
    const tags = index.manifests.map((d) => d.annotations?.[REF_NAME_ANNOTATION]).filter((t) => typeof t === "string");
    return [...new Set(tags)].sort();
  }
  /**
   * The images index.json lists: every tagged entry, and every untagged one that is no referrer (the
   * store's rule: an untagged entry whose manifest has a subject). An untagged entry whose manifest
   * cannot be read counts as an image, so using it fails with a clear not-found.
   */
  async images() {
    const index = await this.readIndex();
    const images = [];
    for (const entry of index.manifests) {
      const tag = entry.annotations?.[REF_NAME_ANNOTATION];
      if (tag !== void 0) {
        images.push({ tag, descriptor: entry });
        continue;
      }
      const subject = await this.readSmall(this.blobName(entry.digest)).then(
        (bytes) => bytes ? parseManifest(bytes, entry.mediaType, `${this.display}@${entry.digest}`).value.subject : void 0
      ).catch(() => void 0);
      if (!subject) images.push({ descriptor: entry });
    }
    return images;
  }
  async referrers(digest, artifactType) {
    const index = await this.readIndex();
    const found = /* @__PURE__ */ new Map();
    for (const entry of index.manifests) {
      if (found.has(entry.digest)) continue;
      let bytes;
      try {
        bytes = await this.readSmall(this.blobName(entry.digest));
      } catch {
        continue;
      }
      if (!bytes) continue;
      const parsed = parseManifest(bytes, entry.mediaType, `${this.display}@${entry.digest}`);
      if (parsed.value.subject?.digest !== digest) continue;
      const type = parsed.value.artifactType ?? (parsed.kind === "manifest" ? parsed.value.config.mediaType : void 0);
      if (artifactType && type !== artifactType) continue;
      const descriptor = {
        mediaType: parsed.mediaType,
        digest: entry.digest,
        size: bytes.byteLength
      };
      if (type) descriptor.artifactType = type;
      if (parsed.value.annotations) descriptor.annotations = parsed.value.annotations;
      found.set(entry.digest, descriptor);
    }
    return [...found.values()];
  }
};
var LayoutRepository = class _LayoutRepository extends LayoutReader {
  constructor(directory, highWaterMark) {
    super(highWaterMark);
    this.directory = directory;
    this.display = `oci:${directory}`;
    this.path = directory;
  }
  directory;
  display;
  path;
  /** index.json updates are serialised so concurrent tag writes do not lose each other. */
  indexWrite = Promise.resolve();
  blobFile(digest) {
    return join2(this.directory, ...this.blobName(digest).split("/"));
  }
  async fileSize(name) {
    try {
      return (await stat(join2(this.directory, ...name.split("/")))).size;
    } catch (error) {
      if (isErrno(error, "ENOENT")) return void 0;
      throw error;
    }
  }
  readLayoutFile(name) {
    return readFile2(join2(this.directory, ...name.split("/")));
  }
  openLayoutFile(name) {
    return createReadStream(join2(this.directory, ...name.split("/")), { highWaterMark: this.highWaterMark });
  }
  async blobPut(descriptor, open3) {
    const file = this.blobFile(descriptor.digest);
    const tmp = join2(this.directory, "blobs", `.upload-${nodeCrypto().randomBytes(8).toString("hex")}`);
    try {
      await pipeline3(
        await open3(),
        createDigestVerifier({
          digest: descriptor.digest,
          size: descriptor.size,
          what: `${this.display}@${descriptor.digest}`
        }),
        createWriteStream(tmp, { highWaterMark: this.highWaterMark })
      );
      await rename(tmp, file);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }
  /** Blobs are shared by every image in one layout directory; a mount works when the blob is here. */
  async blobMount(digest) {
    return await this.blobHead(digest) !== void 0;
  }
  async updateIndex(change) {
    const next = this.indexWrite.then(async () => {
      const updated = change(await this.readIndex());
      const tmp = join2(this.directory, `.index-${nodeCrypto().randomBytes(6).toString("hex")}.json`);
      await writeFile(tmp, JSON.stringify(updated));
      await rename(tmp, join2(this.directory, INDEX_FILE));
    });
    this.indexWrite = next.catch(() => void 0);
    await next;
  }
  async manifestPut(reference, mediaType, bytes) {
    const digest = sha256Digest(bytes);
    if (reference.includes(":") && reference !== digest)
      throw new FerryError(
        `Manifest put to ${this.display} failed: its bytes have digest ${digest}, not ${reference}.`,
        {
          code: "DIGEST_MISMATCH"
        }
      );
    const file = this.blobFile(digest);
    if (!await this.blobHead(digest)) {
      const tmp = `${file}.${nodeCrypto().randomBytes(4).toString("hex")}.tmp`;
      await writeFile(tmp, bytes);
      await rename(tmp, file);
    }
    const descriptor = { mediaType, digest, size: bytes.byteLength };
    const parsed = parseManifest(bytes, mediaType, `${this.display}@${digest}`);
    if (!reference.includes(":")) {
      await this.updateIndex((index) => ({
        ...index,
        manifests: [
          ...index.manifests.filter((d) => d.annotations?.[REF_NAME_ANNOTATION] !== reference),
          { ...descriptor, annotations: { [REF_NAME_ANNOTATION]: reference } }
        ]
      }));
    } else if (parsed.value.subject) {
      const artifactType = parsed.value.artifactType ?? (parsed.kind === "manifest" ? parsed.value.config.mediaType : void 0);
      const entry = artifactType ? { ...descriptor, artifactType } : descriptor;
      await this.updateIndex(
        (index) => index.manifests.some((d) => d.digest === digest && !d.annotations?.[REF_NAME_ANNOTATION]) ? index : { ...index, manifests: [...index.manifests, entry] }
      );
    }
    return digest;
  }
  sameStoreAs(other) {
    return other instanceof _LayoutRepository && other.directory === this.directory;
  }
};

// lib/oci/archive/tar.ts
import { open } from "node:fs/promises";
import { posix } from "node:path";
var BLOCK = 512;
function readString(block, start, length) {
  const slice = block.subarray(start, start + length);
  const end = slice.indexOf(0);
  return slice.subarray(0, end < 0 ? slice.length : end).toString("utf8");
}
function readOctal(block, start, length) {
  const first = block[start] ?? 0;
  if (first & 128) {
    let value = first & 127;
    for (let i = start + 1; i < start + length; i++) value = value * 256 + (block[i] ?? 0);
    return value;
  }
  const text = readString(block, start, length).trim();
  return text.length === 0 ? 0 : parseInt(text, 8);
}
function parsePax(data) {
  const records = {};
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(32, at);
    if (space < 0) break;
    const length = parseInt(data.subarray(at, space).toString("ascii"), 10);
    if (!Number.isFinite(length) || length <= 0) break;
    const record = data.subarray(space + 1, at + length - 1).toString("utf8");
    const eq = record.indexOf("=");
    if (eq > 0) records[record.slice(0, eq)] = record.slice(eq + 1);
    at += length;
  }
  return records;
}
function normalizeName(name) {
  return posix.normalize(name.replace(/^\.\/+/, "")).replace(/\/$/, "");
}
function badTar(file, why) {
  return new FerryError(
    `Tarball ${file} cannot be read: ${why}. Give a tar made by 'docker save' or 'skopeo copy \u2026 docker-archive:FILE'.`,
    {
      code: "PATH"
    }
  );
}
function tarChecksumOk(header2) {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header2[i] ?? 0;
  return sum === readOctal(header2, 148, 8);
}
async function readTarEntries(file, options = {}) {
  const fail = options.error ?? ((why) => badTar(file, why));
  const entries = [];
  const handle = await open(file, "r");
  try {
    const { size: fileSize } = await handle.stat();
    const header2 = Buffer.alloc(BLOCK);
    let position = 0;
    let longName;
    let longLink;
    let pax = {};
    while (position + BLOCK <= fileSize) {
      const { bytesRead } = await handle.read(header2, 0, BLOCK, position);
      if (bytesRead < BLOCK) throw fail("it ends inside a header");
      if (header2.every((b) => b === 0)) break;
      if (!tarChecksumOk(header2))
        throw fail(`the header at byte ${position} has a wrong checksum (not a tar file?)`);
      const type = readString(header2, 156, 1) || "0";
      const meta = type === "x" || type === "L" || type === "K" || type === "g";
      const size = !meta && pax.size ? Number(pax.size) : readOctal(header2, 124, 12);
      const dataOffset = position + BLOCK;
      position = dataOffset + Math.ceil(size / BLOCK) * BLOCK;
      if (position > fileSize + BLOCK) throw fail("it is truncated");
      if (type === "x" || type === "L" || type === "K") {
        const data = Buffer.alloc(size);
        await handle.read(data, 0, size, dataOffset);
        if (type === "x") pax = parsePax(data);
        else if (type === "L") longName = data.toString("utf8").replace(/\0+$/, "");
        else longLink = data.toString("utf8").replace(/\0+$/, "");
        continue;
      }
      if (type === "g") continue;
      const prefix = readString(header2, 345, 155);
      const rawName = pax.path ?? longName ?? (prefix ? `${prefix}/${readString(header2, 0, 100)}` : readString(header2, 0, 100));
      const linkname = pax.linkpath ?? longLink ?? readString(header2, 157, 100);
      entries.push({
        rawName,
        name: normalizeName(rawName),
        type: type === "\0" ? "0" : type,
        offset: dataOffset,
        size,
        linkname,
        mode: readOctal(header2, 100, 8) & 4095,
        uid: pax.uid ? Number(pax.uid) : readOctal(header2, 108, 8),
        gid: pax.gid ? Number(pax.gid) : readOctal(header2, 116, 8)
      });
      longName = void 0;
      longLink = void 0;
      pax = {};
    }
  } finally {
    await handle.close();
  }
  return entries;
}
async function indexTar(file) {
  return new Map((await readTarEntries(file)).map((e) => [e.name, e]));
}
function resolveEntry(entries, name) {
  let current = entries.get(normalizeName(name));
  for (let hops = 0; current && hops < 16; hops++) {
    if (current.type === "0" || current.type === "7") return current;
    if (current.type === "1") current = entries.get(normalizeName(current.linkname));
    else if (current.type === "2")
      current = entries.get(normalizeName(posix.join(posix.dirname(current.name), current.linkname)));
    else return void 0;
  }
  return void 0;
}

// lib/oci/archive/tar-writer.ts
var BLOCK2 = 512;
var ZERO_BLOCK = Buffer.alloc(BLOCK2, 0);
function octal(value, width) {
  return `${value.toString(8).padStart(width - 1, "0")}\0`;
}
function fits(value, width) {
  return value >= 0 && value < 8 ** (width - 1);
}
function isAscii(text) {
  return /^[\x20-\x7e]*$/.test(text);
}
function splitUstarName(name) {
  if (Buffer.byteLength(name) <= 100) return { prefix: "", name };
  for (let i = name.indexOf("/"); i >= 0; i = name.indexOf("/", i + 1)) {
    const prefix = name.slice(0, i);
    const rest = name.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100 && rest.length > 0)
      return { prefix, name: rest };
  }
  return void 0;
}
function header(fields) {
  const block = Buffer.alloc(BLOCK2, 0);
  block.write(fields.name, 0, 100, "utf8");
  block.write(octal(fields.mode, 8), 100, 8, "ascii");
  block.write(octal(fields.uid, 8), 108, 8, "ascii");
  block.write(octal(fields.gid, 8), 116, 8, "ascii");
  block.write(octal(fields.size, 12), 124, 12, "ascii");
  block.write(octal(fields.mtime, 12), 136, 12, "ascii");
  block.write("        ", 148, 8, "ascii");
  block.write(fields.typeflag, 156, 1, "ascii");
  block.write(fields.linkname, 157, 100, "utf8");
  block.write("ustar\0", 257, 6, "ascii");
  block.write("00", 263, 2, "ascii");
  block.write(octal(0, 8), 329, 8, "ascii");
  block.write(octal(0, 8), 337, 8, "ascii");
  block.write(fields.prefix, 345, 155, "utf8");
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, 8, "ascii");
  return block;
}
function paxRecord(key, value) {
  const body = ` ${key}=${value}
`;
  let length = Buffer.byteLength(body);
  let total = length + String(length).length;
  if (String(total).length !== String(length).length) total = length + String(total).length;
  length = total;
  return `${length}${body}`;
}
function padding(size) {
  const rest = size % BLOCK2;
  return rest === 0 ? Buffer.alloc(0) : Buffer.alloc(BLOCK2 - rest, 0);
}
function entryHeader(entry) {
  const name = entry.type === "dir" ? `${entry.path}/` : entry.path;
  const linkname = entry.linkTarget ?? "";
  const size = entry.type === "file" ? entry.size : 0;
  const pax = [];
  let split = isAscii(name) ? splitUstarName(name) : void 0;
  if (!split) {
    pax.push(paxRecord("path", name));
    split = {
      prefix: "",
      name: Buffer.from(name).subarray(0, 100).toString("latin1").replace(/[^\x20-\x7e]/g, "_")
    };
  }
  let link = linkname;
  if (!isAscii(linkname) || Buffer.byteLength(linkname) > 100) {
    pax.push(paxRecord("linkpath", linkname));
    link = "";
  }
  if (!fits(size, 12)) pax.push(paxRecord("size", String(size)));
  if (!fits(entry.uid, 8)) pax.push(paxRecord("uid", String(entry.uid)));
  if (!fits(entry.gid, 8)) pax.push(paxRecord("gid", String(entry.gid)));
  const typeflag = entry.type === "file" ? "0" : entry.type === "dir" ? "5" : "2";
  const main = header({
    name: split.name,
    prefix: split.prefix,
    mode: entry.mode & 4095,
    uid: fits(entry.uid, 8) ? entry.uid : 0,
    gid: fits(entry.gid, 8) ? entry.gid : 0,
    size: fits(size, 12) ? size : 0,
    mtime: entry.mtime,
    typeflag,
    linkname: link
  });
  if (pax.length === 0) return main;
  const body = Buffer.from(pax.join(""), "utf8");
  const paxHeader = header({
    name: "PaxHeader",
    prefix: "",
    mode: 420,
    uid: 0,
    gid: 0,
    size: body.length,
    mtime: entry.mtime,
    typeflag: "x",
    linkname: ""
  });
  return Buffer.concat([paxHeader, body, padding(body.length), main]);
}
async function* tarStream(entries) {
  for (const entry of entries) {
    yield entryHeader(entry);
    if (entry.type !== "file" || entry.size === 0) continue;
    if (!entry.open) throw new Error(`tar entry ${entry.path} has no content`);
    let seen = 0;
    for await (const chunk of entry.open()) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      seen += buffer.length;
      if (seen > entry.size) break;
      yield buffer;
    }
    if (seen !== entry.size) {
      throw new FerryError(
        `Build context file ${entry.path} changed while it was being read (${seen} bytes instead of ${entry.size}). Make sure nothing writes to the build context during the build.`,
        { code: "BUILD" }
      );
    }
    const pad = padding(entry.size);
    if (pad.length) yield pad;
  }
  yield ZERO_BLOCK;
  yield ZERO_BLOCK;
}

// lib/oci/archive/store.ts
import { createReadStream as createReadStream2 } from "node:fs";
import { open as open2 } from "node:fs/promises";
import { resolve as resolve3 } from "node:path";
import { Readable as Readable3 } from "node:stream";
var ARCHIVE_PREFIX = "docker-archive:";
function parseArchiveReference(text) {
  if (!text.startsWith(ARCHIVE_PREFIX))
    throw invalidDockerArchiveReference(text, `it does not start with '${ARCHIVE_PREFIX}'`);
  const rest = text.slice(ARCHIVE_PREFIX.length);
  const tar = rest.indexOf(".tar:");
  const split = tar >= 0 ? tar + 4 : rest.indexOf(":");
  const file = split < 0 ? rest : rest.slice(0, split);
  const image = split < 0 ? "" : rest.slice(split + 1);
  if (file.length === 0) throw invalidDockerArchiveReference(text, "the file name is empty");
  return image ? { file, image } : { file };
}
function invalidDockerArchiveReference(text, why) {
  return new FerryError(
    `Invalid docker-archive reference '${text}': ${why}. Expected docker-archive:FILE[:name:tag], e.g. docker-archive:./app.tar:app:1.0.`,
    {
      code: "REFERENCE",
      usage: true
    }
  );
}
function badArchive(file, why) {
  return new FerryError(
    `docker-archive ${file} cannot be used: ${why}. Give a tarball written by 'docker save' or 'skopeo copy \u2026 docker-archive:FILE'.`,
    {
      code: "PATH"
    }
  );
}
function isImageEntry(value) {
  if (typeof value !== "object" || value === null || !("Config" in value) || !("Layers" in value))
    return false;
  const tags = "RepoTags" in value ? value.RepoTags : void 0;
  return typeof value.Config === "string" && Array.isArray(value.Layers) && value.Layers.every((l) => typeof l === "string") && (tags === void 0 || tags === null || Array.isArray(tags) && tags.every((t) => typeof t === "string"));
}
async function readEntry(file, entry) {
  const handle = await open2(file, "r");
  try {
    const data = Buffer.alloc(entry.size);
    await handle.read(data, 0, entry.size, entry.offset);
    return data;
  } finally {
    await handle.close();
  }
}
async function describeLayer(file, name, entry, highWaterMark) {
  const hash = nodeCrypto().createHash("sha256");
  let head;
  const known = /^blobs\/sha256\/([a-f0-9]{64})$/.exec(name);
  const stream = createReadStream2(file, {
    start: entry.offset,
    end: known ? Math.min(entry.offset + 1, entry.offset + entry.size - 1) : entry.offset + entry.size - 1,
    highWaterMark
  });
  for await (const chunk of stream) {
    const bytes = chunk instanceof Buffer ? chunk : Buffer.from(String(chunk));
    head ??= bytes.subarray(0, 2);
    if (!known) hash.update(bytes);
  }
  const gzip = entry.size >= 2 && head !== void 0 && head[0] === 31 && head[1] === 139;
  const digest = known?.[1] ? `sha256:${known[1]}` : `sha256:${hash.digest("hex")}`;
  return { mediaType: gzip ? MEDIA_TYPES.ociLayerGzip : MEDIA_TYPES.ociLayer, digest, size: entry.size };
}
async function openDockerArchive(path, options = {}) {
  const file = resolve3(path);
  let entries;
  try {
    entries = await indexTar(file);
  } catch (error) {
    if (error instanceof FerryError) throw error;
    const code = error instanceof Error && "code" in error && error.code === "ENOENT" ? "NOT_FOUND" : "PATH";
    throw new FerryError(
      `docker-archive ${file} cannot be opened: ${error instanceof Error ? error.message : String(error)}. Check the path.`,
      {
        code,
        cause: error
      }
    );
  }
  const manifestEntry = resolveEntry(entries, "manifest.json");
  if (!manifestEntry) throw badArchive(file, "it has no manifest.json");
  let list;
  try {
    list = JSON.parse((await readEntry(file, manifestEntry)).toString("utf8"));
  } catch {
    throw badArchive(file, "its manifest.json is not JSON");
  }
  if (!Array.isArray(list) || !list.every(isImageEntry) || list.length === 0)
    throw badArchive(file, "its manifest.json lists no image");
  const images = list.map((e) => ({
    ...e,
    RepoTags: e.RepoTags ?? []
  }));
  const wanted = options.image;
  const chosen = wanted ? images.find((i) => i.RepoTags.some((t) => t === wanted || t.endsWith(`:${wanted}`))) : images[0];
  if (!chosen)
    throw new FerryError(
      `Image '${wanted ?? ""}' not found in docker-archive ${file}. It holds: ${images.flatMap((i) => i.RepoTags).join(", ") || "untagged images"}.`,
      { code: "NOT_FOUND" }
    );
  const highWaterMark = options.highWaterMark ?? 1 << 20;
  const blobs = /* @__PURE__ */ new Map();
  const configEntry = resolveEntry(entries, chosen.Config);
  if (!configEntry) throw badArchive(file, `its config ${chosen.Config} is missing`);
  const configBytes = await readEntry(file, configEntry);
  const config = {
    mediaType: MEDIA_TYPES.ociConfig,
    digest: sha256Digest(configBytes),
    size: configBytes.byteLength
  };
  blobs.set(config.digest, { descriptor: config, entry: configEntry });
  const layers = [];
  for (const name of chosen.Layers) {
    const entry = resolveEntry(entries, name);
    if (!entry) throw badArchive(file, `its layer ${name} is missing`);
    const layer = await describeLayer(file, name, entry, highWaterMark);
    layers.push(layer);
    blobs.set(layer.digest, { descriptor: layer, entry });
  }
  const manifest = { schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config, layers };
  const bytes = Buffer.from(JSON.stringify(manifest));
  return new ArchiveRepository(file, chosen.RepoTags, blobs, bytes, highWaterMark);
}
var ArchiveRepository = class {
  constructor(file, repoTags, blobs, manifestBytes, highWaterMark) {
    this.file = file;
    this.repoTags = repoTags;
    this.blobs = blobs;
    this.manifestBytes = manifestBytes;
    this.highWaterMark = highWaterMark;
    this.display = `docker-archive:${file}`;
    this.path = file;
    this.manifestDescriptor = {
      mediaType: MEDIA_TYPES.ociManifest,
      digest: sha256Digest(manifestBytes),
      size: manifestBytes.byteLength
    };
  }
  file;
  repoTags;
  blobs;
  manifestBytes;
  highWaterMark;
  display;
  path;
  manifestDescriptor;
  async blobHead(digest) {
    return this.blobs.get(digest)?.descriptor;
  }
  async blobGet(digest) {
    const blob = this.blobs.get(digest);
    if (!blob) throw new FerryError(`Blob ${digest} not found in ${this.display}.`, { code: "NOT_FOUND" });
    const { entry } = blob;
    const body = entry.size === 0 ? Readable3.from([]) : createReadStream2(this.file, {
      start: entry.offset,
      end: entry.offset + entry.size - 1,
      highWaterMark: this.highWaterMark
    });
    return { size: entry.size, body };
  }
  async blobPut() {
    throw this.readOnly();
  }
  async blobMount() {
    return false;
  }
  /** The archive holds one image: any tag names it; its digest is that of the manifest built from it. */
  async manifestHead(reference) {
    if (reference.includes(":"))
      return reference === this.manifestDescriptor.digest ? this.manifestDescriptor : void 0;
    return this.manifestDescriptor;
  }
  async manifestGet(reference) {
    const descriptor = await this.manifestHead(reference);
    if (!descriptor)
      throw new FerryError(
        `Manifest ${reference} not found in ${this.display}: it holds ${this.manifestDescriptor.digest}.`,
        { code: "NOT_FOUND" }
      );
    return { descriptor, bytes: this.manifestBytes };
  }
  async manifestPut() {
    throw this.readOnly();
  }
  async tagList() {
    return this.repoTags.map((t) => t.slice(t.lastIndexOf(":") + 1));
  }
  async referrers() {
    return [];
  }
  sameStoreAs() {
    return false;
  }
  readOnly() {
    return new FerryError(
      `${this.display} is read-only: a docker-archive can only be a copy source. Copy to a registry or an oci: layout.`,
      {
        code: "USAGE",
        usage: true
      }
    );
  }
};

export {
  readLimited,
  parseContentLength,
  backoffDelay,
  sleep,
  parsePlatform,
  platformMatches,
  tarChecksumOk,
  readTarEntries,
  indexTar,
  resolveEntry,
  entryHeader,
  tarStream,
  checkDockerConfig,
  parseDockerConfig,
  readDockerConfig,
  decodeDockerAuth,
  registerDockerConfigSecrets,
  credentialServerUrl,
  createKeychain,
  anonymousKeychain,
  isTemporaryStatus,
  parseOciErrors,
  RegistryError,
  NetworkError,
  findNetworkError,
  isTemporaryError,
  DEFAULT_RETRY,
  resolveRetryOptions,
  backoffDelay2,
  parseRetryAfter,
  isHeldBack,
  StreamFeed,
  parseResponseHead,
  DEFAULT_MAX_BODY_BYTES,
  ResponseSizeError,
  readBounded,
  declaredLengthOf,
  ResponseHeaders,
  HttpResponse,
  plainHttpRefused,
  assertPlainHttpAllowed,
  apiHost,
  toNetworkError,
  Transport,
  createTransport,
  referrersTag,
  nextLink,
  RegistryRepository,
  runBounded,
  parseManifest,
  referrerDescriptor,
  ensureReferrersListed,
  parseChallenge,
  RegistryAuthenticator,
  parseTokenResponse,
  credentialPair,
  readDockerConfigFile,
  createRegistryClient,
  DEFAULT_JOBS,
  copyImage,
  formatBytes,
  renderProgress,
  useTerminalProgress,
  createProgressPrinter,
  ARCHIVE_PREFIX,
  parseArchiveReference,
  openDockerArchive,
  ArchiveRepository,
  LAYOUT_PREFIX,
  REF_NAME_ANNOTATION,
  isLayoutReference,
  parseLayoutReference,
  MAX_LAYOUT_MANIFEST_BYTES,
  openLayout,
  LayoutReader,
  LayoutRepository
};
