// Turns command-line flags into explicit step parameters. The option list of `ferry run` and
// `ferry config` is closed: the command's own options plus every parameter (and alias) of the steps
// concerned, Piper's parameters ferry accepts without implementing included, so a typo is an unknown
// option with the nearest name; types are checked by parameter resolution (lib/config).
import { paramSpecsOf } from '../config';
import type { AnyStep } from '../step/types';
import { COMMON_SWITCHES, type CommandFlags, type ParseOptions, type ParsedArgs } from './args';

/** Names that take no separate value on the command line: boolean parameters and their aliases. */
export function booleanNames(steps: readonly AnyStep[]): Set<string> {
  const names = new Set<string>();
  for (const step of steps) {
    for (const [name, spec] of Object.entries(paramSpecsOf(step))) {
      if (spec.type !== 'boolean') continue;
      names.add(name);
      for (const alias of spec.aliases ?? []) names.add(alias.name);
    }
  }
  return names;
}

/** Every flag not reserved by the command itself, as an explicit parameter. */
export function paramFlags(
  parsed: ParsedArgs,
  reserved: ReadonlySet<string>,
): Record<string, string | string[]> {
  const flags: Record<string, string | string[]> = {};
  for (const [name, values] of parsed.flags) {
    if (reserved.has(name)) continue;
    flags[name] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return flags;
}

/** Every parameter name and alias of `steps` that takes a value (booleans are in booleanNames). */
export function valueNames(steps: readonly AnyStep[]): Set<string> {
  const names = new Set<string>();
  for (const step of steps) {
    for (const [name, spec] of Object.entries(paramSpecsOf(step))) {
      if (spec.type === 'boolean') continue;
      names.add(name);
      for (const alias of spec.aliases ?? []) names.add(alias.name);
    }
  }
  return names;
}

/** The closed option list of a command taking step parameters: its own options and the steps'. */
export function stepParseOptions(
  steps: readonly AnyStep[],
  own: CommandFlags,
  command: string,
): ParseOptions {
  const params = valueNames(steps);
  return {
    values: new Set([...own.values, ...params]),
    booleans: new Set([...own.booleans, ...COMMON_SWITCHES, ...booleanNames(steps)]),
    command,
    emptyValues: params,
  };
}

/** The command's own option names, which are never step parameters. */
export function reservedNames(own: CommandFlags): Set<string> {
  return new Set([...own.values, ...own.booleans, ...COMMON_SWITCHES]);
}
