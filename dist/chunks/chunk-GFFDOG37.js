const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  ARCHIVE_PREFIX,
  LAYOUT_PREFIX,
  LayoutReader,
  REF_NAME_ANNOTATION,
  openDockerArchive,
  openLayout,
  parseArchiveReference,
  parseLayoutReference,
  parseManifest,
  readTarEntries,
  resolveEntry,
  tarStream
} from "./chunk-55K4AF6Q.js";
import {
  MEDIA_TYPES
} from "./chunk-F7STDRLI.js";
import {
  isTag,
  parseReference
} from "./chunk-TCHB576X.js";
import {
  nodeCrypto
} from "./chunk-FJHZMGUF.js";
import {
  FerryError
} from "./chunk-ZTYGLEFB.js";

// lib/oci/copy/endpoints.ts
import { isAbsolute, resolve as resolve2 } from "node:path";

// lib/oci/archive/oci-archive.ts
import { createReadStream } from "node:fs";
import { mkdir, mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { Readable } from "node:stream";
var OCI_ARCHIVE_PREFIX = "oci-archive:";
var LAYOUT_ENTRY = /^(?:oci-layout|index\.json|blobs\/[a-z0-9]+\/[a-f0-9]{32,128})$/;
function invalidOciArchiveReference(text, why) {
  return new FerryError(
    `Invalid oci-archive reference '${text}': ${why}. Expected oci-archive:FILE[:TAG], e.g. oci-archive:./image.tar:1.0.`,
    { code: "REFERENCE", usage: true }
  );
}
function parseOciArchiveReference(text) {
  if (!text.startsWith(OCI_ARCHIVE_PREFIX))
    throw invalidOciArchiveReference(text, `it does not start with '${OCI_ARCHIVE_PREFIX}'`);
  const rest = text.slice(OCI_ARCHIVE_PREFIX.length);
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    const file = rest.slice(0, colon);
    const tag = rest.slice(colon + 1);
    if (!isTag(tag))
      throw invalidOciArchiveReference(
        text,
        `tag '${tag}' is not valid (letters, digits, '_', '.', '-'; at most 128)`
      );
    if (!file) throw invalidOciArchiveReference(text, "the file name is empty");
    return { file, tag };
  }
  if (!rest) throw invalidOciArchiveReference(text, "the file name is empty");
  return { file: rest };
}
async function temporaryDirectory(near) {
  return mkdtemp(join(near ?? tmpdir(), ".ferry-oci-archive-"));
}
function readOnly(file) {
  return new FerryError(
    `oci-archive:${file} is opened as a source and cannot be written. Name it as DST to write an archive.`,
    { code: "USAGE", usage: true }
  );
}
var OciArchiveRepository = class _OciArchiveRepository extends LayoutReader {
  constructor(file, entries, highWaterMark = 1 << 20) {
    super(highWaterMark);
    this.file = file;
    this.entries = entries;
    this.display = `oci-archive:${file}`;
    this.path = file;
  }
  file;
  entries;
  display;
  path;
  entry(name) {
    return LAYOUT_ENTRY.test(name) ? this.entries.get(name) : void 0;
  }
  fileSize(name) {
    return Promise.resolve(this.entry(name)?.size);
  }
  async readLayoutFile(name) {
    const entry = this.entry(name);
    if (!entry) throw new Error(`${name} is not in ${this.display}`);
    const data = Buffer.alloc(entry.size);
    const handle = await open(this.file, "r");
    try {
      let at = 0;
      while (at < entry.size) {
        const { bytesRead } = await handle.read(data, at, entry.size - at, entry.offset + at);
        if (bytesRead === 0) throw truncated(this.file, name);
        at += bytesRead;
      }
    } finally {
      await handle.close();
    }
    return data;
  }
  openLayoutFile(name) {
    const entry = this.entry(name);
    if (!entry) throw new Error(`${name} is not in ${this.display}`);
    if (entry.size === 0) return Readable.from([]);
    return createReadStream(this.file, {
      start: entry.offset,
      end: entry.offset + entry.size - 1,
      highWaterMark: this.highWaterMark
    });
  }
  blobPut(_descriptor, _open) {
    return Promise.reject(readOnly(this.file));
  }
  blobMount() {
    return Promise.resolve(false);
  }
  manifestPut(_reference, _mediaType, _bytes) {
    return Promise.reject(readOnly(this.file));
  }
  sameStoreAs(other) {
    return other instanceof _OciArchiveRepository && other.file === this.file;
  }
};
function truncated(file, name) {
  return new FerryError(
    `oci-archive ${file} cannot be read: it ends inside ${name}. The file is truncated; write it again.`,
    { code: "PATH" }
  );
}
async function openOciArchive(path) {
  const file = resolve(path);
  let entries;
  try {
    entries = await readTarEntries(file, {
      error: (why) => new FerryError(
        `oci-archive ${file} cannot be read: ${why}. Give a tar holding an OCI image layout.`,
        {
          code: "PATH"
        }
      )
    });
  } catch (error) {
    if (error instanceof FerryError) throw error;
    const missing = error instanceof Error && "code" in error && error.code === "ENOENT";
    throw new FerryError(
      `oci-archive ${file} cannot be opened: ${error instanceof Error ? error.message : String(error)}. Check the path.`,
      { code: missing ? "NOT_FOUND" : "PATH", cause: error }
    );
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (!byName.has("oci-layout") || !byName.has("index.json"))
    throw new FerryError(
      `oci-archive ${file} cannot be used: it holds no OCI image layout (no oci-layout or index.json). Give a tar written by 'skopeo copy \u2026 oci-archive:FILE' or 'ferry copy \u2026 oci-archive:FILE'.`,
      { code: "PATH" }
    );
  const files = /* @__PURE__ */ new Map();
  for (const name of byName.keys()) {
    if (!LAYOUT_ENTRY.test(name)) continue;
    const entry = resolveEntry(byName, name);
    if (entry) files.set(name, entry);
  }
  return new OciArchiveRepository(file, files);
}
async function createTemporaryLayout(file) {
  let directory;
  try {
    await mkdir(dirname(file), { recursive: true });
    directory = await temporaryDirectory(dirname(file));
  } catch (error) {
    throw new FerryError(
      `Archive ${file} cannot be written: ${error instanceof Error ? error.message : String(error)}. Check that its directory exists and is writable.`,
      { code: "PATH", cause: error }
    );
  }
  try {
    const layout = await openLayout(directory, { create: true });
    return { layout, directory, close: () => rm(directory, { recursive: true, force: true }) };
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
}

// lib/oci/archive/write.ts
import { createReadStream as createReadStream2, createWriteStream } from "node:fs";
import { readdir, rename, rm as rm2, stat } from "node:fs/promises";
import { join as join2 } from "node:path";
import { Readable as Readable2 } from "node:stream";
import { pipeline } from "node:stream/promises";
function fileEntry(path, size, open2) {
  return { path, type: "file", mode: 420, uid: 0, gid: 0, mtime: 0, size, open: open2 };
}
function dirEntry(path) {
  return { path, type: "dir", mode: 493, uid: 0, gid: 0, mtime: 0, size: 0 };
}
function bytesEntry(path, bytes) {
  return fileEntry(path, bytes.length, () => Readable2.from([bytes]));
}
async function layoutEntries(directory, replace) {
  const entries = [];
  for (const name of ["oci-layout", "index.json"]) {
    const own = replace.get(name);
    if (own) entries.push(bytesEntry(name, own));
    else {
      const path = join2(directory, name);
      entries.push(fileEntry(name, (await stat(path)).size, () => createReadStream2(path)));
    }
  }
  entries.push(dirEntry("blobs"));
  for (const algorithm of (await readdir(join2(directory, "blobs"), { withFileTypes: true })).sort(
    (a, b) => a.name.localeCompare(b.name)
  )) {
    if (!algorithm.isDirectory()) continue;
    entries.push(dirEntry(`blobs/${algorithm.name}`));
    const names = (await readdir(join2(directory, "blobs", algorithm.name))).filter(
      (n) => /^[a-f0-9]+$/.test(n)
    );
    for (const name of names.sort()) {
      const path = join2(directory, "blobs", algorithm.name, name);
      entries.push(
        fileEntry(`blobs/${algorithm.name}/${name}`, (await stat(path)).size, () => createReadStream2(path))
      );
    }
  }
  return entries;
}
async function writeTar(file, entries) {
  const tmp = `${file}.${nodeCrypto().randomBytes(6).toString("hex")}.tmp`;
  try {
    await pipeline(Readable2.from(tarStream(entries)), createWriteStream(tmp, { mode: 420 }));
    await rename(tmp, file);
  } catch (error) {
    await rm2(tmp, { force: true });
    throw new FerryError(
      `Archive ${file} could not be written: ${error instanceof Error ? error.message : String(error)}. Check the path and free space.`,
      { code: "PATH", cause: error }
    );
  }
}
async function writeOciArchive(directory, file) {
  await writeTar(file, await layoutEntries(directory, /* @__PURE__ */ new Map()));
}
async function writeDockerArchive(layout, file, options) {
  const top = await layout.manifestGet(options.tag);
  const parsed = parseManifest(top.bytes, top.descriptor.mediaType, `${layout.display}:${options.tag}`);
  if (parsed.kind !== "manifest")
    throw new FerryError(
      `docker-archive ${file} holds one image, not an index. Choose one platform with --platform.`,
      { code: "USAGE", usage: true }
    );
  const blobPath = (digest) => `blobs/${digest.replace(":", "/")}`;
  const manifestJson = [
    {
      Config: blobPath(parsed.value.config.digest),
      RepoTags: [...options.repoTags],
      Layers: parsed.value.layers.map((l) => blobPath(l.digest))
    }
  ];
  const annotations = {};
  const first = options.repoTags[0];
  if (first) {
    annotations["io.containerd.image.name"] = first;
    annotations[REF_NAME_ANNOTATION] = first.slice(first.lastIndexOf(":") + 1);
  }
  const index = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociIndex,
    manifests: [
      {
        mediaType: top.descriptor.mediaType,
        digest: top.descriptor.digest,
        size: top.descriptor.size,
        ...first ? { annotations } : {}
      }
    ]
  };
  const replace = /* @__PURE__ */ new Map([["index.json", Buffer.from(JSON.stringify(index))]]);
  const entries = await layoutEntries(layout.directory, replace);
  entries.push(bytesEntry("manifest.json", Buffer.from(JSON.stringify(manifestJson))));
  await writeTar(file, entries);
}

// lib/oci/copy/endpoints.ts
var DOCKER_PREFIX = "docker://";
var TRANSPORTS = [
  "docker://REF (or a bare REF: host[:port]/path[:tag][@digest])",
  "oci:DIR[:TAG]",
  "oci-archive:FILE[:TAG]",
  "docker-archive:FILE[:REF]"
];
var OTHER_TRANSPORTS = /* @__PURE__ */ new Set(["containers-storage", "dir", "docker-daemon", "ostree", "sif", "tarball"]);
function unknownTransport(name) {
  const why = OTHER_TRANSPORTS.has(name) ? `ferry does not support skopeo's '${name}:' transport` : name === "http" || name === "https" ? `'${name}://' is a URL, not an image reference (write host/path:tag, or docker://host/path:tag)` : `'${name}:' is not a transport ferry knows`;
  return new FerryError(`Invalid image location: ${why}. Use one of: ${TRANSPORTS.join(", ")}.`, {
    code: "REFERENCE",
    usage: true
  });
}
function parseEndpoint(text) {
  if (text.startsWith(LAYOUT_PREFIX)) return { kind: "layout", text, ...parseLayoutReference(text) };
  if (text.startsWith(OCI_ARCHIVE_PREFIX))
    return { kind: "oci-archive", text, ...parseOciArchiveReference(text) };
  if (text.startsWith(ARCHIVE_PREFIX)) return { kind: "archive", text, ...parseArchiveReference(text) };
  if (text.startsWith(DOCKER_PREFIX))
    return { kind: "registry", text, reference: parseReference(text.slice(DOCKER_PREFIX.length)) };
  const transport = /^([A-Za-z][A-Za-z0-9+_-]*):(.*)$/s.exec(text);
  if (transport) {
    const [, name = "", rest = ""] = transport;
    const port = /^\d+(?:\/|$)/.test(rest);
    const userinfo = /^[^/]*@/.test(rest);
    if (!port && !userinfo && (OTHER_TRANSPORTS.has(name) || name === "docker" || !isTag(rest)))
      throw unknownTransport(name.toLowerCase());
  }
  return { kind: "registry", text, reference: parseReference(text) };
}
function endpointIdentifier(endpoint) {
  if (endpoint.kind === "registry") return endpoint.reference.identifier;
  if (endpoint.kind === "layout") return endpoint.digest ?? endpoint.tag ?? "latest";
  if (endpoint.kind === "oci-archive") return endpoint.tag ?? "latest";
  return "latest";
}
function endpointTag(endpoint) {
  if (endpoint.kind === "layout" || endpoint.kind === "oci-archive") return endpoint.tag;
  if (endpoint.kind === "archive") return void 0;
  const { tag, digest } = endpoint.reference;
  return tag ?? (digest ? void 0 : "latest");
}
function opened(repository) {
  return { repository, commit: async () => {
  }, close: async () => {
  } };
}
async function openEndpointStore(endpoint, options) {
  const path = (p) => isAbsolute(p) ? p : resolve2(options.cwd, p);
  switch (endpoint.kind) {
    case "layout":
      return opened(await openLayout(path(endpoint.path), { create: options.write ?? false }));
    case "registry":
      return opened(
        options.client.repository(endpoint.reference, {
          push: options.write ?? false,
          ...options.mountFrom && options.mountFrom.length > 0 ? { mountFrom: options.mountFrom } : {}
        })
      );
    case "oci-archive": {
      const file = path(endpoint.file);
      if (!options.write) return opened(await openOciArchive(file));
      const temporary = await createTemporaryLayout(file);
      return {
        repository: temporary.layout,
        commit: () => writeOciArchive(temporary.directory, file),
        close: temporary.close
      };
    }
    case "archive": {
      const file = path(endpoint.file);
      if (!options.write)
        return opened(await openDockerArchive(file, endpoint.image ? { image: endpoint.image } : {}));
      const temporary = await createTemporaryLayout(file);
      const repoTag = endpoint.image ?? options.repoTag;
      const layout = temporary.layout;
      return {
        repository: layout,
        commit: (tag) => writeDockerArchive(layout, file, { tag, repoTags: repoTag ? [repoTag] : [] }),
        close: temporary.close
      };
    }
  }
}
async function openEndpoint(endpoint, options) {
  if ((endpoint.kind === "oci-archive" || endpoint.kind === "archive") && options.write)
    throw new FerryError(
      `${endpoint.text} needs openEndpointStore: an archive is copied through a temporary layout that must be committed and closed.`,
      { code: "USAGE", usage: true }
    );
  return (await openEndpointStore(endpoint, options)).repository;
}

export {
  OCI_ARCHIVE_PREFIX,
  parseOciArchiveReference,
  OciArchiveRepository,
  openOciArchive,
  createTemporaryLayout,
  writeOciArchive,
  writeDockerArchive,
  TRANSPORTS,
  parseEndpoint,
  endpointIdentifier,
  endpointTag,
  openEndpointStore,
  openEndpoint
};
