// Loads .pipeline/config.yml and its defaults files (Piper's format: general, stages, steps,
// customDefaults) into typed layers; values are checked later, against the parameter they set.
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { ConfigError, errorMessage } from '../util/errors';
import { didYouMean } from '../util/suggest';
import type { ConfigLayer, ConfigSection, LoadConfigOptions, LoadedConfig } from './types';
import { parseYaml } from './yaml';

export const DEFAULT_CONFIG_FILE = '.pipeline/config.yml';

const TOP_LEVEL_KEYS = ['general', 'stages', 'steps', 'customDefaults'];
/** Keys Piper's config knows that ferry has no use for: accepted and ignored. */
const IGNORED_TOP_LEVEL_KEYS = ['hooks'];

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "a list", "a mapping", "a string", … for messages. */
export function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (isMapping(value)) return 'a mapping';
  if (typeof value === 'string')
    return `a string ('${value.length > 40 ? `${value.slice(0, 40)}…` : value}')`;
  if (typeof value === 'number') return `a number (${value})`;
  if (typeof value === 'boolean') return `a boolean (${value})`;
  return `a ${typeof value}`;
}

function emptyLayer(file: string): ConfigLayer {
  return { file, general: {}, stages: {}, steps: {} };
}

async function readText(path: string, shown: string, what: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'EISDIR')
      throw new ConfigError(`${what} ${shown} is a directory, not a file. Point to the YAML file.`, error);
    throw new ConfigError(
      `Cannot read ${what} ${shown}: ${errorMessage(error)}. Check the path and its permissions.`,
      error,
    );
  }
}

function sectionOf(value: unknown, file: string, section: string): ConfigSection {
  if (value === undefined || value === null) return {};
  if (!isMapping(value)) {
    throw new ConfigError(
      `${file}: section '${section}' must be a mapping of keys to values, found ${describeType(value)}. Fix the indentation or the value.`,
    );
  }
  return value;
}

function sectionsOf(value: unknown, file: string, section: string): Record<string, ConfigSection> {
  const outer = sectionOf(value, file, section);
  const out: Record<string, ConfigSection> = {};
  for (const [name, inner] of Object.entries(outer)) out[name] = sectionOf(inner, file, `${section}.${name}`);
  return out;
}

/** Parses one file's text into a layer, plus its customDefaults (as written). */
export function parseLayer(text: string, file: string): { layer: ConfigLayer; customDefaults: string[] } {
  const data = parseYaml(text, file);
  if (data === undefined || data === null) return { layer: emptyLayer(file), customDefaults: [] };
  if (!isMapping(data)) {
    throw new ConfigError(
      `${file}: expected a mapping with general, stages, steps, found ${describeType(data)}. See Piper's config format.`,
    );
  }
  for (const key of Object.keys(data)) {
    if (TOP_LEVEL_KEYS.includes(key) || IGNORED_TOP_LEVEL_KEYS.includes(key)) continue;
    throw new ConfigError(
      `${file}: unknown top-level key '${key}'.${didYouMean(key, TOP_LEVEL_KEYS)} A config file holds ${TOP_LEVEL_KEYS.join(', ')}.`,
    );
  }
  const raw = data['customDefaults'];
  let customDefaults: string[] = [];
  if (raw !== undefined && raw !== null) {
    const list = typeof raw === 'string' ? [raw] : raw;
    if (!Array.isArray(list) || !list.every((x): x is string => typeof x === 'string')) {
      throw new ConfigError(
        `${file}: customDefaults must be a list of file paths, found ${describeType(raw)}.`,
      );
    }
    customDefaults = list;
  }
  return {
    layer: {
      file,
      general: sectionOf(data['general'], file, 'general'),
      stages: sectionsOf(data['stages'], file, 'stages'),
      steps: sectionsOf(data['steps'], file, 'steps'),
    },
    customDefaults,
  };
}

function shownPath(workspace: string, path: string): string {
  const rel = relative(workspace, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

async function loadDefaultsFile(
  workspace: string,
  path: string,
  referencedFrom: string,
): Promise<ConfigLayer> {
  const shown = shownPath(workspace, path);
  const text = await readText(path, shown, 'Defaults file');
  if (text === undefined) {
    throw new ConfigError(
      `Defaults file ${shown} (from ${referencedFrom}) does not exist. Fix the path or remove the entry.`,
    );
  }
  const { layer, customDefaults } = parseLayer(text, shown);
  if (customDefaults.length > 0) {
    throw new ConfigError(
      `${shown}: a defaults file cannot have customDefaults of its own. List every defaults file in the config file.`,
    );
  }
  return layer;
}

/**
 * Reads the config file and its defaults. A missing config file is an empty config; a missing defaults
 * file is an error (it was asked for by name).
 */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const workspace = resolve(options.workspace);
  const configPath = resolve(workspace, options.configFile ?? DEFAULT_CONFIG_FILE);
  const shown = shownPath(workspace, configPath);
  const text = await readText(configPath, shown, 'Config file');
  const parsed =
    text === undefined ? { layer: emptyLayer(shown), customDefaults: [] } : parseLayer(text, shown);

  const defaults: ConfigLayer[] = [];
  for (const file of options.defaultsFiles ?? []) {
    defaults.push(await loadDefaultsFile(workspace, resolve(workspace, file), 'defaultsFiles'));
  }
  for (const entry of parsed.customDefaults) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) {
      throw new ConfigError(
        `${shown}: customDefaults entry '${entry}' is a URL; ferry reads local files only, so nothing is fetched during a run. Download the file into the repository and list its path.`,
      );
    }
    defaults.push(
      await loadDefaultsFile(workspace, resolve(dirname(configPath), entry), `${shown} customDefaults`),
    );
  }
  return { workspace, config: parsed.layer, found: text !== undefined, defaults };
}

/** A LoadedConfig from objects (tests, the action's inline config). */
export function configFromObject(
  data: unknown,
  options: { workspace?: string; file?: string } = {},
): LoadedConfig {
  const file = options.file ?? DEFAULT_CONFIG_FILE;
  const { layer } = parseLayer(JSON.stringify(data ?? {}), file);
  return { workspace: resolve(options.workspace ?? '.'), config: layer, found: true, defaults: [] };
}
