import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  paramSpecsOf
} from "./chunk-AO3DAJSI.js";

// lib/cli/step-flags.ts
function booleanNames(steps) {
  const names = /* @__PURE__ */ new Set();
  for (const step of steps) {
    for (const [name, spec] of Object.entries(paramSpecsOf(step))) {
      if (spec.type !== "boolean") continue;
      names.add(name);
      for (const alias of spec.aliases ?? []) names.add(alias.name);
    }
  }
  return names;
}
function paramFlags(parsed, reserved) {
  const flags = {};
  for (const [name, values] of parsed.flags) {
    if (reserved.has(name)) continue;
    flags[name] = values.length === 1 ? values[0] ?? "" : values;
  }
  return flags;
}

export {
  booleanNames,
  paramFlags
};
