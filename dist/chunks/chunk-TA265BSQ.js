import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  FerryError
} from "./chunk-VEM4P3BU.js";

// lib/util/is-record.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// lib/oci/digest.ts
import { createHash } from "node:crypto";
import { Transform } from "node:stream";
function sha256Digest(bytes) {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}
var BlobCheck = class {
  constructor(options) {
    this.options = options;
    this.hash = options.digest.startsWith("sha256:") ? createHash("sha256") : void 0;
  }
  options;
  hash;
  bytes = 0;
  /** Bytes seen so far. */
  get bytesSeen() {
    return this.bytes;
  }
  /** Takes the next bytes; an error when they pass the expected size (the bytes are not hashed then). */
  update(chunk) {
    this.bytes += chunk.length;
    if (this.options.size !== void 0 && this.bytes > this.options.size)
      return this.mismatch(`more than the expected ${this.options.size} bytes`);
    this.hash?.update(chunk);
    return void 0;
  }
  /** True when exactly the expected size has been seen (the next `finish` decides). */
  get complete() {
    return this.options.size !== void 0 && this.bytes === this.options.size;
  }
  /** After the last byte: an error when the size or the digest differ from the descriptor's. */
  finish() {
    if (this.options.size !== void 0 && this.bytes !== this.options.size)
      return this.mismatch(`${this.bytes} bytes instead of ${this.options.size}`);
    if (this.hash) {
      const actual = `sha256:${this.hash.digest("hex")}`;
      if (actual !== this.options.digest) return this.mismatch(`its content has digest ${actual}`);
    }
    return void 0;
  }
  mismatch(why) {
    const what = this.options.what ?? this.options.digest;
    return new FerryError(
      `Blob ${what} failed verification: ${why}. The source served different content than its descriptor names; retry, and check the source registry or file.`,
      { code: "DIGEST_MISMATCH" }
    );
  }
};
var DigestVerifier = class extends Transform {
  check;
  constructor(options) {
    super();
    this.check = new BlobCheck(options);
  }
  /** Bytes seen so far. */
  get bytesSeen() {
    return this.check.bytesSeen;
  }
  _transform(chunk, _encoding, callback) {
    const error = this.check.update(chunk);
    if (error) callback(error);
    else callback(null, chunk);
  }
  _flush(callback) {
    callback(this.check.finish());
  }
};
function createDigestVerifier(options) {
  return new DigestVerifier(options);
}

export {
  isRecord,
  sha256Digest,
  BlobCheck,
  DigestVerifier,
  createDigestVerifier
};
