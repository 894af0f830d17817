import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  stepsOfStage
} from "./chunk-3TMVNOLU.js";
import {
  loadConfig,
  paramSpecsOf,
  resolveCommonParameters,
  resolveParameters
} from "./chunk-VICPL5UC.js";
import {
  requireStep
} from "./chunk-EOVICWZV.js";
import {
  backoffDelay,
  errnoOf,
  exec,
  isNotSentErrno,
  isTemporaryErrno,
  redactUrl,
  require_undici,
  sleep
} from "./chunk-QLQXVRPB.js";
import {
  didYouMean
} from "./chunk-2UI3WGIA.js";
import {
  PipelineEnvironment
} from "./chunk-KAYBFQZT.js";
import {
  ConfigError,
  FerryError,
  UsageError,
  __export,
  __toESM,
  errorMessage
} from "./chunk-4IZ6AG3E.js";

// lib/vault/http.ts
var import_undici = __toESM(require_undici(), 1);
import { readFile } from "node:fs/promises";
import { rootCertificates } from "node:tls";
async function createDefaultTransport(options = {}) {
  const timeout = options.timeoutMs ?? 3e4;
  const ca = options.caFile === void 0 ? void 0 : await readFile(options.caFile, "utf8");
  const agent = new import_undici.Agent({
    headersTimeout: timeout,
    bodyTimeout: timeout,
    connectTimeout: timeout,
    // Node's `ca` replaces the system roots; keep them so a private CA is trusted in addition.
    ...ca === void 0 ? {} : { connect: { ca: [...rootCertificates, ca] } }
  });
  const transport = async (req) => {
    const res = await (0, import_undici.request)(req.url, {
      method: req.method,
      headers: req.headers,
      ...req.body === void 0 ? {} : { body: req.body },
      dispatcher: agent
    });
    return { status: res.statusCode, body: await res.body.text() };
  };
  return { transport, close: () => agent.close() };
}
var TEMPORARY_STATUS = /* @__PURE__ */ new Set([429, 502, 503, 504]);
var MAX_DELAY_MS = 1e4;
async function sendWithRetry(transport, req, options) {
  const attempts = Math.max(1, options.retry?.attempts ?? 3);
  const base = options.retry?.baseDelayMs ?? 200;
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await transport(req);
      if (!(options.idempotent && TEMPORARY_STATUS.has(res.status)) || attempt >= attempts) return res;
    } catch (error) {
      const code = errnoOf(error);
      const retryable = options.idempotent ? isTemporaryErrno(code) : isNotSentErrno(code);
      if (!retryable || attempt >= attempts) throw error;
    }
    await sleep(backoffDelay(attempt, { baseDelayMs: base, maxDelayMs: MAX_DELAY_MS }));
  }
}

// lib/vault/client.ts
var VaultError = class extends FerryError {
  reason;
  status;
  constructor(message, options) {
    super(message, { code: "VAULT", cause: options.cause });
    this.name = "VaultError";
    this.reason = options.reason;
    this.status = options.status;
  }
};
function isVaultError(error, reason) {
  return error instanceof VaultError && (reason === void 0 || error.reason === reason);
}
function redactUrl2(url) {
  return redactUrl(url, { query: "drop" }).replace(/\/$/, "");
}
function sanitizeVaultPath(path) {
  return path.trim().split("/").filter((s) => s.length > 0).join("/");
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function parseJson(body) {
  if (body.trim().length === 0) return void 0;
  try {
    return JSON.parse(body);
  } catch {
    return void 0;
  }
}
function vaultErrors(res) {
  const parsed = parseJson(res.body);
  if (isRecord(parsed) && Array.isArray(parsed.errors)) {
    const texts = parsed.errors.filter((e) => typeof e === "string" && e.length > 0);
    if (texts.length > 0) return texts.join("; ");
  }
  return "no error message";
}
function stringifyValues(data) {
  const out = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === null || value === void 0) continue;
    out[key] = typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  }
  return out;
}
function encodePath(path) {
  return path.split("/").map((s) => encodeURIComponent(s)).join("/");
}
function describeAuth(auth) {
  switch (auth.method) {
    case "token":
      return "token";
    case "approle":
      return `AppRole (auth/${auth.mount ?? "approle"})`;
    case "jwt":
      return `JWT role '${auth.role}' (auth/${auth.mount ?? "jwt"})`;
  }
}
function loginHint(auth) {
  switch (auth.method) {
    case "token":
      return "Check PIPER_vaultToken / FERRY_VAULT_TOKEN.";
    case "approle":
      return `Check PIPER_vaultAppRoleID and PIPER_vaultAppRoleSecretID, and that the secret_id has not expired or run out of uses.`;
    case "jwt":
      return `Check that role '${auth.role}' exists on auth/${auth.mount ?? "jwt"} and that its bound claims (repository, ref, audience) match this workflow's OIDC token.`;
  }
}
function createVaultClient(options) {
  const { log, auth } = options;
  const base = options.serverUrl.replace(/\/+$/, "");
  const shownUrl = redactUrl2(base);
  const sysMountsFallback = options.sysMountsFallback ?? true;
  if (auth.method === "token") log.addSecret(auth.token);
  if (auth.method === "approle") log.addSecret(auth.secretId);
  if (auth.method === "jwt" && typeof auth.jwt === "string") log.addSecret(auth.jwt);
  let transportPromise;
  const getTransport = () => {
    if (options.transport) {
      const transport = options.transport;
      return Promise.resolve({ transport, close: () => Promise.resolve() });
    }
    transportPromise ??= createDefaultTransport(
      options.caFile === void 0 ? {} : { caFile: options.caFile }
    );
    return transportPromise;
  };
  let token;
  let owned = false;
  let revoked = false;
  let loginPromise;
  const mounts = [];
  const pendingMounts = /* @__PURE__ */ new Map();
  async function send(method, path, opts) {
    const headers = { "X-Vault-Request": "true" };
    if (opts.withToken && token !== void 0) headers["X-Vault-Token"] = token;
    if (options.namespace) headers["X-Vault-Namespace"] = options.namespace;
    if (opts.body !== void 0) headers["Content-Type"] = "application/json";
    const { transport } = await getTransport();
    try {
      return await sendWithRetry(
        transport,
        {
          method,
          url: `${base}/v1/${encodePath(path)}`,
          headers,
          ...opts.body === void 0 ? {} : { body: JSON.stringify(opts.body) }
        },
        { idempotent: opts.idempotent, ...options.retry ? { retry: options.retry } : {} }
      );
    } catch (error) {
      const code = errnoOf(error) ?? (error instanceof Error ? error.message : "unknown error");
      throw new VaultError(
        `Vault at ${shownUrl} is unreachable (${code}). Check vaultServerUrl, and that the server is up and reachable from this runner (proxy, firewall, CA bundle).`,
        { reason: "unreachable", cause: error }
      );
    }
  }
  async function doLogin() {
    if (auth.method === "token") {
      token = auth.token;
      owned = false;
      log.debug(`Vault: using the given token for ${shownUrl}`);
      return;
    }
    let loginPath;
    let body;
    if (auth.method === "approle") {
      loginPath = `auth/${sanitizeVaultPath(auth.mount ?? "approle")}/login`;
      body = { role_id: auth.roleId, secret_id: auth.secretId };
    } else {
      let jwt;
      try {
        jwt = typeof auth.jwt === "string" ? auth.jwt : await auth.jwt();
      } catch (error) {
        throw new VaultError(
          `Vault login with ${describeAuth(auth)} failed: could not obtain the OIDC token (${error instanceof Error ? log.mask(error.message) : "unknown error"}). In GitHub Actions, grant the job 'permissions: id-token: write'.`,
          { reason: "login-refused", cause: error }
        );
      }
      log.addSecret(jwt);
      loginPath = `auth/${sanitizeVaultPath(auth.mount ?? "jwt")}/login`;
      body = { role: auth.role, jwt };
    }
    const res = await send("POST", loginPath, { body, withToken: false, idempotent: false });
    const parsed = parseJson(res.body);
    const clientToken = res.status === 200 && isRecord(parsed) && isRecord(parsed.auth) && typeof parsed.auth.client_token === "string" ? parsed.auth.client_token : void 0;
    log.addSecret(clientToken);
    if (clientToken === void 0 || clientToken.length === 0) {
      const why = res.status === 200 ? "the response held no client_token" : log.mask(vaultErrors(res));
      const refused = res.status === 400 || res.status === 401 || res.status === 403 || res.status === 200;
      throw new VaultError(
        `Vault login with ${describeAuth(auth)} at ${shownUrl} was refused (HTTP ${res.status}: ${why}). ${loginHint(auth)}`,
        { reason: refused ? "login-refused" : "server", status: res.status }
      );
    }
    token = clientToken;
    owned = true;
    log.info(`Vault: logged in to ${shownUrl} with ${describeAuth(auth)}`);
  }
  function login() {
    if (revoked) return Promise.reject(closedError());
    loginPromise ??= doLogin();
    return loginPromise;
  }
  function closedError() {
    return new VaultError(
      `Vault client for ${shownUrl} is closed: its token was revoked. Open a new session.`,
      {
        reason: "closed"
      }
    );
  }
  function knownMount(path) {
    let best;
    for (const m of mounts) {
      const bare = m.mount.replace(/\/$/, "");
      if ((path === bare || path.startsWith(m.mount)) && (!best || m.mount.length > best.mount.length))
        best = m;
    }
    return best;
  }
  function remember(mount, version) {
    const m = { mount: mount.endsWith("/") ? mount : `${mount}/`, version };
    if (!mounts.some((x) => x.mount === m.mount)) mounts.push(m);
    log.debug(`Vault: ${m.mount} is a KV version ${version} mount`);
    return m;
  }
  function versionOf(options2) {
    return isRecord(options2) && (options2.version === "2" || options2.version === 2) ? 2 : 1;
  }
  async function detectMount(path) {
    const pre = await send("GET", `sys/internal/ui/mounts/${path}`, { withToken: true, idempotent: true });
    if (pre.status === 200) {
      const parsed = parseJson(pre.body);
      const data = isRecord(parsed) && isRecord(parsed.data) ? parsed.data : void 0;
      if (data && typeof data.path === "string" && data.path.length > 0)
        return remember(data.path, versionOf(data.options));
      throw new VaultError(
        `Vault at ${shownUrl} answered the mount lookup for ${path} without a mount path. Is ${shownUrl} a Vault server?`,
        { reason: "protocol", status: pre.status }
      );
    }
    if (pre.status !== 403 && pre.status !== 404 && pre.status !== 400) {
      throw new VaultError(
        `Vault at ${shownUrl} failed the mount lookup for ${path} (HTTP ${pre.status}: ${vaultErrors(pre)}). Check the server's health.`,
        { reason: "server", status: pre.status }
      );
    }
    if (sysMountsFallback) {
      const all = await send("GET", "sys/mounts", { withToken: true, idempotent: true });
      if (all.status === 200) {
        const parsed = parseJson(all.body);
        const table = isRecord(parsed) ? isRecord(parsed.data) ? parsed.data : parsed : {};
        let best;
        for (const [mount, entry] of Object.entries(table)) {
          if (!mount.endsWith("/") || !isRecord(entry)) continue;
          const bare = mount.slice(0, -1);
          if ((path === bare || path.startsWith(mount)) && (!best || mount.length > best.mount.length)) {
            best = { mount, options: entry.options };
          }
        }
        return best ? remember(best.mount, versionOf(best.options)) : void 0;
      }
    }
    if (pre.status === 404) return remember(path.split("/")[0] ?? path, 1);
    throw new VaultError(
      `Vault denied access to ${path} (HTTP ${pre.status}: ${vaultErrors(pre)}): there is no such mount, or the token's policy does not allow reading it.`,
      { reason: "denied", status: pre.status }
    );
  }
  async function kvMount(rawPath) {
    const path = sanitizeVaultPath(rawPath);
    await login();
    const first = path.split("/")[0] ?? path;
    for (; ; ) {
      const known = knownMount(path);
      if (known) return known;
      const pending = pendingMounts.get(first);
      if (!pending) break;
      await pending.catch(() => void 0);
    }
    const detection = detectMount(path);
    pendingMounts.set(first, detection);
    try {
      return await detection;
    } finally {
      pendingMounts.delete(first);
    }
  }
  async function read(rawPath) {
    const path = sanitizeVaultPath(rawPath);
    if (revoked) throw closedError();
    const mount = await kvMount(path);
    if (!mount) return void 0;
    const rest = path === mount.mount.replace(/\/$/, "") ? "" : path.slice(mount.mount.length);
    const apiPath = mount.version === 2 ? `${mount.mount}data${rest ? `/${rest}` : ""}` : path;
    const res = await send("GET", apiPath, { withToken: true, idempotent: true });
    if (res.status === 404) return void 0;
    if (res.status === 403) {
      throw new VaultError(
        `Vault denied reading ${path} (HTTP 403: ${vaultErrors(res)}). Grant the token's policy 'read' on ${apiPath}.`,
        { reason: "denied", status: 403 }
      );
    }
    if (res.status !== 200) {
      throw new VaultError(
        `Vault failed reading ${path} (HTTP ${res.status}: ${vaultErrors(res)}). Check the server's health.`,
        {
          reason: "server",
          status: res.status
        }
      );
    }
    const parsed = parseJson(res.body);
    const outer = isRecord(parsed) ? parsed.data : void 0;
    const data = mount.version === 2 ? isRecord(outer) ? outer.data : void 0 : outer;
    if (data === null || mount.version === 2 && data === void 0 && isRecord(outer)) return void 0;
    if (!isRecord(data)) {
      throw new VaultError(
        `Vault answered the read of ${path} with an unexpected body (no 'data' object for a KV v${mount.version} mount).`,
        { reason: "protocol", status: res.status }
      );
    }
    const values = stringifyValues(data);
    for (const value of Object.values(values)) log.addSecret(value);
    return values;
  }
  async function revoke() {
    if (revoked) return;
    if (loginPromise) await loginPromise.catch(() => void 0);
    revoked = true;
    if (!owned || token === void 0) return;
    const res = await send("POST", "auth/token/revoke-self", { withToken: true, idempotent: true });
    token = void 0;
    if (res.status !== 204 && res.status !== 200) {
      throw new VaultError(
        `Vault did not revoke the login token (HTTP ${res.status}: ${vaultErrors(res)}). It stays valid until its TTL ends.`,
        { reason: "server", status: res.status }
      );
    }
    log.debug("Vault: login token revoked");
  }
  return {
    serverUrl: shownUrl,
    login,
    read,
    kvMount,
    revoke,
    get ownsToken() {
      return owned;
    },
    async close() {
      if (transportPromise) await (await transportPromise).close();
    }
  };
}

// lib/vault/session.ts
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var VAULT_ROOT_PATHS = [
  ["vaultPath"],
  ["vaultBasePath", "vaultPipelineName"],
  ["vaultBasePath", "GROUP-SECRETS"]
];
function candidatePaths(secretName, paths) {
  const out = [];
  for (const root of VAULT_ROOT_PATHS) {
    const parts = [];
    let complete = true;
    for (const part of root) {
      const value = part === "GROUP-SECRETS" ? part : paths[part]?.trim();
      if (value === void 0 || value.length === 0) {
        complete = false;
        break;
      }
      parts.push(value);
    }
    if (!complete) continue;
    const path = sanitizeVaultPath([...parts, secretName].join("/"));
    if (!out.includes(path)) out.push(path);
  }
  return out;
}
function vaultSecretNotFoundError(request2, attempts) {
  const fields = request2.fields.join("', '");
  const tried = attempts.length === 0 ? "no candidate path (vaultPath, or vaultBasePath with vaultPipelineName, must be set)" : attempts.map((a) => `${a.path} (${a.result.replace("-", " ")})`).join(", ");
  return new FerryError(
    `Parameter '${request2.param}' was not found in Vault: secret '${request2.secretName}' with field '${fields}' at ${tried}. Store it at one of these paths under field '${request2.fields[0] ?? request2.param}', or set the parameter in the configuration.`,
    { code: "MISSING_PARAMETER" }
  );
}
function createVaultSession(options) {
  const { client, log } = options;
  const reads = /* @__PURE__ */ new Map();
  const files = /* @__PURE__ */ new Map();
  const tried = /* @__PURE__ */ new Map();
  let dir;
  let closed = false;
  function readPath(rawPath) {
    const path = sanitizeVaultPath(rawPath);
    let pending = reads.get(path);
    if (!pending) {
      pending = (async () => {
        try {
          const data = await client.read(path);
          return data === void 0 ? { kind: "not-found" } : { kind: "found", data };
        } catch (error) {
          if (isVaultError(error, "denied")) {
            log.debug(`Vault: no access to ${path}`);
            return { kind: "denied" };
          }
          throw error;
        }
      })();
      reads.set(path, pending);
      pending.catch(() => reads.delete(path));
    }
    return pending;
  }
  function secretFile(param, path, field, value) {
    const key = `${path}#${field}`;
    let pending = files.get(key);
    if (!pending) {
      pending = (async () => {
        dir ??= mkdtemp(join(options.tempRoot ?? tmpdir(), "ferry-vault-"));
        const file = join(await dir, `${param.replace(/[^A-Za-z0-9_-]/g, "_")}-${files.size}`);
        await writeFile(file, value, { mode: 384, flag: "wx" });
        return file;
      })();
      files.set(key, pending);
    }
    return pending;
  }
  async function lookupOne(request2, paths) {
    const attempts = [];
    tried.set(request2.param, attempts);
    for (const path of candidatePaths(request2.secretName, paths)) {
      const outcome = await readPath(path);
      if (outcome.kind !== "found") {
        attempts.push({ path, result: outcome.kind });
        continue;
      }
      for (const field of request2.fields) {
        const value = outcome.data[field];
        if (value === void 0 || value.length === 0) continue;
        log.addSecret(value);
        log.debug(`Vault: '${request2.param}' from ${path}#${field}`);
        const resolved = request2.file ? await secretFile(request2.param, path, field, value) : value;
        return { value: resolved, path, field };
      }
      attempts.push({ path, result: "field-missing" });
    }
    return void 0;
  }
  return {
    client,
    readPath,
    async lookup(requests, paths) {
      if (closed)
        throw new FerryError("Vault session is closed: open a new one for this run.", { code: "VAULT" });
      const results = await Promise.all(
        requests.map(async (r) => [r.param, await lookupOne(r, paths)])
      );
      const out = /* @__PURE__ */ new Map();
      for (const [param, value] of results) if (value) out.set(param, value);
      return out;
    },
    triedPaths(param) {
      return tried.get(param) ?? [];
    },
    async close() {
      if (closed) return;
      closed = true;
      if (dir) {
        const d = await dir.catch(() => void 0);
        if (d)
          await rm(d, { recursive: true, force: true }).catch(
            (e) => log.warn(`Vault: could not remove secret files: ${String(e)}`)
          );
      }
      try {
        await client.revoke();
      } catch (error) {
        log.warn(log.mask(error instanceof Error ? error.message : String(error)));
      }
      await client.close().catch(() => void 0);
    }
  };
}

// lib/vault/options.ts
function optString(values, name) {
  const v = values[name];
  if (v === void 0 || v === null) return void 0;
  if (typeof v !== "string")
    throw new ConfigError(
      `${name}: expected a string, got ${Array.isArray(v) ? "a list" : typeof v}. Set it to a string.`
    );
  const trimmed = v.trim();
  return trimmed.length === 0 ? void 0 : trimmed;
}
function optBoolean(values, name) {
  const v = values[name];
  if (v === void 0 || v === null) return false;
  if (typeof v === "boolean") return v;
  if (v === "true" || v === "false") return v === "true";
  throw new ConfigError(`${name}: expected true or false, got ${typeof v}. Set it to a boolean.`);
}
function stringOrList(values, name) {
  const v = values[name];
  if (v === void 0 || v === null) return void 0;
  if (typeof v === "string") return v;
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
  throw new ConfigError(
    `${name}: expected a string or a list of strings. Fix its value in the configuration.`
  );
}
function keyLists(values, name) {
  const v = values[name];
  if (v === void 0 || v === null) return void 0;
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x === "string")) return v;
    const lists = [];
    for (const x of v) {
      if (!Array.isArray(x) || !x.every((y) => typeof y === "string")) break;
      lists.push(x);
    }
    if (lists.length === v.length) return lists;
  }
  throw new ConfigError(
    `${name}: expected a list of strings (or a list of such lists, one per vaultCredentialPath). Fix its value in the configuration.`
  );
}
function vaultOptionsFromParams(values) {
  const paths = {};
  const vaultPath = optString(values, "vaultPath");
  const vaultBasePath = optString(values, "vaultBasePath");
  const vaultPipelineName = optString(values, "vaultPipelineName");
  if (vaultPath !== void 0) paths.vaultPath = vaultPath;
  if (vaultBasePath !== void 0) paths.vaultBasePath = vaultBasePath;
  if (vaultPipelineName !== void 0) paths.vaultPipelineName = vaultPipelineName;
  const settings = {
    skip: optBoolean(values, "skipVault"),
    disableOverwrite: optBoolean(values, "vaultDisableOverwrite"),
    paths,
    // lib/config's COMMON_PARAMS spell these with `…MountPath`; the shorter names are accepted too.
    jwtMount: optString(values, "vaultJwtMountPath") ?? optString(values, "vaultJwtMount") ?? "jwt",
    appRoleMount: optString(values, "vaultAppRoleMountPath") ?? optString(values, "vaultAppRoleMount") ?? "approle"
  };
  const set = (key, value) => {
    if (value !== void 0) settings[key] = value;
  };
  set("serverUrl", optString(values, "vaultServerUrl"));
  set("namespace", optString(values, "vaultNamespace"));
  set("credentialPath", stringOrList(values, "vaultCredentialPath"));
  set("credentialKeys", keyLists(values, "vaultCredentialKeys"));
  set("credentialEnvPrefix", stringOrList(values, "vaultCredentialEnvPrefix"));
  set("jwtRole", optString(values, "vaultJwtRole"));
  set("jwtAudience", optString(values, "vaultJwtAudience"));
  set("caFile", optString(values, "vaultCaFile"));
  if (settings.serverUrl !== void 0 && !/^https?:\/\/[^/]/i.test(settings.serverUrl)) {
    throw new ConfigError(
      `vaultServerUrl: '${redactUrl2(settings.serverUrl)}' is not an http(s) URL. Use e.g. https://vault.example.com:8200.`
    );
  }
  return settings;
}
function vaultCredentialsFromEnv(vars) {
  const get = (...names) => {
    for (const n of names) {
      const v = vars[n]?.trim();
      if (v) return v;
    }
    return void 0;
  };
  const creds = {};
  const token = get("FERRY_VAULT_TOKEN", "PIPER_vaultToken");
  const roleId = get("FERRY_VAULT_ROLE_ID", "PIPER_vaultAppRoleID");
  const secretId = get("FERRY_VAULT_SECRET_ID", "PIPER_vaultAppRoleSecretID");
  const jwt = get("FERRY_VAULT_JWT");
  const requestUrl = get("ACTIONS_ID_TOKEN_REQUEST_URL");
  const requestToken = get("ACTIONS_ID_TOKEN_REQUEST_TOKEN");
  if (token) creds.token = token;
  if (roleId) creds.appRoleId = roleId;
  if (secretId) creds.appRoleSecretId = secretId;
  if (jwt) creds.jwt = jwt;
  if (requestUrl && requestToken) creds.githubOidc = { requestUrl, requestToken };
  return creds;
}
function vaultCredentialsFromParams(values) {
  const creds = {};
  const token = optString(values, "vaultToken");
  const roleId = optString(values, "vaultAppRoleID");
  const secretId = optString(values, "vaultAppRoleSecretID");
  if (token) creds.token = token;
  if (roleId) creds.appRoleId = roleId;
  if (secretId) creds.appRoleSecretId = secretId;
  return creds;
}
async function fetchGithubOidcToken(options) {
  options.log.addSecret(options.requestToken);
  const url = new URL(options.requestUrl);
  if (options.audience) url.searchParams.set("audience", options.audience);
  const { transport, close } = options.transport ? { transport: options.transport, close: () => Promise.resolve() } : await createDefaultTransport();
  try {
    const res = await transport({
      method: "GET",
      url: url.toString(),
      headers: { Authorization: `bearer ${options.requestToken}`, Accept: "application/json" }
    });
    let value;
    try {
      const parsed = JSON.parse(res.body);
      value = typeof parsed === "object" && parsed !== null && "value" in parsed ? parsed.value : void 0;
    } catch {
      value = void 0;
    }
    if (res.status !== 200 || typeof value !== "string" || value.length === 0) {
      throw new Error(`the GitHub OIDC token endpoint answered HTTP ${res.status} without a token`);
    }
    options.log.addSecret(value);
    return value;
  } finally {
    await close();
  }
}
function vaultAuthFrom(settings, creds, log, transport) {
  if (creds.token) return { method: "token", token: creds.token };
  if (creds.appRoleId && creds.appRoleSecretId) {
    return {
      method: "approle",
      roleId: creds.appRoleId,
      secretId: creds.appRoleSecretId,
      mount: settings.appRoleMount
    };
  }
  if (settings.jwtRole) {
    if (creds.jwt) return { method: "jwt", role: settings.jwtRole, jwt: creds.jwt, mount: settings.jwtMount };
    const oidc = creds.githubOidc;
    if (oidc) {
      return {
        method: "jwt",
        role: settings.jwtRole,
        mount: settings.jwtMount,
        jwt: () => fetchGithubOidcToken({
          ...oidc,
          log,
          ...settings.jwtAudience ? { audience: settings.jwtAudience } : {},
          ...transport ? { transport } : {}
        })
      };
    }
  }
  return void 0;
}
async function openVault(options) {
  const { settings, log } = options;
  if (!settings.serverUrl) {
    log.debug("Vault: not configured (no vaultServerUrl)");
    return void 0;
  }
  if (settings.skip) {
    log.info("Vault: skipped (skipVault: true)");
    return void 0;
  }
  const auth = vaultAuthFrom(settings, options.credentials, log, options.transport);
  if (!auth) {
    log.warn(
      settings.jwtRole ? `Vault: vaultJwtRole is set but there is no JWT: nothing is read from Vault. In GitHub Actions, give the job 'permissions: id-token: write'; elsewhere set FERRY_VAULT_JWT.` : `Vault: vaultServerUrl is set but no credentials were given, so nothing is read from Vault. Set PIPER_vaultToken (or FERRY_VAULT_TOKEN), PIPER_vaultAppRoleID + PIPER_vaultAppRoleSecretID, or vaultJwtRole with GitHub Actions 'permissions: id-token: write'.`
    );
    return void 0;
  }
  const client = createVaultClient({
    serverUrl: settings.serverUrl,
    auth,
    log,
    ...settings.namespace ? { namespace: settings.namespace } : {},
    ...settings.caFile ? { caFile: settings.caFile } : {},
    ...options.transport ? { transport: options.transport } : {},
    ...options.retry ? { retry: options.retry } : {}
  });
  try {
    await client.login();
  } catch (error) {
    await client.close().catch(() => void 0);
    throw error;
  }
  return createVaultSession({ client, log, ...options.tempRoot ? { tempRoot: options.tempRoot } : {} });
}
function createVaultOpener(options) {
  return (params) => openVault({
    settings: vaultOptionsFromParams(params),
    credentials: { ...vaultCredentialsFromParams(params), ...vaultCredentialsFromEnv(options.vars) },
    log: options.log,
    ...options.transport ? { transport: options.transport } : {},
    ...options.retry ? { retry: options.retry } : {},
    ...options.tempRoot ? { tempRoot: options.tempRoot } : {}
  });
}

// lib/vault/index.ts
var vault_exports = {};
__export(vault_exports, {
  VAULT_CREDENTIAL_ENV_PREFIX: () => VAULT_CREDENTIAL_ENV_PREFIX,
  VAULT_ROOT_PATHS: () => VAULT_ROOT_PATHS,
  VaultError: () => VaultError,
  candidatePaths: () => candidatePaths,
  convertEnvVar: () => convertEnvVar,
  createVaultClient: () => createVaultClient,
  createVaultOpener: () => createVaultOpener,
  createVaultSession: () => createVaultSession,
  fetchGithubOidcToken: () => fetchGithubOidcToken,
  isVaultError: () => isVaultError,
  openVault: () => openVault,
  redactUrl: () => redactUrl2,
  sanitizeVaultPath: () => sanitizeVaultPath,
  vaultAuthFrom: () => vaultAuthFrom,
  vaultCredentialEnv: () => vaultCredentialEnv,
  vaultCredentialsFromEnv: () => vaultCredentialsFromEnv,
  vaultCredentialsFromParams: () => vaultCredentialsFromParams,
  vaultOptionsFromParams: () => vaultOptionsFromParams,
  vaultSecretNotFoundError: () => vaultSecretNotFoundError
});

// lib/vault/credential-env.ts
var VAULT_CREDENTIAL_ENV_PREFIX = "PIPER_VAULTCREDENTIAL_";
function convertEnvVar(key) {
  return key.toUpperCase().replace(/-/g, "_").replace(/[^A-Za-z0-9_]/g, "");
}
function isStringList(value) {
  return value.every((v) => typeof v === "string");
}
function isListOfLists(value) {
  return value.every((v) => Array.isArray(v) && isStringList(v));
}
function groups(options) {
  const { vaultCredentialPath: path, vaultCredentialKeys: keys, prefix } = options;
  if (typeof path === "string") {
    if (!isStringList(keys)) {
      throw new ConfigError(
        `vaultCredentialKeys: expected a list of strings for the single vaultCredentialPath '${path}', got a list of lists. Give one list of keys, or make vaultCredentialPath a list too.`
      );
    }
    if (Array.isArray(prefix)) {
      throw new ConfigError(
        `vaultCredentialEnvPrefix: expected one string for a single vaultCredentialPath, got a list.`
      );
    }
    return [{ path, keys, prefix: typeof prefix === "string" ? prefix : void 0 }];
  }
  if (keys.length !== path.length || !isListOfLists(keys)) {
    throw new ConfigError(
      `vaultCredentialKeys: vaultCredentialPath lists ${path.length} paths, so vaultCredentialKeys must be a list of ${path.length} lists of keys (one per path). Align the two lists.`
    );
  }
  if (Array.isArray(prefix) && prefix.length !== path.length) {
    throw new ConfigError(
      `vaultCredentialEnvPrefix: vaultCredentialPath lists ${path.length} paths but vaultCredentialEnvPrefix lists ${prefix.length} prefixes. Give one prefix per path, or a single string.`
    );
  }
  return path.map((p, i) => ({
    path: p,
    keys: keys[i] ?? [],
    prefix: typeof prefix === "string" ? prefix : prefix?.[i]
  }));
}
async function vaultCredentialEnv(options) {
  const { session, log } = options;
  const env = {};
  await Promise.all(
    groups(options).map(async (group) => {
      if (group.path.trim().length === 0 || group.keys.length === 0) return;
      const prefixes = [group.prefix ?? VAULT_CREDENTIAL_ENV_PREFIX];
      if (group.prefix !== void 0 && group.prefix !== VAULT_CREDENTIAL_ENV_PREFIX)
        prefixes.push(VAULT_CREDENTIAL_ENV_PREFIX);
      const tried = [];
      for (const path of candidatePaths(group.path, options.paths)) {
        tried.push(path);
        const outcome = await session.readPath(path);
        if (outcome.kind !== "found") continue;
        const present = group.keys.filter((k) => outcome.data[k] !== void 0);
        if (present.length === 0) continue;
        for (const key of present) {
          const value = outcome.data[key] ?? "";
          const encoded = Buffer.from(value, "utf8").toString("base64");
          log.addSecret(value);
          log.addSecret(encoded);
          for (const prefix of prefixes) {
            const name = prefix + convertEnvVar(key);
            env[name] = value;
            env[`${name}_BASE64`] = encoded;
            log.debug(`Vault: exposing credential '${key}' as ${name} and ${name}_BASE64`);
          }
        }
        return;
      }
      log.warn(
        `Vault: none of the keys ${group.keys.join(", ")} of vaultCredentialPath '${group.path}' found at ${tried.join(", ") || "any path (set vaultPath or vaultBasePath + vaultPipelineName)"}.`
      );
    })
  );
  return env;
}

// lib/runner/summary.ts
function escapeCell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function createSummary(mask = (t) => t) {
  const blocks = [];
  return {
    blocks,
    table(heading, rows) {
      blocks.push({
        heading: mask(heading),
        rows: rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [mask(k), mask(v)])))
      });
    },
    line(text) {
      blocks.push({ line: mask(text) });
    },
    markdown() {
      const out = [];
      for (const block of blocks) {
        if (block.line !== void 0) {
          out.push(block.line, "");
          continue;
        }
        const rows = block.rows ?? [];
        if (block.heading) out.push(`### ${block.heading}`, "");
        const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
        if (columns.length === 0) continue;
        out.push(`| ${columns.map(escapeCell).join(" | ")} |`);
        out.push(`| ${columns.map(() => "---").join(" | ")} |`);
        for (const row of rows) out.push(`| ${columns.map((c) => escapeCell(row[c] ?? "")).join(" | ")} |`);
        out.push("");
      }
      return out.join("\n");
    }
  };
}

// lib/runner/run.ts
import { mkdtemp as mkdtemp2, rm as rm2 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join2 } from "node:path";
async function prepare(options) {
  const env = await PipelineEnvironment.load(options.workspace);
  if (options.envInput) env.merge(options.envInput);
  for (const secret of env.secretValues()) options.log.addSecret(secret);
  const config = await loadConfig({ workspace: options.workspace, configFile: options.configFile });
  return {
    options,
    config,
    env,
    summary: options.summary ?? createSummary((t) => options.log.mask(t)),
    vaultOpened: false,
    tempDirs: []
  };
}
async function finish(state) {
  await Promise.all(state.tempDirs.map((d) => rm2(d, { recursive: true, force: true })));
  if (state.vault) {
    try {
      await state.vault.close();
    } catch (error) {
      state.options.log.warn(`Vault: could not close the session: ${errorMessage(error)}`);
    }
  }
}
async function ensureVault(state, stage) {
  const { options } = state;
  if (state.vaultOpened || !options.openVault) return state.vault;
  state.vaultOpened = true;
  const common = await resolveCommonParameters({
    stage,
    config: state.config,
    env: state.env,
    vars: options.vars ?? {},
    flags: options.flags,
    log: options.log
  });
  state.vault = await options.openVault(common.values);
  return state.vault;
}
function flagsFor(step, flags) {
  const names = /* @__PURE__ */ new Set();
  for (const [name, spec] of Object.entries(paramSpecsOf(step))) {
    names.add(name);
    for (const alias of spec.aliases ?? []) names.add(alias.name);
  }
  return Object.fromEntries(Object.entries(flags).filter(([k]) => names.has(k)));
}
function checkFlags(steps, flags, what) {
  const known = /* @__PURE__ */ new Set();
  for (const step of steps) for (const name of Object.keys(flagsFor(step, flags))) known.add(name);
  const names = steps.flatMap(
    (s) => Object.entries(paramSpecsOf(s)).flatMap(([n, spec]) => [n, ...(spec.aliases ?? []).map((a) => a.name)])
  );
  for (const key of Object.keys(flags)) {
    if (!known.has(key))
      throw new UsageError(
        `Unknown parameter '${key}': no step of ${what} has a parameter of that name.${didYouMean(key, names)}`
      );
  }
}
async function credentialEnv(vault, values, log) {
  const path = values["vaultCredentialPath"];
  const keys = values["vaultCredentialKeys"];
  if (!vault || values["skipVault"] === true || path === void 0 || keys === void 0) return {};
  const prefix = values["vaultCredentialEnvPrefix"];
  return vaultCredentialEnv({
    session: vault,
    log,
    paths: {
      vaultPath: stringOrUndefined(values["vaultPath"]),
      vaultBasePath: stringOrUndefined(values["vaultBasePath"]),
      vaultPipelineName: stringOrUndefined(values["vaultPipelineName"])
    },
    vaultCredentialPath: path,
    vaultCredentialKeys: keys,
    prefix
  });
}
function stringOrUndefined(value) {
  return typeof value === "string" ? value : void 0;
}
function withRunDefaults(exec2, log, vars) {
  return (command, args, options = {}) => exec2(command, args, { log, ...options, env: { ...vars, ...options.env } });
}
async function runOne(state, entry, stage, flags) {
  const { step } = entry;
  const { options } = state;
  const { log } = options;
  const started = Date.now();
  try {
    await log.group(stage ? `${stage}: ${step.name}` : step.name, async () => {
      const vault = await ensureVault(state, stage);
      const { values } = await resolveParameters({
        step,
        invokedAs: entry.invokedAs,
        presets: entry.presets,
        stage,
        config: state.config,
        env: state.env,
        vars: options.vars ?? {},
        flags,
        vault,
        log
      });
      const exec2 = withRunDefaults(options.exec ?? exec, log, await credentialEnv(vault, values, log));
      const ctx = {
        env: state.env,
        log,
        exec: exec2,
        signal: options.signal ?? new AbortController().signal,
        workspace: options.workspace,
        stage,
        invokedAs: entry.invokedAs,
        summary: state.summary,
        tempDir: async () => {
          const dir = await mkdtemp2(join2(tmpdir2(), `ferry-${step.name}-`));
          state.tempDirs.push(dir);
          return dir;
        }
      };
      await step.run(values, ctx);
    });
  } catch (error) {
    await saveEnv(state, log);
    return { step: step.name, status: "failed", seconds: (Date.now() - started) / 1e3, error };
  }
  const saveError = await saveEnv(state, log);
  const seconds = (Date.now() - started) / 1e3;
  if (saveError) return { step: step.name, status: "failed", seconds, error: saveError };
  return { step: step.name, status: "success", seconds };
}
async function saveEnv(state, log) {
  try {
    await state.env.save(state.options.workspace);
    return void 0;
  } catch (error) {
    log.error(`Saving the pipeline environment failed: ${errorMessage(error)}`);
    return error;
  }
}
async function runStep(name, options) {
  const found = requireStep(name);
  checkFlags([found.step], options.flags ?? {}, `step ${found.step.name}`);
  const state = await prepare(options);
  try {
    const outcome = await runOne(
      state,
      { step: found.step, invokedAs: found.name, presets: found.presets },
      options.stage,
      options.flags ?? {}
    );
    return { outcomes: [outcome], env: state.env, summary: state.summary, error: outcome.error };
  } finally {
    await finish(state);
  }
}
async function runStage(stage, options) {
  const state = await prepare(options);
  try {
    const active = stepsOfStage({
      stage,
      config: state.config,
      env: state.env,
      workspace: options.workspace,
      log: options.log
    });
    const flags = options.flags ?? {};
    checkFlags(
      active.map((a) => a.step),
      flags,
      `stage ${stage}`
    );
    const outcomes = [];
    if (active.length === 0) options.log.info(`Stage ${stage}: no active steps.`);
    for (const entry of active) {
      options.log.info(`Stage ${stage}: running ${entry.step.name} (${entry.reason})`);
      const outcome = await runOne(state, entry, stage, flagsFor(entry.step, flags));
      outcomes.push(outcome);
      if (outcome.status === "failed")
        return { outcomes, env: state.env, summary: state.summary, error: outcome.error };
    }
    return { outcomes, env: state.env, summary: state.summary };
  } finally {
    await finish(state);
  }
}
function failureMessage(outcome) {
  const message = errorMessage(outcome.error);
  const own = `${outcome.step}: `;
  return `${outcome.step} failed: ${message.startsWith(own) ? message.slice(own.length) : message}`;
}

export {
  createVaultOpener,
  vault_exports,
  createSummary,
  runStep,
  runStage,
  failureMessage
};
