const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
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

// lib/util/errors.ts
var EXIT_FAILURE = 1;
var EXIT_USAGE = 2;
var FerryError = class extends Error {
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
var ConfigError = class extends FerryError {
  constructor(message, cause, where) {
    super(message, { code: "CONFIG", usage: true, cause, ...where ? { where } : {} });
    this.name = "ConfigError";
  }
};
var UsageError = class extends FerryError {
  constructor(message, cause) {
    super(message, { code: "USAGE", usage: true, cause });
    this.name = "UsageError";
  }
};
function usage(message, cause) {
  return new UsageError(message, cause);
}
var CancelledError = class extends FerryError {
  constructor(message = "Cancelled.", cause) {
    super(message, { code: "CANCELLED", cause });
    this.name = "CancelledError";
  }
};
function isFerryError(error) {
  return error instanceof FerryError;
}
function errorMessage(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}
function errorPosition(error) {
  for (let e = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++)
    if (e instanceof FerryError && e.where) return e.where;
  return void 0;
}
function exitCodeOf(error) {
  return isFerryError(error) ? error.exitCode : EXIT_FAILURE;
}

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  EXIT_FAILURE,
  EXIT_USAGE,
  FerryError,
  ConfigError,
  UsageError,
  usage,
  CancelledError,
  isFerryError,
  errorMessage,
  errorPosition,
  exitCodeOf
};
