// The pipeline environment: what one step leaves for the next. Kept in memory as a map of keys,
// loaded from and saved to Piper's layout (.pipeline/commonPipelineEnvironment/<category>/<name>,
// plain file for strings, <name>.json for everything else), exported to JSON without secrets.
// Files are read as Piper reads them (pkg/piperenv): plain values trimmed, `toBeEmptied` empties the
// key, `null` in a known list key is an empty list, a key stored as `<name>.json` stays `<name>.json`.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { errorMessage, FerryError } from '../util/errors';
import { ENV_KEYS, type EnvKey, type EnvKeys, isEnvKey, isSecretKey } from './keys';

/** Piper's directory for the common pipeline environment, relative to the workspace. */
export const ENV_DIR = join('.pipeline', 'commonPipelineEnvironment');

/** Piper's keys: `name` or `category/name` (deeper paths allowed), each part a plain file name. */
const VALID_KEY = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;

export type EnvValue = string | boolean | number | null | EnvValue[] | { [key: string]: EnvValue };

function envError(message: string, cause?: unknown): FerryError {
  return new FerryError(message, { code: 'ENV', usage: true, cause });
}

/** Checks a value against a known key's kind; returns an error text, or undefined when it fits. */
function checkValue(key: EnvKey, value: unknown): string | undefined {
  const { kind } = ENV_KEYS[key];
  switch (kind) {
    case 'string':
      return typeof value === 'string' ? undefined : `expected a string, found ${describe(value)}`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `expected true or false, found ${describe(value)}`;
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? undefined
        : `expected a list of strings, found ${describe(value)}`;
    case 'records':
      return Array.isArray(value) &&
        value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v))
        ? undefined
        : `expected a list of records, found ${describe(value)}`;
  }
}

/** Piper's marker (pkg/piperenv CPEMap): a plain file holding exactly this empties the key. */
export const TO_BE_EMPTIED = 'toBeEmptied';

/** How a key is stored on disk: a plain file or `<name>.json`. */
type FileForm = 'plain' | 'json';

/**
 * The value Piper's steps mean by `null` (Go writes a nil slice as `null`, so kanikoExecute with its
 * defaults leaves `container/imageDigests.json` = `null`): a known key's empty value, or undefined
 * (unset) for a boolean.
 */
function emptyValue(key: EnvKey): EnvValue | undefined {
  switch (ENV_KEYS[key].kind) {
    case 'string':
      return '';
    case 'boolean':
      return undefined;
    case 'string[]':
    case 'records':
      return [];
  }
}

/**
 * Piper's JSON reader (pkg/piperenv CleanJSONData) accepts raw control characters inside string
 * literals by escaping them; do the same before giving up on a file.
 */
function parseLenientJSON(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (first) {
    let out = '';
    let inString = false;
    let escaped = false;
    for (const ch of text) {
      const code = ch.charCodeAt(0);
      if (!inString) {
        out += ch;
        if (ch === '"') inString = true;
      } else if (escaped) {
        out += ch;
        escaped = false;
      } else if (ch === '\\') {
        out += ch;
        escaped = true;
      } else if (ch === '"') {
        out += ch;
        inString = false;
      } else if (code < 0x20) {
        out += `\\u${code.toString(16).padStart(4, '0')}`;
      } else {
        out += ch;
      }
    }
    if (out === text) throw first;
    try {
      return JSON.parse(out);
    } catch {
      throw first;
    }
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

export class PipelineEnvironment {
  private readonly values = new Map<string, EnvValue>();
  private readonly removed = new Set<string>();
  /** Keys read from `<name>.json`: written back in that form whatever their value (Piper reads both). */
  private readonly jsonForm = new Set<string>();
  /** Values as loaded, with their file text, so an unchanged key is written back byte for byte. */
  private readonly loaded = new Map<string, { value: EnvValue; text: string; form: FileForm }>();

  /** Reads Piper's layout under `workspace`. A missing directory is an empty environment. */
  static async load(workspace: string): Promise<PipelineEnvironment> {
    const env = new PipelineEnvironment();
    const root = join(workspace, ENV_DIR);
    let files: string[];
    try {
      files = (await readdir(root, { recursive: true, withFileTypes: true }))
        .filter((d) => d.isFile())
        .map((d) => join(d.parentPath, d.name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return env;
      throw envError(`Cannot read the pipeline environment at ${root}: ${errorMessage(error)}.`, error);
    }
    for (const file of files.sort()) {
      const rel = relative(root, file).split(sep).join('/');
      const text = await readFile(file, 'utf8');
      if (rel.endsWith('.json')) {
        const key = rel.slice(0, -'.json'.length);
        let parsed: unknown;
        try {
          parsed = parseLenientJSON(text);
        } catch (error) {
          throw envError(
            `Pipeline environment file ${file} is not valid JSON: ${errorMessage(error)}. Fix or delete the file.`,
            error,
          );
        }
        env.setChecked(key, parsed as EnvValue, file);
        env.jsonForm.add(key);
        env.remember(key, text, 'json');
      } else if (text.trim() === TO_BE_EMPTIED) {
        // Piper empties the file when it reads the marker; ferry does so on its next save.
        env.setChecked(rel, '', file);
      } else {
        env.setChecked(rel, text.trim(), file);
        env.remember(rel, text, 'plain');
      }
    }
    return env;
  }

  /** Builds an environment from an exported JSON object (`ferry env export`, the action output). */
  static fromJSON(data: unknown, origin = 'pipeline environment JSON'): PipelineEnvironment {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw envError(`${origin}: expected a JSON object of keys to values, found ${describe(data)}.`);
    }
    // `piper readPipelineEnv` prints Piper's CPEMap: keys without `.json`, plain files as untrimmed
    // strings, JSON files as their values (`null` included).
    const env = new PipelineEnvironment();
    for (const [key, value] of Object.entries(data as Record<string, EnvValue>)) {
      const v = typeof value === 'string' ? (value.trim() === TO_BE_EMPTIED ? '' : value.trim()) : value;
      env.setChecked(key, v, origin);
    }
    return env;
  }

  static parseJSON(text: string, origin = 'pipeline environment JSON'): PipelineEnvironment {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw envError(`${origin} is not valid JSON: ${errorMessage(error)}.`, error);
    }
    return PipelineEnvironment.fromJSON(data, origin);
  }

  private remember(key: string, text: string, form: FileForm): void {
    const value = this.values.get(key);
    if (value !== undefined) this.loaded.set(key, { value, text, form });
  }

  private setChecked(key: string, value: EnvValue, origin: string): void {
    if (!VALID_KEY.test(key) || key.split('/').some((part) => part === '.' || part === '..')) {
      throw envError(
        `Pipeline environment key '${key}' (${origin}) is not a valid key: use names like container/imageDigest (letters, digits, '.', '_', '-', separated by '/').`,
      );
    }
    if (isEnvKey(key)) {
      let v: unknown = value;
      if (v === null) {
        const empty = emptyValue(key);
        if (empty === undefined) {
          this.values.delete(key);
          return;
        }
        v = empty;
      }
      // Piper may store a boolean as a plain file ("true") or a string as JSON ("\"x\"").
      if (ENV_KEYS[key].kind === 'boolean' && typeof v === 'string') v = v.trim() === 'true';
      if (ENV_KEYS[key].kind === 'string' && typeof v === 'string') v = v.trim();
      const problem = checkValue(key, v);
      if (problem)
        throw envError(`Pipeline environment key ${key} (${origin}): ${problem}. Fix or delete it.`);
      this.values.set(key, v as EnvValue);
    } else {
      this.values.set(key, value);
    }
  }

  get<K extends EnvKey>(key: K): EnvKeys[K] | undefined {
    return this.values.get(key) as EnvKeys[K] | undefined;
  }

  /** A key ferry does not declare (Piper's custom keys), as stored. */
  getRaw(key: string): EnvValue | undefined {
    return this.values.get(key);
  }

  /** True when the key holds a non-empty value. */
  has(key: string): boolean {
    const v = this.values.get(key);
    if (v === undefined || v === null || v === '') return false;
    if (Array.isArray(v)) return v.length > 0;
    return true;
  }

  set<K extends EnvKey>(key: K, value: EnvKeys[K] | undefined): void {
    if (value === undefined) {
      this.values.delete(key);
      this.removed.add(key);
      this.jsonForm.delete(key);
      return;
    }
    const problem = checkValue(key, value);
    if (problem) throw new FerryError(`Pipeline environment key ${key}: ${problem}.`, { code: 'ENV' });
    this.values.set(key, value as EnvValue);
    this.removed.delete(key);
  }

  setRaw(key: string, value: EnvValue): void {
    this.setChecked(key, value, 'setRaw');
    this.removed.delete(key);
  }

  keys(): string[] {
    return [...this.values.keys()].sort();
  }

  /** Copies every key of `other` into this environment (other wins). */
  merge(other: PipelineEnvironment): void {
    for (const key of other.keys()) {
      const value = other.values.get(key);
      if (value === undefined) continue;
      this.values.set(key, value);
      this.removed.delete(key);
    }
  }

  /**
   * Writes every key in Piper's layout under `workspace`: strings as plain files, other values as
   * `<name>.json`; a key read from `<name>.json` keeps that form, and an unchanged key keeps its text.
   */
  async save(workspace: string): Promise<void> {
    const root = join(workspace, ENV_DIR);
    for (const key of this.removed) {
      await rm(join(root, key), { force: true });
      await rm(join(root, `${key}.json`), { force: true });
    }
    for (const [key, value] of this.values) {
      const asJSON = typeof value !== 'string' || this.jsonForm.has(key);
      const file = join(root, asJSON ? `${key}.json` : key);
      const other = join(root, asJSON ? key : `${key}.json`);
      if (!file.startsWith(root + sep)) throw envError(`Pipeline environment key ${key} leaves ${root}.`);
      const before = this.loaded.get(key);
      const text =
        before !== undefined && before.value === value && before.form === (asJSON ? 'json' : 'plain')
          ? before.text
          : asJSON
            ? JSON.stringify(value)
            : (value as string);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text, 'utf8');
      await rm(other, { force: true });
    }
  }

  /** The environment as a JSON object, secret keys left out unless asked. */
  toJSON(options: { includeSecrets?: boolean } = {}): Record<string, EnvValue> {
    const out: Record<string, EnvValue> = {};
    for (const key of this.keys()) {
      if (!options.includeSecrets && isSecretKey(key)) continue;
      const value = this.values.get(key);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }

  /** Values of secret keys, for registering with the logger before anything prints. */
  secretValues(): string[] {
    return this.keys()
      .filter(isSecretKey)
      .map((k) => this.values.get(k))
      .filter((v): v is string => typeof v === 'string' && v.length > 0);
  }
}
