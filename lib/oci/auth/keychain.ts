// The keychain maps a registry to credentials: explicit user/password, Docker config.json (auths,
// credHelpers, credsStore through docker-credential-<name>), and podman's auth.json. Paths are passed
// in; nothing here reads process.env. Every credential is registered as a secret the moment it is read.
import { join } from 'node:path';
import type { Logger } from '../../log';
import { SecretRegistry } from '../../log';
import { FerryError } from '../../util/errors';
import type { Environment } from '../../util/environment';
import type { Exec, ExecResult } from '../../util/exec';
import { DOCKER_HUB, normalizeRegistryUrl } from '../reference';
import { isRecord } from '../../util/is-record';
import {
  decodeDockerAuth,
  readDockerConfig,
  registerDockerConfigSecrets,
  type DockerAuthEntry,
  type DockerConfig,
} from './docker-config';

/** Credentials for one registry, in Docker's shape. */
export interface RegistryCredential {
  username?: string;
  password?: string;
  /** OAuth2 refresh token (Docker's `identitytoken`), exchanged at the token realm. */
  identityToken?: string;
  /** A bearer token sent as is (Docker's `registrytoken`). */
  registryToken?: string;
}

export interface Keychain {
  /** Credentials for `registry` (host[:port] as in references); `repository` picks a more specific entry. */
  resolve(registry: string, repository?: string): Promise<RegistryCredential | undefined>;
}

export interface KeychainOptions {
  /** Explicit credentials per registry (host or URL as users write it); they win over files. */
  credentials?: Record<string, { username: string; password: string }>;
  /** Docker config.json files, first match wins. */
  dockerConfigFiles?: readonly string[];
  /** Docker config files the caller has read already with lib/oci/auth/docker-config (after dockerConfigFiles). */
  dockerConfigs?: readonly DockerConfig[];
  /** A DOCKER_CONFIG directory: its config.json is read (before dockerConfigFiles). */
  dockerConfigDir?: string;
  /** podman/containers auth.json files (e.g. $XDG_RUNTIME_DIR/containers/auth.json). */
  authFiles?: readonly string[];
  /** Where every credential read is registered; create one per run and share it with the logger. */
  secrets?: SecretRegistry;
  /** Runs docker-credential-<name>; defaults to lib/util/exec. */
  exec?: Exec;
  /** The environment credential helpers start with (the entry point's); default: this process's. */
  environment?: Environment;
  log?: Logger;
}

/** The server URL Docker tools use for a registry (the Hub still goes by its v1 index URL). */
export function credentialServerUrl(registry: string): string {
  return registry === DOCKER_HUB ? 'https://index.docker.io/v1/' : registry;
}

/** host[/path] of a config key (`https://index.docker.io/v1/`, `host:5000`, `host/ns`), or undefined. */
function keyOf(key: string): { host: string; path?: string } | undefined {
  try {
    const normalized = normalizeRegistryUrl(key);
    return normalized.path ? { host: normalized.host, path: normalized.path } : { host: normalized.host };
  } catch {
    return undefined;
  }
}

function stringField(value: Record<string, unknown>, key: string): string | undefined {
  const field = value[key];
  return typeof field === 'string' && field.length > 0 ? field : undefined;
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}

/** The entry for registry/repository: exact repository prefix first (podman), then the host. */
function findEntry<T>(
  map: ReadonlyMap<string, T>,
  registry: string,
  repository: string | undefined,
): T | undefined {
  let best: { value: T; length: number } | undefined;
  for (const [key, value] of map) {
    const parsed = keyOf(key);
    if (!parsed || parsed.host !== registry) continue;
    let length = 0;
    if (parsed.path) {
      if (!repository || (repository !== parsed.path && !repository.startsWith(`${parsed.path}/`))) continue;
      length = parsed.path.length;
    }
    if (!best || length > best.length) best = { value, length };
  }
  return best?.value;
}

class DefaultKeychain implements Keychain {
  private readonly secrets: SecretRegistry;
  private readonly exec: Exec;
  private configs: Promise<DockerConfig[]> | undefined;
  private readonly explicit = new Map<string, { username: string; password: string }>();

  constructor(private readonly options: KeychainOptions) {
    this.secrets = options.secrets ?? new SecretRegistry();
    // child_process is loaded only when a credential helper runs: most copies never start one.
    this.exec = options.exec ?? (async (...args) => (await import('../../util/exec')).exec(...args));
    for (const [key, value] of Object.entries(options.credentials ?? {})) {
      this.secrets.add(value.password);
      this.secrets.addBasicAuth(value.username, value.password);
      this.explicit.set(normalizeRegistryUrl(key).host, value);
    }
  }

  private loadConfigs(): Promise<DockerConfig[]> {
    if (!this.configs) {
      const paths = [
        ...(this.options.dockerConfigDir ? [join(this.options.dockerConfigDir, 'config.json')] : []),
        ...(this.options.dockerConfigFiles ?? []),
      ];
      const read = (path: string) => readDockerConfig(path, { optional: true });
      const given = this.options.dockerConfigs ?? [];
      const authFiles = this.options.authFiles ?? [];
      this.configs = Promise.all([...paths.map(read), ...given, ...authFiles.map(read)]).then((files) => {
        const found = files.filter((f): f is DockerConfig => f !== undefined);
        for (const config of found) registerDockerConfigSecrets(config, this.secrets);
        return found;
      });
    }
    return this.configs;
  }

  async resolve(registry: string, repository?: string): Promise<RegistryCredential | undefined> {
    const explicit = this.explicit.get(registry);
    if (explicit) return { username: explicit.username, password: explicit.password };
    for (const config of await this.loadConfigs()) {
      const helper = findEntry(config.credHelpers, registry, repository);
      if (helper) return this.fromHelper(helper, registry, config.path);
      const entry = findEntry(config.auths, registry, repository);
      if (entry) {
        const credential = this.fromEntry(entry, config.path, registry);
        if (credential) return credential;
      }
      if (config.credsStore) {
        const stored = await this.fromHelper(config.credsStore, registry, config.path, { optional: true });
        if (stored) return stored;
      }
    }
    return undefined;
  }

  private fromEntry(entry: DockerAuthEntry, path: string, registry: string): RegistryCredential | undefined {
    const credential: RegistryCredential = {};
    if (entry.auth) {
      const decoded = decodeDockerAuth(entry.auth);
      if (!decoded) {
        throw new FerryError(
          `Registry credentials for ${registry} in ${path} are malformed: 'auth' is not base64 of user:password. Log in again (docker login ${registry}).`,
          { code: 'CONFIG', usage: true },
        );
      }
      credential.username = decoded.username;
      credential.password = decoded.password;
    }
    if (entry.username) credential.username = entry.username;
    if (entry.password) credential.password = entry.password;
    if (entry.identitytoken) credential.identityToken = entry.identitytoken;
    if (entry.registrytoken) credential.registryToken = entry.registrytoken;
    this.register(credential);
    return Object.keys(credential).length ? credential : undefined;
  }

  private register(credential: RegistryCredential): void {
    this.secrets.add(credential.password);
    this.secrets.add(credential.identityToken);
    this.secrets.add(credential.registryToken);
    if (credential.username !== undefined && credential.password !== undefined)
      this.secrets.addBasicAuth(credential.username, credential.password);
  }

  private async fromHelper(
    name: string,
    registry: string,
    path: string,
    options: { optional?: boolean } = {},
  ): Promise<RegistryCredential | undefined> {
    const program = `docker-credential-${name}`;
    let result: ExecResult;
    try {
      result = await this.exec(program, ['get'], {
        input: credentialServerUrl(registry),
        allowFailure: true,
        ...(this.options.environment ? { environment: this.options.environment } : {}),
      });
    } catch (error) {
      throw new FerryError(
        `Getting credentials for ${registry} from ${program} (named in ${path}) failed: the program could not be started. Install it, or remove it from the config file.`,
        { code: 'AUTH', cause: error },
      );
    }
    if (result.exitCode !== 0) {
      // Helpers say "credentials not found" with a non-zero exit; that is "no credentials", not an error.
      if (options.optional || /not found/i.test(result.stdout + result.stderr)) return undefined;
      throw new FerryError(
        `Getting credentials for ${registry} from ${program} failed with exit code ${result.exitCode}. Run '${program} get' by hand to see why.`,
        { code: 'AUTH' },
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(result.stdout);
    } catch {
      throw new FerryError(
        `Getting credentials for ${registry} from ${program} failed: its output is not JSON. Check the helper's version.`,
        {
          code: 'AUTH',
        },
      );
    }
    const object = asObject(json) ?? {};
    const username = stringField(object, 'Username');
    const secret = stringField(object, 'Secret');
    if (secret === undefined) return undefined;
    const credential: RegistryCredential =
      username === '<token>' ? { identityToken: secret } : { username: username ?? '', password: secret };
    this.register(credential);
    this.options.log?.debug(`credentials for ${registry} from ${program}`);
    return credential;
  }
}

export function createKeychain(options: KeychainOptions = {}): Keychain {
  return new DefaultKeychain(options);
}

/** A keychain that never has credentials: anonymous access. */
export const anonymousKeychain: Keychain = { resolve: () => Promise.resolve(undefined) };
