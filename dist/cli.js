#!/usr/bin/env node
import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import "./chunks/chunk-5CXBWRR3.js";

// lib/cli/entry.ts
import { existsSync } from "node:fs";
import * as nodeModule from "node:module";

// lib/cli/compile-cache.ts
import { isAbsolute, join } from "node:path";
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

// lib/cli/entry.ts
enableCompileCache(
  process.env,
  nodeModule.enableCompileCache
);
var bundle = commandBundle(process.argv[2]);
if (bundle) nodeModule.createRequire(import.meta.url)(bundle);
else await (await import("./chunks/main-FCU6P6XR.js")).main();
function commandBundle(command) {
  if (command === void 0 || !/^[a-z][a-z-]*$/.test(command)) return void 0;
  const file = new URL(`./cli/${command}.cjs`, import.meta.url);
  return existsSync(file) ? file.pathname : void 0;
}
