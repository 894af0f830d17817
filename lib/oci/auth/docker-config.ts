// The one reader of Docker's config.json (and podman's auth.json, the same shape): read, parse, check
// and decode. The keychain, the steps' dockerConfigJSON parameter and the auth files written for
// external builders all go through it, so a file is understood, and refused, alike everywhere.
import { readFile } from 'node:fs/promises';
import type { SecretRegistry } from '../../log';
import { errnoOf } from '../../util/errno';
import { FerryError, errorMessage } from '../../util/errors';
import { isRecord } from '../../util/is-record';

/** One `auths` entry, as Docker writes it. */
export interface DockerAuthEntry {
  /** base64 of `user:password`. */
  auth?: string;
  username?: string;
  password?: string;
  /** OAuth2 refresh token, exchanged at the token realm. */
  identitytoken?: string;
  /** A bearer token sent as is. */
  registrytoken?: string;
}

/** A checked Docker config file. */
export interface DockerConfig {
  path: string;
  /** The top level as parsed, keys ferry does not use included, for writing the file out again. */
  content: Readonly<Record<string, unknown>>;
  auths: ReadonlyMap<string, DockerAuthEntry>;
  credHelpers: ReadonlyMap<string, string>;
  credsStore: string | undefined;
}

/** How messages name the file and say how to fix it. */
export interface DockerConfigWording {
  /** Starts every message; default "The registry credentials file <path>". */
  subject?: string;
  /** Ends every message; default "Fix or remove the file." */
  fix?: string;
}

export interface ReadDockerConfigOptions extends DockerConfigWording {
  /** A file that does not exist is no config (undefined) rather than an error. */
  optional?: boolean;
}

const ENTRY_FIELDS = ['auth', 'username', 'password', 'identitytoken', 'registrytoken'] as const;

function wording(path: string, options: DockerConfigWording): { subject: string; fix: string } {
  return {
    subject: options.subject ?? `The registry credentials file ${path}`,
    fix: options.fix ?? 'Fix or remove the file.',
  };
}

function invalid(path: string, options: DockerConfigWording, problem: string): FerryError {
  const { subject, fix } = wording(path, options);
  return new FerryError(`${subject} ${problem}. ${fix}`, { code: 'CONFIG', usage: true });
}

/** JSON's name for a value's type, for messages (never the value itself: it may be a credential). */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Checks parsed JSON as a Docker config: `auths` entries of string fields, `credHelpers` of program
 * names, `credsStore` a program name. Keys ferry does not use (`HttpHeaders`, `psFormat`, …) pass.
 */
export function checkDockerConfig(
  path: string,
  json: unknown,
  options: DockerConfigWording = {},
): DockerConfig {
  if (!isRecord(json)) throw invalid(path, options, `is ${typeName(json)}, not a JSON object`);
  const auths = new Map<string, DockerAuthEntry>();
  if (json.auths !== undefined && json.auths !== null) {
    if (!isRecord(json.auths))
      throw invalid(path, options, `has 'auths' as ${typeName(json.auths)}, not an object`);
    for (const [key, value] of Object.entries(json.auths)) {
      if (!isRecord(value))
        throw invalid(path, options, `has 'auths' entry '${key}' as ${typeName(value)}, not an object`);
      const entry: DockerAuthEntry = {};
      for (const field of ENTRY_FIELDS) {
        const v = value[field];
        if (v === undefined || v === null || v === '') continue;
        if (typeof v !== 'string')
          throw invalid(
            path,
            options,
            `has '${field}' of 'auths' entry '${key}' as ${typeName(v)}, not a string`,
          );
        entry[field] = v;
      }
      auths.set(key, entry);
    }
  }
  const credHelpers = new Map<string, string>();
  if (json.credHelpers !== undefined && json.credHelpers !== null) {
    if (!isRecord(json.credHelpers))
      throw invalid(path, options, `has 'credHelpers' as ${typeName(json.credHelpers)}, not an object`);
    for (const [key, value] of Object.entries(json.credHelpers)) {
      if (typeof value !== 'string')
        throw invalid(
          path,
          options,
          `has 'credHelpers' entry '${key}' as ${typeName(value)}, not a helper name`,
        );
      if (value) credHelpers.set(key, value);
    }
  }
  const store = json.credsStore;
  if (store !== undefined && store !== null && typeof store !== 'string')
    throw invalid(path, options, `has 'credsStore' as ${typeName(store)}, not a helper name`);
  return { path, content: json, auths, credHelpers, credsStore: store ? store : undefined };
}

/** Parses and checks a config file's text. An empty file is an empty config, as Docker reads it. */
export function parseDockerConfig(
  path: string,
  text: string,
  options: DockerConfigWording = {},
): DockerConfig {
  if (text.trim() === '') return checkDockerConfig(path, {}, options);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Never echo the parser's message: it quotes the file's content, which holds credentials.
    throw invalid(path, options, 'is not valid JSON');
  }
  return checkDockerConfig(path, json, options);
}

function unreadable(error: unknown): string {
  switch (errnoOf(error)) {
    case 'ENOENT':
      return 'does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return `cannot be read: ${errorMessage(error)}`;
  }
}

/** Reads, parses and checks a config file. */
export async function readDockerConfig(
  path: string,
  options: ReadDockerConfigOptions & { optional: true },
): Promise<DockerConfig | undefined>;
export async function readDockerConfig(
  path: string,
  options?: ReadDockerConfigOptions,
): Promise<DockerConfig>;
export async function readDockerConfig(
  path: string,
  options: ReadDockerConfigOptions = {},
): Promise<DockerConfig | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (options.optional && errnoOf(error) === 'ENOENT') return undefined;
    const { subject, fix } = wording(path, options);
    throw new FerryError(`${subject} ${unreadable(error)}. ${fix}`, {
      code: errnoOf(error) === 'ENOENT' ? 'PATH' : 'CONFIG',
      usage: true,
      cause: error,
    });
  }
  return parseDockerConfig(path, text, options);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The user and password in an `auth` value (base64 of `user:password`), or undefined when it is not
 * that shape. As Docker: the password is what follows the first colon, trailing NULs dropped.
 */
export function decodeDockerAuth(auth: string): { username: string; password: string } | undefined {
  const trimmed = auth.trim();
  if (trimmed.length % 4 === 1 || !BASE64.test(trimmed)) return undefined;
  const decoded = Buffer.from(trimmed, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1).replace(/\0+$/, '') };
}

/** Registers every credential the file holds (and their derived forms) before anything can print them. */
export function registerDockerConfigSecrets(config: DockerConfig, secrets: SecretRegistry): void {
  for (const entry of config.auths.values()) {
    secrets.add(entry.auth);
    secrets.add(entry.password);
    secrets.add(entry.identitytoken);
    secrets.add(entry.registrytoken);
    const decoded = entry.auth === undefined ? undefined : decodeDockerAuth(entry.auth);
    if (decoded) {
      secrets.add(decoded.password);
      secrets.addBasicAuth(decoded.username, decoded.password);
    }
    if (entry.username !== undefined && entry.password !== undefined)
      secrets.addBasicAuth(entry.username, entry.password);
  }
}
