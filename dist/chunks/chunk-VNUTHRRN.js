const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  MEDIA_TYPES
} from "./chunk-F7STDRLI.js";
import {
  isRecord
} from "./chunk-SA635VBW.js";
import {
  isDigest,
  isRepositoryName,
  isTag
} from "./chunk-TCHB576X.js";
import {
  FerryError
} from "./chunk-ZTYGLEFB.js";

// lib/registry/index.ts
import { createServer } from "node:http";

// lib/registry/backend.ts
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readFile, readdir, rename, rm, stat, unlink, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { Readable, Writable } from "node:stream";
function createMemoryBackend() {
  const blobs = /* @__PURE__ */ new Map();
  return {
    blobSize: (digest) => Promise.resolve(blobs.get(digest)?.length),
    blobStream(digest, start, end) {
      const bytes = blobs.get(digest) ?? Buffer.alloc(0);
      return Readable.from([bytes.subarray(start, end + 1)]);
    },
    blobBytes: (digest) => Promise.resolve(blobs.get(digest) ?? Buffer.alloc(0)),
    blobWrite(digest, bytes) {
      blobs.set(digest, bytes);
      return Promise.resolve();
    },
    createSpool() {
      let chunks = [];
      return Promise.resolve({
        writer() {
          return new Writable({
            write(chunk, _encoding, callback) {
              chunks.push(chunk);
              callback();
            }
          });
        },
        commit(digest) {
          if (!blobs.has(digest)) blobs.set(digest, Buffer.concat(chunks));
          chunks = [];
          return Promise.resolve();
        },
        discard() {
          chunks = [];
          return Promise.resolve();
        }
      });
    },
    // Memory holds repositories in the registry's own maps: nothing to persist.
    linkSet: () => Promise.resolve(),
    linkDelete: () => Promise.resolve(),
    load: () => Promise.resolve(/* @__PURE__ */ new Map())
  };
}
var LINK_DIRS = { blobs: "_blobs", manifests: "_manifests", tags: "_tags" };
function digestPath(digest) {
  const colon = digest.indexOf(":");
  return join(digest.slice(0, colon), digest.slice(colon + 1));
}
async function writeAtomic(path, content) {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.tmp-${randomBytes(6).toString("hex")}`);
  await writeFile(temp, content);
  await rename(temp, path);
}
async function exists(path) {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
async function listFiles(dir) {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile() && !e.name.startsWith(".")).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
  } catch {
    return [];
  }
}
async function createDiskBackend(root) {
  const blobsDir = join(root, "blobs");
  const uploadsDir = join(root, "uploads");
  const reposDir = join(root, "repositories");
  await rm(uploadsDir, { recursive: true, force: true });
  await mkdir(uploadsDir, { recursive: true });
  await mkdir(blobsDir, { recursive: true });
  await mkdir(reposDir, { recursive: true });
  const blobFile = (digest) => join(blobsDir, digestPath(digest));
  const linkFile = (repository, kind, key) => join(reposDir, ...repository.split("/"), LINK_DIRS[kind], kind === "tags" ? key : digestPath(key));
  return {
    async blobSize(digest) {
      try {
        return (await stat(blobFile(digest))).size;
      } catch {
        return void 0;
      }
    },
    blobStream(digest, start, end) {
      if (end < start) return Readable.from([]);
      return createReadStream(blobFile(digest), { start, end });
    },
    blobBytes: (digest) => readFile(blobFile(digest)),
    async blobWrite(digest, bytes) {
      if (!await exists(blobFile(digest))) await writeAtomic(blobFile(digest), bytes);
    },
    async createSpool() {
      const file = join(uploadsDir, randomBytes(12).toString("hex"));
      await writeFile(file, "");
      return {
        writer() {
          return createWriteStream(file, { flags: "a" });
        },
        async commit(digest) {
          const target = blobFile(digest);
          await mkdir(dirname(target), { recursive: true });
          await rename(file, target);
        },
        async discard() {
          await rm(file, { force: true });
        }
      };
    },
    async linkSet(repository, kind, key, value) {
      await writeAtomic(linkFile(repository, kind, key), value);
    },
    async linkDelete(repository, kind, key) {
      try {
        await unlink(linkFile(repository, kind, key));
      } catch {
      }
    },
    async load() {
      const repositories = /* @__PURE__ */ new Map();
      const get = (name) => {
        let repository = repositories.get(name);
        if (!repository) {
          repository = { blobs: [], manifests: /* @__PURE__ */ new Map(), tags: /* @__PURE__ */ new Map() };
          repositories.set(name, repository);
        }
        return repository;
      };
      for (const file of await listFiles(reposDir)) {
        const parts = file.split("/");
        const at = parts.findIndex((p) => p.startsWith("_"));
        if (at <= 0) continue;
        const name = parts.slice(0, at).join("/");
        const kind = parts[at];
        const rest = parts.slice(at + 1);
        const path = join(reposDir, ...parts);
        if (kind === LINK_DIRS.tags && rest.length === 1 && rest[0]) {
          get(name).tags.set(rest[0], (await readFile(path, "utf8")).trim());
        } else if (rest.length === 2) {
          const digest = `${rest[0]}:${rest[1]}`;
          if (kind === LINK_DIRS.blobs) get(name).blobs.push(digest);
          else if (kind === LINK_DIRS.manifests)
            get(name).manifests.set(digest, (await readFile(path, "utf8")).trim());
        }
      }
      return repositories;
    }
  };
}

// lib/registry/server.ts
import { createHash as createHash3 } from "node:crypto";
import { pipeline as pipeline2 } from "node:stream/promises";

// lib/util/basic-auth.ts
import { createHash, timingSafeEqual } from "node:crypto";
var sha256 = (text) => createHash("sha256").update(text, "utf8").digest();
function basicAuthMatches(header, expected) {
  const match = /^basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? "");
  if (!match?.[1]) return false;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return false;
  const user = timingSafeEqual(sha256(decoded.slice(0, colon)), sha256(expected.username));
  const password = timingSafeEqual(sha256(decoded.slice(colon + 1)), sha256(expected.password));
  return user && password;
}

// lib/registry/errors.ts
var RegistryHttpError = class extends Error {
  constructor(status, code, message, detail, headers = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.headers = headers;
    this.name = "RegistryHttpError";
  }
  status;
  code;
  detail;
  headers;
  body() {
    const error = {
      code: this.code,
      message: this.message
    };
    if (this.detail !== void 0) error.detail = this.detail;
    return JSON.stringify({ errors: [error] });
  }
};
var blobUnknown = (digest) => new RegistryHttpError(404, "BLOB_UNKNOWN", "blob unknown to registry", { digest });
var uploadUnknown = () => new RegistryHttpError(404, "BLOB_UPLOAD_UNKNOWN", "blob upload unknown to registry");
var manifestUnknown = (reference) => new RegistryHttpError(404, "MANIFEST_UNKNOWN", "manifest unknown", { reference });
var nameUnknown = (name) => new RegistryHttpError(404, "NAME_UNKNOWN", "repository name not known to registry", { name });
var digestInvalid = (message, detail) => new RegistryHttpError(400, "DIGEST_INVALID", message, detail);
var manifestInvalid = (message) => new RegistryHttpError(400, "MANIFEST_INVALID", message);

// lib/registry/manifest.ts
var INDEX_TYPES = /* @__PURE__ */ new Set([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList]);
var IMAGE_TYPES = /* @__PURE__ */ new Set([MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest]);
function descriptorOf(value, where) {
  if (!isRecord(value) || typeof value.mediaType !== "string" || typeof value.digest !== "string" || !isDigest(value.digest) || typeof value.size !== "number" || !Number.isInteger(value.size) || value.size < 0) {
    throw manifestInvalid(`manifest invalid: ${where} is not a descriptor with mediaType, digest and size`);
  }
  const descriptor = { mediaType: value.mediaType, digest: value.digest, size: value.size };
  if (Array.isArray(value.urls))
    descriptor.urls = value.urls.filter((u) => typeof u === "string");
  return descriptor;
}
function stringMap(value) {
  if (!isRecord(value)) return void 0;
  const out = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === "string") out[k] = v;
  return out;
}
function mediaTypeOf(contentType) {
  const value = contentType?.split(";")[0]?.trim().toLowerCase();
  return value ? value : void 0;
}
function inspectManifest(bytes, contentType) {
  let json;
  try {
    json = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw manifestInvalid("manifest invalid: the body is not JSON");
  }
  if (!isRecord(json)) throw manifestInvalid("manifest invalid: the body is not a JSON object");
  if (json.schemaVersion !== 2) throw manifestInvalid("manifest invalid: schemaVersion must be 2");
  const declared = typeof json.mediaType === "string" ? json.mediaType : void 0;
  const header = mediaTypeOf(contentType);
  if (declared && header && declared !== header)
    throw manifestInvalid(`manifest invalid: mediaType ${declared} differs from Content-Type ${header}`);
  const mediaType = header ?? declared ?? (Array.isArray(json.manifests) ? MEDIA_TYPES.ociIndex : isRecord(json.config) ? MEDIA_TYPES.ociManifest : "");
  const result = { mediaType, blobs: [], manifests: [] };
  if (INDEX_TYPES.has(mediaType)) {
    if (!Array.isArray(json.manifests))
      throw manifestInvalid("manifest invalid: an index needs a manifests array");
    result.manifests = json.manifests.map((m, i) => descriptorOf(m, `manifests[${i}]`).digest);
  } else if (IMAGE_TYPES.has(mediaType)) {
    const config = descriptorOf(json.config, "config");
    if (!Array.isArray(json.layers))
      throw manifestInvalid("manifest invalid: an image manifest needs a layers array");
    const layers = json.layers.map((l, i) => descriptorOf(l, `layers[${i}]`));
    result.blobs = [config, ...layers.filter((l) => !l.urls?.length)].map((d) => d.digest);
    result.artifactType = config.mediaType;
  } else {
    throw manifestInvalid(
      `manifest invalid: media type '${mediaType || "none"}' is not an OCI or Docker v2 manifest or index`
    );
  }
  if (json.subject !== void 0) result.subject = descriptorOf(json.subject, "subject").digest;
  if (typeof json.artifactType === "string") result.artifactType = json.artifactType;
  const annotations = stringMap(json.annotations);
  if (annotations && Object.keys(annotations).length > 0) result.annotations = annotations;
  return result;
}

// lib/registry/store.ts
import { createHash as createHash2, randomUUID } from "node:crypto";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
var SHA256 = /^sha256:[a-f0-9]{64}$/;
var UPLOAD_TTL_MS = 60 * 60 * 1e3;
function sha256Of(bytes) {
  return `sha256:${createHash2("sha256").update(bytes).digest("hex")}`;
}
var RegistryStore = class _RegistryStore {
  constructor(backend, options) {
    this.backend = backend;
    this.uploadTtlMs = options.uploadTtlMs ?? UPLOAD_TTL_MS;
    this.now = options.now ?? Date.now;
  }
  backend;
  repositories = /* @__PURE__ */ new Map();
  uploads = /* @__PURE__ */ new Map();
  uploadTtlMs;
  now;
  /** Opens the store, reading back what the backend persisted (a disk root from an earlier run). */
  static async open(backend, options = {}) {
    const store = new _RegistryStore(backend, options);
    for (const [name, persisted] of await backend.load()) {
      const state = store.state(name);
      for (const digest of persisted.blobs) state.blobs.add(digest);
      for (const [digest, mediaType] of persisted.manifests) {
        try {
          const bytes = await backend.blobBytes(digest);
          state.manifests.set(digest, record(digest, bytes, inspectManifest(bytes, mediaType)));
        } catch {
        }
      }
      for (const [tag, digest] of persisted.tags)
        if (state.manifests.has(digest)) state.tags.set(tag, digest);
    }
    return store;
  }
  state(name) {
    let state = this.repositories.get(name);
    if (!state) {
      state = { blobs: /* @__PURE__ */ new Set(), manifests: /* @__PURE__ */ new Map(), tags: /* @__PURE__ */ new Map() };
      this.repositories.set(name, state);
    }
    return state;
  }
  hasRepository(name) {
    const state = this.repositories.get(name);
    return state !== void 0 && (state.blobs.size > 0 || state.manifests.size > 0 || state.tags.size > 0);
  }
  // ---- blobs ------------------------------------------------------------------------------------
  /** Size of a blob linked in `name`; undefined when it is not (even if another repository has it). */
  async blobSize(name, digest) {
    if (!this.repositories.get(name)?.blobs.has(digest)) return void 0;
    return this.backend.blobSize(digest);
  }
  blobStream(digest, start, end) {
    return this.backend.blobStream(digest, start, end);
  }
  async linkBlob(name, digest) {
    const state = this.state(name);
    if (state.blobs.has(digest)) return;
    await this.backend.linkSet(name, "blobs", digest, "");
    state.blobs.add(digest);
  }
  async deleteBlob(name, digest) {
    const state = this.repositories.get(name);
    if (!state?.blobs.delete(digest)) return false;
    await this.backend.linkDelete(name, "blobs", digest);
    return true;
  }
  /** Links a blob of `from` into `name`; false when `from` has no such blob. */
  async mountBlob(name, from, digest) {
    if (await this.blobSize(from, digest) === void 0) return false;
    await this.linkBlob(name, digest);
    return true;
  }
  // ---- uploads ----------------------------------------------------------------------------------
  async startUpload(name) {
    await this.dropAbandonedUploads();
    const upload = {
      id: randomUUID(),
      repository: name,
      size: 0,
      busy: false,
      touched: this.now(),
      hash: createHash2("sha256"),
      spool: await this.backend.createSpool()
    };
    this.uploads.set(upload.id, upload);
    return upload;
  }
  upload(name, id) {
    const upload = this.uploads.get(id);
    if (!upload || upload.repository !== name) throw uploadUnknown();
    upload.touched = this.now();
    return upload;
  }
  /** How many uploads are open (for tests and diagnostics). */
  get openUploads() {
    return this.uploads.size;
  }
  async dropAbandonedUploads() {
    const oldest = this.now() - this.uploadTtlMs;
    for (const upload of [...this.uploads.values()])
      if (!upload.busy && upload.touched < oldest) await this.cancelUpload(upload);
  }
  /** Streams a request body into the upload, hashing as it goes; memory stays bounded on disk. */
  async appendUpload(upload, body) {
    upload.busy = true;
    const counter = new Transform({
      transform(chunk, _encoding, callback) {
        upload.hash.update(chunk);
        upload.size += chunk.length;
        callback(null, chunk);
      }
    });
    try {
      await pipeline(body, counter, upload.spool.writer());
    } catch (error) {
      await this.cancelUpload(upload);
      throw error;
    } finally {
      upload.busy = false;
    }
  }
  /** Checks the digest of everything received and makes it a blob linked in the upload's repository. */
  async finishUpload(upload, digest) {
    this.uploads.delete(upload.id);
    const actual = `sha256:${upload.hash.digest("hex")}`;
    if (actual !== digest) {
      await upload.spool.discard();
      throw digestInvalid(`provided digest did not match uploaded content: got ${actual}`, {
        expected: digest,
        actual
      });
    }
    await upload.spool.commit(digest);
    await this.linkBlob(upload.repository, digest);
  }
  async cancelUpload(upload) {
    this.uploads.delete(upload.id);
    await upload.spool.discard();
  }
  // ---- manifests --------------------------------------------------------------------------------
  resolveManifest(name, reference) {
    const state = this.repositories.get(name);
    if (!state) return void 0;
    const digest = reference.includes(":") ? reference : state.tags.get(reference);
    return digest === void 0 ? void 0 : state.manifests.get(digest);
  }
  manifestBytes(record2) {
    return this.backend.blobBytes(record2.digest);
  }
  /**
   * Stores a manifest under its digest and, when `tag` is given, points the tag at it. Everything it
   * references must already be in the repository (its subject need not: referrers may come first).
   */
  async putManifest(name, bytes, inspected, tag) {
    const digest = sha256Of(bytes);
    const state = this.repositories.get(name);
    const missing = [
      ...inspected.blobs.filter((d) => !state?.blobs.has(d)),
      ...inspected.manifests.filter((d) => !state?.manifests.has(d))
    ];
    for (const blob of inspected.blobs.filter((d) => !missing.includes(d)))
      if (await this.backend.blobSize(blob) === void 0) missing.push(blob);
    if (missing.length > 0) {
      throw new RegistryHttpError(
        400,
        "MANIFEST_BLOB_UNKNOWN",
        "manifest references a blob unknown to registry",
        {
          digests: missing
        }
      );
    }
    await this.backend.blobWrite(digest, bytes);
    const entry = record(digest, bytes, inspected);
    const target = this.state(name);
    if (!target.manifests.has(digest)) {
      await this.backend.linkSet(name, "manifests", digest, entry.mediaType);
      target.manifests.set(digest, entry);
    }
    if (tag !== void 0 && target.tags.get(tag) !== digest) {
      await this.backend.linkSet(name, "tags", tag, digest);
      target.tags.set(tag, digest);
    }
    return entry;
  }
  /** Deletes a manifest by digest (and the tags on it), or only a tag. */
  async deleteManifest(name, reference) {
    const state = this.repositories.get(name);
    if (!reference.includes(":")) {
      if (!state?.tags.delete(reference)) throw manifestUnknown(reference);
      await this.backend.linkDelete(name, "tags", reference);
      return;
    }
    if (!state?.manifests.delete(reference)) throw manifestUnknown(reference);
    await this.backend.linkDelete(name, "manifests", reference);
    for (const [tag, digest] of [...state.tags])
      if (digest === reference) {
        state.tags.delete(tag);
        await this.backend.linkDelete(name, "tags", tag);
      }
  }
  /** Tags in lexical order; undefined when the repository is unknown. */
  tags(name) {
    if (!this.hasRepository(name)) return void 0;
    return [...this.repositories.get(name)?.tags.keys() ?? []].sort();
  }
  /** Descriptors of the manifests in `name` whose subject is `digest`, as the referrers API lists them. */
  referrers(name, digest) {
    const found = [];
    for (const m of this.repositories.get(name)?.manifests.values() ?? []) {
      if (m.subject !== digest) continue;
      const descriptor = { mediaType: m.mediaType, digest: m.digest, size: m.size };
      if (m.artifactType) descriptor.artifactType = m.artifactType;
      if (m.annotations) descriptor.annotations = m.annotations;
      found.push(descriptor);
    }
    return found.sort((a, b) => a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0);
  }
};
function record(digest, bytes, inspected) {
  const entry = {
    digest,
    mediaType: inspected.mediaType || MEDIA_TYPES.ociManifest,
    size: bytes.length
  };
  if (inspected.subject) entry.subject = inspected.subject;
  if (inspected.artifactType) entry.artifactType = inspected.artifactType;
  if (inspected.annotations) entry.annotations = inspected.annotations;
  return entry;
}
function isSha256(digest) {
  return SHA256.test(digest);
}

// lib/registry/server.ts
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
var REALM = "ferry-registry";
function validateName(name) {
  if (!isRepositoryName(name))
    throw new RegistryHttpError(400, "NAME_INVALID", "invalid repository name", { name });
}
function validateDigest(digest) {
  if (!digest || !isDigest(digest)) throw digestInvalid("provided digest is not a valid digest", { digest });
  if (!isSha256(digest)) throw digestInvalid("only sha256 digests are supported", { digest });
  return digest;
}
function decodePart(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
async function readBody(request, limit) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) throw new RegistryHttpError(413, "SIZE_INVALID", `manifest larger than ${limit} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
function uploadRange(upload) {
  return `0-${Math.max(upload.size - 1, 0)}`;
}
function uploadHeaders(name, upload) {
  return {
    location: `/v2/${name}/blobs/uploads/${upload.id}`,
    range: uploadRange(upload),
    "docker-upload-uuid": upload.id
  };
}
function parseRange(header, size) {
  if (!header) return void 0;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || match[1] === "" && match[2] === "") return void 0;
  let start;
  let end;
  if (match[1] === "") {
    start = Math.max(size - Number(match[2]), 0);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || end < start)
    throw new RegistryHttpError(416, "BLOB_UNKNOWN", "requested range not satisfiable", void 0, {
      "content-range": `bytes */${size}`
    });
  return { start, end };
}
function createHandler(options) {
  const { store, auth, log } = options;
  async function blob(ctx, name, digestText) {
    const digest = validateDigest(digestText);
    if (ctx.method === "DELETE") {
      if (!await store.deleteBlob(name, digest)) throw blobUnknown(digest);
      return ctx.reply(202, { "content-length": "0" });
    }
    if (ctx.method !== "GET" && ctx.method !== "HEAD") throw unsupported(ctx);
    const size = await store.blobSize(name, digest);
    if (size === void 0) throw blobUnknown(digest);
    const headers = {
      "content-type": "application/octet-stream",
      "docker-content-digest": digest,
      "accept-ranges": "bytes",
      etag: `"${digest}"`
    };
    const range = parseRange(ctx.request.headers.range, size);
    const start = range?.start ?? 0;
    const end = range?.end ?? size - 1;
    headers["content-length"] = String(end - start + 1);
    if (range) headers["content-range"] = `bytes ${start}-${end}/${size}`;
    const status = range ? 206 : 200;
    if (ctx.method === "HEAD") return ctx.reply(status, headers);
    ctx.response.writeHead(status, headers);
    try {
      await pipeline2(store.blobStream(digest, start, end), ctx.response);
    } catch {
      ctx.response.destroy();
    }
  }
  async function appendChecked(ctx, name, upload) {
    const contentRange = ctx.request.headers["content-range"];
    const outOfOrder = () => new RegistryHttpError(
      416,
      "BLOB_UPLOAD_INVALID",
      "chunk out of order",
      void 0,
      uploadHeaders(name, upload)
    );
    if (upload.busy) throw outOfOrder();
    if (contentRange !== void 0) {
      const match = /^(?:bytes )?(\d+)-(\d+)(?:\/(?:\d+|\*))?$/.exec(contentRange.trim());
      if (!match) throw new RegistryHttpError(400, "BLOB_UPLOAD_INVALID", "invalid Content-Range");
      const start = Number(match[1]);
      const end = Number(match[2]);
      if (start !== upload.size || end < start) throw outOfOrder();
      const length = ctx.request.headers["content-length"];
      if (length !== void 0 && Number(length) !== end - start + 1)
        throw new RegistryHttpError(
          400,
          "BLOB_UPLOAD_INVALID",
          "Content-Length does not match Content-Range"
        );
    }
    await store.appendUpload(upload, ctx.request);
  }
  async function finish(ctx, name, upload, digestText) {
    let digest;
    try {
      digest = validateDigest(digestText);
    } catch (error) {
      await store.cancelUpload(upload);
      throw error;
    }
    await appendChecked(ctx, name, upload);
    await store.finishUpload(upload, digest);
    ctx.reply(201, {
      location: `/v2/${name}/blobs/${digest}`,
      "docker-content-digest": digest,
      "content-length": "0"
    });
  }
  async function startUpload(ctx, name) {
    if (ctx.method !== "POST") throw unsupported(ctx);
    const mount = ctx.url.searchParams.get("mount");
    const from = ctx.url.searchParams.get("from");
    if (mount !== null && from !== null) {
      const digest2 = validateDigest(mount);
      validateName(from);
      if (await store.mountBlob(name, from, digest2)) {
        ctx.request.resume();
        return ctx.reply(201, {
          location: `/v2/${name}/blobs/${digest2}`,
          "docker-content-digest": digest2,
          "content-length": "0"
        });
      }
    }
    const upload = await store.startUpload(name);
    const digest = ctx.url.searchParams.get("digest");
    if (digest !== null && mount === null) return finish(ctx, name, upload, digest);
    ctx.request.resume();
    ctx.reply(202, { ...uploadHeaders(name, upload), "content-length": "0" });
  }
  async function uploadSession(ctx, name, id) {
    const upload = store.upload(name, id);
    switch (ctx.method) {
      case "GET":
        return ctx.reply(204, { ...uploadHeaders(name, upload), "content-length": "0" });
      case "PATCH":
        await appendChecked(ctx, name, upload);
        return ctx.reply(202, { ...uploadHeaders(name, upload), "content-length": "0" });
      case "PUT":
        return finish(ctx, name, upload, ctx.url.searchParams.get("digest"));
      case "DELETE":
        await store.cancelUpload(upload);
        return ctx.reply(204, { "content-length": "0" });
      default:
        throw unsupported(ctx);
    }
  }
  async function manifest(ctx, name, reference) {
    const byDigest = reference.includes(":");
    if (byDigest) validateDigest(reference);
    else if (!isTag(reference)) {
      if (ctx.method === "PUT") throw manifestInvalid(`invalid tag '${reference.slice(0, 200)}'`);
      throw manifestUnknown(reference);
    }
    switch (ctx.method) {
      case "GET":
      case "HEAD": {
        const found = store.resolveManifest(name, reference);
        if (!found) throw manifestUnknown(reference);
        const headers = {
          "content-type": found.mediaType,
          "content-length": String(found.size),
          "docker-content-digest": found.digest,
          etag: `"${found.digest}"`
        };
        if (ctx.method === "HEAD") return ctx.reply(200, headers);
        return ctx.reply(200, headers, await store.manifestBytes(found));
      }
      case "PUT": {
        const bytes = await readBody(ctx.request, MAX_MANIFEST_BYTES);
        const inspected = inspectManifest(bytes, ctx.request.headers["content-type"]);
        if (byDigest) {
          const actual = createHash3("sha256").update(bytes).digest("hex");
          if (reference !== `sha256:${actual}`)
            throw digestInvalid("manifest digest does not match the reference", {
              expected: reference,
              actual: `sha256:${actual}`
            });
        }
        const stored = await store.putManifest(name, bytes, inspected, byDigest ? void 0 : reference);
        const headers = {
          location: `/v2/${name}/manifests/${stored.digest}`,
          "docker-content-digest": stored.digest,
          "content-length": "0"
        };
        if (stored.subject) headers["oci-subject"] = stored.subject;
        return ctx.reply(201, headers);
      }
      case "DELETE":
        await store.deleteManifest(name, reference);
        return ctx.reply(202, { "content-length": "0" });
      default:
        throw unsupported(ctx);
    }
  }
  function tagList(ctx, name) {
    if (ctx.method !== "GET" && ctx.method !== "HEAD") throw unsupported(ctx);
    const all = store.tags(name);
    if (!all) throw nameUnknown(name);
    const last = ctx.url.searchParams.get("last");
    const nText = ctx.url.searchParams.get("n");
    let tags = last === null ? all : all.filter((t) => t > last);
    const headers = { "content-type": "application/json" };
    if (nText !== null) {
      const n = Number(nText);
      if (!/^\d+$/.test(nText) || !Number.isSafeInteger(n))
        throw new RegistryHttpError(400, "UNSUPPORTED", "n must be a whole number", { n: nText });
      if (tags.length > n) {
        tags = tags.slice(0, n);
        const lastShown = tags[tags.length - 1];
        if (lastShown !== void 0) {
          const query = new URLSearchParams({ n: String(n), last: lastShown });
          headers.link = `</v2/${name}/tags/list?${query.toString()}>; rel="next"`;
        }
      }
    }
    const body = JSON.stringify({ name, tags });
    ctx.reply(200, { ...headers, "content-length": String(Buffer.byteLength(body)) }, body);
  }
  function referrers(ctx, name, digestText) {
    if (ctx.method !== "GET" && ctx.method !== "HEAD") throw unsupported(ctx);
    const digest = validateDigest(digestText);
    const artifactType = ctx.url.searchParams.get("artifactType");
    let manifests = store.referrers(name, digest);
    const headers = { "content-type": MEDIA_TYPES.ociIndex };
    if (artifactType !== null) {
      manifests = manifests.filter((m) => m.artifactType === artifactType);
      headers["oci-filters-applied"] = "artifactType";
    }
    const body = JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests });
    ctx.reply(200, { ...headers, "content-length": String(Buffer.byteLength(body)) }, body);
  }
  function unsupported(ctx) {
    return new RegistryHttpError(405, "UNSUPPORTED", `method ${ctx.method} not allowed here`);
  }
  const routes = [
    { pattern: /^\/v2\/(.+)\/blobs\/uploads\/?$/, handle: (ctx, name) => startUpload(ctx, name) },
    { pattern: /^\/v2\/(.+)\/blobs\/uploads\/([^/]+)$/, handle: uploadSession },
    { pattern: /^\/v2\/(.+)\/blobs\/([^/]+)$/, handle: blob },
    { pattern: /^\/v2\/(.+)\/manifests\/([^/]+)$/, handle: manifest },
    { pattern: /^\/v2\/(.+)\/tags\/list$/, handle: (ctx, name) => tagList(ctx, name) },
    { pattern: /^\/v2\/(.+)\/referrers\/([^/]+)$/, handle: referrers }
  ];
  async function route(ctx) {
    const path = ctx.url.pathname;
    if (!path.startsWith("/v2/") && path !== "/v2")
      throw new RegistryHttpError(404, "UNSUPPORTED", "not an OCI distribution API path");
    if (auth && !basicAuthMatches(ctx.request.headers.authorization, auth)) {
      throw new RegistryHttpError(401, "UNAUTHORIZED", "authentication required", void 0, {
        "www-authenticate": `Basic realm="${REALM}", charset="UTF-8"`
      });
    }
    if (path === "/v2/" || path === "/v2") {
      if (ctx.method !== "GET" && ctx.method !== "HEAD") throw unsupported(ctx);
      return ctx.reply(200, { "content-type": "application/json", "content-length": "2" }, "{}");
    }
    for (const { pattern, handle } of routes) {
      const match = pattern.exec(path);
      if (!match?.[1]) continue;
      const name = match[1];
      validateName(name);
      return handle(ctx, name, decodePart(match[2] ?? ""));
    }
    throw new RegistryHttpError(404, "UNSUPPORTED", "not an OCI distribution API path");
  }
  return (request, response) => {
    const method = request.method ?? "GET";
    const url = new URL(request.url ?? "/", "http://registry.invalid");
    response.setHeader("docker-distribution-api-version", "registry/2.0");
    const reply = (status, headers = {}, body) => {
      response.writeHead(status, headers);
      response.end(method === "HEAD" ? void 0 : body);
    };
    const ctx = { request, response, url, method, reply };
    route(ctx).then(
      () => log?.debug(`registry: ${method} ${url.pathname} ${response.statusCode}`),
      (error) => {
        const failure = error instanceof RegistryHttpError ? error : new RegistryHttpError(500, "UNKNOWN", "internal error");
        if (!(error instanceof RegistryHttpError))
          log?.warn(
            `registry: ${method} ${url.pathname} failed: ${error instanceof Error ? error.message : String(error)}`
          );
        else log?.debug(`registry: ${method} ${url.pathname} ${failure.status} ${failure.code}`);
        if (response.headersSent) {
          response.destroy();
          return;
        }
        if (!request.readableEnded) {
          response.setHeader("connection", "close");
          request.resume();
        }
        const body = failure.body();
        reply(
          failure.status,
          {
            "content-type": "application/json",
            "content-length": String(Buffer.byteLength(body)),
            ...failure.headers
          },
          body
        );
      }
    );
  };
}

// lib/registry/index.ts
function isAddressInfo(value) {
  return typeof value === "object" && value !== null;
}
var DEFAULT_REGISTRY_ADDR = "127.0.0.1:0";
function parseAddr(addr) {
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(addr);
  const host = match?.[1] ?? match?.[2];
  const port = Number(match?.[3]);
  if (!host || !Number.isInteger(port) || port > 65535)
    throw new FerryError(
      `Starting the registry failed: '${addr}' is not host:port. Use e.g. 127.0.0.1:5000.`,
      {
        code: "USAGE",
        usage: true
      }
    );
  return { host, port };
}
async function startRegistry(options = {}) {
  const { host, port } = parseAddr(options.addr ?? DEFAULT_REGISTRY_ADDR);
  if (options.auth) {
    options.log?.addSecret(options.auth.password);
    options.log?.secrets.addBasicAuth(options.auth.username, options.auth.password);
  }
  const backend = options.root ? await createDiskBackend(options.root) : createMemoryBackend();
  const store = await RegistryStore.open(backend);
  const server = createServer(
    { keepAliveTimeout: 3e4 },
    createHandler({
      store,
      ...options.auth ? { auth: options.auth } : {},
      ...options.log ? { log: options.log } : {}
    })
  );
  await new Promise((resolve, reject) => {
    const onError = (error) => reject(
      new FerryError(
        `Starting the registry on ${host}:${port} failed: ${error.message}. Choose another --addr.`,
        {
          code: "NETWORK",
          cause: error
        }
      )
    );
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
  const address = server.address();
  if (!isAddressInfo(address))
    throw new FerryError("Starting the registry failed: no TCP address.", { code: "NETWORK" });
  const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const hostPort = `${shown}:${address.port}`;
  options.log?.debug(
    `registry: listening on http://${hostPort}${options.root ? ` (storage ${options.root})` : " (in memory)"}`
  );
  let closed;
  return {
    url: `http://${hostPort}`,
    host: hostPort,
    close() {
      closed ??= new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    }
  };
}

export {
  basicAuthMatches,
  DEFAULT_REGISTRY_ADDR,
  parseAddr,
  startRegistry
};
