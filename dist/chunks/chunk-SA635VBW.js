const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  cryptoLoaded,
  nodeCrypto
} from "./chunk-FJHZMGUF.js";
import {
  FerryError
} from "./chunk-ZTYGLEFB.js";

// lib/util/is-record.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// lib/oci/digest.ts
import { Transform } from "node:stream";

// lib/oci/sha256.ts
var K = new Uint32Array([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]);
function sha256Hex(bytes) {
  const length = bytes.length;
  const padded = new Uint8Array((length + 8 >> 6) + 1 << 6);
  padded.set(bytes);
  padded[length] = 128;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(length / 536870912));
  view.setUint32(padded.length - 4, length << 3 >>> 0);
  const h = new Uint32Array([
    1779033703,
    3144134277,
    1013904242,
    2773480762,
    1359893119,
    2600822924,
    528734635,
    1541459225
  ]);
  const w = new Uint32Array(64);
  for (let block = 0; block < padded.length; block += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(block + i * 4);
    for (let i = 16; i < 64; i++) {
      const a2 = w[i - 15] ?? 0;
      const b2 = w[i - 2] ?? 0;
      const s0 = (a2 >>> 7 | a2 << 25) ^ (a2 >>> 18 | a2 << 14) ^ a2 >>> 3;
      const s1 = (b2 >>> 17 | b2 << 15) ^ (b2 >>> 19 | b2 << 13) ^ b2 >>> 10;
      w[i] = (w[i - 16] ?? 0) + s0 + (w[i - 7] ?? 0) + s1;
    }
    let a = h[0] ?? 0;
    let b = h[1] ?? 0;
    let c = h[2] ?? 0;
    let d = h[3] ?? 0;
    let e = h[4] ?? 0;
    let f = h[5] ?? 0;
    let g = h[6] ?? 0;
    let k = h[7] ?? 0;
    for (let i = 0; i < 64; i++) {
      const S1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7);
      const t1 = k + S1 + (e & f ^ ~e & g) + (K[i] ?? 0) + (w[i] ?? 0) | 0;
      const S0 = (a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10);
      const t2 = S0 + (a & b ^ a & c ^ b & c) | 0;
      k = g;
      g = f;
      f = e;
      e = d + t1 | 0;
      d = c;
      c = b;
      b = a;
      a = t1 + t2 | 0;
    }
    h[0] = (h[0] ?? 0) + a;
    h[1] = (h[1] ?? 0) + b;
    h[2] = (h[2] ?? 0) + c;
    h[3] = (h[3] ?? 0) + d;
    h[4] = (h[4] ?? 0) + e;
    h[5] = (h[5] ?? 0) + f;
    h[6] = (h[6] ?? 0) + g;
    h[7] = (h[7] ?? 0) + k;
  }
  let hex = "";
  for (const word of h) hex += word.toString(16).padStart(8, "0");
  return hex;
}

// lib/oci/digest.ts
var SMALL_DOCUMENT = 64 * 1024;
function sha256Digest(bytes) {
  const data = typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes;
  if (data.length <= SMALL_DOCUMENT && !cryptoLoaded()) return `sha256:${sha256Hex(data)}`;
  return `sha256:${nodeCrypto().createHash("sha256").update(data).digest("hex")}`;
}
var BlobCheck = class {
  constructor(options) {
    this.options = options;
    this.hash = options.digest.startsWith("sha256:") ? nodeCrypto().createHash("sha256") : void 0;
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
