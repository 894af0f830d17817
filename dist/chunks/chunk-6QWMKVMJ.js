const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  isRecord
} from "./chunk-SA635VBW.js";
import {
  ImageReference,
  isDigest,
  normalizeRegistryUrl,
  parseReference
} from "./chunk-TCHB576X.js";
import {
  FerryError,
  errorMessage
} from "./chunk-ZTYGLEFB.js";

// lib/env/keys.ts
var ENV_KEYS = {
  artifactVersion: { kind: "string", piper: true, description: "Version of the artifact being built." },
  "git/commitId": { kind: "string", piper: true, description: "Commit the pipeline runs on." },
  "git/branch": { kind: "string", piper: true, description: "Branch the pipeline runs on." },
  "git/remoteUrl": { kind: "string", piper: true, description: "Remote URL of the source repository." },
  "git/headCommitId": { kind: "string", piper: true, description: "HEAD commit of the source repository." },
  "git/dirty": {
    kind: "boolean",
    piper: false,
    description: "True when the build ran on a tree with uncommitted changes."
  },
  "container/registryUrl": {
    kind: "string",
    piper: true,
    description: "Staging registry URL the build pushed to."
  },
  "container/imageNameTag": { kind: "string", piper: true, description: "First built image as name:tag." },
  "container/imageNameTags": { kind: "string[]", piper: true, description: "Built images as name:tag." },
  "container/imageNames": { kind: "string[]", piper: true, description: "Built image names (repositories)." },
  "container/imageDigest": { kind: "string", piper: true, description: "Digest of the first built image." },
  "container/imageDigests": { kind: "string[]", piper: true, description: "Digests of the built images." },
  "container/repositoryUsername": {
    kind: "string",
    piper: true,
    description: "User for the staging registry."
  },
  "container/repositoryPassword": {
    kind: "string",
    piper: true,
    secret: true,
    description: "Password for the staging registry (secret: never exported)."
  },
  "custom/dockerConfigJSON": {
    kind: "string",
    piper: true,
    description: "Path of a Docker config.json with registry credentials."
  },
  "container/images": {
    kind: "records",
    piper: false,
    description: "One record per built image: registry, repository, tags, digest, platforms, source provenance."
  },
  "promotion/registryUrl": {
    kind: "string",
    piper: false,
    description: "Target registry the images were promoted to."
  },
  "promotion/images": {
    kind: "records",
    piper: false,
    description: "The built image records extended by imagePushToRegistry with their target (registry, repository, tags, digest)."
  },
  "gitops/commitId": {
    kind: "string",
    piper: false,
    description: "Commit the GitOps step made in the deployment repository."
  },
  "gitops/pullRequestUrl": {
    kind: "string",
    piper: false,
    description: "Pull request the GitOps step opened or updated."
  },
  "gitops/files": { kind: "string[]", piper: false, description: "Files the GitOps step changed." }
};
function isEnvKey(key) {
  return Object.prototype.hasOwnProperty.call(ENV_KEYS, key);
}
function isSecretKey(key) {
  if (isEnvKey(key)) return ENV_KEYS[key].secret === true;
  return /password|token|secret|credential/i.test(key);
}

// lib/env/environment.ts
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
var ENV_DIR = join(".pipeline", "commonPipelineEnvironment");
var VALID_KEY = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;
function envError(message, cause) {
  return new FerryError(message, { code: "ENV", usage: true, cause });
}
function checkValue(key, value) {
  const { kind } = ENV_KEYS[key];
  switch (kind) {
    case "string":
      return typeof value === "string" ? void 0 : `expected a string, found ${describe(value)}`;
    case "boolean":
      return typeof value === "boolean" ? void 0 : `expected true or false, found ${describe(value)}`;
    case "string[]":
      return Array.isArray(value) && value.every((v) => typeof v === "string") ? void 0 : `expected a list of strings, found ${describe(value)}`;
    case "records":
      return Array.isArray(value) && value.every((v) => typeof v === "object" && v !== null && !Array.isArray(v)) ? void 0 : `expected a list of records, found ${describe(value)}`;
  }
}
var TO_BE_EMPTIED = "toBeEmptied";
function emptyValue(key) {
  switch (ENV_KEYS[key].kind) {
    case "string":
      return "";
    case "boolean":
      return void 0;
    case "string[]":
    case "records":
      return [];
  }
}
function parseLenientJSON(text) {
  try {
    return JSON.parse(text);
  } catch (first) {
    let out = "";
    let inString = false;
    let escaped = false;
    for (const ch of text) {
      const code = ch.charCodeAt(0);
      if (!inString) {
        out += ch;
        if (ch === '"') inString = true;
      } else if (escaped) {
        out += ch;
        escaped = false;
      } else if (ch === "\\") {
        out += ch;
        escaped = true;
      } else if (ch === '"') {
        out += ch;
        inString = false;
      } else if (code < 32) {
        out += `\\u${code.toString(16).padStart(4, "0")}`;
      } else {
        out += ch;
      }
    }
    if (out === text) throw first;
    try {
      return JSON.parse(out);
    } catch {
      throw first;
    }
  }
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return `a ${typeof value}`;
}
var PipelineEnvironment = class _PipelineEnvironment {
  values = /* @__PURE__ */ new Map();
  removed = /* @__PURE__ */ new Set();
  /** Keys read from `<name>.json`: written back in that form whatever their value (Piper reads both). */
  jsonForm = /* @__PURE__ */ new Set();
  /** Values as loaded, with their file text, so an unchanged key is written back byte for byte. */
  loaded = /* @__PURE__ */ new Map();
  /** Reads Piper's layout under `workspace`. A missing directory is an empty environment. */
  static async load(workspace) {
    const env = new _PipelineEnvironment();
    const root = join(workspace, ENV_DIR);
    let files;
    try {
      files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
    } catch (error) {
      if (error.code === "ENOENT") return env;
      throw envError(`Cannot read the pipeline environment at ${root}: ${errorMessage(error)}.`, error);
    }
    for (const file of files.sort()) {
      const rel = relative(root, file).split(sep).join("/");
      const text = await readFile(file, "utf8");
      if (rel.endsWith(".json")) {
        const key = rel.slice(0, -".json".length);
        let parsed;
        try {
          parsed = parseLenientJSON(text);
        } catch (error) {
          throw envError(
            `Pipeline environment file ${file} is not valid JSON: ${errorMessage(error)}. Fix or delete the file.`,
            error
          );
        }
        env.setChecked(key, parsed, file);
        env.jsonForm.add(key);
        env.remember(key, text, "json");
      } else if (text.trim() === TO_BE_EMPTIED) {
        env.setChecked(rel, "", file);
      } else {
        env.setChecked(rel, text.trim(), file);
        env.remember(rel, text, "plain");
      }
    }
    return env;
  }
  /** Builds an environment from an exported JSON object (`ferry env export`, the action output). */
  static fromJSON(data, origin = "pipeline environment JSON") {
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      throw envError(`${origin}: expected a JSON object of keys to values, found ${describe(data)}.`);
    }
    const env = new _PipelineEnvironment();
    for (const [key, value] of Object.entries(data)) {
      const v = typeof value === "string" ? value.trim() === TO_BE_EMPTIED ? "" : value.trim() : value;
      env.setChecked(key, v, origin);
    }
    return env;
  }
  static parseJSON(text, origin = "pipeline environment JSON") {
    let data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw envError(`${origin} is not valid JSON: ${errorMessage(error)}.`, error);
    }
    return _PipelineEnvironment.fromJSON(data, origin);
  }
  remember(key, text, form) {
    const value = this.values.get(key);
    if (value !== void 0) this.loaded.set(key, { value, text, form });
  }
  setChecked(key, value, origin) {
    if (!VALID_KEY.test(key) || key.split("/").some((part) => part === "." || part === "..")) {
      throw envError(
        `Pipeline environment key '${key}' (${origin}) is not a valid key: use names like container/imageDigest (letters, digits, '.', '_', '-', separated by '/').`
      );
    }
    if (isEnvKey(key)) {
      let v = value;
      if (v === null) {
        const empty = emptyValue(key);
        if (empty === void 0) {
          this.values.delete(key);
          return;
        }
        v = empty;
      }
      if (ENV_KEYS[key].kind === "boolean" && typeof v === "string") v = v.trim() === "true";
      if (ENV_KEYS[key].kind === "string" && typeof v === "string") v = v.trim();
      const problem = checkValue(key, v);
      if (problem)
        throw envError(`Pipeline environment key ${key} (${origin}): ${problem}. Fix or delete it.`);
      this.values.set(key, v);
    } else {
      this.values.set(key, value);
    }
  }
  get(key) {
    return this.values.get(key);
  }
  /** A key ferry does not declare (Piper's custom keys), as stored. */
  getRaw(key) {
    return this.values.get(key);
  }
  /** True when the key holds a non-empty value. */
  has(key) {
    const v = this.values.get(key);
    if (v === void 0 || v === null || v === "") return false;
    if (Array.isArray(v)) return v.length > 0;
    return true;
  }
  set(key, value) {
    if (value === void 0) {
      this.values.delete(key);
      this.removed.add(key);
      this.jsonForm.delete(key);
      return;
    }
    const problem = checkValue(key, value);
    if (problem) throw new FerryError(`Pipeline environment key ${key}: ${problem}.`, { code: "ENV" });
    this.values.set(key, value);
    this.removed.delete(key);
  }
  setRaw(key, value) {
    this.setChecked(key, value, "setRaw");
    this.removed.delete(key);
  }
  keys() {
    return [...this.values.keys()].sort();
  }
  /** Copies every key of `other` into this environment (other wins). */
  merge(other) {
    for (const key of other.keys()) {
      const value = other.values.get(key);
      if (value === void 0) continue;
      this.values.set(key, value);
      this.removed.delete(key);
    }
  }
  /**
   * Writes every key in Piper's layout under `workspace`: strings as plain files, other values as
   * `<name>.json`; a key read from `<name>.json` keeps that form, and an unchanged key keeps its text.
   */
  async save(workspace) {
    const root = join(workspace, ENV_DIR);
    for (const key of this.removed) {
      await rm(join(root, key), { force: true });
      await rm(join(root, `${key}.json`), { force: true });
    }
    for (const [key, value] of this.values) {
      const asJSON = typeof value !== "string" || this.jsonForm.has(key);
      const file = join(root, asJSON ? `${key}.json` : key);
      const other = join(root, asJSON ? key : `${key}.json`);
      if (!file.startsWith(root + sep)) throw envError(`Pipeline environment key ${key} leaves ${root}.`);
      const before = this.loaded.get(key);
      const text = before !== void 0 && before.value === value && before.form === (asJSON ? "json" : "plain") ? before.text : asJSON ? JSON.stringify(value) : value;
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text, "utf8");
      await rm(other, { force: true });
    }
  }
  /** The environment as a JSON object, secret keys left out unless asked. */
  toJSON(options = {}) {
    const out = {};
    for (const key of this.keys()) {
      if (!options.includeSecrets && isSecretKey(key)) continue;
      const value = this.values.get(key);
      if (value !== void 0) out[key] = value;
    }
    return out;
  }
  /** Values of secret keys, for registering with the logger before anything prints. */
  secretValues() {
    return this.keys().filter(isSecretKey).map((k) => this.values.get(k)).filter((v) => typeof v === "string" && v.length > 0);
  }
};

// lib/env/encryption.ts
import { createDecipheriv, createHash } from "node:crypto";
var IV_LENGTH = 16;
function looksEncrypted(text) {
  const t = text.trim();
  return t.length > 0 && !t.startsWith("{") && /^[A-Za-z0-9+/=\s]+$/.test(t);
}
function decryptPiperEnvironment(text, secret) {
  const bytes = Buffer.from(text.trim(), "base64");
  if (bytes.length <= IV_LENGTH) {
    throw new FerryError(
      "The encrypted pipeline environment is too short to hold an IV and data. Pass the output of `piper readPipelineEnv` unchanged.",
      { code: "ENV", usage: true }
    );
  }
  const key = createHash("sha256").update(secret, "utf8").digest();
  const decipher = createDecipheriv("aes-256-cfb", key, bytes.subarray(0, IV_LENGTH));
  return Buffer.concat([decipher.update(bytes.subarray(IV_LENGTH)), decipher.final()]).toString("utf8");
}

// lib/env/images.ts
function referenceOf(location, tag = location.tags[0]) {
  return new ImageReference({
    registry: location.registry,
    repository: location.repository,
    ...tag === void 0 ? {} : { tag },
    ...location.digest === void 0 ? {} : { digest: location.digest }
  });
}
function locationOf(ref, tags, digest) {
  const location = { registry: ref.registry, repository: ref.repository, tags: [...tags] };
  const d = digest ?? ref.digest;
  if (d !== void 0) location.digest = d;
  return location;
}
function locationMatches(location, ref) {
  if (location.registry !== ref.registry || location.repository !== ref.repository) return false;
  return ref.tag === void 0 || location.tags.includes(ref.tag);
}
function strings(value) {
  return Array.isArray(value) && value.every((v) => typeof v === "string") ? [...value] : void 0;
}
function readLocation(value) {
  if (!isRecord(value)) return void 0;
  const registry = typeof value.registry === "string" ? value.registry : void 0;
  const repositoryText = typeof value.repository === "string" ? value.repository : typeof value.name === "string" ? value.name : void 0;
  if (!registry || !repositoryText) return void 0;
  let ref;
  try {
    ref = parseReference(`${normalizeRegistryUrl(registry).host}/${repositoryText.replace(/^\/+/, "")}`);
  } catch {
    return void 0;
  }
  const tags = (strings(value.tags) ?? []).map((t) => t.replace(/\+/g, "-"));
  const digest = typeof value.digest === "string" && isDigest(value.digest) ? value.digest : void 0;
  return locationOf(ref, tags, digest);
}
function readRecord(value) {
  const location = readLocation(value);
  if (!location || !isRecord(value)) return void 0;
  const record = location;
  const platforms = strings(value.platforms);
  if (platforms && platforms.length > 0) record.platforms = platforms;
  if (isRecord(value.source)) {
    const s = value.source;
    const source = {};
    for (const key of ["revision", "repository", "dockerfile", "builder", "archive"]) {
      const v = s[key];
      if (typeof v === "string" && v.length > 0) source[key] = v;
    }
    const bases = strings(s.baseImages);
    if (bases && bases.length > 0) source.baseImages = bases;
    if (Object.keys(source).length > 0) record.source = source;
  }
  const target = readLocation(value.target);
  if (target) record.target = target;
  if (Array.isArray(value.referrers)) {
    const referrers = value.referrers.flatMap(
      (r) => isRecord(r) && typeof r.digest === "string" && isDigest(r.digest) && typeof r.artifactType === "string" ? [{ digest: r.digest, artifactType: r.artifactType }] : []
    );
    if (referrers.length > 0) record.referrers = referrers;
  }
  return record;
}
function readLegacyPromotion(value) {
  if (!isRecord(value) || !isRecord(value.source) || typeof value.source.reference !== "string")
    return void 0;
  const target = readLocation(value.target);
  if (!target) return void 0;
  let source;
  try {
    const ref = parseReference(value.source.reference);
    const digest = typeof value.source.digest === "string" && isDigest(value.source.digest) ? value.source.digest : void 0;
    source = locationOf(ref, ref.tag ? [ref.tag] : [], digest);
  } catch {
    source = { ...target, source: { archive: value.source.reference } };
  }
  const platforms = strings(value.platforms);
  return { ...source, target, ...platforms && platforms.length > 0 ? { platforms } : {} };
}
function piperRegistryHost(url) {
  try {
    return normalizeRegistryUrl(url).host;
  } catch {
    return void 0;
  }
}
function recordsFromPiperKeys(env) {
  const url = env.get("container/registryUrl");
  const host = url ? piperRegistryHost(url) : void 0;
  if (!host) return [];
  const nameTags = env.get("container/imageNameTags") ?? [];
  const digests = env.get("container/imageDigests") ?? [];
  const single = env.get("container/imageNameTag");
  const singleDigest = env.get("container/imageDigest");
  const pairs = nameTags.length > 0 ? nameTags.map((nameTag, i) => ({
    nameTag,
    digest: nameTags.length === digests.length ? digests[i] : nameTag === single ? singleDigest : void 0
  })) : single ? [{ nameTag: single, digest: singleDigest }] : [];
  const records = [];
  for (const { nameTag, digest } of pairs) {
    let ref;
    try {
      let name = nameTag.trim().replace(/^\/+/, "").replace(/\+/g, "-");
      const first = name.split("/")[0] ?? "";
      if (name.includes("/") && piperRegistryHost(first) === host) name = name.slice(first.length + 1);
      ref = parseReference(`${host}/${name}`);
    } catch {
      continue;
    }
    const d = digest && isDigest(digest.trim()) ? digest.trim() : void 0;
    const same = records.find((r) => r.repository === ref.repository && r.digest === d);
    if (same) {
      if (ref.tag && !same.tags.includes(ref.tag)) same.tags.push(ref.tag);
      continue;
    }
    records.push(locationOf(ref, ref.tag ? [ref.tag] : [], d));
  }
  return records;
}
function readBuiltImages(env) {
  const stored = (env.get("container/images") ?? []).map(readRecord).filter((r) => !!r);
  return stored.length > 0 ? stored : recordsFromPiperKeys(env);
}
function readPromotedImages(env) {
  return (env.get("promotion/images") ?? []).map(
    (v) => isRecord(v) && isRecord(v.source) && typeof v.source.reference === "string" ? readLegacyPromotion(v) : readRecord(v)
  ).filter((r) => r?.target?.digest !== void 0);
}
function writeBuiltImages(env, registryUrl, records, options = {}) {
  const entries = records.flatMap(
    (r) => r.tags.map((tag) => ({ nameTag: `${r.repository}:${tag}`, digest: r.digest ?? "" }))
  );
  env.set(
    "container/images",
    records.map((r) => ({ ...r }))
  );
  env.set("container/registryUrl", registryUrl);
  const single = options.imageNameTag === void 0 ? entries[0]?.nameTag : options.imageNameTag;
  env.set("container/imageNameTag", single ?? void 0);
  env.set(
    "container/imageNameTags",
    entries.map((e) => e.nameTag)
  );
  env.set("container/imageNames", [...new Set(records.map((r) => r.repository))]);
  env.set("container/imageDigest", records[0]?.digest);
  env.set(
    "container/imageDigests",
    entries.map((e) => e.digest)
  );
}
function writePromotedImages(env, registryUrl, records) {
  env.set("promotion/registryUrl", registryUrl);
  env.set(
    "promotion/images",
    records.map((r) => ({ ...r }))
  );
}
function clearPromotedImages(env) {
  env.set("promotion/registryUrl", void 0);
  env.set("promotion/images", void 0);
}

export {
  ENV_KEYS,
  isEnvKey,
  isSecretKey,
  ENV_DIR,
  TO_BE_EMPTIED,
  PipelineEnvironment,
  looksEncrypted,
  decryptPiperEnvironment,
  referenceOf,
  locationOf,
  locationMatches,
  readBuiltImages,
  readPromotedImages,
  writeBuiltImages,
  writePromotedImages,
  clearPromotedImages
};
