import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  FerryError
} from "./chunk-4IZ6AG3E.js";

// lib/oci/digest.ts
import { createHash } from "node:crypto";
import { Transform } from "node:stream";
var DIGEST = /^sha256:[a-f0-9]{64}$/;
var ANY_DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
function sha256Digest(bytes) {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}
function isDigest(value) {
  if (value.startsWith("sha256:")) return DIGEST.test(value);
  return ANY_DIGEST.test(value);
}
function digestHex(digest) {
  const colon = digest.indexOf(":");
  return colon < 0 ? digest : digest.slice(colon + 1);
}
var DigestVerifier = class extends Transform {
  constructor(options) {
    super();
    this.options = options;
    this.checked = options.digest.startsWith("sha256:");
  }
  options;
  hash = createHash("sha256");
  checked;
  bytes = 0;
  /** Bytes seen so far. */
  get bytesSeen() {
    return this.bytes;
  }
  _transform(chunk, _encoding, callback) {
    this.bytes += chunk.length;
    if (this.checked) this.hash.update(chunk);
    if (this.options.size !== void 0 && this.bytes > this.options.size) {
      callback(this.mismatch(`more than the expected ${this.options.size} bytes`));
      return;
    }
    callback(null, chunk);
  }
  _flush(callback) {
    if (this.options.size !== void 0 && this.bytes !== this.options.size) {
      callback(this.mismatch(`${this.bytes} bytes instead of ${this.options.size}`));
      return;
    }
    if (this.checked) {
      const actual = `sha256:${this.hash.digest("hex")}`;
      if (actual !== this.options.digest) {
        callback(this.mismatch(`its content has digest ${actual}`));
        return;
      }
    }
    callback();
  }
  mismatch(why) {
    const what = this.options.what ?? this.options.digest;
    return new FerryError(
      `Blob ${what} failed verification: ${why}. The source served different content than its descriptor names; retry, and check the source registry or file.`,
      { code: "DIGEST_MISMATCH" }
    );
  }
};
function createDigestVerifier(options) {
  return new DigestVerifier(options);
}

// lib/oci/types.ts
var MEDIA_TYPES = {
  ociIndex: "application/vnd.oci.image.index.v1+json",
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  ociConfig: "application/vnd.oci.image.config.v1+json",
  ociLayer: "application/vnd.oci.image.layer.v1.tar",
  ociLayerGzip: "application/vnd.oci.image.layer.v1.tar+gzip",
  ociEmpty: "application/vnd.oci.empty.v1+json",
  dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerConfig: "application/vnd.docker.container.image.v1+json",
  dockerLayerGzip: "application/vnd.docker.image.rootfs.diff.tar.gzip"
};
var MANIFEST_ACCEPT = [
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.dockerManifestList,
  MEDIA_TYPES.dockerManifest
];

export {
  sha256Digest,
  isDigest,
  digestHex,
  DigestVerifier,
  createDigestVerifier,
  MEDIA_TYPES,
  MANIFEST_ACCEPT
};
