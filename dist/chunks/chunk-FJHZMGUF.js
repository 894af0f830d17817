const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);

// lib/util/builtins.ts
var crypto;
var childProcess;
function nodeCrypto() {
  return crypto ??= process.getBuiltinModule("node:crypto");
}
function nodeChildProcess() {
  return childProcess ??= process.getBuiltinModule("node:child_process");
}
function cryptoLoaded() {
  return crypto !== void 0;
}
var warming = false;
function warmCrypto() {
  if (crypto || warming) return;
  warming = true;
  setImmediate(() => void nodeCrypto());
}

export {
  nodeCrypto,
  nodeChildProcess,
  cryptoLoaded,
  warmCrypto
};
