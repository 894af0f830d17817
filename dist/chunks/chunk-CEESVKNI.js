const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);

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
