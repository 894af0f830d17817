// Parses `--name value`, `--name=value` and bare `--flag` arguments. Which names are boolean (take no
// value) is given by the caller, from step metadata, so `--forcePush --stage X` reads as intended.
import { UsageError } from '../util/errors';

export interface ParsedArgs {
  positionals: string[];
  /** Repeated flags accumulate into a list. */
  flags: Map<string, string[]>;
}

export interface ParseOptions {
  /** Names that never take a separate value (`--json`, boolean parameters). */
  booleans?: ReadonlySet<string>;
}

export function parseArgs(args: readonly string[], options: ParseOptions = {}): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  const add = (name: string, value: string): void => {
    flags.set(name, [...(flags.get(name) ?? []), value]);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '--') {
      if (arg === '-h') add('help', 'true');
      else positionals.push(arg);
      continue;
    }
    const body = arg.slice(2);
    const eq = body.indexOf('=');
    if (eq > 0) {
      add(body.slice(0, eq), body.slice(eq + 1));
      continue;
    }
    if (options.booleans?.has(body)) {
      const next = args[i + 1];
      if (next === 'true' || next === 'false') {
        add(body, next);
        i++;
      } else add(body, 'true');
      continue;
    }
    const next = args[i + 1];
    if (next === undefined || next.startsWith('--')) {
      throw new UsageError(`Option --${body} needs a value: write --${body} VALUE or --${body}=VALUE.`);
    }
    add(body, next);
    i++;
  }
  return { positionals, flags };
}

/** The single value of a flag; a repeated flag is an error unless the caller accepts lists. */
export function single(parsed: ParsedArgs, name: string): string | undefined {
  const values = parsed.flags.get(name);
  if (!values) return undefined;
  if (values.length > 1)
    throw new UsageError(`Option --${name} was given ${values.length} times; give it once.`);
  return values[0];
}
