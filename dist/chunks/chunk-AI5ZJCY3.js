import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-4IZ6AG3E.js";

// lib/cli/args.ts
function parseArgs(args, options = {}) {
  const positionals = [];
  const flags = /* @__PURE__ */ new Map();
  const add = (name, value) => {
    flags.set(name, [...flags.get(name) ?? [], value]);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--") || arg === "--") {
      if (arg === "-h") add("help", "true");
      else positionals.push(arg);
      continue;
    }
    const body = arg.slice(2);
    const eq = body.indexOf("=");
    if (eq > 0) {
      add(body.slice(0, eq), body.slice(eq + 1));
      continue;
    }
    if (options.booleans?.has(body)) {
      const next2 = args[i + 1];
      if (next2 === "true" || next2 === "false") {
        add(body, next2);
        i++;
      } else add(body, "true");
      continue;
    }
    const next = args[i + 1];
    if (next === void 0 || next.startsWith("--")) {
      throw new UsageError(`Option --${body} needs a value: write --${body} VALUE or --${body}=VALUE.`);
    }
    add(body, next);
    i++;
  }
  return { positionals, flags };
}
function single(parsed, name) {
  const values = parsed.flags.get(name);
  if (!values) return void 0;
  if (values.length > 1)
    throw new UsageError(`Option --${name} was given ${values.length} times; give it once.`);
  return values[0];
}

export {
  parseArgs,
  single
};
