import type { ConfigLayer, LoadConfigOptions, LoadedConfig } from './types.js';
export declare const DEFAULT_CONFIG_FILE = ".pipeline/config.yml";
export declare function isMapping(value: unknown): value is Record<string, unknown>;
/** "a list", "a mapping", "a string", … for messages. */
export declare function describeType(value: unknown): string;
/** The offset of the first byte that does not start a valid UTF-8 sequence, or undefined when all are valid. */
export declare function invalidUtf8Offset(bytes: Uint8Array): number | undefined;
/** Decodes UTF-8 or fails naming the file, line, column and byte offset: never a silent U+FFFD. */
export declare function decodeConfigText(bytes: Uint8Array, shown: string): string;
/** Parses one file's text into a layer, plus its customDefaults (as written). */
export declare function parseLayer(text: string, file: string): {
    layer: ConfigLayer;
    customDefaults: string[];
};
/** The piper binary's implicit defaults file (`--defaultConfig`'s default), read when it exists. */
export declare const IMPLICIT_DEFAULTS_FILE = ".pipeline/defaults.yaml";
/**
 * Reads the config file and its defaults. A missing `.pipeline/config.yml` is an empty config; any
 * other missing config file, or a missing defaults file, is an error (it was asked for by name).
 */
export declare function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig>;
/** A LoadedConfig from objects (tests, the action's inline config). */
export declare function configFromObject(data: unknown, options?: {
    workspace?: string;
    file?: string;
}): LoadedConfig;
