const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  COMMON_SWITCHES
} from "./chunk-6AIOAQ5K.js";
import {
  expectedNumber,
  paramSpecsOf
} from "./chunk-I22EZAHI.js";

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
function valueNames(steps) {
  const names = /* @__PURE__ */ new Set();
  for (const step of steps) {
    for (const [name, spec] of Object.entries(paramSpecsOf(step))) {
      if (spec.type === "boolean") continue;
      names.add(name);
      for (const alias of spec.aliases ?? []) names.add(alias.name);
    }
  }
  return names;
}
function stepParseOptions(steps, own, command) {
  const params = valueNames(steps);
  return {
    values: /* @__PURE__ */ new Set([...own.values, ...params]),
    booleans: /* @__PURE__ */ new Set([...own.booleans, ...COMMON_SWITCHES, ...booleanNames(steps)]),
    command,
    emptyValues: params
  };
}
function reservedNames(own) {
  return /* @__PURE__ */ new Set([...own.values, ...own.booleans, ...COMMON_SWITCHES]);
}

// lib/cli/commands/help.ts
function formatDefault(spec) {
  if (spec.default === void 0) return "";
  return typeof spec.default === "string" ? spec.default : JSON.stringify(spec.default);
}
function stepHelp(step) {
  const lines = [
    `Usage: ferry run ${step.name} [--PARAM VALUE \u2026] [--stage STAGE] [--config FILE] [--strict]`,
    "",
    step.description,
    "",
    parameterHelp(step)
  ];
  if (step.aliases?.length) lines.push(`Also known as: ${step.aliases.map((a) => a.name).join(", ")}`, "");
  return lines.join("\n");
}
function parameterHelp(step) {
  const lines = ["Parameters:"];
  for (const [name, spec] of Object.entries(step.params)) {
    const bits = [
      spec.type === "number" && (spec.integer || spec.min !== void 0 || spec.max !== void 0) ? expectedNumber(spec) : spec.type
    ];
    const def = formatDefault(spec);
    if (def) bits.push(`default ${def}`);
    if (spec.mandatory) bits.push("mandatory");
    if (spec.secret) bits.push("secret");
    lines.push(`  --${name} (${bits.join(", ")})`, `      ${spec.description}`);
  }
  return `${lines.join("\n")}
`;
}

export {
  paramFlags,
  stepParseOptions,
  reservedNames,
  stepHelp,
  parameterHelp
};
