// Loads .pipeline/config.yml and its defaults files (Piper's format: general, stages, steps,
// customDefaults) into typed layers; values are checked later, against the parameter they set.
import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { ConfigError, errorMessage } from '../util/errors';
import { didYouMean } from '../util/suggest';
import type { ConfigLayer, ConfigSection, LoadConfigOptions, LoadedConfig } from './types';
import { keyLines } from './positions';
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
      lines: keyLines(text),
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
 * Reads the config file and its defaults. A missing `.pipeline/config.yml` is an empty config; any
 * other missing config file, or a missing defaults file, is an error (it was asked for by name).
 */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const workspace = resolve(options.workspace);
  const configPath = resolve(workspace, options.configFile ?? DEFAULT_CONFIG_FILE);
  const shown = shownPath(workspace, configPath);
  const text = await readText(configPath, shown, 'Config file');
  // Only the default file may be absent: a path the user named (--config, the action's `config`
  // input) that is not there is a mistake, not an empty config.
  if (text === undefined && configPath !== resolve(workspace, DEFAULT_CONFIG_FILE)) {
    throw new ConfigError(
      `Config file ${shown} does not exist. Fix the path, or leave it out to use ${DEFAULT_CONFIG_FILE} (optional).`,
    );
  }
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
