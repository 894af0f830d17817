import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  createVaultOpener
} from "./chunk-H2VZYK5A.js";

// lib/cli/vault.ts
function openVaultFromVars(io) {
  return createVaultOpener({ vars: io.env, log: io.log });
}

export {
  openVaultFromVars
};
