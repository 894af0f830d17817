const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);

// lib/util/errno.ts
function errnoOf(error) {
  const seen = /* @__PURE__ */ new Set();
  let current = error;
  while (current !== void 0 && current !== null && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    if ("code" in current && typeof current.code === "string") return current.code;
    if (current instanceof AggregateError && current.errors.length > 0) {
      current = current.errors[0];
      continue;
    }
    current = "cause" in current ? current.cause : void 0;
  }
  return void 0;
}
function isCertificateErrno(errno) {
  return errno !== void 0 && (errno.startsWith("CERT_") || errno.startsWith("ERR_TLS_CERT") || errno.includes("SELF_SIGNED") || errno.startsWith("UNABLE_TO_") || errno === "HOSTNAME_MISMATCH");
}
var DNS_ERRNOS = /* @__PURE__ */ new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_NONAME", "EAI_FAIL", "EAI_NODATA"]);
var REFUSED_ERRNOS = /* @__PURE__ */ new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH"]);
var RESET_ERRNOS = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "EPIPE",
  "ECONNABORTED",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_RES_CONTENT_LENGTH_MISMATCH"
]);
var TIMEOUT_ERRNOS = /* @__PURE__ */ new Set([
  "ETIMEDOUT",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT"
]);
function networkErrorKind(errno) {
  if (errno === void 0) return "other";
  if (DNS_ERRNOS.has(errno)) return "dns";
  if (isCertificateErrno(errno) || errno.startsWith("ERR_SSL_") || errno.startsWith("ERR_TLS_")) return "tls";
  if (REFUSED_ERRNOS.has(errno)) return "refused";
  if (RESET_ERRNOS.has(errno)) return "reset";
  if (TIMEOUT_ERRNOS.has(errno)) return "timeout";
  return "other";
}
var TEMPORARY_ERRNOS = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "EPIPE",
  "ECONNREFUSED",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_RES_CONTENT_LENGTH_MISMATCH"
]);
function isTemporaryErrno(errno) {
  return errno !== void 0 && TEMPORARY_ERRNOS.has(errno);
}
var NOT_SENT_ERRNOS = /* @__PURE__ */ new Set(["ECONNREFUSED", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]);
function isNotSentErrno(errno) {
  return errno !== void 0 && NOT_SENT_ERRNOS.has(errno);
}

export {
  errnoOf,
  isCertificateErrno,
  networkErrorKind,
  isTemporaryErrno,
  isNotSentErrno
};
