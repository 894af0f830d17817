#!/usr/bin/env node
import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import "./chunks/chunk-5CXBWRR3.js";

// lib/cli/entry.ts
import { existsSync } from "node:fs";
import * as nodeModule2 from "node:module";
import { fileURLToPath } from "node:url";

// lib/cli/compile-cache.ts
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import * as nodeModule from "node:module";
import { basename, dirname, isAbsolute, join } from "node:path";
import { Script, constants as vmConstants } from "node:vm";
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
    save() {
      if (cacheFile === void 0 || state === "used") return;
      const partial = `${cacheFile}.${process.pid}`;
      try {
        mkdirSync(dirname(cacheFile), { recursive: true });
        writeFileSync(partial, script.createCachedData(), { mode: 384 });
        renameSync(partial, cacheFile);
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
var nodeCompileCache = nodeModule2.enableCompileCache;
enableCompileCache(process.env, nodeCompileCache);
var bundle = commandBundle(process.argv[2]);
if (bundle && nodeCompileCache) nodeModule2.createRequire(import.meta.url)(bundle);
else if (bundle) {
  const run = runWithCodeCache(bundle, compileCacheDir(process.env));
  process.once("exit", () => run.save());
} else await (await import("./chunks/main-NXPCXSCP.js")).main();
function commandBundle(command) {
  if (command === void 0 || !/^[a-z][a-z-]*$/.test(command)) return void 0;
  const file = new URL(`./cli/${command}.cjs`, import.meta.url);
  return existsSync(file) ? fileURLToPath(file) : void 0;
}
