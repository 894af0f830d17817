"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// lib/util/errors.ts
function usage(message, cause) {
  return new UsageError(message, cause);
}
function isFerryError(error) {
  return error instanceof FerryError;
}
function errorMessage(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}
function exitCodeOf(error) {
  return isFerryError(error) ? error.exitCode : EXIT_FAILURE;
}
var EXIT_FAILURE, EXIT_USAGE, FerryError, UsageError, CancelledError;
var init_errors = __esm({
  "lib/util/errors.ts"() {
    "use strict";
    EXIT_FAILURE = 1;
    EXIT_USAGE = 2;
    FerryError = class extends Error {
      code;
      usage;
      where;
      constructor(message, options) {
        super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
        this.name = "FerryError";
        this.code = options.code;
        this.usage = options.usage ?? false;
        this.where = options.where;
      }
      get exitCode() {
        return this.usage ? EXIT_USAGE : EXIT_FAILURE;
      }
    };
    UsageError = class extends FerryError {
      constructor(message, cause) {
        super(message, { code: "USAGE", usage: true, cause });
        this.name = "UsageError";
      }
    };
    CancelledError = class extends FerryError {
      constructor(message = "Cancelled.", cause) {
        super(message, { code: "CANCELLED", cause });
        this.name = "CancelledError";
      }
    };
  }
});

// lib/oci/digest-syntax.ts
function digestProblem(digest) {
  const colon = digest.indexOf(":");
  if (colon <= 0) return `'${digest}' is not of the form algorithm:hex`;
  const algorithm = digest.slice(0, colon);
  const length = DIGEST_ALGORITHMS[algorithm];
  if (length === void 0)
    return `digest algorithm '${algorithm}' is not supported (registries address content by sha256 or sha512)`;
  if (!ENCODED[algorithm]?.test(digest.slice(colon + 1)))
    return `digest '${digest}' must be ${algorithm}: followed by ${length} lowercase hex digits`;
  return void 0;
}
var DIGEST_ALGORITHMS, ENCODED;
var init_digest_syntax = __esm({
  "lib/oci/digest-syntax.ts"() {
    "use strict";
    DIGEST_ALGORITHMS = { sha256: 64, sha512: 128 };
    ENCODED = { sha256: /^[a-f0-9]{64}$/, sha512: /^[a-f0-9]{128}$/ };
  }
});

// lib/oci/reference.ts
function referenceError(text, why) {
  return new FerryError(
    `Invalid image reference '${text}': ${why}. Expected host[:port]/path[:tag][@sha256:<64 hex>], e.g. registry.example.com/team/app:1.0.`,
    { code: "REFERENCE", usage: true }
  );
}
function checkTag(tag, text) {
  if (!TAG.test(tag))
    throw referenceError(
      text,
      `tag '${tag}' is not valid (letters, digits, '_', '.', '-'; at most 128; not starting with '.' or '-')`
    );
}
function checkDigest(digest, text) {
  const problem = digestProblem(digest);
  if (problem) throw referenceError(text, problem);
}
function hasUserInfo(text) {
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/]*@/i.test(text)) return true;
  const at = text.indexOf("@");
  if (at < 0) return false;
  const after = text.slice(at + 1);
  if (after.includes("/") || after.includes("@")) return true;
  const before = text.slice(0, at);
  return !before.includes("/") && before.includes(":") && !/^sha(?:256|512):/.test(after);
}
function userInfoError() {
  return new FerryError(
    `Invalid image reference: it holds user information (user:password@) before the registry, so it is not shown here. ${CREDENTIALS_HOW}.`,
    { code: "REFERENCE", usage: true }
  );
}
function checkRepository(repository, text) {
  if (repository.length === 0) throw referenceError(text, "the repository path is empty");
  for (const component of repository.split("/")) {
    if (!PATH_COMPONENT.test(component)) {
      const hint = /[A-Z]/.test(component) ? " (repository names must be lowercase)" : "";
      throw referenceError(text, `path component '${component}' is not valid${hint}`);
    }
  }
}
function checkHost(host, text) {
  let hostname = host;
  let port;
  if (host.startsWith("[")) {
    const end = host.indexOf("]");
    if (end < 0) throw referenceError(text, `registry '${host}' has an unclosed '['`);
    hostname = host.slice(1, end);
    const rest = host.slice(end + 1);
    if (rest !== "" && !rest.startsWith(":"))
      throw referenceError(text, `registry '${host}' is not host[:port]`);
    port = rest === "" ? void 0 : rest.slice(1);
    if (!/^[0-9a-fA-F:.]+$/.test(hostname))
      throw referenceError(text, `registry '${host}' is not a valid IPv6 address`);
  } else {
    const colon = host.lastIndexOf(":");
    if (colon >= 0) {
      hostname = host.slice(0, colon);
      port = host.slice(colon + 1);
    }
    if (!hostname.split(".").every((c) => HOST_COMPONENT.test(c)))
      throw referenceError(text, `registry host '${hostname}' is not a valid host name`);
  }
  if (port !== void 0 && (!PORT.test(port) || Number(port) > 65535))
    throw referenceError(text, `port '${port}' is not a number from 0 to 65535`);
}
function looksLikeHost(component) {
  return /[.:]/.test(component) || component === "localhost" || component.startsWith("[") || component !== component.toLowerCase();
}
function normalizeHost(host) {
  const lower = host.toLowerCase();
  return DOCKER_HUB_ALIASES.has(lower) ? DOCKER_HUB : lower;
}
function parseReference(text) {
  const input = text.trim();
  if (hasUserInfo(input)) throw userInfoError();
  if (input.length === 0) throw referenceError(text, "it is empty");
  if (/\s/.test(input)) throw referenceError(text, "it contains whitespace");
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input))
    throw referenceError(text, "a reference has no URL scheme; drop the https://");
  let rest = input;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    checkDigest(digest, text);
  }
  let tag;
  const lastColon = rest.lastIndexOf(":");
  const lastSlash = rest.lastIndexOf("/");
  const lastBracket = rest.lastIndexOf("]");
  if (lastColon > lastSlash && lastColon > lastBracket) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    checkTag(tag, text);
  }
  let registry;
  let repository;
  const firstSlash = rest.indexOf("/");
  const first = firstSlash < 0 ? rest : rest.slice(0, firstSlash);
  if (firstSlash >= 0 && looksLikeHost(first)) {
    checkHost(first, text);
    registry = normalizeHost(first);
    repository = rest.slice(firstSlash + 1);
  } else {
    if (firstSlash < 0 && looksLikeHost(first) && first !== first.toLowerCase())
      throw referenceError(text, `repository '${first}' must be lowercase`);
    registry = DOCKER_HUB;
    repository = rest;
  }
  if (registry === DOCKER_HUB && !repository.includes("/")) repository = `library/${repository}`;
  checkRepository(repository, text);
  if (`${registry}/${repository}`.length > MAX_NAME_LENGTH)
    throw referenceError(text, `the name is longer than ${MAX_NAME_LENGTH} characters`);
  return new ImageReference({ registry, repository, tag, digest });
}
function tryParseReference(text) {
  try {
    return parseReference(text);
  } catch {
    return void 0;
  }
}
var DOCKER_HUB, DOCKER_HUB_ALIASES, PATH_COMPONENT, TAG, HOST_COMPONENT, PORT, MAX_NAME_LENGTH, ImageReference, CREDENTIALS_HOW;
var init_reference = __esm({
  "lib/oci/reference.ts"() {
    "use strict";
    init_errors();
    init_digest_syntax();
    DOCKER_HUB = "docker.io";
    DOCKER_HUB_ALIASES = /* @__PURE__ */ new Set([
      "docker.io",
      "index.docker.io",
      "registry-1.docker.io",
      "registry.hub.docker.com"
    ]);
    PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
    TAG = /^[\w][\w.-]{0,127}$/;
    HOST_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
    PORT = /^[0-9]{1,5}$/;
    MAX_NAME_LENGTH = 255;
    ImageReference = class _ImageReference {
      /** `host[:port]`; Docker Hub is `docker.io`. */
      registry;
      /** Path within the registry; single-name Docker Hub images carry `library/`. */
      repository;
      tag;
      digest;
      constructor(parts) {
        this.registry = parts.registry;
        this.repository = parts.repository;
        this.tag = parts.tag;
        this.digest = parts.digest;
        Object.freeze(this);
      }
      /** `registry/repository`, with no tag or digest. */
      get name() {
        return `${this.registry}/${this.repository}`;
      }
      /** The digest if there is one, else the tag, else `latest`: what a manifest request is made for. */
      get identifier() {
        return this.digest ?? this.tag ?? "latest";
      }
      withTag(tag) {
        checkTag(tag, tag);
        return new _ImageReference({
          registry: this.registry,
          repository: this.repository,
          tag,
          digest: void 0
        });
      }
      withDigest(digest) {
        checkDigest(digest, digest);
        return new _ImageReference({
          registry: this.registry,
          repository: this.repository,
          tag: this.tag,
          digest
        });
      }
      /** Same registry, another repository path (no tag or digest). */
      withRepository(repository) {
        checkRepository(repository, repository);
        return new _ImageReference({ registry: this.registry, repository });
      }
      /** Token-auth scope: `repository:<path>:pull,push`. */
      scope(actions) {
        return `repository:${this.repository}:${actions.join(",")}`;
      }
      toString() {
        return `${this.name}${this.tag ? `:${this.tag}` : ""}${this.digest ? `@${this.digest}` : ""}`;
      }
      toJSON() {
        return this.toString();
      }
    };
    CREDENTIALS_HOW = "Pass credentials apart from the reference: ferry copy's --src-creds/--dest-creds (or FERRY_SRC_CREDS/FERRY_DEST_CREDS), a Docker config.json (docker login, --authfile, the dockerConfigJSON parameter), or a step's user and password parameters (from Vault or a secret)";
  }
});

// lib/util/suggest.ts
function editDistance(a, b) {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, i) => i);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[t.length] ?? 0;
}
function suggest(name, candidates) {
  const limit = Math.max(2, Math.floor(name.length / 3));
  const lower = name.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(name, candidate);
    const near = d <= limit || name.length >= 4 && candidate.toLowerCase().startsWith(lower);
    if (!near) continue;
    if (d < bestDistance || d === bestDistance && best !== void 0 && candidate < best) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function didYouMean(name, candidates) {
  const near = suggest(name, candidates);
  return near === void 0 ? "" : ` Did you mean '${near}'?`;
}
var init_suggest = __esm({
  "lib/util/suggest.ts"() {
    "use strict";
  }
});

// lib/cli/args.ts
function closedOptions(flags, command) {
  const spellings = (names) => names.flatMap((name) => [name, ...flags.aliases?.[name] ?? []]);
  return {
    values: new Set(spellings(flags.values)),
    booleans: /* @__PURE__ */ new Set([...spellings(flags.booleans), ...COMMON_SWITCHES]),
    command
  };
}
function unknownOption(option, options, known) {
  const names = [...known, ...options.booleans ?? []].map((name) => `--${name}`);
  const hint = option.startsWith("--") ? didYouMean(option, names) : "";
  const command = options.command ?? "";
  return new UsageError(`Unknown option '${option}'.${hint} Run 'ferry ${command} --help'.`);
}
function parseArgs(args, options = {}) {
  const positionals = [];
  const flags = /* @__PURE__ */ new Map();
  const known = options.values;
  const add = (name, value) => {
    flags.set(name, [...flags.get(name) ?? [], value]);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--") || arg === "--") {
      if (arg === "-h") add("help", "true");
      else if (known && arg.startsWith("-") && arg !== "-") throw unknownOption(arg, options, known);
      else positionals.push(arg);
      continue;
    }
    const body = arg.slice(2);
    const eq = body.indexOf("=");
    const name = eq > 0 ? body.slice(0, eq) : body;
    if (known && !known.has(name) && !options.booleans?.has(name))
      throw unknownOption(`--${name}`, options, known);
    if (eq > 0) {
      const value = body.slice(eq + 1);
      if (known?.has(name) && value === "" && !options.emptyValues?.has(name)) throw needsValue(name);
      if (known && !known.has(name) && value !== "true" && value !== "false")
        throw new UsageError(`Option --${name} takes no value: write --${name}, or --${name}=false.`);
      add(name, value);
      continue;
    }
    if (options.booleans?.has(body)) {
      const next2 = args[i + 1];
      if (next2 === "true" || next2 === "false") {
        add(body, next2);
        i++;
      } else add(body, "true");
      continue;
    }
    const next = args[i + 1];
    if (next === void 0 || next.startsWith("--") || known && next === "" && !options.emptyValues?.has(body))
      throw needsValue(body);
    add(body, next);
    i++;
  }
  return { positionals, flags };
}
function needsValue(name) {
  return new UsageError(`Option --${name} needs a value: write --${name} VALUE or --${name}=VALUE.`);
}
function enabled(parsed, name) {
  const values = parsed.flags.get(name);
  return values !== void 0 && values[values.length - 1] !== "false";
}
function single(parsed, name, aliases = []) {
  const values = [name, ...aliases].flatMap((n) => parsed.flags.get(n) ?? []);
  if (values.length === 0) return void 0;
  if (values.length > 1)
    throw new UsageError(`Option --${name} was given ${values.length} times; give it once.`);
  return values[0];
}
var COMMON_SWITCHES;
var init_args = __esm({
  "lib/cli/args.ts"() {
    "use strict";
    init_suggest();
    init_errors();
    COMMON_SWITCHES = ["help", "verbose"];
  }
});

// lib/log/secrets.ts
var MIN_SECRET_LENGTH, SecretRegistry;
var init_secrets = __esm({
  "lib/log/secrets.ts"() {
    "use strict";
    MIN_SECRET_LENGTH = 3;
    SecretRegistry = class {
      values = /* @__PURE__ */ new Set();
      listeners = [];
      /** Longest first, so a secret that contains another is masked whole; rebuilt only after an add. */
      sorted;
      /** Registers a secret and the forms it is commonly printed in. Returns the same value, for chaining. */
      add(value) {
        if (value === void 0 || value.length === 0) return value;
        const forms = /* @__PURE__ */ new Set([value]);
        for (const line of value.split(/\r?\n/)) {
          const trimmed = line.trim();
          if (trimmed.length >= MIN_SECRET_LENGTH) forms.add(trimmed);
        }
        forms.add(Buffer.from(value, "utf8").toString("base64"));
        forms.add(encodeURIComponent(value));
        forms.add(JSON.stringify(value).slice(1, -1));
        for (const form of forms) {
          if (form.length < MIN_SECRET_LENGTH || this.values.has(form)) continue;
          this.values.add(form);
          this.sorted = void 0;
          for (const listener of this.listeners) listener(form);
        }
        return value;
      }
      /** Registers the base64 of `user:password` as used in Basic auth headers and docker config files. */
      addBasicAuth(username, password) {
        this.add(Buffer.from(`${username}:${password}`, "utf8").toString("base64"));
      }
      /** Called for every form registered from now on, and at once for those already known. */
      onAdd(listener) {
        this.listeners.push(listener);
        for (const value of this.values) listener(value);
      }
      has(value) {
        return this.values.has(value);
      }
      get size() {
        return this.values.size;
      }
      mask(text) {
        if (this.values.size === 0) return text;
        this.sorted ??= [...this.values].sort((a, b) => b.length - a.length);
        let out = text;
        for (const value of this.sorted) if (out.includes(value)) out = out.split(value).join("***");
        return out;
      }
    };
  }
});

// lib/log/logger.ts
function positionPrefix(where) {
  if (!where?.file) return "";
  return where.line !== void 0 ? `${where.file}:${where.line}: ` : `${where.file}: `;
}
function createLogger(options) {
  const secrets = options.secrets ?? new SecretRegistry();
  const { sink } = options;
  if (sink.registerSecret) secrets.onAdd((value) => sink.registerSecret?.(value));
  const emit = (level, message, where) => {
    if (level === "debug" && !options.debug) return;
    if (where === void 0) sink.write(level, secrets.mask(message));
    else {
      const masked = { ...where };
      if (where.file !== void 0) masked.file = secrets.mask(where.file);
      if (where.key !== void 0) masked.key = secrets.mask(where.key);
      sink.write(level, secrets.mask(message), masked);
    }
  };
  return {
    secrets,
    debug: (m) => emit("debug", m),
    info: (m) => emit("info", m),
    warn: (m, where) => emit("warn", m, where),
    error: (m, where) => emit("error", m, where),
    async group(name, fn) {
      sink.startGroup(secrets.mask(name));
      try {
        return await fn();
      } finally {
        sink.endGroup();
      }
    },
    addSecret: (value) => {
      secrets.add(value);
    },
    mask: (text) => secrets.mask(text)
  };
}
var init_logger = __esm({
  "lib/log/logger.ts"() {
    "use strict";
    init_secrets();
  }
});

// lib/log/index.ts
var init_log = __esm({
  "lib/log/index.ts"() {
    "use strict";
    init_logger();
    init_secrets();
  }
});

// lib/util/cleanup.ts
function removeTrackedTempPathsSync() {
  for (const path3 of tracked) {
    try {
      (0, import_node_fs.rmSync)(path3, { recursive: true, force: true });
    } catch {
    }
    tracked.delete(path3);
  }
}
var import_node_fs, tracked;
var init_cleanup = __esm({
  "lib/util/cleanup.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    tracked = /* @__PURE__ */ new Set();
  }
});

// lib/util/cancel.ts
function cancelOnSignals(options = {}) {
  const controller = new AbortController();
  const exit = options.exit ?? ((code) => process.exit(code));
  const target = options.target ?? process;
  let received;
  const handlers = /* @__PURE__ */ new Map();
  const exitNow = (code) => {
    removeTrackedTempPathsSync();
    exit(code);
  };
  for (const name of Object.keys(SIGNAL_EXIT_CODES)) {
    const handler = () => {
      if (received !== void 0) {
        exitNow(SIGNAL_EXIT_CODES[name]);
        return;
      }
      received = name;
      options.onSignal?.(name);
      controller.abort(new CancelledError(`Cancelled by ${name}.`));
      setTimeout(() => exitNow(SIGNAL_EXIT_CODES[name]), options.graceMs ?? DEFAULT_GRACE_MS).unref();
    };
    handlers.set(name, handler);
    target.on(name, handler);
  }
  return {
    signal: controller.signal,
    get received() {
      return received;
    },
    get exitCode() {
      return received === void 0 ? void 0 : SIGNAL_EXIT_CODES[received];
    },
    dispose() {
      for (const [name, handler] of handlers) target.off(name, handler);
    }
  };
}
var SIGNAL_EXIT_CODES, DEFAULT_GRACE_MS;
var init_cancel = __esm({
  "lib/util/cancel.ts"() {
    "use strict";
    init_errors();
    init_cleanup();
    SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
    DEFAULT_GRACE_MS = 6e3;
  }
});

// package.json
var package_default;
var init_package = __esm({
  "package.json"() {
    package_default = {
      name: "ferry-ci",
      version: "0.1.0",
      description: "CI pipeline steps that build, promote by digest, and deploy container images through GitOps; Piper-compatible configuration.",
      license: "Apache-2.0",
      type: "module",
      engines: {
        node: "^20.19.0 || ^22.13.0 || >=24"
      },
      bin: {
        ferry: "dist/cli.js"
      },
      main: "dist/index.js",
      exports: {
        ".": {
          types: "./dist/types/index.d.ts",
          default: "./dist/index.js"
        }
      },
      files: [
        "dist",
        "action.yml",
        "examples/hello"
      ],
      scripts: {
        build: "node scripts/build.mjs",
        prepare: "node scripts/build.mjs",
        docs: "node --import tsx scripts/gen-docs.ts",
        test: "vitest run",
        "test:unit": "vitest run --project unit",
        lint: "eslint . && prettier --check .",
        format: "prettier --write .",
        typecheck: "tsc -p tsconfig.json --noEmit",
        "bench:copy": "node --import tsx bench/copy.ts",
        demo: "node dist/cli.js demo",
        "bench:gitops": "node --import tsx bench/gitops-updaters.ts"
      },
      dependencies: {
        "@actions/core": "^3.0.1",
        "@actions/github": "^9.1.1",
        "js-yaml": "^5.5.0",
        "simple-git": "^4.0.2",
        undici: "^7.30.2",
        yaml: "^2.9.1"
      },
      devDependencies: {
        "@eslint/js": "^10.0.1",
        "@types/node": "^20.19.43",
        esbuild: "^0.28.2",
        eslint: "^10.15.0",
        prettier: "^3.10.1",
        tsx: "^4.23.15",
        typescript: "^6.0.3",
        "typescript-eslint": "^8.73.0",
        vitest: "^4.1.12"
      },
      overrides: {
        "content-type": "^2.1.0"
      },
      types: "./dist/types/index.d.ts"
    };
  }
});

// lib/cli/voice.ts
function oneLine(message) {
  return message.replace(/\s*\n\s*/g, " ").trim();
}
function say(io, command, message) {
  const head = command === "" ? "ferry" : `ferry: ${command}`;
  io.stderr.write(`${io.log.mask(`${head}: ${oneLine(message)}`)}
`);
}
function sayError(io, command, error, options = {}) {
  const message = `${errorMessage(error)}${options.hint ?? ""}`;
  const code = exitCodeOf(error);
  say(io, command, message);
  if (options.json) {
    const body = {
      error: {
        command: command === "" ? null : command,
        message: oneLine(message),
        code: isFerryError(error) ? error.code : "ERROR",
        exitCode: code
      }
    };
    io.stdout.write(`${io.log.mask(JSON.stringify(body))}
`);
  }
  return code;
}
function wantsJson(args) {
  return args.some((a) => a === "--json" || a === "--json=true");
}
var init_voice = __esm({
  "lib/cli/voice.ts"() {
    "use strict";
    init_errors();
  }
});

// left-out:./commands/run
var require_run = __commonJS({
  "left-out:./commands/run"() {
    throw new Error("ferry: dist/cli/set-image.cjs runs only 'set-image', not ./commands/run; run dist/cli.js.");
  }
});

// left-out:./commands/config
var require_config = __commonJS({
  "left-out:./commands/config"() {
    throw new Error("ferry: dist/cli/set-image.cjs runs only 'set-image', not ./commands/config; run dist/cli.js.");
  }
});

// left-out:./commands/stages
var require_stages = __commonJS({
  "left-out:./commands/stages"() {
    throw new Error("ferry: dist/cli/set-image.cjs runs only 'set-image', not ./commands/stages; run dist/cli.js.");
  }
});

// left-out:./commands/env
var require_env = __commonJS({
  "left-out:./commands/env"() {
    throw new Error("ferry: dist/cli/set-image.cjs runs only 'set-image', not ./commands/env; run dist/cli.js.");
  }
});

// left-out:./commands/copy
var require_copy = __commonJS({
  "left-out:./commands/copy"() {
    throw new Error("ferry: dist/cli/set-image.cjs runs only 'set-image', not ./commands/copy; run dist/cli.js.");
  }
});

// lib/util/glob.ts
function hasGlobMagic(path3) {
  return /[*?[{]/.test(path3);
}
function globToRegExp(glob) {
  let out = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i);
    if (c === "*" && glob.charAt(i + 1) === "*") {
      const slash = glob.charAt(i + 2) === "/";
      out += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "{") {
      const end = glob.indexOf("}", i);
      if (end < 0) out += "\\{";
      else {
        const alternatives = glob.slice(i + 1, end).split(",").map((s) => escape(s).replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]"));
        out += `(?:${alternatives.join("|")})`;
        i = end;
      }
    } else if (c === "[") {
      const end = glob.indexOf("]", i);
      if (end < 0) out += "\\[";
      else {
        out += `[${glob.slice(i + 1, end).replace(/^!/, "^")}]`;
        i = end;
      }
    } else out += escape(c);
  }
  return new RegExp(`^${out}$`);
}
var escape;
var init_glob = __esm({
  "lib/util/glob.ts"() {
    "use strict";
    escape = (text) => text.replace(/[.+^$()|\\]/g, "\\$&");
  }
});

// lib/util/paths.ts
function isInside(candidate, root) {
  const rel = (0, import_node_path.relative)(root, candidate);
  return rel === "" || !rel.startsWith(`..${import_node_path.sep}`) && rel !== ".." && !(0, import_node_path.isAbsolute)(rel);
}
async function resolveInside(root, path3, options) {
  const refuse2 = (how) => new FerryError(`${options.what} is outside ${options.where}${how}. Give a path inside it.`, {
    code: "PATH",
    usage: true
  });
  const lexicalRoot = (0, import_node_path.resolve)(root);
  const target = (0, import_node_path.isAbsolute)(path3) ? (0, import_node_path.resolve)(path3) : (0, import_node_path.resolve)(lexicalRoot, path3);
  const realRoot = await (0, import_promises.realpath)(lexicalRoot).catch(() => lexicalRoot);
  if (!isInside(target, lexicalRoot) && !isInside(target, realRoot)) throw refuse2("");
  for (let existing = target; ; existing = (0, import_node_path.dirname)(existing)) {
    const real = await (0, import_promises.realpath)(existing).catch(() => void 0);
    if (real === void 0) {
      if ((0, import_node_path.dirname)(existing) === existing) return target;
      continue;
    }
    if (!isInside(real, realRoot)) throw refuse2(` (through a symbolic link to ${real})`);
    return target;
  }
}
var import_promises, import_node_path;
var init_paths = __esm({
  "lib/util/paths.ts"() {
    "use strict";
    import_promises = require("node:fs/promises");
    import_node_path = require("node:path");
    init_errors();
  }
});

// lib/gitops/updaters/files.ts
function pathError(message) {
  return new FerryError(message, { code: "PATH", usage: true });
}
async function resolveNamed(realRoot, p) {
  try {
    return await (0, import_promises2.realpath)(import_node_path2.default.resolve(realRoot, p));
  } catch (error) {
    throw new FerryError(`Cannot read '${p}': it does not exist. Give an existing file or directory.`, {
      code: "PATH",
      usage: true,
      cause: error
    });
  }
}
async function realPathInside(root, p) {
  const absolute = await resolveInside(root, p, { what: `'${p}'`, where: `the working directory (${root})` });
  try {
    return await (0, import_promises2.realpath)(absolute);
  } catch (error) {
    throw new FerryError(
      `Cannot read '${p}': it does not exist. Give a file, directory or glob under ${root}.`,
      {
        code: "PATH",
        usage: true,
        cause: error
      }
    );
  }
}
async function walk(dir, w) {
  if (w.seen.has(dir)) return;
  w.seen.add(dir);
  const entries = await (0, import_promises2.readdir)(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of entries) {
    const full = import_node_path2.default.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) await walk(full, w);
      continue;
    }
    if (entry.isSymbolicLink()) {
      if (!await exists(full)) {
        if (w.all || YAML_FILE.test(entry.name))
          w.skipped.push({ path: full, reason: "it is a symbolic link to a file that does not exist" });
        continue;
      }
      const real = await realPathInside(w.realRoot, full);
      const s = await (0, import_promises2.stat)(real);
      if (s.isDirectory()) await walk(real, w);
      else if (s.isFile() && (w.all || YAML_FILE.test(entry.name))) w.out.push(real);
      continue;
    }
    if (entry.isFile() && (w.all || YAML_FILE.test(entry.name))) w.out.push(full);
  }
}
async function exists(p) {
  try {
    await (0, import_promises2.stat)(p);
    return true;
  } catch {
    return false;
  }
}
async function selectFiles(selection) {
  const realRoot = await (0, import_promises2.realpath)(selection.root);
  const found2 = [];
  const named = /* @__PURE__ */ new Set();
  const skipped = [];
  for (const p of selection.files ?? []) {
    const real = selection.allowOutside ? await resolveNamed(realRoot, p) : await realPathInside(realRoot, p);
    const s = await (0, import_promises2.lstat)(real);
    const confine = isInside(real, realRoot) ? realRoot : real;
    if (s.isDirectory())
      await walk(real, { realRoot: confine, all: false, out: found2, seen: /* @__PURE__ */ new Set(), skipped });
    else {
      found2.push(real);
      named.add(real);
    }
  }
  const globs = selection.globs ?? [];
  if (globs.length > 0) {
    for (const glob of globs) {
      const normal = import_node_path2.default.posix.normalize(glob.replaceAll("\\", "/"));
      if (import_node_path2.default.isAbsolute(normal) || normal === ".." || normal.startsWith("../"))
        throw pathError(
          `Refusing glob '${glob}': it reaches outside ${realRoot}. Give globs relative to the working directory.`
        );
    }
    const all = [];
    await walk(realRoot, { realRoot, all: true, out: all, seen: /* @__PURE__ */ new Set(), skipped: [] });
    const patterns = globs.map(
      (g) => globToRegExp(import_node_path2.default.posix.normalize(g.replaceAll("\\", "/")).replace(/^\.\//, ""))
    );
    for (const file of all) {
      const relative2 = import_node_path2.default.relative(realRoot, file).split(import_node_path2.default.sep).join("/");
      if (patterns.some((p) => p.test(relative2))) found2.push(file);
    }
  }
  return { realRoot, files: [...new Set(found2)], named, skipped };
}
var import_promises2, import_node_path2, SKIP_DIRS, YAML_FILE;
var init_files = __esm({
  "lib/gitops/updaters/files.ts"() {
    "use strict";
    import_promises2 = require("node:fs/promises");
    import_node_path2 = __toESM(require("node:path"), 1);
    init_errors();
    init_glob();
    init_paths();
    SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
    YAML_FILE = /\.ya?ml$|^Kustomization$/i;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS2 = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR4 = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS2;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap7 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar6 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR4;
    var isSeq4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS2:
          case MAP:
          case SCALAR4:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar6(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS2;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR4;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias3;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap7;
    exports2.isNode = isNode;
    exports2.isPair = isPair;
    exports2.isScalar = isScalar6;
    exports2.isSeq = isSeq4;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit3(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    function visit_(key, node, visitor, path3) {
      const ctrl = callVisitor(key, node, visitor, path3);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path3, ctrl);
        return visit_(key, ctrl, visitor, path3);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path3 = Object.freeze(path3.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path3);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path3 = Object.freeze(path3.concat(node));
          const ck = visit_("key", node.key, visitor, path3);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path3);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path3) {
      const ctrl = await callVisitor(key, node, visitor, path3);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path3, ctrl);
        return visitAsync_(key, ctrl, visitor, path3);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path3 = Object.freeze(path3.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path3);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path3 = Object.freeze(path3.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path3);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path3);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path3) {
      if (typeof visitor === "function")
        return visitor(key, node, path3);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path3);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path3);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path3);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path3);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path3);
      return void 0;
    }
    function replaceNode(key, path3, node) {
      const parent = path3[path3.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit3;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit3.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit3.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit3 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit3.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found2 = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found2 = node;
        }
        if (found2 && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found2);
          if (!data) {
            toJS.toJS(found2, null, ctx);
            data = anchors2.get(found2);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found2, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found2;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar2 = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar2;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar2.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path3, value) {
      let v = value;
      for (let i = path3.length - 1; i >= 0; --i) {
        const k = path3[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path3) => path3 == null || typeof path3 === "object" && !!path3[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path3, value) {
        if (isEmptyPath(path3))
          this.add(value);
        else {
          const [key, ...rest] = path3;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path3) {
        const [key, ...rest] = path3;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path3, keepScalar) {
        const [key, ...rest] = path3;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path3) {
        const [key, ...rest] = path3;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path3, value) {
        const [key, ...rest] = path3;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start2 = i + 1;
      let ch = text[start2];
      while (ch === " " || ch === "	") {
        if (i < start2 + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start2 = i + 1;
          ch = text[start2];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start2 = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start2 > limit)
            return true;
          start2 = i + 1;
          if (strLen - start2 <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start2 = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start2, i) + "\\ ";
          i += 1;
          start2 = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start2, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start2 = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start2, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start2 = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start2 ? str + json.slice(start2) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar2.Scalar.BLOCK_FOLDED ? false : type === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start2 = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start2) {
        value = value.substring(start2.length);
        start2 = start2.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar2.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start2}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start2}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar2.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar2.Scalar.BLOCK_FOLDED || key.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar2.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start: start2, end } = flowChars;
      if (lines.length === 0) {
        return start2 + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start2;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start2}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar2.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar2.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar2.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar2.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = require("buffer");
    var Scalar2 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar2.Scalar.BLOCK_LITERAL);
        if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar2.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar2.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar2.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document2 = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path3, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path3, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path3) {
        if (Collection.isEmptyPath(path3)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path3) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path3, keepScalar) {
        if (Collection.isEmptyPath(path3))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path3, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path3) {
        if (Collection.isEmptyPath(path3))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path3) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path3, value) {
        if (Collection.isEmptyPath(path3)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path3), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path3, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document2;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found2 = null;
      let start2 = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found2 || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found2)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found2 = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found: found2,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start2 ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start: start2, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start2, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start2[start2.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start2, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start: start2, value } of bs.items) {
        const props = resolveProps.resolveProps(start2, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start2, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap7 = fc.start.source === "{";
      const fcName = isMap7 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap7 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start: start2, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start2, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap7 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start2) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap7 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start2, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap7 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap7) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap7 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar2.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start2 = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start2, start2, start2] };
      const type = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start2 + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start2, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar2.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start2 + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start2, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar2.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document2 = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start: start2, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document2.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start2, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start2, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var directives = require_directives();
    var Document2 = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document2.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start: start2, key, sep: sep2, value }) {
      let res = "";
      for (const st of start2)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit3(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    visit3.itemAtPath = (cst, path3) => {
      let item = cst;
      for (const [field, index] of path3) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit3.parentCollection = (cst, path3) => {
      const parent = visit3.itemAtPath(cst, path3.slice(0, -1));
      const field = path3[path3.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path3, item, visitor) {
      let ctrl = visitor(item, path3);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path3.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path3);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path3) : ctrl;
    }
    exports2.visit = visit3;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END3 = "";
    var SCALAR4 = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar6 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END3:
          return "<FLOW_END>";
        case SCALAR4:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END3:
          return "flow-error-end";
        case SCALAR4:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END3;
    exports2.SCALAR = SCALAR4;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar6;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start2 = this.lineStarts[low - 1];
          return { line: low, col: offset - start2 + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start2 = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start: start2, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start2 = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start2 = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2 });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start3 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start3, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start3 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start3, key, sep: sep2 }]
                  });
                } else if (start2.length > 0) {
                  it.sep = it.sep.concat(start2, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start: start2, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start: start2, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start: start2 });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start: start2, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            start2.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start2, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start2.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document2.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse2;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit3 = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document2.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar2.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit3.visit;
    exports2.visitAsync = visit3.visitAsync;
  }
});

// lib/gitops/updaters/image-ref.ts
function splitReference(text) {
  let rest = text.trim();
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { name: rest, tag, digest };
}
function canonicalName(text) {
  const name = splitReference(text).name;
  if (name === "") return void 0;
  if (canonicalCache.has(name)) return canonicalCache.get(name);
  if (canonicalCache.size > 1e4) canonicalCache.clear();
  const canonical = tryParseReference(name)?.name;
  canonicalCache.set(name, canonical);
  return canonical;
}
function kustomizeName(text) {
  const name = splitReference(text).name;
  return /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(name) && name !== name.toLowerCase() ? name : void 0;
}
function resolveTarget(target, options) {
  const source = `${target.repository}=${target.reference.toString()}`;
  const own = splitReference(target.repository).name;
  let written;
  let parsed;
  let keepName = false;
  if (typeof target.reference === "string") {
    keepName = /^@?sha256:/.test(target.reference) || /^\*[:@]/.test(target.reference);
    const reference = /^@?sha256:/.test(target.reference) ? `${own}@${target.reference.replace(/^@/, "")}` : /^\*[:@]/.test(target.reference) ? `${own}${target.reference.slice(1)}` : target.reference;
    written = splitReference(reference);
    parsed = parseReference(reference);
  } else {
    parsed = target.reference;
    written = { name: parsed.name, tag: parsed.tag, digest: parsed.digest };
  }
  const matched = canonicalName(target.repository) ?? kustomizeName(target.repository);
  if (matched === void 0)
    throw usage(
      `Invalid image '${source}': '${target.repository}' is not a repository. Write REPOSITORY=REFERENCE, e.g. app=registry.example.com/app@sha256:<64 hex>.`
    );
  const form = options.referenceForm ?? (!parsed.digest ? "tag" : options.keepTag ? "tag+digest" : "digest");
  if (form !== "tag" && !parsed.digest)
    throw usage(
      `Invalid image '${source}': reference form '${form}' needs a digest. Give REFERENCE as name@sha256:<64 hex>, or ask for the 'tag' form.`
    );
  if (form === "tag" && !parsed.tag)
    throw usage(`Invalid image '${source}': reference form 'tag' needs a tag. Give REFERENCE as name:tag.`);
  const firstSlash = written.name.indexOf("/");
  const first = firstSlash < 0 ? "" : written.name.slice(0, firstSlash);
  const hasRegistry = /[.:]/.test(first) || first === "localhost";
  return {
    match: matched,
    name: written.name,
    canonical: parsed.name,
    registry: hasRegistry ? written.name.slice(0, firstSlash) : parsed.registry,
    path: hasRegistry ? written.name.slice(firstSlash + 1) : written.name,
    tag: parsed.tag,
    digest: parsed.digest,
    form,
    source,
    keepName
  };
}
function renderReference(current, target) {
  const written = splitReference(current);
  const name = target.keepName || canonicalName(current) === target.canonical ? written.name : target.name;
  switch (target.form) {
    case "tag":
      return `${name}:${target.tag ?? ""}`;
    case "tag+digest": {
      const tag = target.tag ?? written.tag;
      return `${name}${tag ? `:${tag}` : ""}@${target.digest ?? ""}`;
    }
    case "digest":
      return `${name}@${target.digest ?? ""}`;
  }
}
function findTarget(current, targets) {
  const name = canonicalName(current);
  if (name === void 0) return void 0;
  return targets.find((t) => t.match === name || t.canonical === name);
}
var canonicalCache;
var init_image_ref = __esm({
  "lib/gitops/updaters/image-ref.ts"() {
    "use strict";
    init_reference();
    init_errors();
    canonicalCache = /* @__PURE__ */ new Map();
  }
});

// lib/gitops/updaters/yaml-tokens.ts
function spaces(n) {
  return SPACES[n] ??= " ".repeat(n);
}
function outside() {
  throw OUTSIDE;
}
function lexPlainBlock(text) {
  if (text.includes("	") || text.charCodeAt(0) === 65279 || /\r(?!\n)/.test(text)) return void 0;
  try {
    return new LineTokenizer(text).run();
  } catch (error) {
    if (error === OUTSIDE) return void 0;
    throw error;
  }
}
var DOC_MODE, SCALAR, SPACES, Outside, OUTSIDE, NO_PLAIN_START, FLOW_INDICATORS, PlainEnds, LineTokenizer;
var init_yaml_tokens = __esm({
  "lib/gitops/updaters/yaml-tokens.ts"() {
    "use strict";
    DOC_MODE = "";
    SCALAR = "";
    SPACES = [];
    Outside = class extends Error {
    };
    OUTSIDE = new Outside("outside the line tokenizer subset");
    NO_PLAIN_START = /* @__PURE__ */ new Set([...",[]{}#&*!|>'\"%@`?:"]);
    FLOW_INDICATORS = /* @__PURE__ */ new Set([...",[]{}"]);
    PlainEnds = class {
      constructor(src) {
        this.src = src;
      }
      src;
      /** The next `: ` and ` #` at or after where they were last looked for (the text's length: none). */
      colonSpace = -1;
      spaceHash = -1;
      /** The end of the plain scalar whose second character is at `from`, on a line ending at `lineEnd`. */
      end(from, lineEnd) {
        const { src } = this;
        if (this.colonSpace < from) {
          const k = src.indexOf(": ", from);
          this.colonSpace = k < 0 ? src.length : k;
        }
        if (this.spaceHash < from) {
          const k = src.indexOf(" #", from);
          this.spaceHash = k < 0 ? src.length : k;
        }
        let end = Math.min(lineEnd, this.colonSpace, this.spaceHash);
        if (end === lineEnd && lineEnd > from && src.charCodeAt(lineEnd - 1) === 58) end = lineEnd - 1;
        while (end > from && src.charCodeAt(end - 1) === 32) end--;
        return end;
      }
    };
    LineTokenizer = class {
      out = [];
      src;
      /** Offset of the current line's end (its `\r` or `\n`, or the text's end). */
      e = 0;
      ends;
      constructor(src) {
        this.src = src;
        this.ends = new PlainEnds(src);
      }
      spaces(i) {
        let j = i;
        while (j < this.e && this.src.charCodeAt(j) === 32) j++;
        if (j > i) this.out.push(spaces(j - i));
        return j;
      }
      /** A quoted scalar closed on this line; returns the offset after it. */
      quoted(i) {
        const { src } = this;
        const quote = src[i];
        let j = i + 1;
        for (; ; ) {
          if (j >= this.e) outside();
          const c = src[j];
          if (quote === '"' && c === "\\") j += 2;
          else if (c === quote) {
            if (quote === "'" && src[j + 1] === "'") j += 2;
            else break;
          } else j++;
        }
        this.out.push(src.slice(i, j + 1));
        return j + 1;
      }
      /** A plain scalar as the yaml Lexer ends it (trailing spaces left out); returns its end. */
      plain(i, inFlow) {
        const { src, e } = this;
        const c0 = src[i] ?? "";
        if (NO_PLAIN_START.has(c0)) outside();
        if (c0 === "-" && (i + 1 >= e || src[i + 1] === " ")) outside();
        let end = i + 1;
        if (!inFlow) end = this.ends.end(i + 1, e);
        else
          for (let j = i + 1; j < e; j++) {
            const c = src[j] ?? "";
            if (c === ":") {
              const next = src[j + 1];
              if (j + 1 >= e || next === " " || FLOW_INDICATORS.has(next ?? "")) break;
              end = j + 1;
            } else if (c === " ") {
              const next = src[j + 1];
              if (next === "#" || FLOW_INDICATORS.has(next ?? "")) break;
            } else if (FLOW_INDICATORS.has(c)) break;
            else end = j + 1;
          }
        this.out.push(SCALAR, src.slice(i, end));
        return end;
      }
      scalar(i, inFlow) {
        const c = this.src[i];
        if (c === '"' || c === "'") return { end: this.quoted(i), plain: false };
        return { end: this.plain(i, inFlow), plain: true };
      }
      /** A flow collection closed on this line; returns the offset after it. */
      flow(i) {
        const { src, out } = this;
        let depth = 0;
        let j = i;
        for (; ; ) {
          if (j >= this.e) outside();
          const c = src[j] ?? "";
          if (c === "{" || c === "[") {
            out.push(c);
            depth++;
            j++;
          } else if (c === "}" || c === "]") {
            out.push(c);
            j++;
            if (--depth === 0) return j;
          } else if (c === ",") {
            out.push(c);
            j++;
          } else if (c === " ") j = this.spaces(j);
          else if (c === ":") {
            if (src[j + 1] !== " ") outside();
            out.push(c);
            j++;
          } else if (c === "#") outside();
          else {
            j = this.scalar(j, true).end;
            const next = src[j];
            if (j < this.e && next !== " " && next !== ":" && !FLOW_INDICATORS.has(next ?? "")) outside();
          }
        }
      }
      /** Spaces, then a comment or nothing up to the end of the line. */
      lineEnd(i) {
        const j = this.spaces(i);
        if (j >= this.e) return;
        if (this.src[j] !== "#" || j === i) outside();
        this.out.push(this.src.slice(j, this.e));
      }
      run() {
        const { src, out } = this;
        const n = src.length;
        let started2 = false;
        let content = false;
        let continuable = -1;
        for (let pos = 0; pos < n; ) {
          let e = src.indexOf("\n", pos);
          let next;
          let newline = "\n";
          if (e < 0) {
            e = n;
            next = n;
            newline = "";
          } else {
            next = e + 1;
            if (e > pos && src.charCodeAt(e - 1) === 13) {
              e--;
              newline = "\r\n";
            }
          }
          this.e = e;
          let i = pos;
          while (i < e && src.charCodeAt(i) === 32) i++;
          const indent = i - pos;
          if (i < e) {
            if (continuable >= 0 && indent > continuable) outside();
            continuable = -1;
            if (src[i] === "#") {
              if (indent > 0) out.push(spaces(indent));
              out.push(src.slice(i, e));
            } else {
              if (!started2) out.push(DOC_MODE);
              started2 = true;
              if (indent === 0 && (src.startsWith("---", i) || src.startsWith("...", i))) {
                const after = src[i + 3];
                if (i + 3 >= e || after === " ") {
                  if (content || src[i] === ".") outside();
                  out.push("---");
                  this.lineEnd(i + 3);
                  i = e;
                }
              }
              if (i < e) {
                content = true;
                continuable = this.content(pos, i);
              }
            }
          } else if (indent > 0) out.push(spaces(indent));
          if (newline) out.push(newline);
          pos = next;
        }
        return out;
      }
      /** The content of one line from `i`; returns the column a continuation line would pass, or -1. */
      content(pos, i) {
        const { src, out, e } = this;
        if (i > pos) out.push(spaces(i - pos));
        let dash = -1;
        while (src[i] === "-" && (i + 1 >= e || src[i + 1] === " ")) {
          dash = i - pos;
          out.push("-");
          i = this.spaces(i + 1);
          if (i >= e) return -1;
        }
        if (src[i] === "#") {
          out.push(src.slice(i, e));
          return -1;
        }
        const col = i - pos;
        if (src[i] === "{" || src[i] === "[") {
          if (dash < 0) outside();
          this.lineEnd(this.flow(i));
          return -1;
        }
        const key = this.scalar(i, false);
        i = key.end;
        if (src[i] !== ":" || i + 1 < e && src[i + 1] !== " ") {
          if (dash < 0 || src[i] === ":") outside();
          return this.valueEnd(i, key.plain, dash);
        }
        out.push(":");
        i = this.spaces(i + 1);
        if (i >= e) return -1;
        if (src[i] === "#") {
          if (src[i - 1] !== " ") outside();
          out.push(src.slice(i, e));
          return -1;
        }
        if (src[i] === "{" || src[i] === "[") {
          this.lineEnd(this.flow(i));
          return -1;
        }
        const value = this.scalar(i, false);
        if (src[value.end] === ":") outside();
        return this.valueEnd(value.end, value.plain, col);
      }
      valueEnd(i, plain, owner) {
        const { src, e } = this;
        if (i < e && src[i] !== " ") outside();
        const j = this.spaces(i);
        if (j >= e) return plain ? owner : -1;
        if (src[j] !== "#") outside();
        this.out.push(src.slice(j, e));
        return -1;
      }
    };
  }
});

// lib/gitops/updaters/yaml-text.ts
function chunkBounds(text) {
  if (/^%/m.test(text)) return [{ start: 0, end: text.length }];
  const starts = [0];
  const marker = /^---(?=[ \t]|\r?$)/gm;
  for (let m = marker.exec(text); m; m = marker.exec(text)) if (m.index > 0) starts.push(m.index);
  return starts.map((start2, i) => ({ start: start2, end: starts[i + 1] ?? text.length }));
}
function computeLineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function lex(text) {
  return [...new import_yaml.Lexer().lex(text)];
}
function* feed(parser, tokens) {
  for (const token of tokens) yield* parser.next(token);
  yield* parser.end();
}
function parseDocs(text, tokens = lex(text)) {
  const composer = new import_yaml.Composer({ uniqueKeys: false });
  const docs = [...composer.compose(feed(new import_yaml.Parser(), tokens))];
  const first = docs.flatMap((d) => d.errors)[0];
  return { docs, error: first?.message };
}
function holdsTemplate(doc, source) {
  let found2 = false;
  (0, import_yaml.visit)(doc, {
    Map(_key, node) {
      if (node.flow && node.range && source.startsWith("{{", node.range[0])) {
        found2 = true;
        return import_yaml.visit.BREAK;
      }
      return void 0;
    }
  });
  return found2;
}
function parseYamlFile(text, relevant, hooks = {}) {
  const { each, lexed, read } = hooks;
  let lineStarts;
  const file = {
    text,
    chunks: [],
    eol: text.includes("\r\n") ? "\r\n" : "\n",
    problem: void 0,
    problemKind: void 0,
    // Only positions reported to the user need it; an update computes lines on its result.
    get lineStarts() {
      return lineStarts ??= computeLineStarts(text);
    }
  };
  let problem;
  for (const [index, b] of chunkBounds(text).entries()) {
    const source = text.slice(b.start, b.end);
    if (relevant && !relevant(source)) {
      file.chunks.push({ index, ...b, docs: void 0, tokens: void 0 });
      continue;
    }
    if (read && problem === void 0) {
      const chunk2 = { index, ...b, docs: void 0, tokens: void 0, byLines: true };
      if (read(chunk2, source, file)) {
        file.chunks.push(chunk2);
        continue;
      }
    }
    const fast = lexed && problem === void 0 ? lexPlainBlock(source) : void 0;
    if (fast && lexed) {
      const chunk2 = { index, ...b, docs: void 0, tokens: fast, byLines: true };
      if (lexed(chunk2, source, file)) {
        chunk2.tokens = void 0;
        file.chunks.push(chunk2);
        continue;
      }
    }
    const tokens = lex(source);
    if (!fast && lexed && problem === void 0) {
      const chunk2 = { index, ...b, docs: void 0, tokens };
      if (lexed(chunk2, source, file)) {
        file.chunks.push(chunk2);
        continue;
      }
    }
    const { docs, error } = parseDocs(source, tokens);
    if (error !== void 0 && problem === void 0) problem = error;
    if (problem === void 0 && source.includes("{{") && docs.some((d) => holdsTemplate(d, source)))
      problem = "template";
    const chunk = { index, ...b, docs, tokens };
    file.chunks.push(chunk);
    if (each && problem === void 0) {
      each(chunk, file);
      chunk.docs = void 0;
    }
  }
  let kind = problem === void 0 ? void 0 : "template";
  if (problem === "template")
    problem = "it holds template syntax ({{ \u2026 }}) outside quotes, so it is a template, not YAML";
  else if (problem !== void 0 && /\{\{.*\}\}|\{\{-|\{%/.test(text))
    problem = `it holds template syntax ({{ \u2026 }}) and is not YAML (${problem.split("\n")[0]})`;
  else if (problem !== void 0) {
    problem = `it is not valid YAML (${problem.split("\n")[0]})`;
    kind = "invalid";
  }
  file.problem = problem;
  file.problemKind = kind;
  return file;
}
function position(file, offset) {
  const starts = file.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}
function lineStartOf(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function nextLineStart(text, offset) {
  const nl = text.indexOf("\n", offset);
  return nl < 0 ? text.length : nl + 1;
}
function resolveNode(node, doc) {
  if ((0, import_yaml.isAlias)(node)) {
    const target = node.resolve(doc);
    return target ?? void 0;
  }
  if ((0, import_yaml.isScalar)(node) || (0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) return node;
  return void 0;
}
function pairOf(map, key) {
  for (const item of map.items) {
    const k = item.key;
    if ((0, import_yaml.isScalar)(k) && String(k.value) === key) return item;
  }
  return void 0;
}
function getMap(map, key, doc) {
  const node = resolveNode(pairOf(map, key)?.value, doc);
  return (0, import_yaml.isMap)(node) ? node : void 0;
}
function getSeq(map, key, doc) {
  const node = resolveNode(pairOf(map, key)?.value, doc);
  return (0, import_yaml.isSeq)(node) ? node : void 0;
}
function getScalar(map, key, doc) {
  const node = resolveNode(pairOf(map, key)?.value, doc);
  return (0, import_yaml.isScalar)(node) ? node : void 0;
}
function scalarText(node) {
  if (typeof node.value === "string") return node.value;
  if (node.value === null || node.value === void 0) return void 0;
  return node.source ?? String(node.value);
}
function plainSafe(value) {
  if (!/^[A-Za-z0-9_./+-][A-Za-z0-9_./:@+=-]*$/.test(value)) return false;
  if (/^(?:y|n|yes|no|on|off|true|false|null)$/i.test(value)) return false;
  if (!/^[-+.0-9]/.test(value)) return true;
  try {
    return (0, import_yaml.parse)(value) === value && (0, import_yaml.parse)(value, { version: "1.1" }) === value;
  } catch {
    return false;
  }
}
function renderScalar(node, value) {
  switch (node.type) {
    case "QUOTE_SINGLE":
      return `'${value.replaceAll("'", "''")}'`;
    case "QUOTE_DOUBLE":
      return JSON.stringify(value);
    case "BLOCK_FOLDED":
    case "BLOCK_LITERAL":
      throw new FerryError(
        `Cannot update '${value}': the image is written as a block scalar (| or >). Write it on one line.`,
        { code: "GITOPS" }
      );
    default:
      return plainSafe(value) ? value : JSON.stringify(value);
  }
}
function scalarEdit(file, node, base, value) {
  const range = node.range ?? [0, 0, 0];
  const start2 = base + range[0];
  const end = base + range[1];
  let text = renderScalar(node, value);
  if (start2 === end && !/[ \t]/.test(file.text.charAt(start2 - 1))) text = ` ${text}`;
  return { start: start2, end, text };
}
function chunkOf(chunks, offset) {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if ((chunks[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function rollback(what, why) {
  return new FerryError(
    `Updating ${what} failed: ${why}. The file was left unchanged; please report this with a copy of the file.`,
    { code: "GITOPS" }
  );
}
function sourceLength(token) {
  return token === DOC_MODE2 || token === FLOW_END || token === SCALAR2 ? 0 : token.length;
}
function quoteKind(text) {
  const c = text.charAt(0);
  return c === '"' || c === "'" ? c : "";
}
function scalarTokenEdits(chunk, edits) {
  const tokens = chunk.tokens;
  if (!tokens) return void 0;
  const wanted = /* @__PURE__ */ new Map();
  for (const edit of edits) {
    if (!edit.expect) return void 0;
    wanted.set(edit.expect.at - chunk.start, edit);
  }
  const out = [];
  let offset = 0;
  for (let i = 0; i < tokens.length && out.length < wanted.size; i++) {
    const token = tokens[i] ?? "";
    const length = sourceLength(token);
    const edit = length > 0 ? wanted.get(offset) : void 0;
    if (edit?.expect) {
      const plain = tokens[i - 1] === SCALAR2;
      if (!plain && quoteKind(token) === "") return void 0;
      if (quoteKind(edit.text.trimStart()) !== quoteKind(token)) return void 0;
      out.push({ token: i, value: edit.expect.value, what: edit.expect.what });
    }
    offset += length;
  }
  return out.length === edits.length ? out : void 0;
}
function plainIsString(value, versions = ["1.2"]) {
  if (value !== "" && !/^[-+.0-9~nNtTfFyYoO]/.test(value)) return true;
  if (/^[a-zA-Z]/.test(value) && !BOOL_OR_NULL_WORD.test(value)) return true;
  for (const version of versions) {
    let tests = defaultTests.get(version);
    if (!tests) {
      tests = new import_yaml.Document(null, { version }).schema.tags.flatMap(
        (t) => t.default === true && t.test instanceof RegExp ? [t.test] : []
      );
      defaultTests.set(version, tests);
    }
    if (tests.some((test) => test.test(value))) return false;
  }
  return true;
}
function scalarReadsAs(token, marker, was, edit) {
  if (quoteKind(token) !== quoteKind(was) || /[\r\n]/.test(token))
    return `${edit.what} is no longer one scalar`;
  let value;
  if (quoteKind(token) === "") {
    if (marker !== SCALAR2 || !plainIsString(token, ["1.2", "1.1"]))
      return `${edit.what} is no longer a string`;
    value = token;
  } else {
    let bad = false;
    const type = quoteKind(token) === '"' ? "double-quoted-scalar" : "single-quoted-scalar";
    const read = import_yaml.CST.resolveAsScalar({ type, offset: 0, indent: 0, source: token }, true, () => {
      bad = true;
    });
    if (bad) return `${edit.what} no longer reads as a quoted string`;
    value = read.value;
  }
  return value === edit.value ? void 0 : `${edit.what} reads '${value}', not '${edit.value}'`;
}
function readBackTokens(edits, before, source) {
  const after = lex(source);
  if (after.length !== before.length) return "the edited document reads as a different structure";
  const edited = new Map(edits.map((e) => [e.token, e]));
  for (let i = 0; i < after.length; i++) {
    const token = after[i] ?? "";
    const edit = edited.get(i);
    if (!edit) {
      if (token !== before[i]) return "the edited document reads as a different structure";
      continue;
    }
    const problem = scalarReadsAs(token, after[i - 1], before[i] ?? "", edit);
    if (problem !== void 0) return problem;
  }
  return void 0;
}
function readBackLines(before, after, edits) {
  const lines = /* @__PURE__ */ new Map();
  for (const e of edits) {
    const start2 = lineStartOf(before, e.edit.start);
    const list = lines.get(start2);
    if (list) list.push(e);
    else lines.set(start2, [e]);
  }
  for (const [start2, onLine] of lines) {
    const first = onLine[0];
    const last = onLine[onLine.length - 1];
    if (!first || !last) continue;
    const lineEnd = (text, from) => {
      const nl = text.indexOf("\n", from);
      return nl < 0 ? text.length : nl + 1;
    };
    const old = before.slice(start2, lineEnd(before, last.edit.end));
    const newStart = first.at - (first.edit.start - start2);
    const line = after.slice(newStart, lineEnd(after, last.at + last.edit.text.length));
    const was = lexPlainBlock(old);
    const now = lexPlainBlock(line);
    if (!was || !now) return "the edited line reads as a different structure";
    if (was.length !== now.length) return "the edited line reads as a different structure";
    const wanted = /* @__PURE__ */ new Map();
    for (const e of onLine) {
      const { text, start: start3, expect } = e.edit;
      const parsedAt = (expect?.at ?? start3) - start3 + e.at - newStart;
      wanted.set(parsedAt + text.length - text.trimStart().length, e.edit);
    }
    let offset = 0;
    let found2 = 0;
    for (let i = 0; i < now.length; i++) {
      const token = now[i] ?? "";
      const length = sourceLength(token);
      const edit = length > 0 ? wanted.get(offset) : void 0;
      offset += length;
      if (!edit?.expect) {
        if (token !== was[i]) return "the edited line reads as a different structure";
        continue;
      }
      found2++;
      const problem = scalarReadsAs(token, now[i - 1], was[i] ?? "", edit.expect);
      if (problem !== void 0) return problem;
      if (!PLAIN_REFERENCE.test(token) && !yamlLexes(line, offset - length, token))
        return `${edit.expect.what} is no longer one scalar`;
    }
    if (found2 !== onLine.length) return "an edited scalar is no longer where it was written";
  }
  return void 0;
}
function yamlLexes(line, at, token) {
  let offset = 0;
  for (const t of new import_yaml.Lexer().lex(line)) {
    if (offset === at && sourceLength(t) > 0) return t === token;
    offset += sourceLength(t);
    if (offset > at) return false;
  }
  return false;
}
function applyEdits(file, edits, what) {
  if (edits.length === 0) return { text: file.text, changes: [] };
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const unique = [];
  for (const edit of sorted) {
    const last = unique[unique.length - 1];
    if (last && last.start === edit.start && last.end === edit.end && last.text === edit.text) continue;
    if (last && edit.start < last.end) throw rollback(what, `two edits overlap at offset ${edit.start}`);
    unique.push(edit);
  }
  const pieces = [];
  let at = 0;
  let shift = 0;
  const touched = /* @__PURE__ */ new Map();
  const moved = /* @__PURE__ */ new Map();
  const located = [];
  for (const edit of unique) {
    pieces.push(file.text.slice(at, edit.start), edit.text);
    at = edit.end;
    moved.set(edit, edit.start + shift);
    if (edit.change) located.push({ offset: edit.start + shift, change: edit.change });
    shift += edit.text.length - (edit.end - edit.start);
    const c = chunkOf(file.chunks, edit.start);
    const list = touched.get(c);
    if (list) list.push(edit);
    else touched.set(c, [edit]);
  }
  pieces.push(file.text.slice(at));
  const text = pieces.join("");
  const bounds = chunkBounds(text);
  if (bounds.length !== file.chunks.length) throw rollback(what, "the edit changed where documents begin");
  for (const [index, chunkEdits] of touched) {
    const b = bounds[index];
    if (!b) throw rollback(what, "a document went missing");
    const source = text.slice(b.start, b.end);
    const chunk = file.chunks[index];
    const sameKind = (e) => e.expect !== void 0 && quoteKind(e.text.trimStart()) === quoteKind(file.text.charAt(e.expect.at));
    if (chunk?.byLines && chunkEdits.every(sameKind)) {
      const at2 = chunkEdits.map((edit) => ({ edit, at: moved.get(edit) ?? -1 }));
      const problem = readBackLines(file.text, text, at2);
      if (problem !== void 0) throw rollback(what, problem);
      continue;
    }
    const scalars = chunk ? scalarTokenEdits(chunk, chunkEdits) : void 0;
    if (scalars) {
      const problem = readBackTokens(scalars, chunk?.tokens ?? [], source);
      if (problem !== void 0) throw rollback(what, problem);
      continue;
    }
    const { docs, error } = parseDocs(source);
    if (error !== void 0)
      throw rollback(what, `the edited text no longer parses (${error.split("\n")[0]})`);
    for (const edit of chunkEdits) {
      const problem = edit.check?.(docs, source);
      if (problem !== void 0) throw rollback(what, problem);
    }
  }
  let line = 1;
  let counted = 0;
  const changes = located.map(({ offset, change }) => {
    for (let nl = text.indexOf("\n", counted); nl >= 0 && nl < offset; nl = text.indexOf("\n", nl + 1))
      line++;
    counted = Math.max(counted, offset);
    return { line, ...change };
  });
  return { text, changes };
}
function plainOrQuoted(value) {
  return plainSafe(value) ? value : JSON.stringify(value);
}
function indentOf(file, node, base) {
  const start2 = base + (node.range?.[0] ?? 0);
  return start2 - lineStartOf(file.text, start2);
}
function insertPairs(file, map, base, fields) {
  if (fields.length === 0) return void 0;
  if (map.flow) {
    const close = base + (map.range?.[1] ?? 0) - 1;
    if (file.text.charAt(close) !== "}") return void 0;
    const sep2 = map.items.length > 0 ? ", " : "";
    return {
      start: close,
      end: close,
      text: `${sep2}${fields.map(([k, v]) => `${k}: ${v}`).join(", ")}`,
      check: void 0
    };
  }
  const firstKey = map.items[0]?.key;
  if (!(0, import_yaml.isScalar)(firstKey)) return void 0;
  const pad = " ".repeat(indentOf(file, firstKey, base));
  const at = nextLineStart(file.text, base + (map.range?.[1] ?? 0) - 1);
  const body = fields.map(([k, v]) => `${pad}${k}: ${v}${file.eol}`).join("");
  return { start: at, end: at, text: atEnd(file, at, body), check: void 0 };
}
function atEnd(file, pos, body) {
  if (pos !== file.text.length || pos === 0 || file.text.endsWith("\n")) return body;
  return file.eol + body.slice(0, body.length - file.eol.length);
}
function leftAlone(file) {
  return {
    text: file.text,
    changes: [],
    warnings: [`left alone: ${file.problem ?? ""}`],
    matched: 0,
    leftAlone: { reason: file.problem ?? "", template: file.problemKind === "template" }
  };
}
var import_yaml, DOC_MODE2, FLOW_END, SCALAR2, defaultTests, BOOL_OR_NULL_WORD, PLAIN_REFERENCE;
var init_yaml_text = __esm({
  "lib/gitops/updaters/yaml-text.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
    init_errors();
    init_yaml_tokens();
    DOC_MODE2 = "";
    FLOW_END = "";
    SCALAR2 = "";
    defaultTests = /* @__PURE__ */ new Map();
    BOOL_OR_NULL_WORD = /^(?:[Nn]ull|NULL|[YyNn]|[Yy]es|YES|[Nn]o|NO|[Tt]rue|TRUE|[Ff]alse|FALSE|[Oo]n|ON|[Oo]ff|OFF)$/;
    PLAIN_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._/:@+=-]*$/;
  }
});

// lib/gitops/updaters/resources.ts
function typeOf(root, doc) {
  const apiVersion = getScalar(root, "apiVersion", doc)?.value;
  const kind = getScalar(root, "kind", doc)?.value;
  return typeof apiVersion === "string" && typeof kind === "string" ? { apiVersion, kind } : void 0;
}
function isHelmRelease(t) {
  return t.kind === "HelmRelease" && t.apiVersion.startsWith("helm.toolkit.fluxcd.io/");
}
function isArgoApplication(t) {
  return (t.kind === "Application" || t.kind === "ApplicationSet") && t.apiVersion.startsWith("argoproj.io/");
}
function argoSources(doc) {
  const root = resolveNode(doc.contents, doc);
  if (!(0, import_yaml2.isMap)(root)) return [];
  const t = typeOf(root, doc);
  if (!t || !isArgoApplication(t)) return [];
  const spec = getMap(root, "spec", doc);
  const app = t.kind === "ApplicationSet" ? spec && getMap(spec, "template", doc) : root;
  const appSpec = t.kind === "ApplicationSet" ? app && getMap(app, "spec", doc) : spec;
  const base = t.kind === "ApplicationSet" ? "spec.template.spec." : "spec.";
  if (!appSpec) return [];
  const out = [];
  const source = getMap(appSpec, "source", doc);
  if (source) out.push({ map: source, prefix: `${base}source.` });
  getSeq(appSpec, "sources", doc)?.items.forEach((item, i) => {
    const map = resolveNode(item, doc);
    if ((0, import_yaml2.isMap)(map)) out.push({ map, prefix: `${base}sources[${i}].` });
  });
  return out;
}
function valuesRoots(doc) {
  const root = resolveNode(doc.contents, doc);
  if (!(0, import_yaml2.isMap)(root)) return [];
  const t = typeOf(root, doc);
  if (!t) return [{ map: root, prefix: "" }];
  if (isHelmRelease(t)) {
    const spec = getMap(root, "spec", doc);
    const values = spec && getMap(spec, "values", doc);
    return values ? [{ map: values, prefix: "spec.values." }] : [];
  }
  return argoSources(doc).flatMap(({ map, prefix }) => {
    const helm = getMap(map, "helm", doc);
    const values = helm && getMap(helm, "valuesObject", doc);
    return values ? [{ map: values, prefix: `${prefix}helm.valuesObject.` }] : [];
  });
}
function mayHoldEmbeddedImages(text) {
  return {
    helmRelease: /^kind:[ \t]*["']?HelmRelease\b/m.test(text),
    argo: /^kind:[ \t]*["']?Application(Set)?\b/m.test(text) && /argoproj\.io\//.test(text)
  };
}
var import_yaml2;
var init_resources = __esm({
  "lib/gitops/updaters/resources.ts"() {
    "use strict";
    import_yaml2 = __toESM(require_dist(), 1);
    init_yaml_text();
  }
});

// lib/gitops/updaters/split.ts
function partsName(parts) {
  const name = parts.name?.value;
  if (!name) return void 0;
  const registry = parts.registry?.value;
  return registry ? `${registry}/${name}` : name;
}
function planParts(parts, target) {
  const want = {};
  const current = partsName(parts);
  if (parts.name && !target.keepName && (current === void 0 || canonicalName(current) !== target.canonical)) {
    if (parts.registry) {
      want.registry = target.registry;
      want.name = target.path;
    } else want.name = target.name;
  }
  const currentTag = parts.tag?.value ? splitReference(`x:${parts.tag.value}`).tag : void 0;
  const digest = target.digest ?? "";
  if (target.form === "tag") {
    if (parts.tag) want.tag = target.tag ?? "";
    if (parts.digest?.value) want.digest = "";
    return want;
  }
  if (parts.digest) {
    want.digest = digest;
    if (parts.tag && target.tag !== void 0) want.tag = target.tag;
    return want;
  }
  const tag = target.tag ?? currentTag;
  if (parts.tag && tag) want.tag = `${tag}@${digest}`;
  else want.digest = digest;
  return want;
}
var init_split = __esm({
  "lib/gitops/updaters/split.ts"() {
    "use strict";
    init_image_ref();
  }
});

// lib/gitops/updaters/argocd/index.ts
function sourcesOf(doc, writeBack) {
  const root = resolveNode(doc.contents, doc);
  if (!(0, import_yaml3.isMap)(root)) return [];
  if (writeBack) return [{ map: root, prefix: "" }];
  return argoSources(doc);
}
function parameterImages(source, doc, docKey, keys) {
  const helm = getMap(source.map, "helm", doc);
  const list = helm ? getSeq(helm, "parameters", doc) : void 0;
  if (!list) return [];
  const values = /* @__PURE__ */ new Map();
  for (const item of list.items) {
    const param = resolveNode(item, doc);
    if (!(0, import_yaml3.isMap)(param)) continue;
    const name = getScalar(param, "name", doc)?.value;
    const value = getScalar(param, "value", doc);
    if (typeof name === "string" && value && typeof value.value === "string") values.set(name, value);
  }
  const id = (name) => `${docKey}:${source.prefix}helm.parameters[${name}]`;
  const out = [];
  if (keys && keys.length > 0) {
    for (const spec of keys) {
      if (typeof spec === "string") {
        const full = values.get(spec);
        if (full) out.push({ id: id(spec), full, parts: {} });
        continue;
      }
      const parts = {};
      const paths = {
        registry: spec.registry,
        name: spec.repository,
        tag: spec.tag,
        digest: spec.digest
      };
      for (const part of Object.keys(paths)) {
        const node = paths[part] === void 0 ? void 0 : values.get(paths[part] ?? "");
        if (node) parts[part] = node;
      }
      if (parts.name) out.push({ id: id(spec.repository), parts });
    }
    return out;
  }
  const groups = /* @__PURE__ */ new Map();
  for (const [name, node] of values) {
    const dot = name.lastIndexOf(".");
    const prefix = dot < 0 ? "" : name.slice(0, dot);
    const part = SUFFIX_PART[name.slice(dot + 1)];
    if (part === void 0) continue;
    const group = groups.get(prefix) ?? {};
    group[part] = node;
    groups.set(prefix, group);
  }
  for (const [name, node] of values) {
    const dot = name.lastIndexOf(".");
    const prefix = dot < 0 ? "" : name.slice(0, dot);
    const group = groups.get(prefix);
    const last = name.slice(dot + 1);
    const isPart = group?.tag !== void 0 && SUFFIX_PART[last] !== void 0;
    if (!isPart && /image$/i.test(last) && canonicalName(String(node.value)) !== void 0)
      out.push({ id: id(name), full: node, parts: {} });
  }
  for (const [prefix, parts] of groups) {
    if (!parts.name || !parts.tag) continue;
    out.push({ id: id(prefix === "" ? "*" : prefix), parts });
  }
  return out;
}
function kustomizeImages(source, doc, docKey) {
  const kustomize = getMap(source.map, "kustomize", doc);
  const list = kustomize ? getSeq(kustomize, "images", doc) : void 0;
  if (!list) return [];
  const out = [];
  list.items.forEach((item, i) => {
    const node = resolveNode(item, doc);
    if (!(0, import_yaml3.isScalar)(node) || typeof node.value !== "string") return;
    const eq = node.value.indexOf("=");
    out.push({
      id: `${docKey}:${source.prefix}kustomize.images[${i}]`,
      full: node,
      alias: eq < 0 ? void 0 : node.value.slice(0, eq),
      parts: {}
    });
  });
  return out;
}
function imagesOf(doc, docKey, writeBack, keys) {
  return sourcesOf(doc, writeBack).flatMap((source) => [
    ...parameterImages(source, doc, docKey, keys),
    ...kustomizeImages(source, doc, docKey)
  ]);
}
function locate(file, writeBack, keys) {
  const out = [];
  for (const chunk of file.chunks)
    chunk.docs?.forEach((doc, docIndex) => {
      const docKey = `${chunk.index}.${docIndex}`;
      for (const image of imagesOf(doc, docKey, writeBack, keys))
        out.push({ ...image, base: chunk.start, docIndex, docKey });
    });
  return out;
}
function referencePart(image, value) {
  return image.alias === void 0 ? value : value.slice(image.alias.length + 1);
}
function extract(text, options) {
  const file = parseYamlFile(text);
  if (file.problem !== void 0) return [];
  const writeBack = WRITE_BACK_FILE.test(baseName(options?.file ?? ""));
  const out = [];
  for (const image of locate(file, writeBack, options?.helmValuesImageKeys)) {
    const nodes = image.full ? [["full", image.full]] : Object.entries(image.parts).map(([p, n]) => [p, n]);
    for (const [field, node] of nodes) {
      const start2 = image.base + (node.range?.[0] ?? 0);
      out.push({
        kind: "argocd",
        id: image.full ? image.id : `${image.id}.${field}`,
        value: scalarText(node) ?? "",
        field,
        start: start2,
        end: image.base + (node.range?.[1] ?? 0),
        ...position(file, start2),
        group: image.id
      });
    }
  }
  return out;
}
function baseName(file) {
  return file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
}
function check(image, writeBack, keys, field, expected) {
  return (docs) => {
    const doc = docs[image.docIndex];
    const found2 = doc ? imagesOf(doc, image.docKey, writeBack, keys).find((i) => i.id === image.id) : void 0;
    const node = field === "full" ? found2?.full : found2?.parts[field];
    if (!node) return `${image.id} is no longer found`;
    const got = scalarText(node) ?? "";
    return got === expected ? void 0 : `${image.id} reads '${got}', not '${expected}'`;
  };
}
function matchEntry(image, value, targets) {
  const reference = referencePart(image, value);
  return findTarget(reference, targets) ?? (image.alias ? findTarget(image.alias, targets) : void 0);
}
function update(text, options) {
  const targets = options.images.map((t) => resolveTarget(t, options));
  const keys = options.helmValuesImageKeys;
  const file = parseYamlFile(text);
  if (file.problem !== void 0) return leftAlone(file);
  const writeBack = WRITE_BACK_FILE.test(baseName(options.file ?? ""));
  const edits = [];
  const warnings = valuesStringWarnings(file, writeBack, targets);
  let matched = 0;
  for (const image of locate(file, writeBack, keys)) {
    const where = image.id.replace(/^[^:]*:/, "");
    if (image.full) {
      const before = scalarText(image.full) ?? "";
      const target2 = matchEntry(image, before, targets);
      if (!target2) continue;
      matched++;
      const reference = referencePart(image, before);
      const written = findTarget(reference, [target2]) ? reference : target2.name;
      const after = `${image.alias === void 0 ? "" : `${image.alias}=`}${renderReference(written, target2)}`;
      if (after === before) continue;
      edits.push({
        ...scalarEdit(file, image.full, image.base, after),
        check: check(image, writeBack, keys, "full", after),
        change: { field: "full", before, after }
      });
      continue;
    }
    const parts = {};
    for (const [part, node] of Object.entries(image.parts))
      parts[part] = { value: scalarText(node) };
    const name = partsName(parts);
    const target = name === void 0 ? void 0 : findTarget(name, targets);
    if (!target) continue;
    matched++;
    const want = planParts(parts, target);
    if (want.digest !== void 0 && !parts.digest)
      throw new FerryError(
        `Cannot pin ${target.canonical} at ${where}: its tag parameter is ${parts.tag?.value ? `'${parts.tag.value}'` : "empty"} and there is no digest parameter, so a digest would not be read. Give a tag with the reference (REPOSITORY=REPOSITORY:TAG@sha256:\u2026) so the digest rides on the tag, or add the parameter the chart reads for the digest and name it (--helmValuesImageKeys image-name=\u2026,image-tag=\u2026,image-digest=\u2026).`,
        { code: "GITOPS" }
      );
    for (const [part, after] of Object.entries(want)) {
      const node = image.parts[part];
      const before = parts[part]?.value ?? "";
      if (before === after) continue;
      if (!node) {
        warnings.push(`${where}: no '${part}' parameter to hold '${after}'; the image is not pinned`);
        continue;
      }
      edits.push({
        ...scalarEdit(file, node, image.base, after),
        check: check(image, writeBack, keys, part, after),
        change: { field: part, before, after }
      });
    }
  }
  return { ...applyEdits(file, edits, "the Argo CD sources"), warnings, matched };
}
function valuesStringWarnings(file, writeBack, targets) {
  const out = [];
  for (const chunk of file.chunks)
    chunk.docs?.forEach((doc) => {
      for (const source of sourcesOf(doc, writeBack)) {
        const helm = getMap(source.map, "helm", doc);
        const values = helm ? getScalar(helm, "values", doc)?.value : void 0;
        if (typeof values !== "string") continue;
        const named = targets.filter((t) => values.includes(t.path) || values.includes(t.name));
        if (named.length > 0)
          out.push(
            `${source.prefix}helm.values names ${named.map((t) => t.source.split("=")[0]).join(", ")} inside a string, which ferry does not edit; move those values to helm.valuesObject or helm.parameters to have them pinned`
          );
      }
    });
  return out;
}
var import_yaml3, WRITE_BACK_FILE, SUFFIX_PART, argocdUpdater;
var init_argocd = __esm({
  "lib/gitops/updaters/argocd/index.ts"() {
    "use strict";
    import_yaml3 = __toESM(require_dist(), 1);
    init_errors();
    init_image_ref();
    init_resources();
    init_split();
    init_yaml_text();
    WRITE_BACK_FILE = /^\.argocd-source(-[^/\\]+)?\.ya?ml$/;
    SUFFIX_PART = {
      repository: "name",
      name: "name",
      image: "name",
      tag: "tag",
      digest: "digest",
      registry: "registry"
    };
    argocdUpdater = { kind: "argocd", extract, update };
  }
});

// lib/gitops/updaters/helm-values/index.ts
function mergedMaps(map, doc) {
  const out = [];
  for (const item of map.items) {
    if (!(0, import_yaml4.isScalar)(item.key) || item.key.value !== MERGE) continue;
    const value = resolveNode(item.value, doc);
    if ((0, import_yaml4.isMap)(value)) out.push(value);
    else if ((0, import_yaml4.isSeq)(value))
      for (const v of value.items) {
        const m = resolveNode(v, doc);
        if ((0, import_yaml4.isMap)(m)) out.push(m);
      }
  }
  return out;
}
function effectivePair(map, key, doc, depth = 0) {
  if (key === MERGE) return void 0;
  const own = pairOf(map, key);
  if (own || depth > MAX_DEPTH) return own;
  for (const source of mergedMaps(map, doc)) {
    const found2 = effectivePair(source, key, doc, depth + 1);
    if (found2) return found2;
  }
  return void 0;
}
function effectiveKeys(map, doc, depth = 0) {
  const keys = [];
  let merges = false;
  for (const item of map.items) {
    if (!(0, import_yaml4.isScalar)(item.key)) continue;
    const key = String(item.key.value);
    if (key === MERGE) merges = true;
    else keys.push(key);
  }
  if (!merges || depth > MAX_DEPTH) return keys;
  const seen = new Set(keys);
  for (const source of mergedMaps(map, doc))
    for (const key of effectiveKeys(source, doc, depth + 1))
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
  return keys;
}
function valueAt(map, key, doc) {
  return resolveNode(effectivePair(map, key, doc)?.value, doc);
}
function scalarAt(map, key, doc) {
  const node = valueAt(map, key, doc);
  return (0, import_yaml4.isScalar)(node) ? node : void 0;
}
function mapAt(map, key, doc) {
  const node = valueAt(map, key, doc);
  return (0, import_yaml4.isMap)(node) ? node : void 0;
}
function lookup(root, path3, doc) {
  const keys = path3.split(".");
  const key = keys.pop() ?? path3;
  let parent = root;
  for (const k of keys) parent = parent ? mapAt(parent, k, doc) : void 0;
  return { node: parent ? scalarAt(parent, key, doc) : void 0, parent, key };
}
function looksLikeImage(value) {
  return typeof value === "string" && !/\s/.test(value) && canonicalName(value) !== void 0;
}
function fromMap(map, id, doc, nameKeys) {
  const nameKey = nameKeys.find((k) => typeof scalarAt(map, k, doc)?.value === "string");
  if (nameKey === void 0) return void 0;
  const keys = {
    registry: "registry",
    name: nameKey,
    tag: "tag",
    digest: "digest"
  };
  const parts = {};
  for (const part of PARTS) {
    const node = scalarAt(map, keys[part], doc);
    if (node || part === "digest") parts[part] = { node, parent: map, key: keys[part] };
  }
  return { id, parts };
}
function isRepositoryMap(map, doc) {
  return looksLikeImage(scalarAt(map, "repository", doc)?.value) && (scalarAt(map, "tag", doc) !== void 0 || scalarAt(map, "digest", doc) !== void 0);
}
function configured(root, doc, docKey, spec) {
  if (typeof spec === "string") {
    const id = `${docKey}:${root.prefix}${spec}`;
    const loc = lookup(root.map, spec, doc);
    const node = loc.parent ? valueAt(loc.parent, loc.key, doc) : void 0;
    if ((0, import_yaml4.isScalar)(node) && looksLikeImage(node.value)) return [{ id, full: node, parts: {} }];
    if ((0, import_yaml4.isMap)(node)) {
      const image = fromMap(node, id, doc, NAME_KEYS);
      return image ? [image] : [];
    }
    return [];
  }
  const parts = {};
  const paths = {
    registry: spec.registry,
    name: spec.repository,
    tag: spec.tag,
    digest: spec.digest
  };
  for (const part of PARTS) {
    const path3 = paths[part];
    if (path3 === void 0) continue;
    const loc = lookup(root.map, path3, doc);
    if (loc.node || part === "digest" && loc.parent) parts[part] = loc;
  }
  if (!parts.name?.node) return [];
  return [
    {
      id: `${docKey}:${root.prefix}${spec.repository}`,
      parts,
      digestConfigured: spec.digest !== void 0
    }
  ];
}
function found(root, doc, docKey) {
  const out = [];
  const walk2 = (map, path3, depth) => {
    if (depth > MAX_DEPTH) return;
    const keys = effectiveKeys(map, doc);
    const imageKeys = keys.filter((k) => /image$/i.test(k) && (0, import_yaml4.isScalar)(valueAt(map, k, doc)));
    for (const key of keys) {
      const here = path3 ? `${path3}.${key}` : key;
      const id = `${docKey}:${root.prefix}${here}`;
      const value = valueAt(map, key, doc);
      if (/image$/i.test(key)) {
        if ((0, import_yaml4.isScalar)(value) && looksLikeImage(value.value)) {
          const written = splitReference(value.value);
          const tag = scalarAt(map, "tag", doc);
          if (tag && imageKeys.length === 1 && written.tag === void 0 && written.digest === void 0) {
            const image = fromMap(map, id, doc, [key]);
            if (image) out.push(image);
          } else out.push({ id, full: value, parts: {} });
          continue;
        }
        if ((0, import_yaml4.isMap)(value)) {
          const image = fromMap(value, id, doc, NAME_KEYS);
          if (image) {
            out.push(image);
            continue;
          }
        }
      }
      if ((0, import_yaml4.isMap)(value)) {
        if (isRepositoryMap(value, doc)) {
          const image = fromMap(value, id, doc, ["repository"]);
          if (image) out.push(image);
        } else walk2(value, here, depth + 1);
      }
      if ((0, import_yaml4.isSeq)(value))
        value.items.forEach((item, i) => {
          const m = resolveNode(item, doc);
          if ((0, import_yaml4.isMap)(m)) walk2(m, `${here}[${i}]`, depth + 1);
        });
    }
  };
  walk2(root.map, "", 0);
  return out;
}
function helmImages(doc, docKey, keys) {
  return valuesRoots(doc).flatMap(
    (root) => keys && keys.length > 0 ? keys.flatMap((spec) => configured(root, doc, docKey, spec)) : found(root, doc, docKey)
  );
}
function locate2(file, keys) {
  const out = [];
  for (const chunk of file.chunks)
    chunk.docs?.forEach((doc, docIndex) => {
      const docKey = `${chunk.index}.${docIndex}`;
      for (const image of helmImages(doc, docKey, keys))
        out.push({ ...image, base: chunk.start, docIndex, docKey, chunk: chunk.index });
    });
  return out;
}
function partValues(image) {
  const parts = {};
  for (const part of PARTS) {
    const loc = image.parts[part];
    if (loc && (loc.node || part === "digest"))
      parts[part] = { value: loc.node ? scalarText(loc.node) : void 0 };
  }
  if (parts.digest && !image.parts.digest?.node && !image.digestConfigured) delete parts.digest;
  return parts;
}
function extract2(text, options) {
  const file = parseYamlFile(text);
  if (file.problem !== void 0) return [];
  const out = [];
  for (const image of locate2(file, options?.helmValuesImageKeys)) {
    const nodes = image.full ? [["full", image.full, image.id]] : PARTS.flatMap((p) => {
      const node = image.parts[p]?.node;
      return node ? [[FIELD[p], node, `${image.id}.${p}`]] : [];
    });
    for (const [field, node, id] of nodes) {
      const start2 = image.base + (node.range?.[0] ?? 0);
      out.push({
        kind: "helm-values",
        id,
        value: scalarText(node) ?? "",
        field,
        start: start2,
        end: image.base + (node.range?.[1] ?? 0),
        ...position(file, start2),
        group: image.id
      });
    }
  }
  return out;
}
function checkImage(image, keys, expected) {
  return (docs) => {
    const doc = docs[image.docIndex];
    const found2 = doc ? helmImages(doc, image.docKey, keys).find((i) => i.id === image.id) : void 0;
    if (!found2) return `${image.id} is no longer found`;
    for (const [part, value] of Object.entries(expected)) {
      const node = part === "full" ? found2.full : found2.parts[part]?.node;
      const got = node ? scalarText(node) : void 0;
      if ((got ?? "") !== value) return `${image.id} ${part} reads '${got ?? ""}', not '${value}'`;
    }
    return void 0;
  };
}
function usersOf(root, doc) {
  const users = /* @__PURE__ */ new Map();
  let budget = 2e5;
  const visit3 = (node, path3, depth) => {
    if (--budget < 0 || depth > MAX_DEPTH) return;
    const n = (0, import_yaml4.isAlias)(node) ? resolveNode(node, doc) : node;
    if ((0, import_yaml4.isScalar)(n)) {
      const list = users.get(n);
      if (list) list.push(path3);
      else users.set(n, [path3]);
    } else if ((0, import_yaml4.isMap)(n)) {
      for (const key of effectiveKeys(n, doc))
        visit3(effectivePair(n, key, doc)?.value, path3 ? `${path3}.${key}` : key, depth + 1);
    } else if ((0, import_yaml4.isSeq)(n)) n.items.forEach((item, i) => visit3(item, `${path3}[${i}]`, depth + 1));
  };
  visit3(root.map, root.prefix.replace(/\.$/, ""), 0);
  return users;
}
function refuse(message) {
  return new FerryError(message, { code: "GITOPS" });
}
function update2(text, options) {
  const targets = options.images.map((t) => resolveTarget(t, options));
  const keys = options.helmValuesImageKeys;
  const warnings = [];
  const file = parseYamlFile(text);
  if (file.problem !== void 0) return leftAlone(file);
  const edits = [];
  const planned = /* @__PURE__ */ new Map();
  const plan = (image, node, value) => {
    const seen = planned.get(node);
    if (!seen) planned.set(node, { node, value, by: [image.id], image });
    else if (seen.value !== value)
      throw refuse(
        `Cannot pin ${image.id.replace(/^[^:]*:/, "")}: its value at line ${position(file, image.base + (node.range?.[0] ?? 0)).line} is shared through a YAML anchor with ${seen.by.join(", ").replace(/\d+\.\d+:/g, "")}, which needs '${seen.value}', not '${value}'. Give each image its own key (override the merged key) so each can be pinned.`
      );
    else seen.by.push(image.id);
  };
  let matched = 0;
  for (const image of locate2(file, keys)) {
    const where = image.id.replace(/^[^:]*:/, "");
    if (image.full) {
      const before = scalarText(image.full) ?? "";
      const target2 = findTarget(before, targets);
      if (!target2) continue;
      matched++;
      const after = renderReference(before, target2);
      if (after === before) continue;
      plan(image, image.full, after);
      edits.push({
        ...scalarEdit(file, image.full, image.base, after),
        check: checkImage(image, keys, { full: after }),
        change: { field: "full", before, after }
      });
      continue;
    }
    const parts = partValues(image);
    const name = partsName(parts);
    const target = name === void 0 ? void 0 : findTarget(name, targets);
    if (!target) continue;
    matched++;
    const want = planParts(parts, target);
    if (want.digest !== void 0 && !parts.digest)
      throw refuse(
        `Cannot pin ${target.canonical} at ${where}: ${parts.tag ? `its tag is ${parts.tag.value ? `'${parts.tag.value}'` : "empty"}` : "it has no tag key"} and there is no digest key, so a digest ferry added would not be read by the chart. Give a tag with the reference (REPOSITORY=REPOSITORY:TAG@sha256:\u2026) so the digest rides on it, or name the key the chart reads for the digest (--helmValuesImageKeys image-name=${image.parts.name?.key ? where + "." + image.parts.name.key : "PATH"},image-tag=\u2026,image-digest=\u2026; the step's helmValuesImageKeys).`
      );
    const check2 = checkImage(image, keys, want);
    const inserts = [];
    let insertInto;
    for (const part of PARTS) {
      const after = want[part];
      if (after === void 0) continue;
      const loc = image.parts[part];
      const before = parts[part]?.value ?? "";
      if (before === after) continue;
      const change = { field: FIELD[part], before, after };
      if (loc?.node) {
        plan(image, loc.node, after);
        edits.push({ ...scalarEdit(file, loc.node, image.base, after), check: check2, change });
      } else if (loc?.parent && (insertInto === void 0 || insertInto === loc.parent)) {
        insertInto = loc.parent;
        inserts.push([loc.key, plainOrQuoted(after)]);
      } else
        warnings.push(`${where}: no '${loc?.key ?? part}' key to hold '${after}'; the image is not pinned`);
    }
    if (insertInto && inserts.length > 0) {
      const edit = insertPairs(file, insertInto, image.base, inserts);
      const after = inserts.map(([k, v]) => `${k}: ${v}`).join(", ");
      if (edit) edits.push({ ...edit, check: check2, change: { field: "digest", before: "", after } });
      else warnings.push(`${where}: could not add ${after}; the image is not pinned`);
    }
  }
  refuseSharedEdits(file, planned);
  return { ...applyEdits(file, edits, "the Helm values"), warnings, matched };
}
function refuseSharedEdits(file, planned) {
  if (planned.size === 0) return;
  const cache = /* @__PURE__ */ new Map();
  for (const p of planned.values()) {
    const chunk = file.chunks[p.image.chunk];
    const doc = chunk?.docs?.[p.image.docIndex];
    if (!chunk || !doc || !ALIAS.test(file.text.slice(chunk.start, chunk.end))) continue;
    const users = /* @__PURE__ */ new Map();
    for (const root of valuesRoots(doc)) {
      const key = `${p.image.docKey}|${root.prefix}`;
      let map = cache.get(key);
      if (!map) cache.set(key, map = usersOf(root, doc));
      for (const [node, paths2] of map) users.set(node, [...users.get(node) ?? [], ...paths2]);
    }
    const paths = users.get(p.node) ?? [];
    if (paths.length <= p.by.length) continue;
    const line = position(file, p.image.base + (p.node.range?.[0] ?? 0)).line;
    throw refuse(
      `Cannot pin ${p.by.map((id) => id.replace(/^[^:]*:/, "")).join(", ")}: the value '${scalarText(p.node) ?? ""}' at line ${line} is shared through a YAML anchor and also read at ${paths.length - p.by.length} other key path(s) (${paths.join(", ")}), which would change too. Give the image its own key (e.g. its own 'tag:' beside the merge key '<<') so only it changes, or pin every image that shares the value.`
    );
  }
}
var import_yaml4, PARTS, NAME_KEYS, MERGE, MAX_DEPTH, FIELD, ALIAS, helmValuesUpdater;
var init_helm_values = __esm({
  "lib/gitops/updaters/helm-values/index.ts"() {
    "use strict";
    import_yaml4 = __toESM(require_dist(), 1);
    init_errors();
    init_image_ref();
    init_resources();
    init_split();
    init_yaml_text();
    PARTS = ["registry", "name", "tag", "digest"];
    NAME_KEYS = ["repository", "image", "name"];
    MERGE = "<<";
    MAX_DEPTH = 64;
    FIELD = {
      registry: "registry",
      name: "name",
      tag: "tag",
      digest: "digest"
    };
    ALIAS = /(^|[\s[{,:-])\*[^\s,\]}]/m;
    helmValuesUpdater = { kind: "helm-values", extract: extract2, update: update2 };
  }
});

// lib/gitops/updaters/kustomize/index.ts
function readEntry(map, doc) {
  const entry = {};
  for (const field of FIELDS) {
    const node = getScalar(map, field, doc);
    const value = node ? scalarText(node) : void 0;
    if (value !== void 0) entry[field] = value;
  }
  return entry;
}
function imagesOf2(doc) {
  const root = resolveNode(doc.contents, doc);
  return (0, import_yaml5.isMap)(root) ? getSeq(root, "images", doc) : void 0;
}
function extract3(text, _options) {
  const file = parseYamlFile(text);
  if (file.problem !== void 0) return [];
  const out = [];
  for (const chunk of file.chunks) {
    chunk.docs?.forEach((doc, d) => {
      imagesOf2(doc)?.items.forEach((item, i) => {
        const map = resolveNode(item, doc);
        if (!(0, import_yaml5.isMap)(map)) return;
        const hasNewName = pairOf(map, "newName") !== void 0;
        for (const field of FIELDS) {
          if (field === "name" && hasNewName) continue;
          const node = getScalar(map, field, doc);
          const value = node ? scalarText(node) : void 0;
          if (!node || value === void 0) continue;
          const start2 = chunk.start + (node.range?.[0] ?? 0);
          out.push({
            kind: "kustomize",
            id: `${chunk.index}.${d}:images[${i}].${field}`,
            value,
            field: FIELD_KIND[field],
            start: start2,
            end: chunk.start + (node.range?.[1] ?? 0),
            ...position(file, start2),
            group: `${chunk.index}.${d}:images[${i}]`
          });
        }
      });
    });
  }
  return out;
}
function desiredEntry(entry, target) {
  const current = entry.newName ?? entry.name ?? "";
  const next = { ...entry };
  if (!target.keepName && canonicalName(current) !== target.canonical) next.newName = target.name;
  switch (target.form) {
    case "digest":
      next.digest = target.digest;
      delete next.newTag;
      break;
    case "tag+digest":
      next.digest = target.digest;
      if (target.tag !== void 0) next.newTag = target.tag;
      break;
    case "tag":
      next.newTag = target.tag;
      delete next.digest;
      break;
  }
  return next;
}
function matches(entry, target) {
  return [entry.name, entry.newName].some((n) => {
    const c = n === void 0 ? void 0 : canonicalName(n) ?? kustomizeName(n);
    return c !== void 0 && (c === target.match || c === target.canonical);
  });
}
function entryCheck(docIndex, index, expected) {
  return (docs) => {
    const doc = docs[docIndex];
    const item = doc ? imagesOf2(doc)?.items[index] : void 0;
    const map = doc ? resolveNode(item, doc) : void 0;
    if (!doc || !(0, import_yaml5.isMap)(map)) return `images[${index}] is no longer found`;
    const got = readEntry(map, doc);
    for (const field of FIELDS)
      if (got[field] !== expected[field])
        return `images[${index}].${field} reads '${got[field] ?? ""}', not '${expected[field] ?? ""}'`;
    return void 0;
  };
}
function start(node, base) {
  return base + (node.range?.[0] ?? 0);
}
function removeField(file, map, key, base) {
  const pair = pairOf(map, key);
  if (!pair || !(0, import_yaml5.isScalar)(pair.key)) return void 0;
  const keyStart = start(pair.key, base);
  if (map.flow) {
    const value2 = pair.value;
    const valueEnd = value2?.range ? base + value2.range[1] : base + (pair.key.range?.[1] ?? 0);
    const index = map.items.indexOf(pair);
    if (index > 0) {
      const comma = file.text.lastIndexOf(",", keyStart);
      return comma < 0 ? void 0 : { start: comma, end: valueEnd, text: "", check: void 0 };
    }
    const next = /^\s*,\s*/.exec(file.text.slice(valueEnd));
    return { start: keyStart, end: valueEnd + (next?.[0].length ?? 0), text: "", check: void 0 };
  }
  const lineStart = lineStartOf(file.text, keyStart);
  if (file.text.slice(lineStart, keyStart).trim() !== "") return void 0;
  const value = pair.value;
  const end = value && value.range ? base + value.range[1] : keyStart;
  const stop = nextLineStart(file.text, Math.max(end - 1, keyStart));
  const from = stop === file.text.length && !file.text.endsWith("\n") && lineStart > 0 ? lineStart - (file.text.charAt(lineStart - 2) === "\r" ? 2 : 1) : lineStart;
  return { start: from, end: stop, text: "", check: void 0 };
}
function newEntryText(file, entry, dash, inner, flow) {
  const fields = FIELDS.filter((f) => entry[f] !== void 0).map(
    (f) => [f, plainOrQuoted(entry[f] ?? "")]
  );
  if (flow) return `{${fields.map(([k, v]) => `${k}: ${v}`).join(", ")}}`;
  return fields.map(([k, v], i) => `${i === 0 ? `${dash}- ` : `${dash}${inner}`}${k}: ${v}${file.eol}`).join("");
}
function update3(text, options) {
  const targets = options.images.map((t) => resolveTarget(t, options));
  const warnings = [];
  const file = parseYamlFile(text);
  if (file.problem !== void 0) return leftAlone(file);
  const edits = [];
  let matched = 0;
  const firstDoc = file.chunks.flatMap((c) => (c.docs ?? []).map((doc, d) => ({ chunk: c, doc, d })))[0];
  const missing = [];
  for (const [t, target] of targets.entries()) {
    const repository = options.images[t]?.repository ?? target.match;
    let found2 = false;
    for (const chunk of file.chunks) {
      chunk.docs?.forEach((doc, d) => {
        imagesOf2(doc)?.items.forEach((item, i) => {
          const map = resolveNode(item, doc);
          if (!(0, import_yaml5.isMap)(map)) return;
          const entry = readEntry(map, doc);
          if (!matches(entry, target)) return;
          found2 = true;
          matched++;
          const want = desiredEntry(entry, target);
          const check2 = entryCheck(d, i, want);
          const inserts = [];
          for (const field of FIELDS) {
            const before = entry[field];
            const after = want[field];
            if (before === after) continue;
            const change = { field: FIELD_KIND[field], before: before ?? "", after: after ?? "" };
            const node = getScalar(map, field, doc);
            if (after === void 0) {
              const removal = removeField(file, map, field, chunk.start);
              if (removal) edits.push({ ...removal, check: check2, change });
              else {
                want[field] = before;
                warnings.push(`images[${i}] (${repository}): could not remove '${field}'; remove it by hand`);
              }
            } else if (node && pairOf(map, field)) {
              edits.push({ ...scalarEdit(file, node, chunk.start, after), check: check2, change });
            } else inserts.push([field, plainOrQuoted(after)]);
          }
          const insert = insertPairs(file, map, chunk.start, inserts);
          if (insert) {
            const after = inserts.map(([k, v]) => `${k}: ${v}`).join(", ");
            edits.push({ ...insert, check: check2, change: { field: "entry", before: "", after } });
          } else if (inserts.length > 0)
            warnings.push(`images[${i}] (${repository}): could not add fields; entry left as it was`);
        });
      });
    }
    const addMissing = options.addMissing ?? true;
    if (found2 || !addMissing || !firstDoc) continue;
    matched++;
    missing.push({ repository, entry: desiredEntry({ name: repository }, target) });
  }
  if (missing.length > 0 && firstDoc) {
    const added = addEntries(
      file,
      firstDoc,
      missing.map((m) => m.entry)
    );
    const after = missing.map((m) => `name: ${m.repository}`).join(", ");
    if (added) edits.push({ ...added, change: { field: "entry", before: "", after } });
    else
      warnings.push(
        `no images entry for ${after}, and 'images:' is written in a way ferry does not extend; add it by hand`
      );
  }
  return { ...applyEdits(file, edits, "the kustomization"), warnings, matched };
}
function addEntries(file, at, entries) {
  const base = at.chunk.start;
  const root = resolveNode(at.doc.contents, at.doc);
  if (!(0, import_yaml5.isMap)(root) || root.flow) return void 0;
  const images = getSeq(root, "images", at.doc);
  const index = images?.items.length ?? 0;
  const check2 = (docs) => {
    for (const [i, entry] of entries.entries()) {
      const problem = entryCheck(at.d, index + i, entry)(docs);
      if (problem !== void 0) return problem;
    }
    return void 0;
  };
  if (images?.flow) {
    const close = base + (images.range?.[1] ?? 0) - 1;
    if (file.text.charAt(close) !== "]") return void 0;
    const sep2 = images.items.length > 0 ? ", " : "";
    const text2 = entries.map((e) => newEntryText(file, e, "", "", true)).join(", ");
    return { start: close, end: close, text: `${sep2}${text2}`, check: check2 };
  }
  if (images && images.items.length > 0) {
    const first = resolveNode(images.items[0], at.doc);
    const dashCol = indentOf(file, images, base);
    const firstKey = (0, import_yaml5.isMap)(first) ? first.items[0]?.key : void 0;
    const innerCol = (0, import_yaml5.isScalar)(firstKey) ? indentOf(file, firstKey, base) : dashCol + 2;
    const last = images.items[images.items.length - 1];
    const pos2 = nextLineStart(file.text, base + (last.range?.[1] ?? 0) - 1);
    const inner = " ".repeat(Math.max(2, innerCol - dashCol));
    const text2 = entries.map((e) => newEntryText(file, e, " ".repeat(dashCol), inner, false)).join("");
    return { start: pos2, end: pos2, text: atEnd(file, pos2, text2), check: check2 };
  }
  if (pairOf(root, "images")) return void 0;
  const otherSeq = root.items.map((p) => resolveNode(p.value, at.doc)).find((n) => (0, import_yaml5.isSeq)(n) && !n.flow && n.items.length > 0);
  const pairKey = otherSeq ? root.items.find((p) => p.value === otherSeq)?.key : void 0;
  const dash = otherSeq && (0, import_yaml5.isScalar)(pairKey) ? Math.max(0, indentOf(file, otherSeq, base) - indentOf(file, pairKey, base)) : 0;
  const lastPair = root.items[root.items.length - 1];
  const lastNode = lastPair?.value ?? lastPair?.key;
  const end = lastNode?.range ? base + lastNode.range[1] : base;
  const pos = root.items.length > 0 ? nextLineStart(file.text, Math.max(end - 1, base)) : base + (root.range?.[0] ?? 0);
  const text = `images:${file.eol}${entries.map((e) => newEntryText(file, e, " ".repeat(dash), "  ", false)).join("")}`;
  return { start: pos, end: pos, text: atEnd(file, pos, text), check: check2 };
}
var import_yaml5, FIELDS, FIELD_KIND, kustomizeUpdater;
var init_kustomize = __esm({
  "lib/gitops/updaters/kustomize/index.ts"() {
    "use strict";
    import_yaml5 = __toESM(require_dist(), 1);
    init_image_ref();
    init_yaml_text();
    FIELDS = ["name", "newName", "newTag", "digest"];
    FIELD_KIND = {
      name: "name",
      newName: "name",
      newTag: "tag",
      digest: "digest"
    };
    kustomizeUpdater = { kind: "kustomize", extract: extract3, update: update3 };
  }
});

// lib/gitops/updaters/manifest/tree.ts
function quotedValue(token) {
  const inner = token.slice(1, -1);
  if (token.length >= 2 && token.endsWith(token[0] ?? "")) {
    if (token[0] === '"' && !inner.includes("\\") && !inner.includes('"')) return inner;
    if (token[0] === "'" && !inner.includes("'")) return inner;
  }
  let bad = false;
  const type = token[0] === '"' ? "double-quoted-scalar" : "single-quoted-scalar";
  const { value } = import_yaml6.CST.resolveAsScalar({ type, offset: 0, indent: 0, source: token }, true, () => {
    bad = true;
  });
  return bad ? void 0 : value;
}
var import_yaml6;
var init_tree = __esm({
  "lib/gitops/updaters/manifest/tree.ts"() {
    "use strict";
    import_yaml6 = __toESM(require_dist(), 1);
  }
});

// lib/gitops/updaters/manifest/lines.ts
function outside2() {
  throw OUTSIDE2;
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function noPlainStart(c) {
  return isFlowIndicator(c) || c === HASH || c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === 39 || c === 34 || c === 37 || c === 64 || c === 96 || c === 63 || c === COLON;
}
function readLines(src, keep) {
  let root;
  let e = 0;
  const stack = [];
  let slot = 0;
  let slotPair;
  let slotSeq;
  let slotIndex = 0;
  let slotIndent = 0;
  const ends = new PlainEnds(src);
  let scalarEnd = 0;
  let scalarPlain = false;
  let escaped = false;
  function skipSpaces(i) {
    while (i < e && src.charCodeAt(i) === SPACE) i++;
    return i;
  }
  function quotedEnd(i) {
    const quote = src.charCodeAt(i);
    escaped = false;
    let j = i + 1;
    for (; ; ) {
      if (j >= e) outside2();
      const c = src.charCodeAt(j);
      if (quote === 34 && c === 92) {
        escaped = true;
        j += 2;
      } else if (c === quote) {
        if (quote === 39 && src.charCodeAt(j + 1) === 39) {
          escaped = true;
          j += 2;
        } else return j + 1;
      } else j++;
    }
  }
  function plainEnd(i, inFlow) {
    const c0 = src.charCodeAt(i);
    if (noPlainStart(c0)) outside2();
    if (c0 === DASH && (i + 1 >= e || src.charCodeAt(i + 1) === SPACE)) outside2();
    if (!inFlow) return ends.end(i + 1, e);
    let end = i + 1;
    for (let j = i + 1; j < e; j++) {
      const c = src.charCodeAt(j);
      if (c === COLON) {
        if (j + 1 >= e) break;
        const next = src.charCodeAt(j + 1);
        if (next === SPACE || isFlowIndicator(next)) break;
        end = j + 1;
      } else if (c === SPACE) {
        const next = src.charCodeAt(j + 1);
        if (next === HASH || isFlowIndicator(next)) break;
      } else if (isFlowIndicator(c)) break;
      else end = j + 1;
    }
    return end;
  }
  function scan(i, inFlow) {
    const c = src.charCodeAt(i);
    if (c === 34 || c === 39) {
      const end = quotedEnd(i);
      scalarEnd = end;
      scalarPlain = false;
      if (escaped && quotedValue(src.slice(i, end)) === void 0) outside2();
      return;
    }
    scalarEnd = plainEnd(i, inFlow);
    scalarPlain = true;
  }
  function value(i) {
    const text = src.slice(i, scalarEnd);
    return scalarPlain ? text : quotedValue(text) ?? outside2();
  }
  function node(i) {
    const type = scalarPlain ? "PLAIN" : src.charCodeAt(i) === 34 ? "QUOTE_DOUBLE" : "QUOTE_SINGLE";
    return { kind: "scalar", text: value(i), type, start: i, end: scalarEnd };
  }
  function keyAt(i) {
    if (!keep) return value(i);
    if (!scalarPlain) {
      const key = value(i);
      return keep.keys.has(key) ? key : void 0;
    }
    const candidates = keep.byLength[scalarEnd - i];
    if (candidates)
      for (let k = 0; k < candidates.length; k++) {
        const key = candidates[k] ?? "";
        if (src.startsWith(key, i)) return key;
      }
    return void 0;
  }
  function flowSpaces(i) {
    const j = skipSpaces(i);
    if (j >= e) outside2();
    return j;
  }
  function flowScalar(i) {
    const c = src.charCodeAt(i);
    if (c === 93 || c === 125 || c === 44 || c === COLON || c === HASH) outside2();
    scan(i, true);
    const j = scalarEnd;
    if (j < e) {
      const next = src.charCodeAt(j);
      if (next !== SPACE && next !== COLON && !isFlowIndicator(next)) outside2();
    }
    return j;
  }
  function flow(i) {
    const close = src.charCodeAt(i) === 123 ? 125 : 93;
    i++;
    for (; ; ) {
      i = flowSpaces(i);
      let c = src.charCodeAt(i);
      if (c === close) break;
      i = c === 123 || c === 91 ? flow(i) : flowScalar(i);
      i = flowSpaces(i);
      if (close === 125 && src.charCodeAt(i) === COLON) {
        if (src.charCodeAt(i + 1) !== SPACE) outside2();
        i = flowSpaces(i + 1);
        c = src.charCodeAt(i);
        if (c === 123 || c === 91) i = flow(i);
        else if (c !== 44 && c !== 125) i = flowScalar(i);
        i = flowSpaces(i);
      }
      c = src.charCodeAt(i);
      if (c === 44) i++;
      else if (c !== close) outside2();
    }
    return i + 1;
  }
  function lineEnd(i) {
    const j = skipSpaces(i);
    if (j < e && (src.charCodeAt(j) !== HASH || j === i)) outside2();
  }
  function valueEnd(i, plain, owner) {
    if (i < e && src.charCodeAt(i) !== SPACE) outside2();
    const j = skipSpaces(i);
    if (j >= e) return plain ? owner : -1;
    if (src.charCodeAt(j) !== HASH) outside2();
    return -1;
  }
  function fill(node2) {
    if (slot === 1 && slotPair) slotPair[1] = node2;
    else if (slot === 2 && slotSeq) slotSeq.items[slotIndex] = node2;
    slot = 0;
  }
  function mapAt2(col) {
    if (slot !== 0 && col > slotIndent) {
      const map2 = { kind: "map", indent: col, pairs: [] };
      fill(map2);
      stack.push(map2);
      return map2;
    }
    slot = 0;
    let top = stack[stack.length - 1];
    while (top && (top.indent > col || top.kind === "seq" && top.indent === col)) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (top?.kind === "map" && top.indent === col) return top;
    if (top || root !== void 0) outside2();
    const map = { kind: "map", indent: col, pairs: [] };
    root = map;
    stack.push(map);
    return map;
  }
  function seqAt(col) {
    if (slot !== 0 && (col > slotIndent || slot === 1 && col === slotIndent)) {
      const seq2 = { kind: "seq", indent: col, items: [] };
      fill(seq2);
      stack.push(seq2);
      return seq2;
    }
    slot = 0;
    let top = stack[stack.length - 1];
    while (top && top.indent > col) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (top?.kind === "seq" && top.indent === col) return top;
    if (top || root !== void 0) outside2();
    const seq = { kind: "seq", indent: col, items: [] };
    root = seq;
    stack.push(seq);
    return seq;
  }
  function placeInline(node2, col) {
    if (slot === 0 || col <= slotIndent) outside2();
    fill(node2);
  }
  function content(pos, i) {
    let dash = -1;
    while (src.charCodeAt(i) === DASH && (i + 1 >= e || src.charCodeAt(i + 1) === SPACE)) {
      dash = i - pos;
      const seq = seqAt(dash);
      slot = 2;
      slotSeq = seq;
      slotIndex = seq.items.push(null) - 1;
      slotIndent = dash;
      i = skipSpaces(i + 1);
      if (i >= e) return -1;
    }
    const c = src.charCodeAt(i);
    if (c === HASH) return -1;
    const col = i - pos;
    if (c === 123 || c === 91) {
      if (dash < 0) outside2();
      const end2 = flow(i);
      placeInline(FLOW, col);
      lineEnd(end2);
      return -1;
    }
    scan(i, false);
    const start2 = i;
    i = scalarEnd;
    const plain = scalarPlain;
    if (src.charCodeAt(i) !== COLON || i + 1 < e && src.charCodeAt(i + 1) !== SPACE) {
      if (dash < 0 || src.charCodeAt(i) === COLON) outside2();
      placeInline(keep ? SKIPPED : node(start2), col);
      return valueEnd(i, plain, dash);
    }
    if (i - start2 > 1e3) outside2();
    const map = mapAt2(col);
    const key = keyAt(start2);
    let pair = SCRATCH;
    if (key !== void 0) {
      pair = [key, null];
      map.pairs.push(pair);
    }
    i = skipSpaces(i + 1);
    if (i >= e || src.charCodeAt(i) === HASH) {
      slot = 1;
      slotPair = pair;
      slotIndent = col;
      return -1;
    }
    const v = src.charCodeAt(i);
    if (v === 123 || v === 91) {
      pair[1] = FLOW;
      lineEnd(flow(i));
      return -1;
    }
    scan(i, false);
    const end = scalarEnd;
    if (src.charCodeAt(end) === COLON) outside2();
    pair[1] = key === void 0 ? SKIPPED : node(i);
    return valueEnd(end, scalarPlain, col);
  }
  function read() {
    const n = src.length;
    let started2 = false;
    let continuable = -1;
    for (let pos = 0; pos < n; ) {
      e = src.indexOf("\n", pos);
      let next;
      if (e < 0) {
        e = n;
        next = n;
      } else {
        next = e + 1;
        if (e > pos && src.charCodeAt(e - 1) === 13) e--;
      }
      let i = pos;
      while (i < e && src.charCodeAt(i) === SPACE) i++;
      if (i < e) {
        if (continuable >= 0 && i - pos > continuable) outside2();
        continuable = -1;
        if (src.charCodeAt(i) !== HASH) {
          if (i === pos && (src.startsWith("---", i) || src.startsWith("...", i))) {
            if (i + 3 >= e || src.charCodeAt(i + 3) === SPACE) {
              if (started2 || src.charCodeAt(i) === 46) outside2();
              lineEnd(i + 3);
              i = e;
            }
          }
          started2 = true;
          if (i < e) continuable = content(pos, i);
        }
      }
      pos = next;
    }
    return root;
  }
  return read();
}
function readBlockLines(text, keep) {
  if (text.includes("	") || text.charCodeAt(0) === 65279 || /\r(?!\n)/.test(text)) return void 0;
  try {
    return { root: readLines(text, keep) };
  } catch (error) {
    if (error === OUTSIDE2) return void 0;
    throw error;
  }
}
var Outside2, OUTSIDE2, SPACE, HASH, DASH, COLON, FLOW, SKIPPED, SCRATCH, KeptKeys;
var init_lines = __esm({
  "lib/gitops/updaters/manifest/lines.ts"() {
    "use strict";
    init_yaml_tokens();
    init_tree();
    Outside2 = class extends Error {
    };
    OUTSIDE2 = new Outside2("outside the line reader subset");
    SPACE = 32;
    HASH = 35;
    DASH = 45;
    COLON = 58;
    FLOW = Object.freeze({ kind: "flow" });
    SKIPPED = Object.freeze({ kind: "scalar", text: "", type: "PLAIN", start: 0, end: 0 });
    SCRATCH = ["", null];
    KeptKeys = class {
      keys;
      byLength;
      constructor(keys) {
        this.keys = new Set(keys);
        const byLength = [];
        for (const key of this.keys) (byLength[key.length] ??= []).push(key);
        this.byLength = byLength;
      }
    };
  }
});

// lib/gitops/updaters/manifest/fast.ts
function bail() {
  throw BAIL;
}
function isNewline(token) {
  return token === "\n" || token === "\r\n";
}
function isSpace(token) {
  if (token === void 0 || token[0] !== " " && token[0] !== "	") return false;
  if (token.includes("	")) bail();
  return true;
}
function quotedValue2(token) {
  return quotedValue(token) ?? bail();
}
function get(node, key) {
  if (node?.kind === "flow") bail();
  if (node?.kind !== "map") return void 0;
  const { pairs } = node;
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i];
    if (pair && pair[0] === key) return pair[1];
  }
  return void 0;
}
function getMap2(node, key) {
  const value = get(node, key);
  if (value?.kind === "flow") bail();
  return value?.kind === "map" ? value : void 0;
}
function getSeq2(node, key) {
  const value = get(node, key);
  if (value?.kind === "flow") bail();
  return value?.kind === "seq" ? value : void 0;
}
function stringOf(node) {
  return node.type !== "PLAIN" || plainIsString(node.text) ? node.text : void 0;
}
function getString(node, key) {
  const value = get(node, key);
  return value?.kind === "scalar" ? stringOf(value) : void 0;
}
function podSpecs(resource, prefix, out) {
  if (resource?.kind === "flow") bail();
  if (resource?.kind !== "map") return;
  const kind = getString(resource, "kind");
  if (kind === void 0) return;
  if (kind.endsWith("List"))
    getSeq2(resource, "items")?.items.forEach((item, i) => podSpecs(item, `${prefix}items[${i}].`, out));
  const paths = kind === "Pod" ? [["spec"], ...POD_SPEC_PATHS] : [...POD_SPEC_PATHS];
  for (const path3 of paths) {
    let node = resource;
    for (const key of path3) node = node ? getMap2(node, key) : void 0;
    if (node) out.push({ spec: node, path: `${prefix}${path3.join(".")}` });
  }
}
function imagesOf3(root, chunkIndex) {
  const pods = [];
  podSpecs(root, "", pods);
  const out = [];
  for (const pod of pods) {
    for (const key of CONTAINER_KEYS) {
      getSeq2(pod.spec, key)?.items.forEach((item, i) => {
        if (item?.kind === "flow") bail();
        if (item?.kind !== "map") return;
        const image = get(item, "image");
        if (image?.kind === "flow") bail();
        const value = image?.kind === "scalar" ? stringOf(image) : void 0;
        if (image?.kind !== "scalar" || value === void 0) return;
        const node = new import_yaml7.Scalar(value);
        node.type = image.type;
        node.range = [image.start, image.end, image.end];
        out.push({
          id: `${chunkIndex}.0:${pod.path}.${key}[${i}].image`,
          node,
          value,
          container: getString(item, "name")
        });
      });
    }
  }
  return out;
}
function fastContainerImages(tokens, source, chunkIndex) {
  if (source.includes("{{")) return void 0;
  try {
    return imagesOf3(new Reader(tokens, source).read(), chunkIndex);
  } catch (error) {
    if (error === BAIL) return void 0;
    throw error;
  }
}
function lineContainerImages(source, chunkIndex) {
  if (source.includes("{{")) return void 0;
  const read = readBlockLines(source, READ_KEYS);
  if (!read) return void 0;
  try {
    return imagesOf3(read.root, chunkIndex);
  } catch (error) {
    if (error === BAIL) return void 0;
    throw error;
  }
}
var import_yaml7, DOC_MODE3, FLOW_END2, SCALAR3, Bail, BAIL, Reader, CONTAINER_KEYS, READ_KEYS, POD_SPEC_PATHS;
var init_fast = __esm({
  "lib/gitops/updaters/manifest/fast.ts"() {
    "use strict";
    import_yaml7 = __toESM(require_dist(), 1);
    init_yaml_text();
    init_lines();
    init_tree();
    DOC_MODE3 = "";
    FLOW_END2 = "";
    SCALAR3 = "";
    Bail = class extends Error {
    };
    BAIL = new Bail("outside the token reader subset");
    Reader = class {
      constructor(tokens, source) {
        this.tokens = tokens;
        this.source = source;
      }
      tokens;
      source;
      i = 0;
      offset = 0;
      lineStart = 0;
      root;
      stack = [];
      pending;
      peek() {
        return this.tokens[this.i];
      }
      take() {
        const token = this.tokens[this.i++] ?? bail();
        if (token !== DOC_MODE3 && token !== SCALAR3) this.offset += token.length;
        return token;
      }
      skipSpace() {
        while (isSpace(this.peek())) this.take();
      }
      /** The rest of a line may hold spaces and a comment only. */
      endOfLine() {
        this.skipSpace();
        if (this.peek()?.startsWith("#")) {
          const before = this.source[this.offset - 1];
          if (this.offset > this.lineStart && before !== " " && before !== "	") bail();
          this.take();
        }
        const token = this.peek();
        if (token === void 0) return;
        if (!isNewline(token)) bail();
        this.take();
        this.lineStart = this.offset;
      }
      atLineEnd() {
        const token = this.peek();
        return token === void 0 || isNewline(token) || token.startsWith("#");
      }
      scalar() {
        const token = this.peek();
        if (token === SCALAR3) {
          this.take();
          const start2 = this.offset;
          const text = this.take();
          if (/[\r\n]/.test(text) || "	,%|>@`".includes(text[0] ?? "	")) bail();
          return { kind: "scalar", text, type: "PLAIN", start: start2, end: this.offset };
        }
        if (token?.[0] === '"' || token?.[0] === "'") {
          const start2 = this.offset;
          const text = this.take();
          if (/[\r\n]/.test(text)) bail();
          const type = text[0] === '"' ? "QUOTE_DOUBLE" : "QUOTE_SINGLE";
          return { kind: "scalar", text: quotedValue2(text), type, start: start2, end: this.offset };
        }
        return void 0;
      }
      /** A flow collection on one line, of scalars and flow collections, well formed. */
      flow() {
        const close = this.take() === "{" ? "}" : "]";
        for (; ; ) {
          this.skipSpace();
          if (this.peek() === close) break;
          if (this.peek() === "{" || this.peek() === "[") this.flow();
          else if (!this.scalar()) bail();
          this.skipSpace();
          if (close === "}" && this.peek() === ":") {
            this.take();
            if (!isSpace(this.peek())) bail();
            this.skipSpace();
            const next = this.peek();
            if (next === "{" || next === "[") this.flow();
            else if (next !== "," && next !== "}" && !this.scalar()) bail();
            this.skipSpace();
          }
          if (this.peek() === ",") this.take();
          else if (this.peek() !== close) bail();
        }
        this.take();
        return { kind: "flow" };
      }
      fill(slot, node) {
        if (slot.pair) slot.pair[1] = node;
        else if (slot.seq) slot.seq.items[slot.index] = node;
      }
      /** Puts a node into the pending slot when it is indented under it, else makes it the root. */
      place(node, col, block) {
        const slot = this.pending;
        this.pending = void 0;
        if (slot && (col > slot.indent || block && node.kind === "seq" && slot.mapValue && col === slot.indent)) {
          this.fill(slot, node);
          return;
        }
        if (this.root !== void 0 || !block) bail();
        this.root = node;
      }
      /** The map a key at `col` belongs to, opened when the pending slot or the root takes it. */
      mapAt(col) {
        const { stack } = this;
        if (this.pending && col > this.pending.indent) {
          const map2 = { kind: "map", indent: col, pairs: [] };
          this.place(map2, col, true);
          stack.push(map2);
          return map2;
        }
        this.pending = void 0;
        for (let top2 = stack.at(-1); top2 && (top2.indent > col || top2.kind === "seq" && top2.indent === col); top2 = stack.at(-1))
          stack.pop();
        const top = stack.at(-1);
        if (top?.kind === "map" && top.indent === col) return top;
        if (top || this.root !== void 0) bail();
        const map = { kind: "map", indent: col, pairs: [] };
        this.root = map;
        stack.push(map);
        return map;
      }
      seqAt(col) {
        const { stack } = this;
        const slot = this.pending;
        if (slot && (col > slot.indent || slot.mapValue && col === slot.indent)) {
          const seq2 = { kind: "seq", indent: col, items: [] };
          this.place(seq2, col, true);
          stack.push(seq2);
          return seq2;
        }
        this.pending = void 0;
        for (let top2 = stack.at(-1); top2 && top2.indent > col; top2 = stack.at(-1)) stack.pop();
        const top = stack.at(-1);
        if (top?.kind === "seq" && top.indent === col) return top;
        if (top || this.root !== void 0) bail();
        const seq = { kind: "seq", indent: col, items: [] };
        this.root = seq;
        stack.push(seq);
        return seq;
      }
      /** One node starting at the current token, on a line whose earlier part may have opened `pending`. */
      content() {
        const col = this.offset - this.lineStart;
        const token = this.peek();
        if (token === "-") {
          const seq = this.seqAt(col);
          this.take();
          const index = seq.items.push(null) - 1;
          this.pending = { pair: void 0, seq, index, indent: col, mapValue: false };
          if (this.atLineEnd()) return this.endOfLine();
          if (!isSpace(this.peek())) bail();
          this.skipSpace();
          if (this.atLineEnd()) return this.endOfLine();
          return this.content();
        }
        if (token === "{" || token === "[") {
          if (!this.pending && this.root !== void 0) bail();
          this.place(this.flow(), col, false);
          return this.endOfLine();
        }
        const node = this.scalar() ?? bail();
        this.skipSpace();
        if (this.peek() !== ":") {
          if (!this.pending && this.root !== void 0) bail();
          this.place(node, col, false);
          return this.endOfLine();
        }
        if (this.offset - node.start > 1e3) bail();
        this.take();
        const key = node.text;
        const map = this.mapAt(col);
        const pair = [key, null];
        map.pairs.push(pair);
        const slot = { pair, seq: void 0, index: 0, indent: col, mapValue: true };
        if (this.atLineEnd()) {
          this.pending = slot;
          return this.endOfLine();
        }
        if (!isSpace(this.peek())) bail();
        this.skipSpace();
        if (this.atLineEnd()) {
          this.pending = slot;
          return this.endOfLine();
        }
        const next = this.peek();
        if (next === "{" || next === "[") pair[1] = this.flow();
        else {
          pair[1] = this.scalar() ?? bail();
          this.skipSpace();
          if (this.peek() === ":") bail();
        }
        return this.endOfLine();
      }
      /** The document: lines of content, comments and blank lines, one `---` before and one `...` after. */
      read() {
        let started2 = false;
        let ended = false;
        while (this.i < this.tokens.length) {
          const token = this.peek();
          if (token === DOC_MODE3) {
            this.take();
            continue;
          }
          if (token === "\uFEFF" && this.offset === 0) {
            this.take();
            this.lineStart = this.offset;
            if (this.tokens.slice(this.i, this.i + 3).includes("-")) bail();
            continue;
          }
          if (isNewline(token)) {
            this.take();
            this.lineStart = this.offset;
            continue;
          }
          if (isSpace(token)) this.take();
          const first = this.peek();
          if (first === void 0) break;
          if (isNewline(first) || first.startsWith("#")) {
            this.endOfLine();
            continue;
          }
          if (ended) bail();
          if (first === "---" && this.offset === this.lineStart) {
            if (started2) bail();
            started2 = true;
            this.take();
            this.endOfLine();
            continue;
          }
          if (first === "..." && this.offset === this.lineStart) {
            ended = true;
            this.take();
            this.endOfLine();
            continue;
          }
          if (first === FLOW_END2) bail();
          started2 = true;
          this.content();
        }
        return this.root;
      }
    };
    CONTAINER_KEYS = ["containers", "initContainers", "ephemeralContainers"];
    READ_KEYS = new KeptKeys([
      "kind",
      "items",
      "spec",
      "template",
      "jobTemplate",
      ...CONTAINER_KEYS,
      "image",
      "name"
    ]);
    POD_SPEC_PATHS = [
      ["spec", "template", "spec"],
      ["spec", "jobTemplate", "spec", "template", "spec"]
    ];
  }
});

// lib/gitops/updaters/manifest/index.ts
function podSpecs2(root, doc, prefix, out) {
  const resource = resolveNode(root, doc);
  if (!(0, import_yaml8.isMap)(resource)) return;
  const kind = getScalar(resource, "kind", doc)?.value;
  if (typeof kind !== "string") return;
  if (kind.endsWith("List")) {
    getSeq(resource, "items", doc)?.items.forEach(
      (item, i) => podSpecs2(item, doc, `${prefix}items[${i}].`, out)
    );
  }
  const paths = kind === "Pod" ? [["spec"], ...POD_SPEC_PATHS2] : [...POD_SPEC_PATHS2];
  for (const path3 of paths) {
    let node = resource;
    for (const key of path3) node = node ? getMap(node, key, doc) : void 0;
    if (node) out.push({ spec: node, path: `${prefix}${path3.join(".")}`, resource });
  }
}
function containerImages(doc, docKey) {
  const pods = [];
  podSpecs2(doc.contents, doc, "", pods);
  const out = [];
  for (const pod of pods) {
    for (const key of CONTAINER_KEYS2) {
      getSeq(pod.spec, key, doc)?.items.forEach((item, i) => {
        const container = resolveNode(item, doc);
        if (!(0, import_yaml8.isMap)(container)) return;
        const node = getScalar(container, "image", doc);
        if (!node || typeof node.value !== "string") return;
        const name = getScalar(container, "name", doc)?.value;
        out.push({
          id: `${docKey}:${pod.path}.${key}[${i}].image`,
          node,
          value: node.value,
          container: typeof name === "string" ? name : void 0,
          pod
        });
      });
    }
  }
  return out;
}
function locateIn(chunk, out) {
  chunk.docs?.forEach((doc, docIndex) => {
    for (const image of containerImages(doc, `${chunk.index}.${docIndex}`))
      out.push({ ...image, base: chunk.start, chunk: chunk.index, docIndex });
  });
  return out;
}
function locate3(file) {
  const out = [];
  for (const chunk of file.chunks) locateIn(chunk, out);
  return out;
}
function extract4(text, _options) {
  const file = parseYamlFile(text);
  if (file.problem !== void 0) return [];
  const images = locate3(file).sort(
    (a, b) => a.base + (a.node.range?.[0] ?? 0) - (b.base + (b.node.range?.[0] ?? 0))
  );
  return images.map((image) => {
    const start2 = image.base + (image.node.range?.[0] ?? 0);
    const { line, column } = position(file, start2);
    return {
      kind: "manifest",
      id: image.id,
      value: image.value,
      field: "full",
      start: start2,
      end: image.base + (image.node.range?.[1] ?? 0),
      line,
      column,
      container: image.container
    };
  });
}
function writtenPath(canonical) {
  const path3 = canonical.slice(canonical.indexOf("/") + 1);
  return canonical.startsWith("docker.io/library/") ? path3.slice("library/".length) : path3;
}
function relevanceFilter(targets, extra) {
  const needles = [
    .../* @__PURE__ */ new Set([...targets.flatMap((t) => [writtenPath(t.match), writtenPath(t.canonical)]), ...extra])
  ];
  return (text) => text.includes("\\") || needles.some((n) => text.includes(n));
}
function checkImage2(id, docIndex, docKey, expected) {
  return (docs) => {
    const doc = docs[docIndex];
    const found2 = doc ? imagesOnce(doc, docKey).find((c) => c.id === id) : void 0;
    if (!found2) return `${id} is no longer found`;
    return found2.value === expected ? void 0 : `${id} reads '${found2.value}', not '${expected}'`;
  };
}
function imagesOnce(doc, docKey) {
  let images = readBack.get(doc);
  if (!images) {
    images = containerImages(doc, docKey);
    readBack.set(doc, images);
  }
  return images;
}
function findPod(docs, docIndex, path3) {
  const doc = docs[docIndex];
  if (!doc) return void 0;
  const pods = [];
  podSpecs2(doc.contents, doc, "", pods);
  const pod = pods.find((p) => p.path === path3);
  return pod ? { pod, doc } : void 0;
}
function pullSecretEdit(file, image, secret) {
  const { spec } = image.pod;
  const doc = file.chunks[image.chunk]?.docs?.[image.docIndex];
  if (!doc || spec.flow || pairOf(spec, "imagePullSecrets")) return void 0;
  const firstKey = spec.items[0]?.key;
  if (!(0, import_yaml8.isScalar)(firstKey)) return void 0;
  const keyStart = image.base + (firstKey.range?.[0] ?? 0);
  const lineStart = lineStartOf(file.text, keyStart);
  if (file.text.slice(lineStart, keyStart).trim() !== "") return void 0;
  const indent = file.text.slice(lineStart, keyStart);
  const containers = getSeq(spec, "containers", doc);
  let dash = "";
  if (containers && !containers.flow) {
    const seqStart = image.base + (containers.range?.[0] ?? 0);
    dash = " ".repeat(Math.max(0, seqStart - lineStartOf(file.text, seqStart) - indent.length));
  }
  const { eol } = file;
  const text = `${indent}imagePullSecrets:${eol}${indent}${dash}- name: ${plainOrQuoted(secret)}${eol}`;
  return {
    start: lineStart,
    end: lineStart,
    text,
    check: (docs) => {
      const found2 = findPod(docs, image.docIndex, image.pod.path);
      const seq = found2 ? getSeq(found2.pod.spec, "imagePullSecrets", found2.doc) : void 0;
      const ok = seq?.items.some((i) => (0, import_yaml8.isMap)(i) && i.get("name") === secret);
      return ok ? void 0 : `imagePullSecrets of ${image.pod.path} does not name '${secret}'`;
    }
  };
}
function sourceValue(source) {
  const url = source.repositoryUrl.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, "$1");
  return `${url}@${source.revision}`;
}
function annotationEdit(file, image, value, warnings) {
  const doc = file.chunks[image.chunk]?.docs?.[image.docIndex];
  if (!doc) return void 0;
  const { resource } = image.pod;
  const metadata = getMap(resource, "metadata", doc);
  const check2 = (docs) => {
    const found2 = findPod(docs, image.docIndex, image.pod.path);
    const md = found2 ? getMap(found2.pod.resource, "metadata", found2.doc) : void 0;
    const ann = md && found2 ? getMap(md, "annotations", found2.doc) : void 0;
    return ann?.get(SOURCE_ANNOTATION) === value ? void 0 : `annotation ${SOURCE_ANNOTATION} did not read back`;
  };
  if (!metadata || metadata.flow) {
    warnings.push(`${image.id}: no block 'metadata' to annotate; annotation skipped`);
    return void 0;
  }
  const annotations = getMap(metadata, "annotations", doc);
  if (annotations?.flow) {
    warnings.push(`${image.id}: 'metadata.annotations' is in flow style; annotation skipped`);
    return void 0;
  }
  const { eol } = file;
  if (annotations) {
    const existing = getScalar(annotations, SOURCE_ANNOTATION, doc);
    if (existing) {
      if (existing.value === value) return void 0;
      return { ...scalarEdit(file, existing, image.base, value), check: check2 };
    }
    const first2 = annotations.items[0]?.key;
    if (!(0, import_yaml8.isScalar)(first2)) return void 0;
    const lineStart2 = lineStartOf(file.text, image.base + (first2.range?.[0] ?? 0));
    const indent2 = " ".repeat(indentOf(file, first2, image.base));
    return {
      start: lineStart2,
      end: lineStart2,
      text: `${indent2}${SOURCE_ANNOTATION}: ${JSON.stringify(value)}${eol}`,
      check: check2
    };
  }
  const first = metadata.items[0]?.key;
  const resourceFirst = resource.items[0]?.key;
  if (!(0, import_yaml8.isScalar)(first) || !(0, import_yaml8.isScalar)(resourceFirst)) return void 0;
  const indent = indentOf(file, first, image.base);
  const step = Math.max(2, indent - indentOf(file, resourceFirst, image.base));
  const lineStart = lineStartOf(file.text, image.base + (first.range?.[0] ?? 0));
  const pad = " ".repeat(indent);
  const text = `${pad}annotations:${eol}${pad}${" ".repeat(step)}${SOURCE_ANNOTATION}: ${JSON.stringify(value)}${eol}`;
  return { start: lineStart, end: lineStart, text, check: check2 };
}
function update4(text, options) {
  const targets = options.images.map((t) => resolveTarget(t, options));
  if (options.containerName !== void 0 && targets.length !== 1)
    throw new FerryError(
      `Cannot update container '${options.containerName}': ${targets.length} images were given. Give exactly one image with a container name.`,
      { code: "USAGE", usage: true }
    );
  const warnings = [];
  const extra = options.containerName !== void 0 ? [options.containerName] : [];
  const edits = [];
  const source = options.annotateSource ? sourceValue(options.annotateSource) : void 0;
  let matched = 0;
  let failure;
  const plan = (chunk, file2, images) => {
    if (!images) return false;
    guard(
      () => planImages(
        images.map((image) => ({ ...image, base: chunk.start, chunk: chunk.index, docIndex: 0 })),
        file2
      )
    );
    return true;
  };
  const tree = options.imagePullSecret || source !== void 0;
  const read = tree ? void 0 : (chunk, chunkText, file2) => plan(chunk, file2, lineContainerImages(chunkText, chunk.index));
  const lexed = tree ? void 0 : (chunk, chunkText, file2) => plan(chunk, file2, fastContainerImages(chunk.tokens ?? [], chunkText, chunk.index));
  const file = parseYamlFile(text, relevanceFilter(targets, extra), {
    read,
    lexed,
    each: (chunk, file2) => guard(() => planChunk(chunk, file2))
  });
  if (file.problem !== void 0) return leftAlone(file);
  if (failure !== void 0) throw failure;
  return { ...applyEdits(file, edits, "the manifest"), warnings, matched };
  function guard(plan2) {
    if (failure === void 0)
      try {
        plan2();
      } catch (error) {
        failure = error ?? new Error("edit failed");
      }
  }
  function planImages(images, file2, onMatch, onChange) {
    const seen = /* @__PURE__ */ new Set();
    for (const image of images) {
      const target = options.containerName !== void 0 ? image.container === options.containerName ? targets[0] : void 0 : findTarget(image.value, targets);
      if (!target) continue;
      matched++;
      onMatch?.(image);
      const after = renderReference(image.value, target);
      if (after === image.value) continue;
      const edit = scalarEdit(file2, image.node, image.base, after);
      onChange?.(image);
      if (seen.has(edit.start)) continue;
      seen.add(edit.start);
      const docKey = `${image.chunk}.${image.docIndex}`;
      edits.push({
        ...edit,
        check: checkImage2(image.id, image.docIndex, docKey, after),
        expect: { value: after, at: image.base + (image.node.range?.[0] ?? 0), what: image.id },
        change: { field: "full", before: image.value, after, container: image.container }
      });
    }
  }
  function planChunk(chunk, file2) {
    const matchedPods = /* @__PURE__ */ new Map();
    const changedResources = /* @__PURE__ */ new Map();
    planImages(
      locateIn(chunk, []),
      file2,
      (image) => matchedPods.set(`${image.docIndex}:${image.pod.path}`, image),
      (image) => changedResources.set(image.pod.resource, image)
    );
    if (options.imagePullSecret) {
      for (const image of matchedPods.values()) {
        const edit = pullSecretEdit(file2, image, options.imagePullSecret);
        if (edit)
          edits.push({
            ...edit,
            change: { field: "imagePullSecrets", before: "", after: options.imagePullSecret }
          });
      }
    }
    if (source !== void 0) {
      for (const image of changedResources.values()) {
        const edit = annotationEdit(file2, image, source, warnings);
        if (edit) edits.push({ ...edit, change: { field: "annotation", before: "", after: source } });
      }
    }
  }
}
var import_yaml8, CONTAINER_KEYS2, POD_SPEC_PATHS2, SOURCE_ANNOTATION, readBack, manifestUpdater;
var init_manifest = __esm({
  "lib/gitops/updaters/manifest/index.ts"() {
    "use strict";
    import_yaml8 = __toESM(require_dist(), 1);
    init_errors();
    init_fast();
    init_image_ref();
    init_yaml_text();
    CONTAINER_KEYS2 = ["containers", "initContainers", "ephemeralContainers"];
    POD_SPEC_PATHS2 = [
      ["spec", "template", "spec"],
      ["spec", "jobTemplate", "spec", "template", "spec"]
    ];
    SOURCE_ANNOTATION = "ferry.dev/image-source";
    readBack = /* @__PURE__ */ new WeakMap();
    manifestUpdater = { kind: "manifest", extract: extract4, update: update4 };
  }
});

// lib/gitops/updaters/setter/index.ts
function splitSuffix(text) {
  const colon = text.lastIndexOf(":");
  const suffix = colon > text.lastIndexOf("/") ? SUFFIXES[text.slice(colon + 1)] : void 0;
  if (colon < 0 || suffix === void 0) return { subject: text, field: "full" };
  return { subject: text.slice(0, colon), field: suffix };
}
function parseMarker(rest) {
  const flux = FLUX.exec(rest);
  if (flux?.[1]) {
    try {
      const policy = JSON.parse(flux[1]);
      const name = typeof policy === "object" && policy !== null ? policy["$imagepolicy"] : void 0;
      if (typeof name !== "string") return void 0;
      const parts = name.split(":");
      const last = parts[parts.length - 1] ?? "";
      const field = parts.length >= 3 ? SUFFIXES[last] : void 0;
      return field ? { marker: "flux", subject: parts.slice(0, -1).join(":"), field } : { marker: "flux", subject: name, field: "full" };
    } catch {
      return void 0;
    }
  }
  const ferry = FERRY.exec(rest);
  if (ferry?.[1]) return { marker: "ferry", ...splitSuffix(ferry[1]) };
  return void 0;
}
function setterMarks(doc, source, docKey) {
  const out = [];
  (0, import_yaml9.visit)(doc, {
    Scalar(key, node) {
      if (key === "key" || !node.range) return;
      const end = node.range[1];
      const rest = source.slice(end, nextLineStart(source, end));
      if (!rest.includes("#")) return;
      const mark = parseMarker(rest);
      if (!mark) return;
      const line = source.slice(0, end).split("\n").length;
      out.push({ id: `${docKey}:L${line}`, node, group: `${mark.marker}:${mark.subject}`, ...mark });
    }
  });
  return out;
}
function locate4(text) {
  const file = parseYamlFile(
    text,
    (chunk) => chunk.includes("$imagepolicy") || chunk.includes("ferry:image=")
  );
  const marks = [];
  if (file.problem !== void 0) return { file, marks };
  for (const chunk of file.chunks) {
    const chunkText = text.slice(chunk.start, chunk.end);
    chunk.docs?.forEach((doc, docIndex) => {
      const docKey = `${chunk.index}.${docIndex}`;
      for (const mark of setterMarks(doc, chunkText, docKey))
        marks.push({ ...mark, base: chunk.start, docIndex, docKey });
    });
  }
  return { file, marks };
}
function extract5(text, _options) {
  const { file, marks } = locate4(text);
  return marks.map((m) => {
    const start2 = m.base + (m.node.range?.[0] ?? 0);
    return {
      kind: "setter",
      id: m.id,
      value: scalarText(m.node) ?? "",
      field: m.field,
      start: start2,
      end: m.base + (m.node.range?.[1] ?? 0),
      ...position(file, start2),
      group: m.group
    };
  });
}
function groupTarget(marks, targets, policies) {
  const first = marks[0];
  if (!first) return void 0;
  if (first.marker === "flux") {
    const byPolicy = policies.get(first.subject);
    if (byPolicy) return byPolicy;
  } else return findTarget(first.subject, targets);
  for (const m of marks) {
    if (m.field !== "full" && m.field !== "name") continue;
    const found2 = findTarget(scalarText(m.node) ?? "", targets);
    if (found2) return found2;
  }
  return void 0;
}
function fluxForm(group, target, options) {
  if (group[0]?.marker !== "flux" || options.referenceForm !== void 0 || options.keepTag) return void 0;
  if (target.tag === void 0) return void 0;
  return { ...target, form: target.digest !== void 0 ? "tag+digest" : "tag" };
}
function update5(text, options) {
  const targets = options.images.map((t) => resolveTarget(t, options));
  const policies = /* @__PURE__ */ new Map();
  for (const [policy, reference] of Object.entries(options.policies ?? {}))
    policies.set(policy, resolveTarget({ repository: reference, reference }, options));
  const warnings = [];
  const { file, marks } = locate4(text);
  if (file.problem !== void 0) return leftAlone(file);
  const groups = /* @__PURE__ */ new Map();
  for (const m of marks)
    groups.set(`${m.docKey}|${m.group}`, [...groups.get(`${m.docKey}|${m.group}`) ?? [], m]);
  const edits = [];
  let matched = 0;
  for (const group of groups.values()) {
    const found2 = groupTarget(group, targets, policies);
    if (!found2) continue;
    matched += group.length;
    const flux = fluxForm(group, found2, options);
    const target = flux ?? found2;
    const parts = {};
    for (const m of group)
      if (m.field !== "full") parts[m.field] = { value: scalarText(m.node) };
    const want = planParts(parts, flux ? { ...target, form: "tag" } : target);
    if (flux) {
      if (parts.digest && found2.digest !== void 0) want.digest = found2.digest;
      else delete want.digest;
    }
    const pinned = want.digest !== void 0 || (want.tag ?? "").includes("@");
    if (found2.digest !== void 0 && !pinned && Object.keys(parts).length > 0)
      warnings.push(
        `${group[0]?.group ?? ""}: no ':digest' setter to hold the digest (Flux writes only the tag into ':tag'); the image is not pinned. Add a ':digest' setter.`
      );
    for (const m of group) {
      const before = scalarText(m.node) ?? "";
      const after = m.field === "full" ? renderReference(before, target) : want[m.field];
      if (after === void 0 || after === before) continue;
      edits.push({
        ...scalarEdit(file, m.node, m.base, after),
        check: readBack2(m, after),
        change: { field: m.field, before, after }
      });
    }
  }
  return { ...applyEdits(file, edits, "the setter-marked values"), warnings, matched };
}
function readBack2(mark, expected) {
  return (docs, chunkText) => {
    const doc = docs[mark.docIndex];
    const found2 = doc ? setterMarks(doc, chunkText, mark.docKey).find((m) => m.id === mark.id) : void 0;
    if (!found2) return `${mark.id} is no longer found`;
    const got = scalarText(found2.node) ?? "";
    return got === expected ? void 0 : `${mark.id} reads '${got}', not '${expected}'`;
  };
}
var import_yaml9, FLUX, FERRY, SUFFIXES, setterUpdater;
var init_setter = __esm({
  "lib/gitops/updaters/setter/index.ts"() {
    "use strict";
    import_yaml9 = __toESM(require_dist(), 1);
    init_image_ref();
    init_split();
    init_yaml_text();
    FLUX = /^[ \t]*#[ \t]*(\{[ \t]*"\$imagepolicy"[ \t]*:[ \t]*"[^"]*"[ \t]*\})[ \t]*\r?\n?$/;
    FERRY = /^[ \t]*#[ \t]*ferry:image=(\S+)[ \t]*\r?\n?$/;
    SUFFIXES = { tag: "tag", name: "name", digest: "digest" };
    setterUpdater = { kind: "setter", extract: extract5, update: update5 };
  }
});

// lib/gitops/updaters/types.ts
var init_types = __esm({
  "lib/gitops/updaters/types.ts"() {
    "use strict";
  }
});

// lib/gitops/updaters/diff.ts
function splitLines(text) {
  const endsWithEol = text.endsWith("\n");
  const lines = text.split("\n");
  if (endsWithEol || text === "") lines.pop();
  else lines[lines.length - 1] += NO_EOL;
  return { lines, endsWithEol };
}
function diffLines(a, b) {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  let done = false;
  for (let d = 0; d <= max && !done; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0);
      let x2 = down ? v[offset + k + 1] ?? 0 : (v[offset + k - 1] ?? 0) + 1;
      let y2 = x2 - k;
      while (x2 < n && y2 < m && a[x2] === b[y2]) {
        x2++;
        y2++;
      }
      v[offset + k] = x2;
      if (x2 >= n && y2 >= m) {
        done = true;
        break;
      }
    }
  }
  const ops = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const t = trace[d] ?? new Int32Array(0);
    const at = (k2) => t[k2 + d + 1] ?? 0;
    const k = x - y;
    const down = k === -d || k !== d && at(k - 1) < at(k + 1);
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ type: " ", ai: --x, bi: --y });
    }
    if (d === 0) break;
    if (down) ops.push({ type: "+", ai: x, bi: --y });
    else ops.push({ type: "-", ai: --x, bi: y });
  }
  while (x > 0 && y > 0) ops.push({ type: " ", ai: --x, bi: --y });
  return ops.reverse();
}
function unifiedDiff(before, after, file, context = 3) {
  if (before === after) return "";
  const a = splitLines(before);
  const b = splitLines(after);
  const script = diffLines(a.lines, b.lines);
  const ops = script.map((s) => {
    const fromA = s.type !== "+";
    const lines = fromA ? a : b;
    const index = fromA ? s.ai : s.bi;
    return {
      ...s,
      line: lines.lines[index] ?? "",
      noEol: !lines.endsWithEol && index === lines.lines.length - 1
    };
  });
  const out = [`--- a/${file}`, `+++ b/${file}`];
  let i = 0;
  while (i < ops.length) {
    if (ops[i]?.type === " ") {
      i++;
      continue;
    }
    const start2 = Math.max(0, i - context);
    let end = i;
    for (let j = i; j < ops.length; j++) {
      if (ops[j]?.type !== " ") end = j;
      else if (j - end > 2 * context) break;
    }
    const stop = Math.min(ops.length, end + context + 1);
    const hunk = ops.slice(start2, stop);
    const first = hunk[0];
    const aCount = hunk.filter((o) => o.type !== "+").length;
    const bCount = hunk.filter((o) => o.type !== "-").length;
    const aStart = first ? (first.type === "+" ? first.ai : first.ai) + (aCount > 0 ? 1 : 0) : 0;
    const bStart = first ? first.bi + (bCount > 0 ? 1 : 0) : 0;
    out.push(`@@ -${aStart},${aCount} +${bStart},${bCount} @@`);
    for (const o of hunk) {
      out.push(`${o.type}${o.line.replace(NO_EOL, "").replace(/\r$/, "")}`);
      if (o.noEol) out.push("\\ No newline at end of file");
    }
    i = stop;
  }
  return `${out.join("\n")}
`;
}
var NO_EOL;
var init_diff = __esm({
  "lib/gitops/updaters/diff.ts"() {
    "use strict";
    NO_EOL = "\0";
  }
});

// lib/gitops/updaters/helm-values/keys.ts
function invalidHelmImageKeys(value, why) {
  return new FerryError(
    `Invalid Helm image keys '${value}': ${why}. Write a key path (worker.image) or the paths of the parts, e.g. image-name=controller.image.image,image-tag=controller.image.tag,image-digest=controller.image.digest (also image-registry=\u2026, image-spec=\u2026).`,
    { code: "USAGE", usage: true }
  );
}
function parseHelmImageKeys(value) {
  const text = value.trim();
  if (text === "") throw invalidHelmImageKeys(value, "it is empty");
  if (!text.includes("=")) {
    if (!PATH.test(text)) throw invalidHelmImageKeys(value, "a key path has no spaces or commas");
    return text;
  }
  const parts = {};
  for (const item of text.split(",")) {
    const eq = item.indexOf("=");
    const key = item.slice(0, eq).trim();
    const path3 = item.slice(eq + 1).trim();
    const part = PART_NAMES[key];
    if (eq < 0 || part === void 0)
      throw invalidHelmImageKeys(
        value,
        `'${item.trim()}' is not KEY=PATH with KEY one of ${Object.keys(PART_NAMES).join(", ")}`
      );
    if (!PATH.test(path3)) throw invalidHelmImageKeys(value, `the path for ${key} is empty or holds spaces`);
    if (parts[part] !== void 0) throw invalidHelmImageKeys(value, `${key} is given twice`);
    parts[part] = path3;
  }
  if (parts.spec !== void 0) {
    if (Object.keys(parts).length > 1)
      throw invalidHelmImageKeys(value, "image-spec names the whole image, so it stands alone");
    return parts.spec;
  }
  if (parts.repository === void 0)
    throw invalidHelmImageKeys(value, "image-name (the repository key) is missing");
  return {
    repository: parts.repository,
    ...parts.tag !== void 0 ? { tag: parts.tag } : {},
    ...parts.digest !== void 0 ? { digest: parts.digest } : {},
    ...parts.registry !== void 0 ? { registry: parts.registry } : {}
  };
}
var PART_NAMES, PATH;
var init_keys = __esm({
  "lib/gitops/updaters/helm-values/keys.ts"() {
    "use strict";
    init_errors();
    PART_NAMES = {
      name: "repository",
      "image-name": "repository",
      repository: "repository",
      tag: "tag",
      "image-tag": "tag",
      digest: "digest",
      "image-digest": "digest",
      registry: "registry",
      "image-registry": "registry",
      spec: "spec",
      "image-spec": "spec"
    };
    PATH = /^[^\s=,]+$/;
  }
});

// lib/gitops/updaters/index.ts
function isKindOption(value) {
  return value === "auto" || UPDATER_KINDS.includes(value);
}
function detectKinds(file, text) {
  const base = import_node_path3.default.basename(file);
  const kinds = [];
  text = text.replace(/^\uFEFF/, "");
  if (KUSTOMIZATION.test(base) || /^apiVersion:[ \t]*kustomize\.config\.k8s\.io\//m.test(text))
    kinds.push("kustomize");
  else if (WRITE_BACK_FILE.test(base)) kinds.push("argocd");
  else if (/^apiVersion:/m.test(text) && /^kind:/m.test(text) || // JSON is YAML too: `{"apiVersion": …, "kind": …}`.
  /^[{\s]*"apiVersion"\s*:/m.test(text) && /"kind"\s*:/.test(text)) {
    kinds.push("manifest");
    const embedded = mayHoldEmbeddedImages(text);
    if (embedded.helmRelease || embedded.argo) kinds.push("helm-values");
    if (embedded.argo) kinds.push("argocd");
  } else kinds.push("helm-values");
  if (SETTER_MARK.test(text)) kinds.push("setter");
  return kinds;
}
function updateText(text, options) {
  const kind = options.kind ?? "auto";
  const kinds = kind === "auto" ? detectKinds(options.file ?? "", text) : [kind];
  let current = text;
  const changes = [];
  const warnings = [];
  let matched = 0;
  let alone;
  for (const k of kinds) {
    const addMissing = options.addMissing ?? kind === "kustomize";
    const result = updaters[k].update(current, { ...options, addMissing });
    current = result.text;
    changes.push(...result.changes.map((c) => ({ ...c, kind: k })));
    warnings.push(...result.warnings);
    matched += result.matched;
    alone ??= result.leftAlone;
  }
  return { text: current, changes, warnings, matched, kinds, leftAlone: alone };
}
async function writeAtomically(file, text) {
  const { mode } = await (0, import_promises3.stat)(file);
  const temporary = `${file}.ferry-${process.pid}-${Date.now()}.tmp`;
  await (0, import_promises3.writeFile)(temporary, text, { mode });
  await (0, import_promises3.rename)(temporary, file);
}
async function updateFiles(options) {
  const inputs = options.files ?? [];
  const globs = [...options.globs ?? [], ...inputs.filter(hasGlobMagic)];
  const { realRoot, files, named, skipped } = await selectFiles({
    root: options.root,
    files: inputs.filter((f) => !hasGlobMagic(f)),
    globs,
    allowOutside: options.allowOutside
  });
  const display = (real) => isInside(real, realRoot) ? import_node_path3.default.relative(realRoot, real).split(import_node_path3.default.sep).join("/") : real;
  if (files.length === 0 && skipped.length === 0)
    throw new FerryError(
      `No files to update: ${[...inputs, ...options.globs ?? []].join(", ") || "no paths were given"} matched no file. Give files, directories or globs under ${options.root}.`,
      { code: "PATH", usage: true }
    );
  const result = {
    changes: [],
    changedFiles: [],
    unchangedFiles: [],
    skippedFiles: [],
    matched: 0,
    diffs: []
  };
  for (const link of skipped) {
    const file = display(link.path);
    options.log?.warn(`${file}: skipped: ${link.reason}`);
    result.skippedFiles.push({ file, reason: link.reason, cause: "dangling-link" });
  }
  const writes = [];
  for (const real of files) {
    const file = display(real);
    const before = await (0, import_promises3.readFile)(real, "utf8");
    let updated;
    try {
      const addMissing = options.addMissing ?? (options.kind === "kustomize" || named.has(real));
      updated = updateText(before, { ...options, addMissing, file: real });
    } catch (error) {
      if (error instanceof FerryError)
        throw new FerryError(`${file}: ${error.message}`, {
          code: error.code,
          usage: error.usage,
          cause: error
        });
      throw error;
    }
    for (const warning of updated.warnings) options.log?.warn(`${file}: ${warning}`);
    if (updated.leftAlone)
      result.skippedFiles.push({
        file,
        reason: updated.leftAlone.reason,
        cause: updated.leftAlone.template ? "template" : "invalid"
      });
    result.matched += updated.matched;
    result.changes.push(...updated.changes.map((c) => ({ file, ...c })));
    if (updated.text === before) {
      if (!result.skippedFiles.some((s) => s.file === file)) result.unchangedFiles.push(file);
      continue;
    }
    result.changedFiles.push(file);
    result.diffs.push({ file, before, after: updated.text });
    writes.push({ real, text: updated.text });
  }
  if (!options.dryRun) for (const w of writes) await writeAtomically(w.real, w.text);
  return result;
}
var import_promises3, import_node_path3, updaters, UPDATER_KINDS, KUSTOMIZATION, SETTER_MARK;
var init_updaters = __esm({
  "lib/gitops/updaters/index.ts"() {
    "use strict";
    import_promises3 = require("node:fs/promises");
    import_node_path3 = __toESM(require("node:path"), 1);
    init_errors();
    init_files();
    init_paths();
    init_argocd();
    init_helm_values();
    init_kustomize();
    init_manifest();
    init_resources();
    init_setter();
    init_types();
    init_image_ref();
    init_files();
    init_diff();
    init_keys();
    updaters = {
      manifest: manifestUpdater,
      kustomize: kustomizeUpdater,
      "helm-values": helmValuesUpdater,
      setter: setterUpdater,
      argocd: argocdUpdater
    };
    UPDATER_KINDS = Object.keys(updaters);
    KUSTOMIZATION = /^(kustomization\.ya?ml|Kustomization)$/;
    SETTER_MARK = /#[ \t]*(\{[ \t]*"\$imagepolicy"|ferry:image=)/;
  }
});

// lib/gitops/set-image.ts
function parseImageTarget(value) {
  const eq = value.indexOf("=");
  const repository = eq < 0 ? value : value.slice(0, eq);
  const reference = eq < 0 ? value : value.slice(eq + 1);
  if (repository.trim() === "" || reference.trim() === "")
    throw new UsageError(
      `Invalid image '${value}': expected REPOSITORY=REFERENCE, e.g. app=registry.example.com/app@sha256:<64 hex>.`
    );
  return { repository: repository.trim(), reference: reference.trim() };
}
function checkTargets(options, label = "image") {
  const form = { referenceForm: options.referenceForm, keepTag: options.keepTag };
  for (const image of options.images) {
    try {
      resolveTarget(image, form);
    } catch (error) {
      throw new UsageError(
        `Invalid ${label} '${image.repository}=${image.reference}': ${errorMessage(error)}`,
        error
      );
    }
  }
  for (const reference of Object.values(options.policies ?? {}))
    resolveTarget({ repository: reference, reference }, form);
}
async function setImage(options) {
  checkTargets(options);
  const result = await updateFiles(options);
  let outcome;
  if (result.matched === 0 && result.unchangedFiles.length === 0 && result.skippedFiles.length > 0)
    outcome = result.skippedFiles.some((s) => s.cause === "invalid") ? "unreadable" : "left-alone";
  else if (result.matched === 0) outcome = "no-match";
  else outcome = result.changes.length > 0 ? "changed" : "unchanged";
  return { ...result, outcome };
}
var init_set_image = __esm({
  "lib/gitops/set-image.ts"() {
    "use strict";
    init_errors();
    init_updaters();
  }
});

// lib/cli/commands/set-image.ts
var set_image_exports = {};
__export(set_image_exports, {
  SET_IMAGE_FLAGS: () => SET_IMAGE_FLAGS,
  SET_IMAGE_USAGE: () => SET_IMAGE_USAGE,
  parseSetImageArgs: () => parseSetImageArgs,
  setImageCommand: () => setImageCommand
});
function parseImage(value) {
  try {
    return parseImageTarget(value);
  } catch {
    throw new UsageError(
      `Invalid --image '${value}': expected REPOSITORY=REFERENCE. Write e.g. --image app=registry.example.com/app@sha256:<64 hex>.`
    );
  }
}
function parseSetImageArgs(args) {
  const parsed = {
    paths: [],
    images: [],
    policies: {},
    containerName: void 0,
    kind: "auto",
    referenceForm: void 0,
    keepTag: false,
    helmValuesImageKeys: [],
    imagePullSecret: void 0,
    dryRun: false,
    json: false,
    allowNoMatch: false,
    help: false
  };
  const options = parseArgs(args, closedOptions(SET_IMAGE_FLAGS, "set-image"));
  const values = (names) => names.flatMap((n) => options.flags.get(n) ?? []);
  const once = ([name, ...aliases]) => single(options, name, aliases);
  const on = (names) => names.some((n) => enabled(options, n));
  parsed.dryRun = on(SWITCH_NAMES.dryRun);
  parsed.json = on(SWITCH_NAMES.json);
  parsed.allowNoMatch = on(SWITCH_NAMES.allowNoMatch);
  parsed.keepTag = on(SWITCH_NAMES.keepTag);
  parsed.help = enabled(options, "help");
  parsed.paths.push(...options.positionals);
  parsed.images.push(...values(VALUE_NAMES.image).map(parseImage));
  for (const value of values(VALUE_NAMES.policy)) {
    const at = value.lastIndexOf("=");
    if (at <= 0) throw new UsageError(`Invalid --policy '${value}': expected NAMESPACE:NAME=REFERENCE.`);
    parsed.policies[value.slice(0, at)] = value.slice(at + 1);
  }
  parsed.containerName = once(VALUE_NAMES.containerName);
  const kind = once(VALUE_NAMES.kind);
  if (kind !== void 0) {
    if (!isKindOption(kind))
      throw new UsageError(`Invalid --kind '${kind}': expected one of auto, ${UPDATER_KINDS.join(", ")}.`);
    parsed.kind = kind;
  }
  const referenceForm = once(VALUE_NAMES.referenceForm);
  if (referenceForm !== void 0) {
    if (referenceForm !== "digest" && referenceForm !== "tag+digest" && referenceForm !== "tag")
      throw new UsageError(`Invalid --referenceForm '${referenceForm}': expected digest, tag+digest or tag.`);
    parsed.referenceForm = referenceForm;
  }
  parsed.helmValuesImageKeys.push(...values(VALUE_NAMES.helmValuesImageKeys).map(parseHelmImageKeys));
  parsed.imagePullSecret = once(VALUE_NAMES.imagePullSecret);
  if (parsed.help) return parsed;
  if (parsed.paths.length === 0)
    throw new UsageError(
      "No files given: name the files, directories or globs to edit. Run 'ferry set-image --help'."
    );
  if (parsed.images.length === 0 && Object.keys(parsed.policies).length === 0)
    throw new UsageError(
      "No --image given. Add --image REPOSITORY=REFERENCE, e.g. --image app=registry.example.com/app@sha256:<64 hex>."
    );
  checkTargets(parsed, "--image");
  return parsed;
}
function describe(change) {
  const where = `${change.file}:${change.line}`;
  const container = change.container ? ` (container ${change.container})` : "";
  if (change.before === "") return `${where}: added ${change.field} ${change.after}${container}`;
  if (change.after === "") return `${where}: removed ${change.field} ${change.before}${container}`;
  return `${where}: ${change.before} -> ${change.after}${container}`;
}
async function run(args, io) {
  const parsed = parseSetImageArgs(args);
  if (parsed.help) {
    io.stdout.write(SET_IMAGE_USAGE);
    return 0;
  }
  const result = await setImage({
    root: io.cwd,
    files: parsed.paths,
    // A user naming /elsewhere/k8s/ means it; the step keeps its clone's containment.
    allowOutside: true,
    images: parsed.images,
    policies: parsed.policies,
    containerName: parsed.containerName,
    kind: parsed.kind,
    referenceForm: parsed.referenceForm,
    keepTag: parsed.keepTag,
    helmValuesImageKeys: parsed.helmValuesImageKeys.length > 0 ? parsed.helmValuesImageKeys : void 0,
    imagePullSecret: parsed.imagePullSecret,
    dryRun: parsed.dryRun,
    log: io.log
  });
  const failure = failureOf(result, parsed);
  if (parsed.json) {
    const { diffs, ...rest } = result;
    const diff = parsed.dryRun ? diffs.map((d) => unifiedDiff(d.before, d.after, d.file)).join("") : void 0;
    const error = failure && {
      command: "set-image",
      message: failure.message,
      code: failure.code,
      exitCode: failure.exitCode
    };
    io.stdout.write(
      `${JSON.stringify({ ...rest, dryRun: parsed.dryRun, ...diff !== void 0 ? { diff } : {}, ...error ? { error } : {} }, null, 2)}
`
    );
  } else {
    const out = [];
    if (parsed.dryRun) for (const d of result.diffs) out.push(unifiedDiff(d.before, d.after, d.file));
    for (const change of result.changes) out.push(`${describe(change)}
`);
    const files = result.changedFiles.length;
    if (result.changes.length > 0)
      out.push(
        `${parsed.dryRun ? "Would change" : "Changed"} ${result.changes.length} reference(s) in ${files} file(s)${parsed.dryRun ? "; dry run, nothing written" : ""}.
`
      );
    else if (result.outcome === "unchanged")
      out.push(`Nothing to change: the ${result.matched} matching reference(s) are already as asked.
`);
    if (out.length > 0) io.stdout.write(out.join(""));
  }
  if (!failure) return 0;
  say(io, "set-image", failure.message);
  return failure.exitCode;
}
function failureOf(result, parsed) {
  const why = result.skippedFiles.map((s) => `${s.file}: ${s.reason}`).join("; ");
  if (result.outcome === "unreadable")
    return {
      message: `no file could be edited (${why}). Fix the files, or name files ferry can edit.`,
      code: "USAGE",
      exitCode: EXIT_USAGE
    };
  if (result.outcome === "left-alone" && !parsed.allowNoMatch)
    return {
      message: `nothing was pinned: every file was left alone (${why}). Pin the image in the chart's values file instead of its templates, or name the files that hold the image.`,
      code: "GITOPS",
      exitCode: EXIT_FAILURE
    };
  if (result.outcome === "no-match" && !parsed.allowNoMatch) {
    const wanted = [...parsed.images.map((i) => i.repository), ...Object.keys(parsed.policies)].join(", ");
    return {
      message: `no image matched ${wanted} in ${result.unchangedFiles.length + result.skippedFiles.length} file(s). Check the repository (registry and path; Docker Hub names like nginx are docker.io/library/nginx) or the container name, or pass --allow-no-match.`,
      code: "GITOPS",
      exitCode: EXIT_FAILURE
    };
  }
  return void 0;
}
var SET_IMAGE_USAGE, VALUE_NAMES, SWITCH_NAMES, SET_IMAGE_FLAGS, setImageCommand;
var init_set_image2 = __esm({
  "lib/cli/commands/set-image.ts"() {
    "use strict";
    init_set_image();
    init_updaters();
    init_errors();
    init_args();
    init_voice();
    SET_IMAGE_USAGE = `Usage: ferry set-image FILE|DIR|GLOB\u2026 --image REPOSITORY=REFERENCE [--image \u2026] [options]

Pins images in Kubernetes manifests, kustomizations, Helm values files (also in Flux HelmReleases and
Argo CD Applications), Argo CD write-back files and setter-marked values, changing only the image
text. Files are edited in place; nothing is committed. Files and directories named here may be
anywhere; globs are relative to the working directory.

  --image REPOSITORY=REFERENCE   replace images of REPOSITORY (any tag or digest) with REFERENCE,
                                 e.g. app=registry.example.com/app:1.2@sha256:<64 hex>. Images
                                 already at REFERENCE's repository match too, so running it again
                                 re-pins them. A bare REFERENCE stands for its own repository;
                                 REPOSITORY=sha256:<64 hex> (or =*@sha256:\u2026, =*:TAG, as kustomize
                                 writes it) keeps the name the file has and changes tag or digest
  --policy NAMESPACE:NAME=REFERENCE   the reference a Flux image policy stands for (setter comments)
  --container NAME               manifests: replace the image of containers with this name
  --kind auto|${UPDATER_KINDS.join("|")}   file kind (default auto)
  --referenceForm digest|tag+digest|tag   how to write it (default digest when REFERENCE has one)
  --keepTag                      same as --referenceForm tag+digest
  --helmValuesImageKeys KEYS     where a Helm values image is (repeatable): a key path (worker.image),
                                 or its parts as Argo CD Image Updater names them:
                                 image-name=PATH,image-tag=PATH[,image-digest=PATH][,image-registry=PATH]
  --imagePullSecret NAME         add imagePullSecrets: [{name: NAME}] to pod specs that have none
  --dry-run                      print a unified diff; write nothing
  --json                         print the result as JSON
  --allow-no-match               succeed when no image matched (default: exit 1)

Exit codes: 0 done, or nothing to change; 1 no image matched, an image could not be pinned (the
message says why), or every file was left alone as a template; 2 a usage error (a bad option or
reference, a path that does not exist or leaves the working directory through a link, a file that
is not valid YAML).
`;
    VALUE_NAMES = {
      containerName: ["container", "containerName"],
      image: ["image"],
      policy: ["policy"],
      kind: ["kind"],
      referenceForm: ["referenceForm", "reference-form"],
      helmValuesImageKeys: ["helmValuesImageKeys", "helm-values-image-keys"],
      imagePullSecret: ["imagePullSecret"]
    };
    SWITCH_NAMES = {
      dryRun: ["dry-run", "dryRun"],
      json: ["json"],
      allowNoMatch: ["allow-no-match", "allowNoMatch"],
      keepTag: ["keepTag", "keep-tag"]
    };
    SET_IMAGE_FLAGS = {
      values: Object.values(VALUE_NAMES).map(([name]) => name),
      booleans: Object.values(SWITCH_NAMES).map(([name]) => name),
      aliases: Object.fromEntries(
        [...Object.values(VALUE_NAMES), ...Object.values(SWITCH_NAMES)].map(([name, ...rest]) => [name, rest])
      )
    };
    setImageCommand = async (args, io) => {
      try {
        return await run(args, io);
      } catch (error) {
        return sayError(io, "set-image", error, { json: wantsJson(args) });
      }
    };
  }
});

// left-out:./commands/registry
var require_registry = __commonJS({
  "left-out:./commands/registry"() {
    throw new Error("ferry: dist/cli/set-image.cjs runs only 'set-image', not ./commands/registry; run dist/cli.js.");
  }
});

// left-out:./commands/demo
var require_demo = __commonJS({
  "left-out:./commands/demo"() {
    throw new Error("ferry: dist/cli/set-image.cjs runs only 'set-image', not ./commands/demo; run dist/cli.js.");
  }
});

// left-out:../../steps
var require_steps = __commonJS({
  "left-out:../../steps"() {
    throw new Error("ferry: dist/cli/set-image.cjs runs only 'set-image', not ../../steps; run dist/cli.js.");
  }
});

// lib/cli/cli.ts
async function mainHelp() {
  const { steps } = await Promise.resolve().then(() => __toESM(require_steps(), 1));
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    `ferry ${VERSION}: build, promote by digest, and deploy container images through GitOps.`,
    "",
    "Usage: ferry COMMAND [ARGS\u2026]    (ferry COMMAND --help for details)",
    "",
    "Commands:",
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    "",
    "Steps:",
    ...Object.values(steps).map(
      (s) => `  ${s.name}${s.aliases?.length ? ` (also ${s.aliases.map((a) => a.name).join(", ")})` : ""}`
    ),
    ""
  ].join("\n");
}
async function runCli(args, io) {
  const [name, ...rest] = args;
  if (name === void 0) {
    io.stderr.write(await mainHelp());
    return EXIT_USAGE;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    if (name === "help" && rest[0] !== void 0 && COMMANDS[rest[0]]) return runCli([...rest, "--help"], io);
    io.stdout.write(await mainHelp());
    return 0;
  }
  if (name === "--version" || name === "-v" || name === "version") {
    io.stdout.write(`${VERSION}
`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    const hint = didYouMean(name, Object.keys(COMMANDS));
    const what = name.startsWith("-") ? `Unknown option '${name}'` : `Unknown command '${name}'`;
    const error = new UsageError(`${what}.${hint} Run 'ferry --help' for the commands.`);
    return sayError(io, "", error, { json: wantsJson(rest) || name === "--json" });
  }
  try {
    const run3 = await command.load();
    return await run3(rest, io);
  } catch (error) {
    return sayError(io, name, error, { json: wantsJson(rest) });
  }
}
var VERSION, COMMANDS, COMMAND_NAMES;
var init_cli = __esm({
  "lib/cli/cli.ts"() {
    "use strict";
    init_package();
    init_errors();
    init_suggest();
    init_voice();
    VERSION = package_default.version;
    COMMANDS = {
      run: { load: async () => (await Promise.resolve().then(() => __toESM(require_run(), 1))).runCommand, summary: "run a step or a stage" },
      config: {
        load: async () => (await Promise.resolve().then(() => __toESM(require_config(), 1))).configCommand,
        summary: "show the resolved parameters of a step and where each came from"
      },
      stages: {
        load: async () => (await Promise.resolve().then(() => __toESM(require_stages(), 1))).stagesCommand,
        summary: "list stages and which steps are active in each, and why"
      },
      env: {
        load: async () => (await Promise.resolve().then(() => __toESM(require_env(), 1))).envCommand,
        summary: "get, export or import the pipeline environment"
      },
      copy: {
        load: async () => (await Promise.resolve().then(() => __toESM(require_copy(), 1))).copyCommand,
        summary: "copy an image between registries, OCI layouts and docker archives, digest intact"
      },
      "set-image": {
        load: async () => (await Promise.resolve().then(() => (init_set_image2(), set_image_exports))).setImageCommand,
        summary: "pin images by digest in manifests, kustomizations, Helm values, setter comments (no git)"
      },
      registry: {
        load: async () => (await Promise.resolve().then(() => __toESM(require_registry(), 1))).registryCommand,
        summary: "serve an embedded OCI registry (demos, testing a pipeline)"
      },
      demo: {
        load: async () => (await Promise.resolve().then(() => __toESM(require_demo(), 1))).demoCommand,
        summary: "build, promote and deploy on this machine: two embedded registries and a GitOps repo"
      }
    };
    COMMAND_NAMES = Object.keys(COMMANDS);
  }
});

// lib/cli/settings.ts
function dockerConfigSearch(vars) {
  const search = {};
  if (vars.DOCKER_CONFIG) search.dockerConfigDir = vars.DOCKER_CONFIG;
  else if (vars.HOME) search.dockerConfigFiles = [(0, import_node_path4.join)(vars.HOME, ".docker", "config.json")];
  if (vars.REGISTRY_AUTH_FILE) search.authFiles = [vars.REGISTRY_AUTH_FILE];
  else if (vars.XDG_RUNTIME_DIR) search.authFiles = [(0, import_node_path4.join)(vars.XDG_RUNTIME_DIR, "containers", "auth.json")];
  return search;
}
var import_node_path4;
var init_settings = __esm({
  "lib/cli/settings.ts"() {
    "use strict";
    import_node_path4 = require("node:path");
  }
});

// lib/cli/sink.ts
function createCliSink(options) {
  const head = options.command === "" ? "ferry: " : `ferry: ${options.command}: `;
  return {
    write(level, text, where) {
      if (level === "info") options.out.write(`${text}
`);
      else if (level === "debug") options.err.write(`debug: ${positionPrefix(where)}${text}
`);
      else
        options.err.write(
          `${head}${level === "warn" ? "warning" : "error"}: ${positionPrefix(where)}${text}
`
        );
    },
    startGroup(name) {
      options.out.write(`== ${name}
`);
    },
    endGroup() {
    }
  };
}
var init_sink = __esm({
  "lib/cli/sink.ts"() {
    "use strict";
    init_log();
  }
});

// lib/cli/main.ts
var main_exports = {};
__export(main_exports, {
  main: () => main
});
async function main(options = {}) {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  const args = process.argv.slice(2);
  const verbose = args.includes("--verbose") || process.env.FERRY_VERBOSE === "true";
  const command = args[0] !== void 0 && COMMAND_NAMES.includes(args[0]) ? args[0] : "";
  const log = createLogger({
    sink: createCliSink({ command, out: process.stdout, err: process.stderr }),
    debug: verbose
  });
  const cancel = cancelOnSignals({
    onSignal: (name) => process.stderr.write(
      `ferry: ${name} received: stopping and cleaning up (a second signal exits at once).
`
    )
  });
  const code = await runCli(
    args.filter((a) => a !== "--verbose"),
    {
      stdout: process.stdout,
      stderr: process.stderr,
      // Opened only by a command that reads it (`ferry env import -`): creating the stream costs start-up.
      get stdin() {
        return process.stdin;
      },
      env: process.env,
      cwd: process.cwd(),
      isTTY: process.stdout.isTTY === true,
      log,
      signal: cancel.signal,
      dockerConfig: dockerConfigSearch(process.env)
    }
  );
  const exitCode = code !== 0 && cancel.exitCode !== void 0 ? cancel.exitCode : code;
  process.exitCode = exitCode;
  if (cancel.received !== void 0) process.exit(exitCode);
  if (options.exitWhenDone) {
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    process.exit(exitCode);
  }
}
function flushed(stream) {
  return new Promise((resolve2) => {
    if (stream.writableLength === 0 || stream.destroyed) resolve2();
    else stream.write("", () => resolve2());
  });
}
var init_main = __esm({
  "lib/cli/main.ts"() {
    "use strict";
    init_log();
    init_cancel();
    init_cli();
    init_settings();
    init_sink();
  }
});

// lib/oci/transport/head-start.ts
var http = __toESM(require("node:http"), 1);
var DEFAULT_USER_AGENT = "ferry";
var DEFAULT_AGENT_OPTIONS = {
  keepAlive: true,
  maxSockets: 16,
  maxFreeSockets: 16,
  // An idle pooled connection is closed after this long.
  timeout: 3e4,
  scheduling: "lifo"
};
var started = [];
var agents = /* @__PURE__ */ new Map();
function startRequest(method, url, headers) {
  const target = new URL(url);
  if (target.protocol !== "http:") throw new Error(`startRequest takes http:// URLs, not ${target.protocol}`);
  let agent = agents.get(target.origin);
  if (!agent) {
    agent = new http.Agent(DEFAULT_AGENT_OPTIONS);
    agents.set(target.origin, agent);
  }
  const request2 = http.request(target, { method, agent, headers: { ...headers } });
  const entry = { method, url, headers: { ...headers }, request: request2 };
  request2.once("response", (response) => entry.response = response);
  request2.on("error", (error) => entry.error ??= error);
  request2.end();
  started.push(entry);
  return entry;
}

// lib/cli/commands/copy-head-start.ts
init_reference();

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

// lib/util/url.ts
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

// lib/cli/commands/copy-head-start.ts
init_args();

// lib/cli/commands/copy-flags.ts
var COPY_FLAGS = {
  values: ["platform", "tag", "jobs", "insecure-registry", "ca-file", "src-creds", "dest-creds", "authfile"],
  booleans: ["referrers", "json"]
};

// lib/cli/commands/copy-head-start.ts
var DOCKER_PREFIX = "docker://";
var FILE_TRANSPORTS = /^(?:oci|oci-archive|docker-archive):/;
function registryReference(text) {
  if (FILE_TRANSPORTS.test(text)) return void 0;
  try {
    return parseReference(text.startsWith(DOCKER_PREFIX) ? text.slice(DOCKER_PREFIX.length) : text);
  } catch {
    return void 0;
  }
}
function startCopyRequests(args) {
  let count = 0;
  try {
    const parsed = parseArgs(args, closedOptions(COPY_FLAGS, "copy"));
    if (enabled(parsed, "help") || parsed.positionals.length !== 2) return false;
    const insecure = new Set((parsed.flags.get("insecure-registry") ?? []).map((h) => h.toLowerCase()));
    const plainFirst = (host) => isLoopbackHost(host) || isListedHost(host, insecure);
    const [source, target] = parsed.positionals.map(registryReference);
    const agent = { "user-agent": DEFAULT_USER_AGENT };
    const accept = { ...agent, accept: MANIFEST_ACCEPT.join(", ") };
    const pinged = /* @__PURE__ */ new Set();
    const start2 = (reference, method) => {
      if (!reference || !plainFirst(reference.registry) || reference.registry === DOCKER_HUB) return;
      const base = `http://${reference.registry}`;
      if (!pinged.has(base)) {
        pinged.add(base);
        startRequest("GET", `${base}/v2/`, agent);
      }
      const path3 = `/v2/${reference.repository}/manifests/${reference.identifier}`;
      startRequest(method, `${base}${path3}`, accept);
      count++;
    };
    start2(source, "GET");
    if (!parsed.flags.has("tag")) start2(target, "HEAD");
  } catch {
  }
  return count > 0;
}

// lib/cli/bundle-main.ts
function run2() {
  const { main: main2 } = (init_main(), __toCommonJS(main_exports));
  void main2({ exitWhenDone: true });
}
if (process.argv[2] === "copy" && startCopyRequests(process.argv.slice(3))) setImmediate(run2);
else run2();
