// Type checks and coercions of parameter values, where Piper coerces: YAML values as typed (with
// "true"/"false" strings and scalar-to-list), text from environment variables and flags parsed.
import type { ParamSpec, ParamType } from '../step';
import { isMapping } from './load';

export type Coerced = { ok: true; value: unknown } | { ok: false };

const EXPECTED: Record<ParamType, string> = {
  string: 'a string',
  boolean: 'a boolean (true or false)',
  number: 'a number',
  'string[]': 'a list of strings',
  map: 'a mapping of names to strings',
  'map[]': 'a list of mappings',
  object: 'a mapping',
  yaml: 'a value',
};

export function expectedType(spec: ParamSpec): string {
  if (spec.type === 'number') return expectedNumber(spec);
  return EXPECTED[spec.type];
}

/** "an integer from 1 to 64", "an integer of at least 1", "a number": the bounds of the metadata. */
export function expectedNumber(spec: Pick<ParamSpec, 'integer' | 'min' | 'max'>): string {
  const what = spec.integer ? 'an integer' : 'a number';
  const { min, max } = spec;
  if (min !== undefined && max !== undefined) return `${what} from ${min} to ${max}`;
  if (min !== undefined) return `${what} of at least ${min}`;
  if (max !== undefined) return `${what} of at most ${max}`;
  return what;
}

/** A number checked against the parameter's integer/min/max. */
function boundedNumber(value: number | undefined, spec: ParamSpec): Coerced {
  if (value === undefined || !Number.isFinite(value)) return { ok: false };
  if (spec.integer && !Number.isInteger(value)) return { ok: false };
  if (spec.min !== undefined && value < spec.min) return { ok: false };
  if (spec.max !== undefined && value > spec.max) return { ok: false };
  return { ok: true, value };
}

// YAML 1.1 booleans that go-yaml (Piper) reads as booleans; the core schema leaves them strings.
const TRUE = new Set(['true', 'yes', 'on']);
const FALSE = new Set(['false', 'no', 'off']);

function parseBoolean(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  return undefined;
}

function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(t)) return undefined;
  return Number(t);
}

function scalarToString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

/** A value from a YAML file (or an action's YAML `params`), checked against the parameter's type. */
export function coerceYaml(value: unknown, spec: ParamSpec): Coerced {
  switch (spec.type) {
    case 'string': {
      const s = scalarToString(value);
      return s === undefined ? { ok: false } : { ok: true, value: s };
    }
    case 'boolean': {
      if (typeof value === 'boolean') return { ok: true, value };
      const b = typeof value === 'string' ? parseBoolean(value) : undefined;
      return b === undefined ? { ok: false } : { ok: true, value: b };
    }
    case 'number':
      return boundedNumber(
        typeof value === 'number' ? value : typeof value === 'string' ? parseNumber(value) : undefined,
        spec,
      );
    case 'string[]': {
      if (Array.isArray(value)) {
        const out: string[] = [];
        for (const item of value) {
          const s = scalarToString(item);
          if (s === undefined) return { ok: false };
          out.push(s);
        }
        return { ok: true, value: out };
      }
      // Piper turns a single string into a one-element list.
      const s = typeof value === 'string' ? value : undefined;
      return s === undefined ? { ok: false } : { ok: true, value: [s] };
    }
    case 'map': {
      if (!isMapping(value)) return { ok: false };
      const out: Record<string, string> = {};
      for (const [k, v] of Object.entries(value)) {
        const s = scalarToString(v);
        if (s === undefined) return { ok: false };
        out[k] = s;
      }
      return { ok: true, value: out };
    }
    case 'map[]':
      return Array.isArray(value) && value.every(isMapping) ? { ok: true, value } : { ok: false };
    case 'object':
      return isMapping(value) ? { ok: true, value } : { ok: false };
    case 'yaml':
      return value === undefined || value === null ? { ok: false } : { ok: true, value };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function parseList(text: string): string[] | undefined {
  const t = text.trim();
  if (t.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(t);
    } catch {
      return undefined;
    }
    if (!Array.isArray(parsed)) return undefined;
    const out: string[] = [];
    for (const item of parsed) {
      const s = scalarToString(item);
      if (s === undefined) return undefined;
      out.push(s);
    }
    return out;
  }
  return t
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function parseMap(text: string): Record<string, string> | undefined {
  const t = text.trim();
  if (t.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(t);
    } catch {
      return undefined;
    }
    const c = coerceYaml(parsed, { type: 'map', description: '' });
    return c.ok && isMapping(c.value)
      ? Object.fromEntries(Object.entries(c.value).map(([k, v]) => [k, String(v)]))
      : undefined;
  }
  const out: Record<string, string> = {};
  for (const part of t.split(/[,\n]/)) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq <= 0) return undefined;
    out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

/**
 * Text from an environment variable or a flag: "true"/"false" for booleans, "42" for numbers, a JSON
 * list or comma-separated text for lists, a JSON object or `k=v,k2=v2` for mappings.
 */
export function coerceText(text: string, spec: ParamSpec): Coerced {
  switch (spec.type) {
    case 'string':
      return { ok: true, value: text };
    case 'boolean': {
      const b = parseBoolean(text);
      return b === undefined ? { ok: false } : { ok: true, value: b };
    }
    case 'number':
      return boundedNumber(parseNumber(text), spec);
    case 'string[]': {
      const l = parseList(text);
      return l === undefined ? { ok: false } : { ok: true, value: l };
    }
    case 'map': {
      const m = parseMap(text);
      return m === undefined ? { ok: false } : { ok: true, value: m };
    }
    case 'map[]':
    case 'object':
      return coerceYaml(parseJson(text.trim()), spec);
    case 'yaml': {
      const t = text.trim();
      return { ok: true, value: t.startsWith('[') || t.startsWith('{') ? (parseJson(t) ?? text) : text };
    }
  }
}

/** An explicit parameter: text is parsed as from an environment variable, typed values are checked. */
export function coerceFlag(value: unknown, spec: ParamSpec): Coerced {
  // A bare `--forcePush` arrives with no text.
  if (spec.type === 'boolean' && value === '') return { ok: true, value: true };
  if (typeof value === 'string') return coerceText(value, spec);
  if (Array.isArray(value) && spec.type === 'map') {
    // A repeated flag `--buildArgs A=1 --buildArgs B=2`.
    const parts: string[] = [];
    for (const v of value) {
      if (typeof v !== 'string') return { ok: false };
      parts.push(v);
    }
    return coerceText(parts.join('\n'), spec);
  }
  if (Array.isArray(value) && spec.type === 'string[]') {
    const out: string[] = [];
    for (const v of value) {
      if (typeof v !== 'string') return { ok: false };
      out.push(...(parseList(v) ?? [v]));
    }
    return { ok: true, value: out };
  }
  return coerceYaml(value, spec);
}

/** True when a value counts as set (Piper treats the empty string and the empty list as unset). */
export function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
