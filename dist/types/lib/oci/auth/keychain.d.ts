import type { Logger } from '../../log/index.js';
import { SecretRegistry } from '../../log/index.js';
import type { Environment } from '../../util/environment.js';
import type { Exec } from '../../util/exec.js';
import { type DockerConfig } from './docker-config.js';
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
    credentials?: Record<string, {
        username: string;
        password: string;
    }>;
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
export declare function credentialServerUrl(registry: string): string;
export declare function createKeychain(options?: KeychainOptions): Keychain;
/** A keychain that never has credentials: anonymous access. */
export declare const anonymousKeychain: Keychain;
