import type { SecretRegistry } from '../../log/index.js';
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
/**
 * Checks parsed JSON as a Docker config: `auths` entries of string fields, `credHelpers` of program
 * names, `credsStore` a program name. Keys ferry does not use (`HttpHeaders`, `psFormat`, …) pass.
 */
export declare function checkDockerConfig(path: string, json: unknown, options?: DockerConfigWording): DockerConfig;
/** Parses and checks a config file's text. An empty file is an empty config, as Docker reads it. */
export declare function parseDockerConfig(path: string, text: string, options?: DockerConfigWording): DockerConfig;
/** Reads, parses and checks a config file. */
export declare function readDockerConfig(path: string, options: ReadDockerConfigOptions & {
    optional: true;
}): Promise<DockerConfig | undefined>;
export declare function readDockerConfig(path: string, options?: ReadDockerConfigOptions): Promise<DockerConfig>;
/**
 * The user and password in an `auth` value (base64 of `user:password`), or undefined when it is not
 * that shape. As Docker: the password is what follows the first colon, trailing NULs dropped.
 */
export declare function decodeDockerAuth(auth: string): {
    username: string;
    password: string;
} | undefined;
/** Registers every credential the file holds (and their derived forms) before anything can print them. */
export declare function registerDockerConfigSecrets(config: DockerConfig, secrets: SecretRegistry): void;
