import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  FerryError
} from "./chunk-H6UICYKR.js";

// lib/oci/digest.ts
import { createHash } from "node:crypto";
import { Transform } from "node:stream";
var DIGEST = /^sha256:[a-f0-9]{64}$/;
var DIGEST_ALGORITHMS = { sha256: 64, sha512: 128 };
function sha256Digest(bytes) {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}
function isDigest(value) {
  if (value.startsWith("sha256:")) return DIGEST.test(value);
  const colon = value.indexOf(":");
  const length = colon > 0 ? DIGEST_ALGORITHMS[value.slice(0, colon)] : void 0;
  return length !== void 0 && new RegExp(`^[a-f0-9]{${length}}$`).test(value.slice(colon + 1));
}
function digestProblem(digest) {
  const colon = digest.indexOf(":");
  if (colon <= 0) return `'${digest}' is not of the form algorithm:hex`;
  const algorithm = digest.slice(0, colon);
  const length = DIGEST_ALGORITHMS[algorithm];
  if (length === void 0)
    return `digest algorithm '${algorithm}' is not supported (registries address content by sha256 or sha512)`;
  if (!new RegExp(`^[a-f0-9]{${length}}$`).test(digest.slice(colon + 1)))
    return `digest '${digest}' must be ${algorithm}: followed by ${length} lowercase hex digits`;
  return void 0;
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

export {
  DIGEST_ALGORITHMS,
  sha256Digest,
  isDigest,
  digestProblem,
  digestHex,
  DigestVerifier,
  createDigestVerifier
};
