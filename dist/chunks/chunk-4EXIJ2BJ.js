import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);

// lib/util/environment.ts
function inheritedEnvironment() {
  return process.env;
}

export {
  inheritedEnvironment
};
