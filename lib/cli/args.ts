// Parses `--name value`, `--name=value` and bare `--flag` arguments. Which names are boolean (take no
// value) is given by the caller, from step metadata, so `--forcePush --stage X` reads as intended.
// A command with a fixed option list passes it (`values`) and gets one wording for its usage mistakes.
import { didYouMean } from '../util/suggest';
import { UsageError } from '../util/errors';

export interface ParsedArgs {
  positionals: string[];
  /** Repeated flags accumulate into a list. */
  flags: Map<string, string[]>;
}

export interface ParseOptions {
  /** Names that never take a separate value (`--json`, boolean parameters). */
  booleans?: ReadonlySet<string>;
  /**
   * Names that take a value. Given, the option list is closed: any other option (also `-x`) is a
   * UsageError naming `command`, and an empty value (`--name=`) counts as a missing one.
   */
  values?: ReadonlySet<string>;
  /** The subcommand, e.g. `copy` or `registry serve`, for messages. */
  command?: string;
  /**
   * Names whose empty value (`--name=` or `--name ''`) is a value, not a missing one: step parameters,
   * where an empty string overrides a configured value as it does in Piper.
   */
  emptyValues?: ReadonlySet<string>;
}

/**
 * The options of a command, as its help lists them (`--help` and the global `--verbose` are every
 * command's and not listed here). docs/cli.md and each `--help` are checked against these lists.
 */
export interface CommandFlags {
  /** Options that take a value. */
  values: readonly string[];
  /** Switches. */
  booleans: readonly string[];
  /** Other spellings a command also takes, by the name they stand for (`--dryRun` for `--dry-run`). */
  aliases?: Readonly<Record<string, readonly string[]>>;
}

/** Every command takes these switches besides its own. */
export const COMMON_SWITCHES: readonly string[] = ['help', 'verbose'];

/** The closed option list of a command with these flags. */
export function closedOptions(flags: CommandFlags, command: string): ParseOptions {
  const spellings = (names: readonly string[]): string[] =>
    names.flatMap((name) => [name, ...(flags.aliases?.[name] ?? [])]);
  return {
    values: new Set(spellings(flags.values)),
    booleans: new Set([...spellings(flags.booleans), ...COMMON_SWITCHES]),
    command,
  };
}

function unknownOption(option: string, options: ParseOptions, known: ReadonlySet<string>): UsageError {
  const names = [...known, ...(options.booleans ?? [])].map((name) => `--${name}`);
  const hint = option.startsWith('--') ? didYouMean(option, names) : '';
  const command = options.command ?? '';
  return new UsageError(`Unknown option '${option}'.${hint} Run 'ferry ${command} --help'.`);
}

/** A stray positional argument: one wording for every command. */
export function unexpectedArgument(argument: string, command: string): UsageError {
  return new UsageError(`Unexpected argument '${argument}'. Run 'ferry ${command} --help'.`);
}

export function parseArgs(args: readonly string[], options: ParseOptions = {}): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  const known = options.values;
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
      else if (known && arg.startsWith('-') && arg !== '-') throw unknownOption(arg, options, known);
      else positionals.push(arg);
      continue;
    }
    const body = arg.slice(2);
    const eq = body.indexOf('=');
    const name = eq > 0 ? body.slice(0, eq) : body;
    if (known && !known.has(name) && !options.booleans?.has(name))
      throw unknownOption(`--${name}`, options, known);
    if (eq > 0) {
      const value = body.slice(eq + 1);
      if (known?.has(name) && value === '' && !options.emptyValues?.has(name)) throw needsValue(name);
      if (known && !known.has(name) && value !== 'true' && value !== 'false')
        throw new UsageError(`Option --${name} takes no value: write --${name}, or --${name}=false.`);
      add(name, value);
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
    if (
      next === undefined ||
      next.startsWith('--') ||
      (known && next === '' && !options.emptyValues?.has(body))
    )
      throw needsValue(body);
    add(body, next);
    i++;
  }
  return { positionals, flags };
}

function needsValue(name: string): UsageError {
  return new UsageError(`Option --${name} needs a value: write --${name} VALUE or --${name}=VALUE.`);
}

/** Whether a boolean flag is on: given bare or as true (the last occurrence wins). */
export function enabled(parsed: ParsedArgs, name: string): boolean {
  const values = parsed.flags.get(name);
  return values !== undefined && values[values.length - 1] !== 'false';
}

/**
 * The single value of a flag (under its name or any of its aliases); a repeated flag is an error
 * unless the caller accepts lists.
 */
export function single(
  parsed: ParsedArgs,
  name: string,
  aliases: readonly string[] = [],
): string | undefined {
  const values = [name, ...aliases].flatMap((n) => parsed.flags.get(n) ?? []);
  if (values.length === 0) return undefined;
  if (values.length > 1)
    throw new UsageError(`Option --${name} was given ${values.length} times; give it once.`);
  return values[0];
}
