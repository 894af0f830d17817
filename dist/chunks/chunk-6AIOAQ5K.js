const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  didYouMean
} from "./chunk-4EWSLH6K.js";
import {
  UsageError
} from "./chunk-ZTYGLEFB.js";

// lib/cli/args.ts
var COMMON_SWITCHES = ["help", "verbose"];
function closedOptions(flags, command) {
  const spellings = (names) => names.flatMap((name) => [name, ...flags.aliases?.[name] ?? []]);
  return {
    values: new Set(spellings(flags.values)),
    booleans: /* @__PURE__ */ new Set([...spellings(flags.booleans), ...COMMON_SWITCHES]),
    command
  };
}
function unknownOption(option, options, known) {
  const names = [...known, ...options.booleans ?? []].map((name) => `--${name}`);
  const hint = option.startsWith("--") ? didYouMean(option, names) : "";
  const command = options.command ?? "";
  return new UsageError(`Unknown option '${option}'.${hint} Run 'ferry ${command} --help'.`);
}
function unexpectedArgument(argument, command) {
  return new UsageError(`Unexpected argument '${argument}'. Run 'ferry ${command} --help'.`);
}
function parseArgs(args, options = {}) {
  const positionals = [];
  const flags = /* @__PURE__ */ new Map();
  const known = options.values;
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
      else if (known && arg.startsWith("-") && arg !== "-") throw unknownOption(arg, options, known);
      else positionals.push(arg);
      continue;
    }
    const body = arg.slice(2);
    const eq = body.indexOf("=");
    const name = eq > 0 ? body.slice(0, eq) : body;
    if (known && !known.has(name) && !options.booleans?.has(name))
      throw unknownOption(`--${name}`, options, known);
    if (eq > 0) {
      const value = body.slice(eq + 1);
      if (known?.has(name) && value === "" && !options.emptyValues?.has(name)) throw needsValue(name);
      if (known && !known.has(name) && value !== "true" && value !== "false")
        throw new UsageError(`Option --${name} takes no value: write --${name}, or --${name}=false.`);
      add(name, value);
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
    if (next === void 0 || next.startsWith("--") || known && next === "" && !options.emptyValues?.has(body))
      throw needsValue(body);
    add(body, next);
    i++;
  }
  return { positionals, flags };
}
function needsValue(name) {
  return new UsageError(`Option --${name} needs a value: write --${name} VALUE or --${name}=VALUE.`);
}
function enabled(parsed, name) {
  const values = parsed.flags.get(name);
  return values !== void 0 && values[values.length - 1] !== "false";
}
function single(parsed, name, aliases = []) {
  const values = [name, ...aliases].flatMap((n) => parsed.flags.get(n) ?? []);
  if (values.length === 0) return void 0;
  if (values.length > 1)
    throw new UsageError(`Option --${name} was given ${values.length} times; give it once.`);
  return values[0];
}

export {
  COMMON_SWITCHES,
  closedOptions,
  unexpectedArgument,
  parseArgs,
  enabled,
  single
};
