#!/usr/bin/env node

// lib/cli/compile-cache.ts
var { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } = process.getBuiltinModule("node:fs");
var nodeModule = process.getBuiltinModule("node:module");
var { basename, dirname, isAbsolute, join } = process.getBuiltinModule("node:path");
var { Script, constants: vmConstants } = process.getBuiltinModule("node:vm");
function compileCacheDir(env) {
  if (env.NODE_COMPILE_CACHE) return void 0;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, "ferry", "node-compile-cache");
  const home = env.HOME;
  if (home && isAbsolute(home)) return join(home, ".cache", "ferry", "node-compile-cache");
  return void 0;
}
function enableCompileCache(env, enable) {
  const dir = compileCacheDir(env);
  if (!enable || dir === void 0) return void 0;
  try {
    enable(dir);
    return dir;
  } catch {
    return void 0;
  }
}
function runWithCodeCache(file, dir) {
  const source = readFileSync(file, "utf8");
  const cacheFile = dir === void 0 ? void 0 : join(dir, `${process.version}-${process.arch}`, `${basename(file, ".cjs")}-${fnv1a(file)}.v8`);
  let cachedData;
  if (cacheFile !== void 0)
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = void 0;
    }
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}
});`;
  const script = new Script(wrapped, {
    filename: file,
    ...cachedData ? { cachedData } : {},
    importModuleDynamically: vmConstants.USE_MAIN_CONTEXT_DEFAULT_LOADER
  });
  const state = cacheFile === void 0 ? "off" : !cachedData ? "created" : script.cachedDataRejected ? "rejected" : "used";
  const wrapper = script.runInThisContext();
  const module = { exports: {} };
  wrapper.call(module.exports, module.exports, nodeModule.createRequire(file), module, file, dirname(file));
  return {
    state,
    save(complete = false) {
      if (cacheFile === void 0) return;
      const marker = `${cacheFile}.complete`;
      if (state === "used" && (!complete || existsSync(marker))) return;
      const partial = `${cacheFile}.${process.pid}`;
      try {
        mkdirSync(dirname(cacheFile), { recursive: true });
        writeFileSync(partial, script.createCachedData(), { mode: 384 });
        renameSync(partial, cacheFile);
        if (complete) writeFileSync(marker, "", { mode: 384 });
        else rmSync(marker, { force: true });
      } catch {
        try {
          rmSync(partial, { force: true });
        } catch {
        }
      }
    }
  };
}
function fnv1a(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(16).padStart(8, "0");
}

// lib/cli/entry.ts
var bundle = commandBundle(process.argv[2]);
if (bundle) {
  const run = runWithCodeCache(bundle, compileCacheDir(process.env));
  const help = process.argv.slice(3).some((arg) => arg === "--help" || arg === "-h");
  process.once("exit", (code) => run.save(code === 0 && !help));
} else {
  const nodeModule2 = process.getBuiltinModule("node:module");
  const nodeCompileCache = nodeModule2.enableCompileCache;
  enableCompileCache(process.env, nodeCompileCache);
  await (await import("./cli-main.js")).main();
}
function commandBundle(command) {
  if (command === void 0 || !/^[a-z][a-z-]*$/.test(command)) return void 0;
  const file = process.getBuiltinModule("node:url").fileURLToPath(new URL(`./cli/${command}.cjs`, import.meta.url));
  return process.getBuiltinModule("node:fs").existsSync(file) ? file : void 0;
}
