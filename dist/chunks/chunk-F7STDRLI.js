const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);

// lib/util/url.ts
var SECRET_QUERY_KEYS = /^(?:x-amz-.*|x-goog-.*|sig|signature|se|sv|sp|token|access_token|refresh_token|_state|password|key|code|expires|policy|key-pair-id)$/i;
function redactUrl(url, options = {}) {
  const drop = options.query === "drop";
  if (!drop && !/[@?#]/.test(url)) return url;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return drop ? "<invalid URL>" : url.replace(/\/\/[^/@]*@/, "//").replace(/\?.*$/, "?***");
  }
  parsed.username = "";
  parsed.password = "";
  if (drop) {
    parsed.search = "";
    parsed.hash = "";
    return parsed.toString();
  }
  for (const key of [...parsed.searchParams.keys()]) {
    if (SECRET_QUERY_KEYS.test(key)) parsed.searchParams.set(key, "***");
  }
  return parsed.toString().replace(/%2A%2A%2A/g, "***");
}
function displayServerUrl(url) {
  return redactUrl(url, { query: "drop" }).replace(/\/$/, "");
}
var LOOPBACK_NAMES = /* @__PURE__ */ new Set(["localhost", "::1", "[::1]"]);
function hostnameOf(host) {
  if (host.startsWith("[")) return host.slice(0, host.indexOf("]") + 1);
  const colon = host.lastIndexOf(":");
  return colon < 0 ? host : host.slice(0, colon);
}
function isListedHost(host, listed) {
  const lower = host.toLowerCase();
  return listed.has(lower) || listed.has(hostnameOf(lower));
}
function isLoopbackHost(host) {
  const lower = host.toLowerCase();
  if (lower === "::1") return true;
  const name = hostnameOf(lower);
  return LOOPBACK_NAMES.has(name) || /^127(?:\.\d{1,3}){3}$/.test(name) || name.endsWith(".localhost");
}
function redactUserinfoPasswords(text) {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/[^/\s:@]*):[^/\s]*@/gi, "$1:***@").replace(/(^|[\s,;=("'[])([^/\s:@,;=("'[]+):(?!\*\*\*@)[^/\s@]+@(?!sha(?:256|384|512):)/gi, "$1$2:***@");
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
function isSelfVerifying(body) {
  return typeof body.verifyAs === "function";
}

export {
  redactUrl,
  displayServerUrl,
  hostnameOf,
  isListedHost,
  isLoopbackHost,
  redactUserinfoPasswords,
  MEDIA_TYPES,
  MANIFEST_ACCEPT,
  isSelfVerifying
};
