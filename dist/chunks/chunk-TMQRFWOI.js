const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);

// lib/util/environment.ts
function inheritedEnvironment() {
  return process.env;
}

export {
  inheritedEnvironment
};
