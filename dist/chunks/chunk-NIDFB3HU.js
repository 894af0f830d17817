const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  removeTrackedTempPathsSync
} from "./chunk-MFJDS4RC.js";
import {
  CancelledError
} from "./chunk-ZTYGLEFB.js";

// lib/util/cancel.ts
var SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
var DEFAULT_GRACE_MS = 6e3;
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

export {
  cancelOnSignals
};
