const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);

// lib/log/secrets.ts
var MIN_SECRET_LENGTH = 3;
var SecretRegistry = class {
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
function createConsoleSink(streams) {
  const out = streams?.out ?? process.stdout;
  const err = streams?.err ?? process.stderr;
  return {
    write(level, text, where) {
      const prefix = level === "warn" ? "warning: " : level === "error" ? "error: " : level === "debug" ? "debug: " : "";
      (level === "info" || level === "debug" ? out : err).write(`${prefix}${positionPrefix(where)}${text}
`);
    },
    startGroup(name) {
      out.write(`== ${name}
`);
    },
    endGroup() {
    }
  };
}
function createMemorySink() {
  const lines = [];
  return {
    lines,
    write(level, text, where) {
      lines.push(where === void 0 ? { level, text } : { level, text, where });
    },
    startGroup(name) {
      lines.push({ level: "info", text: `== ${name}` });
    },
    endGroup() {
    },
    text() {
      return lines.map((l) => l.text).join("\n");
    }
  };
}
function createSilentLogger() {
  return createLogger({ sink: { write() {
  }, startGroup() {
  }, endGroup() {
  } } });
}

export {
  SecretRegistry,
  positionPrefix,
  createLogger,
  createConsoleSink,
  createMemorySink,
  createSilentLogger
};
