// Turns command-line flags into explicit step parameters. Names and types are checked by parameter
// resolution (lib/config), which suggests the nearest name for a typo; here we only need to know
// which flags are boolean, so `--forcePush --stage X` parses as intended.
import { paramSpecsOf } from '../config';
import type { AnyStep } from '../step/types';
import type { ParsedArgs } from './args';

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
