// Loads .pipeline/config.yml and its defaults files (Piper's format: general, stages, steps,
// customDefaults) into typed layers; values are checked later, against the parameter they set.
import { constants, type Stats } from 'node:fs';
import { access, open, type FileHandle } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { ConfigError, errorMessage } from '../util/errors';
import { isInside } from '../util/paths';
import { didYouMean } from '../util/suggest';
import type { ConfigLayer, ConfigSection, LoadConfigOptions, LoadedConfig } from './types';
import type { ConfigWarning } from '../log';
import { keyLines, positionKey } from './positions';
import { fetchDefaults, gitHubTokensFrom, shownUrl } from './remote';
import { parseYaml, YAML_LIMITS } from './yaml';

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

/** What a non-regular file is, for the message that refuses it. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The offset of the first byte that does not start a valid UTF-8 sequence, or undefined when all are valid. */
export function invalidUtf8Offset(bytes: Uint8Array): number | undefined {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (lead >= 0xc2 && lead <= 0xdf) [need, min] = [1, 0x80];
    else if (lead >= 0xe0 && lead <= 0xef) [need, min] = [2, 0x800];
    else if (lead >= 0xf0 && lead <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let codePoint = lead & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8 either.
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += need + 1;
  }
  return undefined;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 or fails naming the file, line, column and byte offset: never a silent U+FFFD. */
export function decodeConfigText(bytes: Uint8Array, shown: string): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    const offset = invalidUtf8Offset(bytes) ?? 0;
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    const byte = (bytes[offset] ?? 0).toString(16).padStart(2, '0');
    throw new ConfigError(
      `${shown}:${line}:${offset - lineStart + 1}: not UTF-8 text: byte 0x${byte} at offset ${offset} is not valid UTF-8. Save the file as UTF-8.`,
    );
  }
}

/** Reads at most `limit` bytes; returns them and whether the file had more. */
async function readAtMost(handle: FileHandle, limit: number): Promise<{ bytes: Buffer; more: boolean }> {
  const buffer = Buffer.alloc(Math.min(limit + 1, 64 * 1024));
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) return { bytes: Buffer.concat(chunks), more: false };
    chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
    total += bytesRead;
    if (total > limit) return { bytes: Buffer.concat(chunks).subarray(0, limit), more: true };
  }
}

/**
 * Reads a config or defaults file with bounded memory: only a regular file is read (a FIFO, a directory
 * or /dev/zero is refused before a byte is read), at most YAML_LIMITS.maxBytes of it, decoded as strict
 * UTF-8. `undefined` when the file does not exist.
 */
async function readText(path: string, shown: string, what: string): Promise<string | undefined> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new ConfigError(
      `Cannot read ${what} ${shown}: ${errorMessage(error)}. Check the path and its permissions.`,
      error,
    );
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw new ConfigError(
        `${what} ${shown} is ${kindOf(stats)}, not a regular file. Point to the YAML file.`,
      );
    }
    const limit = YAML_LIMITS.maxBytes;
    const { bytes, more } = await readAtMost(handle, limit);
    if (more) {
      throw new ConfigError(
        `${shown}: the file is larger than ${limit} bytes. A pipeline config is far smaller: check that this is the right file.`,
      );
    }
    return decodeConfigText(bytes, shown);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(
      `Cannot read ${what} ${shown}: ${errorMessage(error)}. Check the path and its permissions.`,
      error,
    );
  } finally {
    await handle.close();
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
  // Piper reads the file into a struct and drops keys it does not know: a warning, never an error.
  const warnings: ConfigWarning[] = [];
  const lines = keyLines(text);
  for (const key of Object.keys(data)) {
    if (TOP_LEVEL_KEYS.includes(key) || IGNORED_TOP_LEVEL_KEYS.includes(key)) continue;
    const line = lines.get(positionKey('', key));
    warnings.push({
      message: `unknown top-level key '${key}' is ignored.${didYouMean(key, TOP_LEVEL_KEYS)} A config file holds ${TOP_LEVEL_KEYS.join(', ')}.`,
      file,
      ...(line !== undefined ? { line } : {}),
      key,
    });
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
      lines,
      ...(warnings.length > 0 ? { warnings } : {}),
      general: sectionOf(data['general'], file, 'general'),
      stages: sectionsOf(data['stages'], file, 'stages'),
      steps: sectionsOf(data['steps'], file, 'steps'),
    },
    customDefaults,
  };
}

function shownPath(workspace: string, path: string): string {
  return isInside(resolve(path), resolve(workspace)) ? relative(workspace, path) : path;
}

/** The piper binary's implicit defaults file (`--defaultConfig`'s default), read when it exists. */
export const IMPLICIT_DEFAULTS_FILE = '.pipeline/defaults.yaml';

function defaultsLayer(text: string, shown: string, warnings: ConfigWarning[]): ConfigLayer {
  const { layer, customDefaults } = parseLayer(text, shown);
  // Piper reads only the config file's customDefaults; a defaults file's own are ignored.
  if (customDefaults.length > 0) {
    warnings.push({
      message: `customDefaults in a defaults file are ignored (as in Piper): list every defaults file in the config file.`,
      file: shown,
      key: 'customDefaults',
    });
  }
  return layer;
}

async function loadDefaultsFile(
  workspace: string,
  path: string,
  referencedFrom: string,
  warnings: ConfigWarning[],
  optional = false,
): Promise<ConfigLayer | undefined> {
  const shown = shownPath(workspace, path);
  const text = await readText(path, shown, 'Defaults file');
  if (text === undefined) {
    if (optional) return undefined;
    throw new ConfigError(
      `Defaults file ${shown} (from ${referencedFrom}) does not exist. Fix the path or remove the entry.`,
    );
  }
  return defaultsLayer(text, shown, warnings);
}

/**
 * Piper's getProjectConfigFile: a configured `….yml` that does not exist falls back to `….yaml`
 * when that exists (the configured name wins when both do).
 */
async function projectConfigFile(path: string): Promise<string> {
  if (!path.endsWith('.yml')) return path;
  const alternative = `${path.slice(0, -'.yml'.length)}.yaml`;
  const exists = async (p: string): Promise<boolean> => {
    try {
      await access(p);
      return true;
    } catch {
      return false;
    }
  };
  return !(await exists(path)) && (await exists(alternative)) ? alternative : path;
}

/**
 * Reads the config file and its defaults. A missing `.pipeline/config.yml` is an empty config; any
 * other missing config file, or a missing defaults file, is an error (it was asked for by name).
 */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const workspace = resolve(options.workspace);
  const named = resolve(workspace, options.configFile ?? DEFAULT_CONFIG_FILE);
  const configPath = await projectConfigFile(named);
  const shown = shownPath(workspace, configPath);
  const text = await readText(configPath, shown, 'Config file');
  // Only the default file may be absent: a path the user named (--config, the action's `config`
  // input) that is not there is a mistake, not an empty config.
  if (text === undefined && named !== resolve(workspace, DEFAULT_CONFIG_FILE)) {
    throw new ConfigError(
      `Config file ${shown} does not exist. Fix the path, or leave it out to use ${DEFAULT_CONFIG_FILE} (optional).`,
    );
  }
  const parsed =
    text === undefined ? { layer: emptyLayer(shown), customDefaults: [] } : parseLayer(text, shown);

  // Piper's order (cmd/piper.go PrepareConfig, pkg/config InitializeConfig): the --defaultConfig files
  // (by default .pipeline/defaults.yaml, skipped when absent), then customDefaults; later ones win.
  const warnings: ConfigWarning[] = [];
  const defaults: ConfigLayer[] = [];
  const implicit = options.defaultsFiles === undefined;
  for (const file of options.defaultsFiles ?? [IMPLICIT_DEFAULTS_FILE]) {
    const layer = await loadDefaultsFile(
      workspace,
      resolve(workspace, file),
      'defaultsFiles',
      warnings,
      implicit,
    );
    if (layer) defaults.push(layer);
  }
  let tokens: ReadonlyMap<string, string> | undefined;
  for (const entry of parsed.customDefaults) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(entry) && !/^[a-z]:[\\/]/i.test(entry)) {
      if (!tokens) {
        const found = gitHubTokensFrom(options.vars ?? {});
        for (const token of found.tokens.values()) options.addSecret?.(token);
        for (const problem of found.problems) warnings.push({ message: problem, key: 'gitHubTokens' });
        tokens = found.tokens;
      }
      const bytes = await fetchDefaults(entry, {
        maxBytes: YAML_LIMITS.maxBytes,
        tokens,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.ca ? { ca: options.ca } : {}),
      });
      const shownEntry = shownUrl(new URL(entry));
      defaults.push(defaultsLayer(decodeConfigText(bytes, shownEntry), shownEntry, warnings));
      continue;
    }
    // Relative to the workspace, as Piper opens them from the working directory.
    const layer = await loadDefaultsFile(
      workspace,
      resolve(workspace, entry),
      `${shown} customDefaults`,
      warnings,
    );
    if (layer) defaults.push(layer);
  }
  return { workspace, config: parsed.layer, found: text !== undefined, defaults, warnings };
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
