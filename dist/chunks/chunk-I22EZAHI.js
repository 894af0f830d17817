const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  DEFAULT_SCOPES
} from "./chunk-YPI3CE7V.js";
import {
  globToRegExp,
  isInside,
  require_dist
} from "./chunk-CYNXPD3H.js";
import {
  isRecord
} from "./chunk-SA635VBW.js";
import {
  positionPrefix
} from "./chunk-YZFBVT3Z.js";
import {
  didYouMean,
  suggest
} from "./chunk-4EWSLH6K.js";
import {
  ConfigError,
  FerryError,
  UsageError,
  __toESM,
  errorMessage
} from "./chunk-ZTYGLEFB.js";

// lib/config/common.ts
var EVERYWHERE = ["general", "parameters", "stages", "steps"];
var JENKINS_ONLY = "Jenkins only in Piper; accepted so Piper configurations load, unused by ferry.";
var COMMON_PARAMS = {
  verbose: {
    type: "boolean",
    description: "Print debug output.",
    scopes: EVERYWHERE,
    default: false
  },
  vaultServerUrl: {
    type: "string",
    description: "URL of the Vault server. Without it, nothing is read from Vault.",
    scopes: EVERYWHERE
  },
  vaultNamespace: {
    type: "string",
    description: "Vault Enterprise namespace.",
    scopes: EVERYWHERE
  },
  vaultPath: {
    type: "string",
    description: "First place secrets are looked up: `$(vaultPath)/<secretName>`.",
    scopes: EVERYWHERE
  },
  vaultBasePath: {
    type: "string",
    description: "Base of the next places secrets are looked up: `$(vaultBasePath)/$(vaultPipelineName)/<secretName>`, then `$(vaultBasePath)/GROUP-SECRETS/<secretName>`.",
    scopes: EVERYWHERE
  },
  vaultPipelineName: {
    type: "string",
    description: "Pipeline folder under vaultBasePath.",
    scopes: EVERYWHERE
  },
  skipVault: {
    type: "boolean",
    description: "Read nothing from Vault, even when it is configured.",
    scopes: EVERYWHERE,
    default: false
  },
  vaultDisableOverwrite: {
    type: "boolean",
    description: "A parameter that already has a value is not overwritten by Vault.",
    scopes: EVERYWHERE,
    default: false
  },
  vaultCredentialPath: {
    type: "yaml",
    description: "Secret whose keys (vaultCredentialKeys) are exported as environment variables to the step; a list exports several secrets (then vaultCredentialKeys is a list of lists).",
    scopes: EVERYWHERE
  },
  vaultCredentialKeys: {
    type: "yaml",
    description: "Keys of vaultCredentialPath to export, as `<vaultCredentialEnvPrefix><KEY>` and `\u2026_BASE64`: a list, or one list per path.",
    scopes: EVERYWHERE
  },
  vaultCredentialEnvPrefix: {
    type: "yaml",
    description: "Prefix of the exported credential variables (also exported under the default prefix); a list gives one per path.",
    scopes: EVERYWHERE,
    default: "PIPER_VAULTCREDENTIAL_"
  },
  vaultTestCredentialPath: {
    type: "yaml",
    description: "Secret whose keys (vaultTestCredentialKeys) are exported as test credentials, `<vaultTestCredentialEnvPrefix><KEY>`; string or list, as vaultCredentialPath.",
    scopes: EVERYWHERE
  },
  vaultTestCredentialKeys: {
    type: "yaml",
    description: "Keys of vaultTestCredentialPath to export: a list, or one list per path.",
    scopes: EVERYWHERE
  },
  vaultTestCredentialEnvPrefix: {
    type: "yaml",
    description: "Prefix of the exported test credential variables; a list gives one per path.",
    scopes: EVERYWHERE,
    default: "PIPER_TESTCREDENTIAL_"
  },
  vaultToken: {
    type: "string",
    description: "Vault token (login by token). Pass it as `PIPER_vaultToken`, never in a file.",
    scopes: ["parameters"],
    secret: true
  },
  vaultAppRoleID: {
    type: "string",
    description: "AppRole role ID (login by AppRole). Pass it as `PIPER_vaultAppRoleID`.",
    scopes: ["parameters"],
    secret: true
  },
  vaultAppRoleSecretID: {
    type: "string",
    description: "AppRole secret ID (login by AppRole). Pass it as `PIPER_vaultAppRoleSecretID`.",
    scopes: ["parameters"],
    secret: true
  },
  vaultJwtRole: {
    type: "string",
    description: "Vault role for a JWT login with the GitHub Actions OIDC token.",
    scopes: EVERYWHERE,
    note: "ferry only."
  },
  vaultJwtMountPath: {
    type: "string",
    description: "Mount path of the JWT auth method in Vault.",
    scopes: EVERYWHERE,
    default: "jwt",
    note: "ferry only."
  },
  vaultJwtAudience: {
    type: "string",
    description: "Audience to request for the GitHub Actions OIDC token; it must match the Vault role's bound_audiences. Default: GitHub's (the repository owner URL).",
    scopes: EVERYWHERE,
    note: "ferry only."
  },
  vaultAppRoleMountPath: {
    type: "string",
    description: "Mount path of the AppRole auth method in Vault.",
    scopes: EVERYWHERE,
    default: "approle",
    note: "ferry only."
  },
  vaultCaFile: {
    type: "string",
    description: "PEM file of CA certificates to trust for the Vault server, in addition to the system roots.",
    scopes: EVERYWHERE,
    note: "ferry only."
  },
  vaultAppRoleTokenCredentialsId: {
    type: "string",
    description: "Jenkins credentials ID of the AppRole role ID.",
    scopes: EVERYWHERE,
    note: JENKINS_ONLY
  },
  vaultAppRoleSecretTokenCredentialsId: {
    type: "string",
    description: "Jenkins credentials ID of the AppRole secret ID.",
    scopes: EVERYWHERE,
    note: JENKINS_ONLY
  },
  vaultTokenCredentialsId: {
    type: "string",
    description: "Jenkins credentials ID of a Vault token.",
    scopes: EVERYWHERE,
    note: JENKINS_ONLY
  }
};

// lib/config/load.ts
import { constants } from "node:fs";
import { access, open } from "node:fs/promises";
import { relative, resolve } from "node:path";

// lib/config/positions.ts
var import_yaml = __toESM(require_dist(), 1);
function positionKey(section, key) {
  return `${section}\0${key}`;
}
function keyName(node) {
  if ((0, import_yaml.isScalar)(node) && (typeof node.value === "string" || typeof node.value === "number"))
    return String(node.value);
  return void 0;
}
function keyLines(text) {
  const lines = /* @__PURE__ */ new Map();
  let doc;
  const counter = new import_yaml.LineCounter();
  try {
    doc = (0, import_yaml.parseDocument)(text, { lineCounter: counter, uniqueKeys: false });
  } catch {
    return lines;
  }
  const lineOf = (node) => node?.range ? counter.linePos(node.range[0]).line : void 0;
  const record = (section, key, node) => {
    const line = lineOf(node);
    if (line !== void 0 && !lines.has(positionKey(section, key)))
      lines.set(positionKey(section, key), line);
  };
  const keysOf = (section, map) => {
    if (!(0, import_yaml.isMap)(map)) return;
    for (const pair of map.items) {
      const name = keyName(pair.key);
      if (name !== void 0) record(section, name, pair.key);
    }
  };
  const root = doc.contents;
  if (!(0, import_yaml.isMap)(root)) return lines;
  for (const pair of root.items) {
    const top = keyName(pair.key);
    if (top !== void 0) record("", top, pair.key);
    if (top === "general") {
      record("general", "", pair.key);
      keysOf("general", pair.value);
    } else if ((top === "stages" || top === "steps") && (0, import_yaml.isMap)(pair.value)) {
      for (const inner of pair.value.items) {
        const name = keyName(inner.key);
        if (name === void 0) continue;
        record(`${top}.${name}`, "", inner.key);
        keysOf(`${top}.${name}`, inner.value);
      }
    }
  }
  return lines;
}

// lib/config/remote.ts
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
var GITHUB_TOKENS_VARIABLES = ["PIPER_gitHubTokens", "FERRY_gitHubTokens"];
function gitHubTokensFrom(vars) {
  const tokens = /* @__PURE__ */ new Map();
  const problems = [];
  for (const variable of GITHUB_TOKENS_VARIABLES) {
    const text = vars[variable]?.trim();
    if (!text) continue;
    let entries;
    try {
      entries = text.startsWith("[") ? JSON.parse(text) : text.split(",");
    } catch {
      problems.push(`${variable} is not a JSON list of "host:token" entries; it is ignored.`);
      continue;
    }
    if (!Array.isArray(entries) || !entries.every((e) => typeof e === "string")) {
      problems.push(`${variable} is not a JSON list of "host:token" strings; it is ignored.`);
      continue;
    }
    entries.forEach((entry, i) => {
      const at = entry.lastIndexOf(":");
      const host = entry.slice(0, at).trim().toLowerCase();
      const token = entry.slice(at + 1).trim();
      if (at <= 0 || host === "" || token === "" || /[\s/]/.test(host)) {
        problems.push(`${variable} entry ${i + 1} is not "host:token"; it is ignored.`);
        return;
      }
      tokens.set(host, token);
    });
  }
  return { tokens, problems };
}
var MAX_REDIRECTS = 5;
function isLoopback(host) {
  const h = host.replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h);
}
function shownUrl(url) {
  return `${url.protocol}//${url.host}${url.pathname}`;
}
function checkUrl(url, entry) {
  if (url.username || url.password) {
    throw new ConfigError(
      `customDefaults entry ${shownUrl(url)}: credentials in the URL are refused; they would end up in logs. Serve the file without them.`
    );
  }
  if (url.protocol === "https:") return;
  if (url.protocol === "http:" && isLoopback(url.hostname)) return;
  throw new ConfigError(
    url.protocol === "http:" ? `customDefaults entry ${shownUrl(url)} is plain HTTP; ferry fetches defaults over HTTPS only (plain HTTP from loopback). Use an https:// URL.` : `customDefaults entry '${entry}': the scheme ${url.protocol} is not supported. Use an https:// URL or a path in the workspace.`
  );
}
function get(url, options) {
  return new Promise((resolvePromise, reject) => {
    const make = url.protocol === "https:" ? httpsRequest : httpRequest;
    const token = options.tokens?.get(url.host.toLowerCase());
    const accept = !token ? "application/yaml, text/yaml, text/plain, */*" : url.pathname.includes("releases/assets") ? "application/octet-stream" : "application/vnd.github.v3.raw";
    const req = make(
      url,
      {
        method: "GET",
        headers: { accept, ...token ? { authorization: `token ${token}` } : {} },
        timeout: options.timeoutMs ?? 3e4,
        ...options.signal ? { signal: options.signal } : {},
        ...options.ca && url.protocol === "https:" ? { ca: options.ca } : {}
      },
      resolvePromise
    );
    req.on("timeout", () => req.destroy(new Error("timed out")));
    req.on("error", reject);
    req.end();
  });
}
async function readLimited(response, maxBytes, shown) {
  const chunks = [];
  let size = 0;
  for await (const chunk of response) {
    const buffer = chunk;
    size += buffer.length;
    if (size > maxBytes) {
      response.destroy();
      throw new ConfigError(
        `customDefaults ${shown}: the file is larger than ${maxBytes} bytes. A defaults file is far smaller: check the URL.`
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
async function fetchDefaults(entry, options) {
  let url;
  try {
    url = new URL(entry);
  } catch (error) {
    throw new ConfigError(`customDefaults entry '${entry}' is not a valid URL. Fix it.`, error);
  }
  for (let redirects = 0; ; redirects++) {
    checkUrl(url, entry);
    const shown = shownUrl(url);
    let response;
    try {
      response = await get(url, options);
    } catch (error) {
      throw new ConfigError(
        `customDefaults ${shown} could not be fetched: ${errorMessage(error)}. Check the URL and the network, or put the file in the repository.`,
        error
      );
    }
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      if (redirects >= MAX_REDIRECTS)
        throw new ConfigError(
          `customDefaults ${shown}: more than ${MAX_REDIRECTS} redirects. Check the URL.`
        );
      url = new URL(response.headers.location, url);
      continue;
    }
    if (status !== 200) {
      response.resume();
      const host = url.host.toLowerCase();
      const access2 = options.tokens?.has(host) ? `that the token given for ${host} in PIPER_gitHubTokens may read it` : `that the file is public, or give a token for a private one: PIPER_gitHubTokens='["${host}:<token>"]'`;
      throw new ConfigError(
        `customDefaults ${shown} could not be fetched: HTTP ${status}. Check the URL (and ${access2}).`
      );
    }
    return readLimited(response, options.maxBytes, shown);
  }
}

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  const result = {};
  for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
  return result;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
function tagPercentDecode(source) {
  let result = "";
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 37) {
      result += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    index += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
        index += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state, err);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key, value);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err = frame.tag.addItem(frame.value, value, frame.index++);
    if (err) throwError$1(state, err);
  } else if (frame.hasKey) {
    const key = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name);
        if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping2 = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping2 ? 125 : 93;
  if (isMapping2) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping2 || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping2) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping2) addPopEvent(state);
    } else if (isMapping2 && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping2) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
  const opts = {
    ...DEFAULT_LOAD_OPTIONS,
    ...options
  };
  const source = String(input);
  const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
  const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
  return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
    ...pick(opts, CONSTRUCTOR_OPT_KEYS),
    source
  });
}
function loadAll(input, iteratorOrOptions, options) {
  let iterator = null;
  if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
  else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
  const documents = loadDocuments(input, options);
  if (iterator === null) return documents;
  for (const document of documents) iterator(document);
}
function load(input, options) {
  const documents = loadDocuments(input, options);
  if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
  if (documents.length === 1) return documents[0];
  throw new YAMLException("expected a single document in the stream, but found more");
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// lib/config/yaml.ts
var YAML_LIMITS = {
  /** Bytes of YAML text. */
  maxBytes: 1024 * 1024,
  /** Alias nodes (`*ref`) per document. */
  maxAliases: 500,
  /** Values after expanding aliases (every scalar, sequence and mapping counts once per place it appears). */
  maxNodes: 1e5,
  maxDepth: 64
};
var SCHEMA = CORE_SCHEMA.withTags(mergeTag);
function parseYaml(text, file) {
  if (Buffer.byteLength(text, "utf8") > YAML_LIMITS.maxBytes) {
    throw new ConfigError(
      `${file}: the file is larger than ${YAML_LIMITS.maxBytes} bytes. A pipeline config is far smaller: check that this is the right file.`
    );
  }
  let documents;
  try {
    documents = loadAll(text, {
      filename: file,
      schema: SCHEMA,
      maxAliases: YAML_LIMITS.maxAliases,
      maxDepth: YAML_LIMITS.maxDepth
    });
  } catch (error) {
    if (error instanceof YAMLException) {
      const where = error.mark ? `${file}:${error.mark.line + 1}:${error.mark.column + 1}` : file;
      throw new ConfigError(
        `${where}: not valid YAML: ${error.reason}.${error.mark?.snippet ? `
${error.mark.snippet}
` : " "}Fix the YAML at that line.`,
        error
      );
    }
    throw new ConfigError(`${file}: cannot parse the YAML: ${String(error)}.`, error);
  }
  if (documents.length > 1) {
    throw new ConfigError(
      `${file}: holds ${documents.length} YAML documents (---); a config file holds one. Merge them.`
    );
  }
  const value = documents[0];
  checkExpandedSize(value, file);
  return value;
}
function checkExpandedSize(root, file) {
  let count = 0;
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    count++;
    if (count > YAML_LIMITS.maxNodes) {
      throw new ConfigError(
        `${file}: expands to more than ${YAML_LIMITS.maxNodes} values (anchors and aliases that multiply, like a "billion laughs" file). ferry refuses it. Write the values out instead of nesting aliases.`
      );
    }
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (typeof value === "object" && value !== null) {
      for (const item of Object.values(value)) stack.push(item);
    }
  }
}

// lib/config/load.ts
var DEFAULT_CONFIG_FILE = ".pipeline/config.yml";
var TOP_LEVEL_KEYS = ["general", "stages", "steps", "customDefaults"];
var IGNORED_TOP_LEVEL_KEYS = ["hooks"];
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describeType(value) {
  if (value === null || value === void 0) return "nothing (null)";
  if (Array.isArray(value)) return "a list";
  if (isMapping(value)) return "a mapping";
  if (typeof value === "string")
    return `a string ('${value.length > 40 ? `${value.slice(0, 40)}\u2026` : value}')`;
  if (typeof value === "number") return `a number (${value})`;
  if (typeof value === "boolean") return `a boolean (${value})`;
  return `a ${typeof value}`;
}
function emptyLayer(file) {
  return { file, general: {}, stages: {}, steps: {} };
}
function kindOf(stats) {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}
function invalidUtf8Offset(bytes) {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] ?? 0;
    if (lead < 128) {
      i++;
      continue;
    }
    let need;
    let min;
    if (lead >= 194 && lead <= 223) [need, min] = [1, 128];
    else if (lead >= 224 && lead <= 239) [need, min] = [2, 2048];
    else if (lead >= 240 && lead <= 244) [need, min] = [3, 65536];
    else return i;
    let codePoint = lead & 63 >> need;
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === void 0 || (next & 192) !== 128) return i;
      codePoint = codePoint << 6 | next & 63;
    }
    if (codePoint < min || codePoint > 1114111 || codePoint >= 55296 && codePoint <= 57343) return i;
    i += need + 1;
  }
  return void 0;
}
var UTF8 = new TextDecoder("utf-8", { fatal: true });
function decodeConfigText(bytes, shown) {
  try {
    return UTF8.decode(bytes);
  } catch {
    const offset = invalidUtf8Offset(bytes) ?? 0;
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      if (bytes[i] === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    const byte = (bytes[offset] ?? 0).toString(16).padStart(2, "0");
    throw new ConfigError(
      `${shown}:${line}:${offset - lineStart + 1}: not UTF-8 text: byte 0x${byte} at offset ${offset} is not valid UTF-8. Save the file as UTF-8.`
    );
  }
}
async function readAtMost(handle, limit) {
  const buffer = Buffer.alloc(Math.min(limit + 1, 64 * 1024));
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) return { bytes: Buffer.concat(chunks), more: false };
    chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
    total += bytesRead;
    if (total > limit) return { bytes: Buffer.concat(chunks).subarray(0, limit), more: true };
  }
}
async function readText(path, shown, what) {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw new ConfigError(
      `Cannot read ${what} ${shown}: ${errorMessage(error)}. Check the path and its permissions.`,
      error
    );
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw new ConfigError(
        `${what} ${shown} is ${kindOf(stats)}, not a regular file. Point to the YAML file.`
      );
    }
    const limit = YAML_LIMITS.maxBytes;
    const { bytes, more } = await readAtMost(handle, limit);
    if (more) {
      throw new ConfigError(
        `${shown}: the file is larger than ${limit} bytes. A pipeline config is far smaller: check that this is the right file.`
      );
    }
    return decodeConfigText(bytes, shown);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(
      `Cannot read ${what} ${shown}: ${errorMessage(error)}. Check the path and its permissions.`,
      error
    );
  } finally {
    await handle.close();
  }
}
function sectionOf(value, file, section) {
  if (value === void 0 || value === null) return {};
  if (!isMapping(value)) {
    throw new ConfigError(
      `${file}: section '${section}' must be a mapping of keys to values, found ${describeType(value)}. Fix the indentation or the value.`
    );
  }
  return value;
}
function sectionsOf(value, file, section) {
  const outer = sectionOf(value, file, section);
  const out = {};
  for (const [name, inner] of Object.entries(outer)) out[name] = sectionOf(inner, file, `${section}.${name}`);
  return out;
}
function parseLayer(text, file) {
  const data = parseYaml(text, file);
  if (data === void 0 || data === null) return { layer: emptyLayer(file), customDefaults: [] };
  if (!isMapping(data)) {
    throw new ConfigError(
      `${file}: expected a mapping with general, stages, steps, found ${describeType(data)}. See Piper's config format.`
    );
  }
  const warnings = [];
  const lines = keyLines(text);
  for (const key of Object.keys(data)) {
    if (TOP_LEVEL_KEYS.includes(key) || IGNORED_TOP_LEVEL_KEYS.includes(key)) continue;
    const line = lines.get(positionKey("", key));
    warnings.push({
      message: `unknown top-level key '${key}' is ignored.${didYouMean(key, TOP_LEVEL_KEYS)} A config file holds ${TOP_LEVEL_KEYS.join(", ")}.`,
      file,
      ...line !== void 0 ? { line } : {},
      key
    });
  }
  const raw = data["customDefaults"];
  let customDefaults = [];
  if (raw !== void 0 && raw !== null) {
    const list = typeof raw === "string" ? [raw] : raw;
    if (!Array.isArray(list) || !list.every((x) => typeof x === "string")) {
      throw new ConfigError(
        `${file}: customDefaults must be a list of file paths, found ${describeType(raw)}.`
      );
    }
    customDefaults = list;
  }
  return {
    layer: {
      file,
      lines,
      ...warnings.length > 0 ? { warnings } : {},
      general: sectionOf(data["general"], file, "general"),
      stages: sectionsOf(data["stages"], file, "stages"),
      steps: sectionsOf(data["steps"], file, "steps")
    },
    customDefaults
  };
}
function shownPath(workspace, path) {
  return isInside(resolve(path), resolve(workspace)) ? relative(workspace, path) : path;
}
var IMPLICIT_DEFAULTS_FILE = ".pipeline/defaults.yaml";
function defaultsLayer(text, shown, warnings) {
  const { layer, customDefaults } = parseLayer(text, shown);
  if (customDefaults.length > 0) {
    warnings.push({
      message: `customDefaults in a defaults file are ignored (as in Piper): list every defaults file in the config file.`,
      file: shown,
      key: "customDefaults"
    });
  }
  return layer;
}
async function loadDefaultsFile(workspace, path, referencedFrom, warnings, optional = false) {
  const shown = shownPath(workspace, path);
  const text = await readText(path, shown, "Defaults file");
  if (text === void 0) {
    if (optional) return void 0;
    throw new ConfigError(
      `Defaults file ${shown} (from ${referencedFrom}) does not exist. Fix the path or remove the entry.`
    );
  }
  return defaultsLayer(text, shown, warnings);
}
async function projectConfigFile(path) {
  if (!path.endsWith(".yml")) return path;
  const alternative = `${path.slice(0, -".yml".length)}.yaml`;
  const exists = async (p) => {
    try {
      await access(p);
      return true;
    } catch {
      return false;
    }
  };
  return !await exists(path) && await exists(alternative) ? alternative : path;
}
async function loadConfig(options) {
  const workspace = resolve(options.workspace);
  const named = resolve(workspace, options.configFile ?? DEFAULT_CONFIG_FILE);
  const configPath = await projectConfigFile(named);
  const shown = shownPath(workspace, configPath);
  const text = await readText(configPath, shown, "Config file");
  if (text === void 0 && named !== resolve(workspace, DEFAULT_CONFIG_FILE)) {
    throw new ConfigError(
      `Config file ${shown} does not exist. Fix the path, or leave it out to use ${DEFAULT_CONFIG_FILE} (optional).`
    );
  }
  const parsed = text === void 0 ? { layer: emptyLayer(shown), customDefaults: [] } : parseLayer(text, shown);
  const warnings = [];
  const defaults = [];
  const implicit = options.defaultsFiles === void 0;
  for (const file of options.defaultsFiles ?? [IMPLICIT_DEFAULTS_FILE]) {
    const layer = await loadDefaultsFile(
      workspace,
      resolve(workspace, file),
      "defaultsFiles",
      warnings,
      implicit
    );
    if (layer) defaults.push(layer);
  }
  let tokens;
  for (const entry of parsed.customDefaults) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(entry) && !/^[a-z]:[\\/]/i.test(entry)) {
      if (!tokens) {
        const found = gitHubTokensFrom(options.vars ?? {});
        for (const token of found.tokens.values()) options.addSecret?.(token);
        for (const problem of found.problems) warnings.push({ message: problem, key: "gitHubTokens" });
        tokens = found.tokens;
      }
      const bytes = await fetchDefaults(entry, {
        maxBytes: YAML_LIMITS.maxBytes,
        tokens,
        ...options.signal ? { signal: options.signal } : {},
        ...options.ca ? { ca: options.ca } : {}
      });
      const shownEntry = shownUrl(new URL(entry));
      defaults.push(defaultsLayer(decodeConfigText(bytes, shownEntry), shownEntry, warnings));
      continue;
    }
    const layer = await loadDefaultsFile(
      workspace,
      resolve(workspace, entry),
      `${shown} customDefaults`,
      warnings
    );
    if (layer) defaults.push(layer);
  }
  return { workspace, config: parsed.layer, found: text !== void 0, defaults, warnings };
}
function configFromObject(data, options = {}) {
  const file = options.file ?? DEFAULT_CONFIG_FILE;
  const { layer } = parseLayer(JSON.stringify(data ?? {}), file);
  return { workspace: resolve(options.workspace ?? "."), config: layer, found: true, defaults: [] };
}

// lib/config/source.ts
function describeSource(source) {
  switch (source.kind) {
    case "default":
      return "default";
    case "preset":
      return `preset by step name ${source.alias ?? "?"}`;
    case "env":
      return `pipeline environment ${source.key ?? "?"}`;
    case "defaults":
      return `defaults file ${source.file ?? "?"} ${source.section ?? "?"}.${source.key ?? "?"}`;
    case "config":
      return `${source.file ?? "?"} ${source.section ?? "?"}.${source.key ?? "?"}`;
    case "envvar":
      return `environment variable ${source.variable ?? "?"}`;
    case "flag":
      return `parameter ${source.key ?? "?"}`;
    case "vault":
      return `vault: ${source.path ?? "?"}#${source.field ?? "?"}`;
  }
}

// lib/config/warnings.ts
function formatWarning(warning) {
  return `${positionPrefix(warning)}${warning.message}`;
}
function logWarnings(log) {
  return (w) => {
    const { message, ...where } = w;
    log?.warn(message, where);
  };
}
function createConfigReporter(options) {
  const seen = /* @__PURE__ */ new Set();
  const warnings = [];
  const strict = options.strict ?? false;
  return {
    strict,
    warnings,
    warn(warning, { used = true } = {}) {
      if (strict && used) {
        const { message, ...where } = warning;
        throw new ConfigError(
          `${message} (strict: configuration warnings are errors; fix the configuration or run without --strict)`,
          void 0,
          where
        );
      }
      const id = formatWarning(warning);
      if (seen.has(id)) return;
      seen.add(id);
      warnings.push(warning);
      options.onWarning(warning);
    }
  };
}

// lib/config/coerce.ts
var EXPECTED = {
  string: "a string",
  boolean: "a boolean (true or false)",
  number: "a number",
  "string[]": "a list of strings",
  map: "a mapping of names to strings",
  "map[]": "a list of mappings",
  object: "a mapping",
  yaml: "a value"
};
function expectedType(spec) {
  if (spec.type === "number") return expectedNumber(spec);
  return EXPECTED[spec.type];
}
function expectedNumber(spec) {
  const what = spec.integer ? "an integer" : "a number";
  const { min, max } = spec;
  if (min !== void 0 && max !== void 0) return `${what} from ${min} to ${max}`;
  if (min !== void 0) return `${what} of at least ${min}`;
  if (max !== void 0) return `${what} of at most ${max}`;
  return what;
}
function boundedNumber(value, spec) {
  if (value === void 0 || !Number.isFinite(value)) return { ok: false };
  if (spec.integer && !Number.isInteger(value)) return { ok: false };
  if (spec.min !== void 0 && value < spec.min) return { ok: false };
  if (spec.max !== void 0 && value > spec.max) return { ok: false };
  return { ok: true, value };
}
var TRUE = /* @__PURE__ */ new Set(["true", "yes", "on"]);
var FALSE = /* @__PURE__ */ new Set(["false", "no", "off"]);
function parseBoolean(text) {
  const t = text.trim().toLowerCase();
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  return void 0;
}
function parseNumber(text) {
  const t = text.trim();
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(t)) return void 0;
  return Number(t);
}
function scalarToString(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return String(value);
  return void 0;
}
function coerceYaml(value, spec) {
  switch (spec.type) {
    case "string": {
      const s = scalarToString(value);
      return s === void 0 ? { ok: false } : { ok: true, value: s };
    }
    case "boolean": {
      if (typeof value === "boolean") return { ok: true, value };
      const b = typeof value === "string" ? parseBoolean(value) : void 0;
      return b === void 0 ? { ok: false } : { ok: true, value: b };
    }
    case "number":
      return boundedNumber(
        typeof value === "number" ? value : typeof value === "string" ? parseNumber(value) : void 0,
        spec
      );
    case "string[]": {
      if (Array.isArray(value)) {
        const out = [];
        for (const item of value) {
          const s2 = scalarToString(item);
          if (s2 === void 0) return { ok: false };
          out.push(s2);
        }
        return { ok: true, value: out };
      }
      const s = typeof value === "string" ? value : void 0;
      return s === void 0 ? { ok: false } : { ok: true, value: [s] };
    }
    case "map": {
      if (!isMapping(value)) return { ok: false };
      const out = {};
      for (const [k, v] of Object.entries(value)) {
        const s = scalarToString(v);
        if (s === void 0) return { ok: false };
        out[k] = s;
      }
      return { ok: true, value: out };
    }
    case "map[]":
      return Array.isArray(value) && value.every(isMapping) ? { ok: true, value } : { ok: false };
    case "object":
      return isMapping(value) ? { ok: true, value } : { ok: false };
    case "yaml":
      return value === void 0 || value === null ? { ok: false } : { ok: true, value };
  }
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function parseList(text) {
  const t = text.trim();
  if (t.startsWith("[")) {
    let parsed;
    try {
      parsed = JSON.parse(t);
    } catch {
      return void 0;
    }
    if (!Array.isArray(parsed)) return void 0;
    const out = [];
    for (const item of parsed) {
      const s = scalarToString(item);
      if (s === void 0) return void 0;
      out.push(s);
    }
    return out;
  }
  return t.split(/[,\n]/).map((s) => s.trim()).filter((s) => s !== "");
}
function parseMap(text) {
  const t = text.trim();
  if (t.startsWith("{")) {
    let parsed;
    try {
      parsed = JSON.parse(t);
    } catch {
      return void 0;
    }
    const c = coerceYaml(parsed, { type: "map", description: "" });
    return c.ok && isMapping(c.value) ? Object.fromEntries(Object.entries(c.value).map(([k, v]) => [k, String(v)])) : void 0;
  }
  const out = {};
  for (const part of t.split(/[,\n]/)) {
    if (part.trim() === "") continue;
    const eq = part.indexOf("=");
    if (eq <= 0) return void 0;
    out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}
function coerceText(text, spec) {
  switch (spec.type) {
    case "string":
      return { ok: true, value: text };
    case "boolean": {
      const b = parseBoolean(text);
      return b === void 0 ? { ok: false } : { ok: true, value: b };
    }
    case "number":
      return boundedNumber(parseNumber(text), spec);
    case "string[]": {
      const l = parseList(text);
      return l === void 0 ? { ok: false } : { ok: true, value: l };
    }
    case "map": {
      const m = parseMap(text);
      return m === void 0 ? { ok: false } : { ok: true, value: m };
    }
    case "map[]":
    case "object":
      return coerceYaml(parseJson(text.trim()), spec);
    case "yaml": {
      const t = text.trim();
      return { ok: true, value: t.startsWith("[") || t.startsWith("{") ? parseJson(t) ?? text : text };
    }
  }
}
function coerceFlag(value, spec) {
  if (spec.type === "boolean" && value === "") return { ok: true, value: true };
  if (typeof value === "string") return coerceText(value, spec);
  if (Array.isArray(value) && spec.type === "map") {
    const parts = [];
    for (const v of value) {
      if (typeof v !== "string") return { ok: false };
      parts.push(v);
    }
    return coerceText(parts.join("\n"), spec);
  }
  if (Array.isArray(value) && spec.type === "string[]") {
    const out = [];
    for (const v of value) {
      if (typeof v !== "string") return { ok: false };
      out.push(...parseList(v) ?? [v]);
    }
    return { ok: true, value: out };
  }
  return coerceYaml(value, spec);
}
function isSet(value) {
  if (value === void 0 || value === null || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

// lib/config/piper-keys.ts
var PIPER_CONTEXT_KEYS = /* @__PURE__ */ new Set([
  "containerCommand",
  "containerShell",
  "dockerEnvVars",
  "dockerEnvInherit",
  "dockerImage",
  "dockerName",
  "dockerOptions",
  "dockerPullImage",
  "dockerVolumeBind",
  "dockerWorkspace",
  "dockerRegistryCredentialsId",
  "containerPortMappings",
  "sidecarEnvVars",
  "sidecarImage",
  "sidecarName",
  "sidecarOptions",
  "sidecarPullImage",
  "sidecarReadyCommand",
  "sidecarVolumeBind",
  "sidecarWorkspace",
  "stashContent"
]);
var PIPER_RUN_KEYS = /* @__PURE__ */ new Set([
  "collectTelemetryData",
  "noTelemetry",
  "logFormat",
  "buildTool",
  "productiveBranch",
  "gitHttpsCredentialsId",
  "gitSshKeyCredentialsId",
  "githubApiUrl",
  "githubOrg",
  "githubRepo",
  "githubTokenCredentialsId",
  "owner",
  "repository",
  "nativeBuild",
  "pipelineOptimization",
  "vaultRootPaths",
  "vaultAppRoleSecreId"
]);
function isPiperContextKey(key) {
  return PIPER_CONTEXT_KEYS.has(key) || PIPER_RUN_KEYS.has(key);
}

// lib/config/step-names.ts
function piperStepOf(step, name) {
  if (name === void 0) return void 0;
  return step.aliases?.find((a) => a.name === name && a.piperParams !== void 0);
}
function piperStepNames(step) {
  return (step.aliases ?? []).filter((a) => a.piperParams !== void 0).map((a) => a.name);
}
function stepSectionNames(step, name) {
  const own = piperStepOf(step, name);
  if (own) return [own.name];
  return [...(step.aliases ?? []).filter((a) => a.piperParams === void 0).map((a) => a.name), step.name];
}
var cache = /* @__PURE__ */ new WeakMap();
function narrowed(spec, scopes) {
  return { ...spec, scopes };
}
function specsUnder(step, name) {
  const all = { ...COMMON_PARAMS, ...step.params };
  const alias = piperStepOf(step, name);
  if (!alias?.piperParams) return all;
  let byName = cache.get(step);
  if (!byName) {
    byName = /* @__PURE__ */ new Map();
    cache.set(step, byName);
  }
  const known = byName.get(alias.name);
  if (known) return known;
  const declared = alias.piperParams;
  const others = new Set(
    (step.aliases ?? []).flatMap((a) => a === alias ? [] : Object.keys(a.piperParams ?? {}))
  );
  const out = {};
  for (const [param, spec] of Object.entries(all)) {
    const scopes = declared[param];
    const fromEnv = alias.piperFromEnv?.[param];
    if (scopes) out[param] = { ...narrowed(spec, scopes), ...fromEnv ? { fromEnv } : {} };
    else if (param in COMMON_PARAMS && !(param in step.params)) out[param] = spec;
    else if (others.has(param)) out[param] = narrowed(spec, ["parameters"]);
    else
      out[param] = narrowed(
        spec,
        (spec.scopes ?? DEFAULT_SCOPES).filter((s) => s === "parameters" || s === "steps")
      );
  }
  byName.set(alias.name, out);
  return out;
}
function namesTaking(step, param, scope) {
  return [step.name, ...(step.aliases ?? []).map((a) => a.name)].filter(
    (n) => (specsUnder(step, n)[param]?.scopes ?? DEFAULT_SCOPES).includes(scope)
  );
}

// lib/config/resolve.ts
function paramSpecsOf(step) {
  return { ...COMMON_PARAMS, ...step?.params ?? {} };
}
function scopesOf(spec) {
  return spec.scopes ?? DEFAULT_SCOPES;
}
var ParamIndex = class {
  constructor(specs) {
    this.specs = specs;
    for (const [param, spec] of Object.entries(specs)) {
      this.add(param, { param, spec, deprecated: false });
      for (const alias of spec.aliases ?? []) {
        this.add(alias.name, { param, spec, alias: alias.name, deprecated: alias.deprecated ?? false });
      }
    }
  }
  specs;
  keys = /* @__PURE__ */ new Map();
  add(key, match) {
    const list = this.keys.get(key);
    if (list) list.push(match);
    else this.keys.set(key, [match]);
  }
  match(key) {
    return this.keys.get(key) ?? [];
  }
  names() {
    return [...this.keys.keys()];
  }
  /** True when the key is a parameter or alias, or the first part of a deep alias (`a` of `a/b`). */
  knows(key) {
    if (this.keys.has(key)) return true;
    for (const name of this.keys.keys()) if (name.startsWith(`${key}/`)) return true;
    return false;
  }
};
function deepValue(data, key) {
  const parts = key.split("/");
  let current = data;
  for (const part of parts) {
    if (typeof current !== "object" || current === null || Array.isArray(current)) return void 0;
    current = current[part];
  }
  return current;
}
function pick2(index, data) {
  const sets = [];
  for (const [param, spec] of Object.entries(index.specs)) {
    const names = [param, ...(spec.aliases ?? []).map((a) => a.name)];
    for (const name of names) {
      const value = name.includes("/") ? deepValue(data, name) : data[name];
      if (value === void 0 || value === null) continue;
      const alias = spec.aliases?.find((a) => a.name === name);
      sets.push({
        key: name,
        value,
        match: { param, spec, ...alias ? { alias: name } : {}, deprecated: alias?.deprecated ?? false }
      });
      break;
    }
  }
  const unknown = Object.entries(data).filter(([key]) => !index.knows(key)).map(([key, value]) => ({ key, value }));
  return { sets, unknown };
}
function warningAt(layer, section, key, message) {
  const line = layer.lines?.get(positionKey(section, key));
  return {
    message,
    file: layer.file,
    ...line !== void 0 ? { line } : {},
    key: key === "" ? section : `${section}.${key}`
  };
}
function stageSection(layer, stage) {
  if (stage === "Build" && layer.stages[CENTRAL_BUILD]) return layer.stages[CENTRAL_BUILD];
  return layer.stages[stage];
}
var CENTRAL_BUILD = "Central Build";
var universes = /* @__PURE__ */ new WeakMap();
function stageKeyUniverse(catalog) {
  const known = universes.get(catalog);
  if (known) return known;
  const toggles = /* @__PURE__ */ new Set();
  const params = new Set(new ParamIndex(COMMON_PARAMS).names());
  for (const step of catalog.list()) {
    toggles.add(step.name);
    for (const a of step.aliases ?? []) toggles.add(a.name);
    for (const n of new ParamIndex(step.params).names()) params.add(n);
  }
  const universe = { toggles, params };
  universes.set(catalog, universe);
  return universe;
}
function checkStageKey(catalog, layer, stage, key, value) {
  const { toggles, params } = stageKeyUniverse(catalog);
  const section = `stages.${stage}`;
  if (toggles.has(key)) {
    if (typeof value === "boolean") return void 0;
    return warningAt(
      layer,
      section,
      key,
      `${section}.${key} turns the step ${key} on or off and must be true or false, found ${describeType(value)}: ignored, the stage's conditions decide whether ${key} runs (as in Piper). Write true or false.`
    );
  }
  if (params.has(key) || isPiperContextKey(key)) return void 0;
  const hint = didYouMean(key, [...toggles, ...params]);
  const what = typeof value === "boolean" ? `ferry has no step '${key}' (its steps: ${[...toggles].join(", ")})` : "it is neither a step nor a parameter of any ferry step";
  return warningAt(
    layer,
    section,
    key,
    `${section}.${key} is ignored: ${what}.${hint}${hint ? " Fix the name if it is meant for ferry." : ""}`
  );
}
function stepSectionKeyWarning(step, layer, section, key) {
  const sectionStep = section.slice("steps.".length);
  if (isPiperContextKey(key)) {
    return warningAt(
      layer,
      section,
      key,
      `${section}.${key} is ignored: it is a Piper setting of the container or run (${key}); ferry runs ${step.name} without one.`
    );
  }
  const who = sectionStep === step.name ? step.name : `${step.name} (which runs ${sectionStep})`;
  return warningAt(
    layer,
    section,
    key,
    `${section}.${key} is ignored: ferry's ${who} has no parameter of that name.${didYouMean(key, new ParamIndex(specsUnder(step, sectionStep)).names())}`
  );
}
function stepSectionScopeWarning(step, layer, section, key, param) {
  const sectionStep = section.slice("steps.".length);
  const elsewhere = namesTaking(step, param, "steps").filter((n) => n !== sectionStep).sort((a, b) => Number(a === step.name) - Number(b === step.name));
  return warningAt(
    layer,
    section,
    key,
    `${section}.${key} is ignored: Piper's ${sectionStep} does not take ${param} from its step section.` + (elsewhere.length > 0 ? ` It is a parameter of ${elsewhere.join(", ")}: move it to steps.${elsewhere[0]}.` : " Give it as an explicit parameter.")
  );
}
function setValue(state, param, value, source) {
  state.values[param] = value;
  state.sources[param] = source;
}
function deepMerge(base, overlay) {
  const out = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    const below = out[key];
    out[key] = isRecord(value) && isRecord(below) ? deepMerge(below, value) : value;
  }
  return out;
}
function layerValue(state, param, value, source) {
  const below = state.values[param];
  const merged = isRecord(value) && isRecord(below) ? deepMerge(below, value) : value;
  setValue(state, param, merged, source);
}
function fromEnvValue(value, spec) {
  if (!isSet(value)) return void 0;
  if (spec.type === "string" && Array.isArray(value)) return void 0;
  const c = coerceYaml(value, spec);
  return c.ok ? c.value : void 0;
}
function warnNotImplemented(run, param, spec, where) {
  if (!spec.notImplemented || run.quiet) return;
  run.reporter.warn({
    ...where,
    message: `${where.key ?? param}: ferry accepts Piper's ${param} but does not implement it: ${spec.notImplemented}`
  });
}
function applySection(state, index, data, ctx, run) {
  const { sets, unknown } = pick2(index, data);
  for (const { key } of run.quiet ? [] : unknown) {
    if (ctx.unknown === "warn" && run.step)
      run.reporter.warn(stepSectionKeyWarning(run.step, ctx.layer, ctx.section, key));
    if (ctx.unknown === "stage" && run.options.stage !== void 0) {
      const stage = ctx.section.slice("stages.".length);
      const warning = checkStageKey(run.options.catalog, ctx.layer, stage, key, data[key]);
      if (warning) run.reporter.warn(warning);
    }
    if (ctx.unknown === "ignore") {
      const near = suggest(key, index.names());
      const known = stageKeyUniverse(run.options.catalog).params.has(key);
      if (near !== void 0 && !known && !isPiperContextKey(key))
        run.reporter.warn(
          warningAt(
            ctx.layer,
            ctx.section,
            key,
            `${ctx.section}.${key} is ignored: no parameter of that name.${didYouMean(key, index.names())}`
          ),
          { used: false }
        );
    }
  }
  const outOfScope = /* @__PURE__ */ new Map();
  const applied = /* @__PURE__ */ new Set();
  for (const { key, value, match } of sets) {
    if (!scopesOf(match.spec).includes(ctx.scope)) {
      outOfScope.set(key, match.param);
      continue;
    }
    applied.add(key);
    const coerced = coerceYaml(value, match.spec);
    if (!coerced.ok) {
      const { message: _unused, ...where } = warningAt(ctx.layer, ctx.section, key, "");
      throw new ConfigError(
        `${ctx.layer.file}: ${ctx.section}.${key}: expected ${expectedType(match.spec)}, found ${match.spec.secret ? "a value of another type" : describeType(value)}. Fix the value.`,
        void 0,
        where
      );
    }
    if (match.alias !== void 0 && match.deprecated) {
      run.reporter.warn(
        warningAt(
          ctx.layer,
          ctx.section,
          key,
          `${ctx.section}.${key} is deprecated; use ${match.param} instead.`
        )
      );
    }
    warnNotImplemented(run, match.param, match.spec, warningAt(ctx.layer, ctx.section, key, ""));
    layerValue(state, match.param, coerced.value, {
      kind: ctx.kind,
      file: ctx.layer.file,
      section: ctx.section,
      key
    });
  }
  if (ctx.scope !== "steps" || !run.step || run.quiet) return;
  for (const [key, param] of outOfScope) {
    if (!applied.has(key))
      run.reporter.warn(stepSectionScopeWarning(run.step, ctx.layer, ctx.section, key, param));
  }
}
function applyLayer(state, index, layer, kind, run) {
  const { step, options } = run;
  applySection(
    state,
    index,
    layer.general,
    { layer, kind, section: "general", scope: "general", unknown: "ignore" },
    run
  );
  if (step) {
    const read = stepSectionNames(step, run.invokedAs);
    if (!run.quiet && !read.some((n) => layer.steps[n] !== void 0)) {
      for (const other of piperStepNames(step)) {
        if (other === run.invokedAs || layer.steps[other] === void 0) continue;
        run.reporter.warn(
          warningAt(
            layer,
            `steps.${other}`,
            "",
            `steps.${other} is not read: ${step.name} runs as ${run.invokedAs ?? step.name}, and ${other} is a Piper step of its own. Run it as ${other} (ferry run ${other}, or stages.<Stage>.${other}: true) to use that section.`
          ),
          { used: false }
        );
      }
    }
    for (const name of read) {
      const data = layer.steps[name];
      if (!data) continue;
      applySection(
        state,
        index,
        data,
        { layer, kind, section: `steps.${name}`, scope: "steps", unknown: "warn" },
        run
      );
    }
  }
  if (options.stage !== void 0) {
    const data = stageSection(layer, options.stage);
    if (data) {
      applySection(
        state,
        index,
        data,
        {
          layer,
          kind,
          section: `stages.${options.stage === "Build" && layer.stages[CENTRAL_BUILD] ? CENTRAL_BUILD : options.stage}`,
          scope: kind === "defaults" ? "steps" : "stages",
          unknown: "stage"
        },
        run
      );
    }
  }
}
function applyVariables(state, index, run) {
  const { options } = run;
  for (const [param, spec] of Object.entries(index.specs)) {
    for (const variable of [`PIPER_${param}`, `FERRY_${param}`]) {
      const text = options.vars[variable];
      if (text === void 0 || text === "") continue;
      const coerced = coerceText(text, spec);
      if (!coerced.ok) {
        throw new ConfigError(
          `Environment variable ${variable}: expected ${expectedType(spec)}, found ${spec.secret ? "a value of another type" : `'${text}'`}. Fix or unset the variable.`
        );
      }
      warnNotImplemented(run, param, spec, { message: "", key: `environment variable ${variable}` });
      layerValue(state, param, coerced.value, { kind: "envvar", variable });
    }
  }
}
function applyFlags(state, index, run) {
  const { options, stepName } = run;
  const { sets, unknown } = pick2(index, options.flags ?? {});
  for (const { key } of unknown) {
    throw new UsageError(
      `Unknown parameter '${key}': ${stepName} has no parameter of that name.${didYouMean(key, index.names())}`
    );
  }
  for (const { key, value, match } of sets) {
    if (!scopesOf(match.spec).includes("parameters")) {
      throw new UsageError(
        `Parameter '${key}' cannot be given explicitly: set it in .pipeline/config.yml (${scopesOf(match.spec).filter((s) => s !== "parameters").join(", ")}).`
      );
    }
    const coerced = coerceFlag(value, match.spec);
    if (!coerced.ok) {
      const found = match.spec.secret ? "a value of another type" : typeof value === "string" ? `'${value}'` : describeType(value);
      throw new UsageError(`Parameter '${key}': expected ${expectedType(match.spec)}, found ${found}.`);
    }
    if (match.alias !== void 0 && match.deprecated) {
      options.log.warn(`Parameter '${key}' is deprecated; use '${match.param}' instead.`);
    }
    warnNotImplemented(run, match.param, match.spec, { message: "", key: `parameter ${key}` });
    layerValue(state, match.param, coerced.value, { kind: "flag", key });
  }
}
async function applyVault(state, index, options) {
  const vault = options.vault;
  if (!vault || state.values["skipVault"] === true) return;
  const disableOverwrite = state.values["vaultDisableOverwrite"] === true;
  const requests = [];
  for (const [param, spec] of Object.entries(index.specs)) {
    if (!spec.vault) continue;
    if (disableOverwrite && isSet(state.values[param])) {
      options.log.debug(`${param}: not read from Vault, it is already set (vaultDisableOverwrite).`);
      continue;
    }
    const named = state.values[spec.vault.secretNameParam];
    const secretName = typeof named === "string" && named !== "" ? named : spec.vault.defaultSecretName;
    requests.push({
      param,
      fields: [param, ...(spec.aliases ?? []).map((a) => a.name)],
      secretName,
      file: spec.vault.file ?? false
    });
  }
  if (requests.length === 0) return;
  const text = (name) => {
    const v = state.values[name];
    return typeof v === "string" && v !== "" ? v : void 0;
  };
  const found = await vault.lookup(requests, {
    vaultPath: text("vaultPath"),
    vaultBasePath: text("vaultBasePath"),
    vaultPipelineName: text("vaultPipelineName")
  });
  for (const request of requests) {
    const secret = found.get(request.param);
    if (!secret) continue;
    const spec = index.specs[request.param];
    if (!request.file) options.log.addSecret(secret.value);
    const previous = state.sources[request.param];
    if (previous && isSet(state.values[request.param])) {
      options.log.debug(
        `${request.param}: the value from ${describeSource(previous)} is overridden by Vault.`
      );
    }
    const alias = spec?.aliases?.find((a) => a.name === secret.field);
    if (alias?.deprecated) {
      options.log.warn(
        `Vault field '${secret.field}' (${secret.path}) is deprecated; name the field ${request.param}.`
      );
    }
    setValue(state, request.param, secret.value, { kind: "vault", path: secret.path, field: secret.field });
  }
}
function waysToSet(param, spec, stepName) {
  const scopes = scopesOf(spec);
  const ways = [];
  if (scopes.includes("parameters")) ways.push(`the parameter --${param} (action: params.${param})`);
  ways.push(`the environment variable FERRY_${param} or PIPER_${param}`);
  if (scopes.includes("steps")) ways.push(`steps.${stepName}.${param} in .pipeline/config.yml`);
  if (scopes.includes("stages")) ways.push(`stages.<Stage>.${param}`);
  if (scopes.includes("general")) ways.push(`general.${param}`);
  if (spec.fromEnv && spec.fromEnv.length > 0)
    ways.push(`the pipeline environment (${spec.fromEnv.join(", ")}, written by an earlier step)`);
  if (spec.vault)
    ways.push(
      `Vault (secret ${spec.vault.defaultSecretName}, or the one named by ${spec.vault.secretNameParam}, field ${param})`
    );
  return ways;
}
function isMandatory(spec, values) {
  if (spec.mandatory) return true;
  return (spec.mandatoryIf ?? []).some((c) => {
    const v = values[c.param];
    return v === c.equals || typeof c.equals === "string" && String(v) === c.equals;
  });
}
async function resolveWith(step, invokedAs, presets, options, quiet = false) {
  const index = new ParamIndex(step ? specsUnder(step, invokedAs) : COMMON_PARAMS);
  const stepName = step?.name ?? "ferry";
  const presetAlias = invokedAs !== void 0 && invokedAs !== step?.name ? invokedAs : void 0;
  const state = { values: {}, sources: {} };
  const run = {
    options,
    step,
    stepName,
    invokedAs,
    quiet,
    reporter: options.reporter ?? createConfigReporter({ onWarning: logWarnings(options.log) })
  };
  for (const [param, spec] of Object.entries(index.specs)) {
    if (spec.default !== void 0) setValue(state, param, spec.default, { kind: "default" });
  }
  for (const [param, value] of Object.entries(presets)) {
    if (index.specs[param]) setValue(state, param, value, { kind: "preset", alias: presetAlias });
  }
  for (const [param, spec] of Object.entries(index.specs)) {
    for (const key of spec.fromEnv ?? []) {
      const value = fromEnvValue(options.env.getRaw(key), spec);
      if (value === void 0) continue;
      layerValue(state, param, value, { kind: "env", key });
      break;
    }
  }
  for (const layer of options.config.defaults) applyLayer(state, index, layer, "defaults", run);
  applyLayer(state, index, options.config.config, "config", run);
  applyVariables(state, index, run);
  applyFlags(state, index, run);
  await applyVault(state, index, options);
  for (const [param, spec] of Object.entries(index.specs)) {
    const value = state.values[param];
    if (!spec.possibleValues) continue;
    const allowed = spec.possibleValues;
    const bad = (Array.isArray(value) ? value : [value]).find(
      (v) => typeof v === "string" && !allowed.includes(v)
    );
    if (bad !== void 0) {
      const source = state.sources[param];
      throw new ConfigError(
        `${stepName}: ${param} is '${bad}' (${source ? describeSource(source) : "unknown source"}), which is not one of ${allowed.join(", ")}.${didYouMean(bad, allowed)} Use one of those values.`
      );
    }
  }
  const missing = Object.entries(index.specs).filter(([param, spec]) => isMandatory(spec, state.values) && !isSet(state.values[param])).map(([param]) => param);
  if (missing.length > 0 && !options.skipMandatoryCheck) {
    const lines = missing.map((param) => {
      const spec = index.specs[param];
      return spec ? `  ${param}: set it with ${waysToSet(param, spec, stepName).join("; or ")}.` : `  ${param}`;
    });
    throw new FerryError(
      `${stepName}: ${missing.length === 1 ? "a mandatory parameter is" : "mandatory parameters are"} not set: ${missing.join(", ")}.
${lines.join("\n")}`,
      { code: "MISSING_PARAMETER", usage: true }
    );
  }
  const secrets = [];
  for (const [param, spec] of Object.entries(index.specs)) {
    if (!spec.secret) continue;
    secrets.push(param);
    const source = state.sources[param];
    if (source) state.sources[param] = { ...source, secret: true };
    const value = state.values[param];
    const sourceKind = state.sources[param]?.kind;
    if (sourceKind === "vault" && spec.vault?.file) continue;
    if (typeof value === "string") options.log.addSecret(value);
    else if (Array.isArray(value)) {
      for (const v of value) if (typeof v === "string") options.log.addSecret(v);
    }
  }
  return { values: state.values, sources: state.sources, missing, secrets };
}
async function resolveParameters(options) {
  if (typeof options.step === "string") {
    const found = options.catalog.find(options.step);
    if (!found) {
      throw new UsageError(
        `Unknown step '${options.step}'.${didYouMean(
          options.step,
          options.catalog.list().map((s) => s.name)
        )}`
      );
    }
    if (found.alias?.deprecated)
      options.log.warn(`Step name ${found.name} is deprecated; use ${found.step.name}.`);
    return resolveWith(found.step, found.name, { ...found.presets, ...options.presets ?? {} }, options);
  }
  return resolveWith(options.step, options.invokedAs, options.presets ?? {}, options);
}
async function resolveCommonParameters(options) {
  const commonKeys = new ParamIndex(COMMON_PARAMS);
  const flags = Object.fromEntries(
    Object.entries(options.flags ?? {}).filter(([k]) => commonKeys.match(k).length > 0)
  );
  const only = options.step ? { ...options.step, params: {} } : void 0;
  return resolveWith(only, options.invokedAs, {}, { ...options, flags, step: "common" }, true);
}
var indexes = /* @__PURE__ */ new WeakMap();
function indexUnder(step, name) {
  let byName = indexes.get(step);
  if (!byName) {
    byName = /* @__PURE__ */ new Map();
    indexes.set(step, byName);
  }
  const key = name ?? step.name;
  let index = byName.get(key);
  if (!index) {
    index = new ParamIndex(specsUnder(step, name));
    byName.set(key, index);
  }
  return index;
}
function isStepKey(step, key, name) {
  return indexUnder(step, name).knows(key);
}
function stepKeyOutOfScope(step, key, name) {
  const matches = indexUnder(step, name).match(key);
  if (matches.length === 0) return void 0;
  return matches.every((m) => !scopesOf(m.spec).includes("steps")) ? matches[0]?.param : void 0;
}

// lib/config/workspace-files.ts
import { readdirSync } from "node:fs";
import { join } from "node:path";
var SKIP = /* @__PURE__ */ new Set([".git", "node_modules", ".pipeline"]);
var MAX_WORKSPACE_ENTRIES = 2e4;
function listWorkspaceFiles(workspace, options = {}) {
  const limit = options.maxEntries ?? MAX_WORKSPACE_ENTRIES;
  const files = [];
  let seen = 0;
  let truncated = false;
  const walk = (dir, rel) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      if (++seen > limit) {
        truncated = true;
        return;
      }
      if (entry.isFile()) files.push(rel === "" ? entry.name : `${rel}/${entry.name}`);
    }
    for (const entry of entries) {
      if (truncated) return;
      if (!entry.isDirectory() || SKIP.has(entry.name)) continue;
      walk(join(dir, entry.name), rel === "" ? entry.name : `${rel}/${entry.name}`);
    }
  };
  walk(workspace, "");
  return { files, truncated, limit };
}

// lib/config/stages.ts
function layersHighFirst(config) {
  return [config.config, ...[...config.defaults].reverse()];
}
function toggleOfName(config, stage, name) {
  for (const layer of layersHighFirst(config)) {
    const value = stageSection(layer, stage)?.[name];
    if (value === void 0 || value === null) continue;
    return typeof value === "boolean" ? { value, key: name, file: layer.file } : void 0;
  }
  return void 0;
}
function defaultRunName(config, step) {
  const layers = layersHighFirst(config);
  const hasSection = (name) => layers.some((l) => l.steps[name] !== void 0);
  if (stepSectionNames(step, step.name).some(hasSection)) return step.name;
  return piperStepNames(step).find(hasSection) ?? step.name;
}
function runsOf(config, stage, step) {
  const names = [step.name, ...(step.aliases ?? []).map((a) => a.name)];
  const toggles = names.flatMap((n) => {
    const t = toggleOfName(config, stage, n);
    return t ? [t] : [];
  });
  const on = toggles.filter((t) => t.value);
  if (on.length > 0) return on.map((t) => ({ name: t.key, toggle: t }));
  const ownOff = toggles.find((t) => piperStepOf(step, t.key) === void 0);
  if (ownOff) return [{ name: ownOff.key, toggle: ownOff }];
  const name = defaultRunName(config, step);
  const off = toggles.find((t) => t.key === name);
  return [off ? { name, toggle: off } : { name }];
}
function configKeyReason(config, stage, step, runAs, condition) {
  const specs = specsUnder(step, runAs);
  for (const written of condition.keys) {
    const [key = written, ...rest] = written.split("/");
    const spec = specs[key];
    if (!spec) {
      const raw = rawConfigValue(config, stage, step, runAs, written);
      if (raw && raw.value !== "")
        return { kind: "configKey", key: written, file: raw.file, section: raw.section };
      continue;
    }
    const spellings = [key, ...(spec.aliases ?? []).map((a) => a.name)];
    const scopes = scopesOf(spec);
    for (const layer of layersHighFirst(config)) {
      const sections = [
        [`stages.${stage}`, stageSection(layer, stage)]
      ];
      if (!condition.stageOnly) {
        if (scopes.includes("steps")) {
          for (const name of [...stepSectionNames(step, runAs)].reverse())
            sections.push([`steps.${name}`, layer.steps[name]]);
        }
        if (scopes.includes("general")) sections.push(["general", layer.general]);
      }
      for (const [section, data] of sections) {
        if (!data) continue;
        if (section.startsWith("stages.") && !scopes.includes("stages")) continue;
        for (const spelling of spellings) {
          const v = deepKey(data, spelling, rest);
          if (v !== void 0 && v !== null && v !== "")
            return { kind: "configKey", key: [spelling, ...rest].join("/"), file: layer.file, section };
        }
      }
    }
  }
  return void 0;
}
function deepKey(data, key, rest) {
  let current = data[key];
  for (const part of rest) {
    if (typeof current !== "object" || current === null || Array.isArray(current)) return void 0;
    current = current[part];
  }
  return current;
}
function rawConfigValue(config, stage, step, runAs, written) {
  const [key = written, ...rest] = written.split("/");
  for (const layer of layersHighFirst(config)) {
    const sections = [
      [`stages.${stage}`, stageSection(layer, stage)],
      ...[...stepSectionNames(step, runAs)].reverse().map((n) => [`steps.${n}`, layer.steps[n]]),
      ["general", layer.general]
    ];
    for (const [section, data] of sections) {
      if (!data) continue;
      const value = deepKey(data, key, rest);
      if (value !== void 0 && value !== null) return { value, file: layer.file, section };
    }
  }
  return void 0;
}
function configValue(config, stage, step, runAs, written) {
  const [key = written] = written.split("/");
  const spec = specsUnder(step, runAs)[key];
  if (spec && !written.includes("/")) {
    const reason = configKeyReason(config, stage, step, runAs, { kind: "configKey", keys: [key] });
    if (reason?.kind === "configKey") {
      const layer = [config.config, ...config.defaults].find((l) => l.file === reason.file);
      const data = reason.section === "general" ? layer?.general : reason.section.startsWith("steps.") ? layer?.steps[reason.section.slice("steps.".length)] : layer && stageSection(layer, stage);
      return { value: data?.[reason.key], file: reason.file, section: reason.section };
    }
    return spec.default === void 0 ? void 0 : { value: spec.default };
  }
  return rawConfigValue(config, stage, step, runAs, written);
}
function createFileMatcher(workspace, log) {
  let list;
  const regexps = /* @__PURE__ */ new Map();
  return (pattern) => {
    if (!list) {
      list = listWorkspaceFiles(workspace);
      if (list.truncated)
        log?.warn(
          `Stage conditions: the workspace ${workspace} has more than ${list.limit} files and folders; file patterns were matched against the first ${list.limit} only, so a step may show as not activated. Activate it in .pipeline/config.yml (stages.<stage>.<step>: true) if it should run.`
        );
    }
    const regexp = regexps.get(pattern) ?? globToRegExp(pattern);
    regexps.set(pattern, regexp);
    return list.files.find((f) => regexp.test(f));
  };
}
function conditionReason(options, matchFile, stage, step, runAs, condition) {
  switch (condition.kind) {
    case "configKey":
      return configKeyReason(options.config, stage, step, runAs, condition);
    case "config": {
      const found = configValue(options.config, stage, step, runAs, condition.key);
      const value = found?.value;
      if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean" || !condition.values.includes(value))
        return void 0;
      return {
        kind: "config",
        key: condition.key,
        value,
        ...found?.file !== void 0 ? { file: found.file, section: found.section } : {}
      };
    }
    case "filePattern": {
      for (const pattern of condition.patterns) {
        const file = matchFile(pattern);
        if (file !== void 0) return { kind: "filePattern", pattern, file };
      }
      return void 0;
    }
    case "filePatternFromConfig": {
      const pattern = configValue(options.config, stage, step, runAs, condition.key)?.value;
      if (typeof pattern !== "string" || pattern === "") return void 0;
      const file = matchFile(pattern);
      return file === void 0 ? void 0 : { kind: "filePattern", pattern, file };
    }
    case "envKey": {
      const key = condition.keys.find((k) => options.env.has(k));
      return key === void 0 ? void 0 : { kind: "envKey", key };
    }
    case "envValue": {
      const value = options.env.getRaw(condition.key);
      return value === condition.value ? { kind: "envKey", key: condition.key } : void 0;
    }
    case "inactive":
    case "onlyActiveStepInStage":
      return void 0;
  }
}
function stepReport(catalog, step, run, stage, fallback) {
  const { toggle } = run;
  const invokedAs = run.name;
  const presets = catalog.find(run.name)?.presets ?? {};
  const activation = toggle ? { kind: "toggle", value: toggle.value, file: toggle.file, section: `stages.${stage}`, key: toggle.key } : fallback(invokedAs);
  const active = toggle ? toggle.value : activation.kind !== "none";
  return { name: step.name, invokedAs, presets, active, reason: describeReason(activation), activation };
}
function checkConfig(options) {
  const { catalog, config, reporter } = options;
  const usesStage = (stage) => options.stage === void 0 || stage === options.stage || stage === CENTRAL_BUILD && options.stage === "Build";
  const usesStep = (step) => options.steps === void 0 || options.steps.includes(step);
  for (const warning of config.warnings ?? []) reporter.warn(warning);
  for (const layer of layersHighFirst(config)) {
    for (const warning of layer.warnings ?? []) reporter.warn(warning);
    for (const [stage, section] of Object.entries(layer.stages)) {
      for (const [key, value] of Object.entries(section)) {
        const warning = checkStageKey(catalog, layer, stage, key, value);
        if (warning) reporter.warn(warning, { used: usesStage(stage) });
      }
    }
    for (const [name, section] of Object.entries(layer.steps)) {
      const found = catalog.find(name);
      if (found) {
        for (const key of Object.keys(section)) {
          const used = { used: usesStep(found.step) };
          if (!isStepKey(found.step, key, name)) {
            reporter.warn(stepSectionKeyWarning(found.step, layer, `steps.${name}`, key), used);
            continue;
          }
          const param = stepKeyOutOfScope(found.step, key, name);
          if (param !== void 0)
            reporter.warn(stepSectionScopeWarning(found.step, layer, `steps.${name}`, key, param), used);
        }
        continue;
      }
      const near = suggest(name, catalog.names());
      if (near === void 0) continue;
      const meant = catalog.find(near)?.step;
      reporter.warn(
        warningAt(
          layer,
          `steps.${name}`,
          "",
          `steps.${name} is ignored: ferry has no step of that name. Did you mean '${near}'?`
        ),
        { used: meant === void 0 || usesStep(meant) }
      );
    }
  }
}
function findNearMiss(options, stage, step, runAs, conditions) {
  const keys = conditions.flatMap((c) => c.kind === "configKey" ? c.keys : []);
  if (keys.length === 0) return void 0;
  const stepNames = [step.name, ...(step.aliases ?? []).map((a) => a.name)];
  for (const layer of layersHighFirst(options.config)) {
    const sections = [
      [`stages.${stage}`, stageSection(layer, stage)],
      ...stepSectionNames(step, runAs).map((n) => [
        `steps.${n}`,
        layer.steps[n]
      ]),
      ["general", layer.general]
    ];
    for (const [section, data] of sections) {
      for (const key of Object.keys(data ?? {})) {
        if (keys.includes(key) || isStepKey(step, key, runAs) || isPiperContextKey(key)) continue;
        const meant = suggest(key, keys);
        if (meant === void 0) continue;
        const w = warningAt(layer, section, key, "");
        return { file: layer.file, ...w.line !== void 0 ? { line: w.line } : {}, section, key, meant };
      }
    }
    for (const [name, data] of Object.entries(layer.steps)) {
      if (options.catalog.find(name) || suggest(name, stepNames) === void 0) continue;
      const key = keys.find((k) => data[k] !== void 0 && data[k] !== null);
      if (key === void 0) continue;
      const w = warningAt(layer, `steps.${name}`, "", "");
      return {
        file: layer.file,
        ...w.line !== void 0 ? { line: w.line } : {},
        section: `steps.${name}`,
        key,
        meant: `steps.${step.name}.${key}`
      };
    }
  }
  return void 0;
}
function nearMissText(m) {
  return `${m.section}.${m.key} in ${m.file} looks like a misspelling of ${m.meant}`;
}
function toggledInOrder(catalog, config, stage) {
  const out = [];
  for (const layer of [config.config, ...config.defaults]) {
    for (const [key, value] of Object.entries(stageSection(layer, stage) ?? {})) {
      const found = typeof value === "boolean" ? catalog.find(key) : void 0;
      if (found && !out.includes(found.step)) out.push(found.step);
    }
  }
  return out;
}
function resolveStages(options) {
  const { config } = options;
  const workspace = options.workspace ?? config.workspace;
  const { definitions, catalog } = options;
  const log = options.log;
  const reporter = options.reporter ?? createConfigReporter({ onWarning: logWarnings(log) });
  const focus = options.focus;
  const focusSteps = focus === void 0 ? void 0 : [
    ...(definitions.find((d) => d.name === focus)?.steps ?? []).flatMap((e) => {
      const f = catalog.find(e.step);
      return f ? [f.step] : [];
    }),
    ...toggledInOrder(catalog, config, focus)
  ];
  checkConfig({
    catalog,
    config,
    reporter,
    ...focus !== void 0 ? { stage: focus, steps: focusSteps } : {}
  });
  const matchFile = createFileMatcher(workspace, options.log);
  const reports = [];
  for (const definition of definitions) {
    const steps = [];
    const entries = [];
    const listed = /* @__PURE__ */ new Set();
    for (const entry of definition.steps) {
      const found = catalog.find(entry.step);
      if (!found) throw new Error(`Stage ${definition.name} names an unknown step ${entry.step}.`);
      listed.add(found.step.name);
      for (const run of runsOf(config, definition.name, found.step)) {
        steps.push(
          stepReport(catalog, found.step, run, definition.name, (runAs) => {
            if (entry.conditions.length === 0) return { kind: "always" };
            for (const condition of entry.conditions) {
              const reason = conditionReason(
                options,
                matchFile,
                definition.name,
                found.step,
                runAs,
                condition
              );
              if (reason) return reason;
            }
            const nearMiss = findNearMiss(options, definition.name, found.step, runAs, entry.conditions);
            if (nearMiss) {
              reporter.warn(
                {
                  message: `${nearMissText(nearMiss)}: ${found.step.name} is not active in stage ${definition.name}. Fix the key if ${found.step.name} should run.`,
                  file: nearMiss.file,
                  ...nearMiss.line !== void 0 ? { line: nearMiss.line } : {},
                  key: `${nearMiss.section}.${nearMiss.key}`
                },
                { used: focus === void 0 || focus === definition.name }
              );
              return { kind: "none", conditions: entry.conditions, nearMiss };
            }
            return { kind: "none", conditions: entry.conditions };
          })
        );
        entries[steps.length - 1] = entry;
      }
    }
    for (const step of toggledInOrder(catalog, config, definition.name)) {
      if (listed.has(step.name)) continue;
      for (const run of runsOf(config, definition.name, step))
        steps.push(stepReport(catalog, step, run, definition.name, () => ({ kind: "none", conditions: [] })));
    }
    applyNotActive(options, matchFile, definition.name, steps, entries);
    reports.push({
      name: definition.name,
      description: definition.description,
      userDefined: false,
      active: steps.some((s) => s.active),
      steps
    });
  }
  const known = new Set(definitions.map((d) => d.name));
  if (known.has("Build")) known.add(CENTRAL_BUILD);
  const userStages = [];
  for (const layer of [config.config, ...config.defaults]) {
    for (const stage of Object.keys(layer.stages))
      if (!known.has(stage) && !userStages.includes(stage)) userStages.push(stage);
  }
  for (const stage of userStages) {
    const steps = toggledInOrder(catalog, config, stage).flatMap(
      (step) => runsOf(config, stage, step).map(
        (run) => stepReport(catalog, step, run, stage, () => ({ kind: "none", conditions: [] }))
      )
    );
    reports.push({ name: stage, userDefined: true, active: steps.some((s) => s.active), steps });
  }
  return reports;
}
function applyNotActive(options, matchFile, stage, steps, entries) {
  steps.forEach((report, i) => {
    const conditions = entries[i]?.notActiveConditions ?? [];
    const step = options.catalog.find(report.name)?.step;
    if (!step) return;
    for (const condition of conditions) {
      let because;
      if (condition.kind === "onlyActiveStepInStage") {
        if (!steps.some((s, j) => j !== i && s.active)) because = "no other step of the stage is active";
      } else {
        const reason = conditionReason(options, matchFile, stage, step, report.invokedAs, condition);
        if (reason) because = describeReason(reason);
      }
      if (because === void 0) continue;
      const activation = { kind: "notActive", because };
      steps[i] = { ...report, active: false, activation, reason: describeReason(activation) };
      return;
    }
  });
}
function stepsOfStage(options) {
  const reports = resolveStages({ ...options, focus: options.focus ?? options.stage });
  const wanted = options.stage === CENTRAL_BUILD && !reports.some((r) => r.name === CENTRAL_BUILD) ? "Build" : options.stage;
  const report = reports.find((r) => r.name === wanted);
  if (!report) {
    const names = reports.map((r) => r.name);
    throw new UsageError(
      `Unknown stage '${options.stage}': neither ferry nor .pipeline/config.yml defines it.${didYouMean(options.stage, names)} Stages: ${names.join(", ")}.`
    );
  }
  const out = [];
  for (const s of report.steps) {
    if (!s.active) continue;
    const step = options.catalog.find(s.name)?.step;
    if (step)
      out.push({
        step,
        invokedAs: s.invokedAs,
        presets: s.presets,
        reason: s.reason,
        activation: s.activation
      });
  }
  return out;
}
function describeCondition(condition) {
  switch (condition.kind) {
    case "configKey":
      return `${condition.keys.join(" or ")} set${condition.stageOnly ? " in the stage section" : ""}`;
    case "config":
      return `${condition.key} is ${condition.values.join(" or ")}`;
    case "filePattern":
      return `a file matching ${condition.patterns.join(" or ")}`;
    case "filePatternFromConfig":
      return `a file matching the pattern in ${condition.key}`;
    case "envKey":
      return `pipeline environment ${condition.keys.join(" or ")} filled`;
    case "envValue":
      return `pipeline environment ${condition.key} is ${condition.value}`;
    case "inactive":
      return "a toggle";
    case "onlyActiveStepInStage":
      return "another active step";
  }
}
function describeReason(reason) {
  switch (reason.kind) {
    case "toggle":
      return `${reason.section}.${reason.key}: ${reason.value} in ${reason.file}`;
    case "configKey":
      return `${reason.section}.${reason.key} is set in ${reason.file}`;
    case "config":
      return reason.file === void 0 ? `${reason.key} is ${String(reason.value)} (its default)` : `${reason.section ?? ""}.${reason.key} is ${String(reason.value)} in ${reason.file}`;
    case "always":
      return "active: the stage runs it without conditions";
    case "notActive":
      return `not active: ${reason.because}`;
    case "filePattern":
      return `${reason.file} matches ${reason.pattern}`;
    case "envKey":
      return `pipeline environment ${reason.key} is filled`;
    case "none": {
      const base = reason.conditions.length === 0 ? "not toggled on" : `not activated: none of ${reason.conditions.map(describeCondition).join("; ")}`;
      return reason.nearMiss ? `${base} (${nearMissText(reason.nearMiss)})` : base;
    }
  }
}

// lib/config/stage-name.ts
function ciStageName(vars) {
  if (vars["GITHUB_ACTIONS"] !== "true") return void 0;
  const job = vars["GITHUB_JOB"]?.trim();
  return job ? job : void 0;
}

export {
  COMMON_PARAMS,
  JSON_SCHEMA,
  load,
  loadConfig,
  configFromObject,
  expectedNumber,
  describeSource,
  logWarnings,
  createConfigReporter,
  paramSpecsOf,
  resolveParameters,
  resolveCommonParameters,
  checkConfig,
  resolveStages,
  stepsOfStage,
  ciStageName
};
