// Image references: parse and print `host[:port]/path[:tag][@sha256:…]` with Docker Hub's defaults, and
// registry URLs as users type them (with or without a scheme, trailing slash or path).
import { FerryError } from '../util/errors';
import { digestProblem } from './digest-syntax';

/** The canonical name of Docker Hub in a reference. The API host is chosen by the transport. */
export const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ALIASES = new Set([
  'docker.io',
  'index.docker.io',
  'registry-1.docker.io',
  'registry.hub.docker.com',
]);

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;

/** True for a valid tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}` (the distribution spec's rule). */
export function isTag(text: string): boolean {
  return TAG.test(text);
}

/** True for a valid repository name: lowercase components joined by `/`, at most 255 characters. */
export function isRepositoryName(text: string): boolean {
  return (
    text.length <= MAX_NAME_LENGTH && text.split('/').every((component) => PATH_COMPONENT.test(component))
  );
}
const HOST_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const PORT = /^[0-9]{1,5}$/;
const MAX_NAME_LENGTH = 255;

export type RegistryAction = 'pull' | 'push' | 'delete' | '*';

/** An immutable image reference. `withTag`/`withDigest` return new references. */
export class ImageReference {
  /** `host[:port]`; Docker Hub is `docker.io`. */
  readonly registry: string;
  /** Path within the registry; single-name Docker Hub images carry `library/`. */
  readonly repository: string;
  readonly tag: string | undefined;
  readonly digest: string | undefined;

  constructor(parts: { registry: string; repository: string; tag?: string; digest?: string }) {
    this.registry = parts.registry;
    this.repository = parts.repository;
    this.tag = parts.tag;
    this.digest = parts.digest;
    Object.freeze(this);
  }

  /** `registry/repository`, with no tag or digest. */
  get name(): string {
    return `${this.registry}/${this.repository}`;
  }

  /** The digest if there is one, else the tag, else `latest`: what a manifest request is made for. */
  get identifier(): string {
    return this.digest ?? this.tag ?? 'latest';
  }

  withTag(tag: string): ImageReference {
    checkTag(tag, tag);
    return new ImageReference({
      registry: this.registry,
      repository: this.repository,
      tag,
      digest: undefined,
    });
  }

  withDigest(digest: string): ImageReference {
    checkDigest(digest, digest);
    return new ImageReference({
      registry: this.registry,
      repository: this.repository,
      tag: this.tag,
      digest,
    });
  }

  /** Same registry, another repository path (no tag or digest). */
  withRepository(repository: string): ImageReference {
    checkRepository(repository, repository);
    return new ImageReference({ registry: this.registry, repository });
  }

  /** Token-auth scope: `repository:<path>:pull,push`. */
  scope(actions: readonly RegistryAction[]): string {
    return `repository:${this.repository}:${actions.join(',')}`;
  }

  toString(): string {
    return `${this.name}${this.tag ? `:${this.tag}` : ''}${this.digest ? `@${this.digest}` : ''}`;
  }

  toJSON(): string {
    return this.toString();
  }
}

function referenceError(text: string, why: string): FerryError {
  return new FerryError(
    `Invalid image reference '${text}': ${why}. Expected host[:port]/path[:tag][@sha256:<64 hex>], e.g. registry.example.com/team/app:1.0.`,
    { code: 'REFERENCE', usage: true },
  );
}

function checkTag(tag: string, text: string): void {
  if (!TAG.test(tag))
    throw referenceError(
      text,
      `tag '${tag}' is not valid (letters, digits, '_', '.', '-'; at most 128; not starting with '.' or '-')`,
    );
}

function checkDigest(digest: string, text: string): void {
  const problem = digestProblem(digest);
  if (problem) throw referenceError(text, problem);
}

/** How to pass registry credentials, for messages that refuse them in a reference or URL. */
export const CREDENTIALS_HOW =
  "Pass credentials apart from the reference: ferry copy's --src-creds/--dest-creds (or FERRY_SRC_CREDS/FERRY_DEST_CREDS), a Docker config.json (docker login, --authfile, the dockerConfigJSON parameter), or a step's user and password parameters (from Vault or a secret)";

/**
 * True when the text carries user information before its registry (`user:secret@host/repo`,
 * `https://user@host/…`): a digest holds no '/' or '@', and `user:secret@host[:port]` has no path
 * before its '@' and no sha256/sha512 after it.
 */
function hasUserInfo(text: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/]*@/i.test(text)) return true;
  const at = text.indexOf('@');
  if (at < 0) return false;
  const after = text.slice(at + 1);
  if (after.includes('/') || after.includes('@')) return true;
  const before = text.slice(0, at);
  return !before.includes('/') && before.includes(':') && !/^sha(?:256|512):/.test(after);
}

/** The refusal of a reference holding credentials: it never quotes the text, which holds the secret. */
function userInfoError(): FerryError {
  return new FerryError(
    `Invalid image reference: it holds user information (user:password@) before the registry, so it is not shown here. ${CREDENTIALS_HOW}.`,
    { code: 'REFERENCE', usage: true },
  );
}

function checkRepository(repository: string, text: string): void {
  if (repository.length === 0) throw referenceError(text, 'the repository path is empty');
  for (const component of repository.split('/')) {
    if (!PATH_COMPONENT.test(component)) {
      const hint = /[A-Z]/.test(component) ? ' (repository names must be lowercase)' : '';
      throw referenceError(text, `path component '${component}' is not valid${hint}`);
    }
  }
}

function checkHost(host: string, text: string): void {
  let hostname = host;
  let port: string | undefined;
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    if (end < 0) throw referenceError(text, `registry '${host}' has an unclosed '['`);
    hostname = host.slice(1, end);
    const rest = host.slice(end + 1);
    if (rest !== '' && !rest.startsWith(':'))
      throw referenceError(text, `registry '${host}' is not host[:port]`);
    port = rest === '' ? undefined : rest.slice(1);
    if (!/^[0-9a-fA-F:.]+$/.test(hostname))
      throw referenceError(text, `registry '${host}' is not a valid IPv6 address`);
  } else {
    const colon = host.lastIndexOf(':');
    if (colon >= 0) {
      hostname = host.slice(0, colon);
      port = host.slice(colon + 1);
    }
    if (!hostname.split('.').every((c) => HOST_COMPONENT.test(c)))
      throw referenceError(text, `registry host '${hostname}' is not a valid host name`);
  }
  if (port !== undefined && (!PORT.test(port) || Number(port) > 65535))
    throw referenceError(text, `port '${port}' is not a number from 0 to 65535`);
}

/** Docker's rule: the first component is a registry when it has a '.' or ':', is localhost, or has uppercase. */
function looksLikeHost(component: string): boolean {
  return (
    /[.:]/.test(component) ||
    component === 'localhost' ||
    component.startsWith('[') ||
    component !== component.toLowerCase()
  );
}

function normalizeHost(host: string): string {
  const lower = host.toLowerCase();
  return DOCKER_HUB_ALIASES.has(lower) ? DOCKER_HUB : lower;
}

/** Parses an image reference; throws a FerryError (code REFERENCE, usage) naming the text when malformed. */
export function parseReference(text: string): ImageReference {
  const input = text.trim();
  if (hasUserInfo(input)) throw userInfoError();
  if (input.length === 0) throw referenceError(text, 'it is empty');
  if (/\s/.test(input)) throw referenceError(text, 'it contains whitespace');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input))
    throw referenceError(text, 'a reference has no URL scheme; drop the https://');

  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    checkDigest(digest, text);
  }

  let tag: string | undefined;
  const lastColon = rest.lastIndexOf(':');
  const lastSlash = rest.lastIndexOf('/');
  const lastBracket = rest.lastIndexOf(']');
  if (lastColon > lastSlash && lastColon > lastBracket) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    checkTag(tag, text);
  }

  let registry: string;
  let repository: string;
  const firstSlash = rest.indexOf('/');
  const first = firstSlash < 0 ? rest : rest.slice(0, firstSlash);
  if (firstSlash >= 0 && looksLikeHost(first)) {
    checkHost(first, text);
    registry = normalizeHost(first);
    repository = rest.slice(firstSlash + 1);
  } else {
    if (firstSlash < 0 && looksLikeHost(first) && first !== first.toLowerCase())
      throw referenceError(text, `repository '${first}' must be lowercase`);
    registry = DOCKER_HUB;
    repository = rest;
  }
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`;
  checkRepository(repository, text);
  if (`${registry}/${repository}`.length > MAX_NAME_LENGTH)
    throw referenceError(text, `the name is longer than ${MAX_NAME_LENGTH} characters`);
  return new ImageReference({ registry, repository, tag, digest });
}

/** Returns the reference, or undefined when the text is not one. */
export function tryParseReference(text: string): ImageReference | undefined {
  try {
    return parseReference(text);
  } catch {
    return undefined;
  }
}

export interface NormalizedRegistry {
  /** `host[:port]`, lowercase; Docker Hub as `docker.io`. */
  host: string;
  /** true for https://, false for http://, undefined when no scheme was given. */
  secure?: boolean;
  /** A path after the host (e.g. a Harbor project), without slashes at either end; `/v1`, `/v2` dropped. */
  path?: string;
}

/**
 * Accepts a registry as users write it: `host`, `host:5000`, `https://host:5000/`, `http://host/path/`.
 * A path after the host is kept as a repository prefix (`path`) except the API paths `/v1/`, `/v2/`.
 */
export function normalizeRegistryUrl(url: string): NormalizedRegistry {
  let rest = url.trim();
  if (/^(?:[a-z][a-z0-9+.-]*:\/\/)?[^/?#]*@/i.test(rest))
    throw new FerryError(
      `Invalid registry URL: it holds user information (user:password@), so it is not shown here; credentials go apart from a registry, never in the URL. ${CREDENTIALS_HOW}.`,
      { code: 'REFERENCE', usage: true },
    );
  if (rest.length === 0)
    throw new FerryError(
      `Invalid registry URL '${url}': it is empty. Give a host such as registry.example.com[:port].`,
      {
        code: 'REFERENCE',
        usage: true,
      },
    );
  let secure: boolean | undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(rest);
  if (scheme) {
    const name = (scheme[1] ?? '').toLowerCase();
    if (name !== 'https' && name !== 'http')
      throw new FerryError(
        `Invalid registry URL '${url}': scheme '${name}' is not http or https. Give https://host[:port].`,
        {
          code: 'REFERENCE',
          usage: true,
        },
      );
    secure = name === 'https';
    rest = rest.slice(scheme[0].length);
  }
  rest = rest.replace(/[?#].*$/, '');
  const slash = rest.indexOf('/');
  const hostPart = slash < 0 ? rest : rest.slice(0, slash);
  const pathPart = (slash < 0 ? '' : rest.slice(slash + 1))
    .split('/')
    .filter((c) => c.length > 0)
    .filter((c, i) => !(i === 0 && /^v[12]$/.test(c)))
    .join('/');
  try {
    checkHost(hostPart, url);
  } catch (error) {
    throw new FerryError(
      `Invalid registry URL '${url}': '${hostPart}' is not host[:port]. Give e.g. https://registry.example.com:5000.`,
      {
        code: 'REFERENCE',
        usage: true,
        cause: error,
      },
    );
  }
  const result: NormalizedRegistry = { host: normalizeHost(hostPart) };
  if (secure !== undefined) result.secure = secure;
  if (pathPart) {
    checkRepository(pathPart, url);
    result.path = pathPart;
  }
  return result;
}

/**
 * Builds a reference from Piper's pair `container/registryUrl` + `container/imageNameTag`
 * (`https://host:5000/` + `team/app:1.0`). A registry URL path becomes a repository prefix.
 */
export function referenceFromParts(registryUrl: string, nameTag: string): ImageReference {
  const registry = normalizeRegistryUrl(registryUrl);
  let name = nameTag.trim().replace(/^\/+/, '');
  // Some pipelines already put the host into imageNameTag; do not repeat it.
  const first = name.split('/')[0] ?? '';
  if (name.includes('/') && looksLikeHost(first) && normalizeHost(first) === registry.host) {
    name = name.slice(first.length + 1);
  }
  const prefix = registry.path && !name.startsWith(`${registry.path}/`) ? `${registry.path}/` : '';
  return parseReference(`${registry.host}/${prefix}${name}`);
}
