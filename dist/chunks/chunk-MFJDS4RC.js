const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);

// lib/util/cleanup.ts
import { rmSync } from "node:fs";
var tracked = /* @__PURE__ */ new Set();
function trackTempPath(path) {
  tracked.add(path);
}
function untrackTempPath(path) {
  tracked.delete(path);
}
function removeTrackedTempPathsSync() {
  for (const path of tracked) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
    }
    tracked.delete(path);
  }
}

export {
  trackTempPath,
  untrackTempPath,
  removeTrackedTempPathsSync
};
