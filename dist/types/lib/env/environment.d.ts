import { type EnvKey, type EnvKeys } from './keys.js';
/** Piper's directory for the common pipeline environment, relative to the workspace. */
export declare const ENV_DIR: string;
export type EnvValue = string | boolean | number | null | EnvValue[] | {
    [key: string]: EnvValue;
};
/** Piper's marker (pkg/piperenv CPEMap): a plain file holding exactly this empties the key. */
export declare const TO_BE_EMPTIED = "toBeEmptied";
export declare class PipelineEnvironment {
    private readonly values;
    private readonly removed;
    /** Keys read from `<name>.json`: written back in that form whatever their value (Piper reads both). */
    private readonly jsonForm;
    /** Values as loaded, with their file text, so an unchanged key is written back byte for byte. */
    private readonly loaded;
    /** Reads Piper's layout under `workspace`. A missing directory is an empty environment. */
    static load(workspace: string): Promise<PipelineEnvironment>;
    /** Builds an environment from an exported JSON object (`ferry env export`, the action output). */
    static fromJSON(data: unknown, origin?: string): PipelineEnvironment;
    static parseJSON(text: string, origin?: string): PipelineEnvironment;
    private remember;
    private setChecked;
    get<K extends EnvKey>(key: K): EnvKeys[K] | undefined;
    /** A key ferry does not declare (Piper's custom keys), as stored. */
    getRaw(key: string): EnvValue | undefined;
    /** True when the key holds a non-empty value. */
    has(key: string): boolean;
    set<K extends EnvKey>(key: K, value: EnvKeys[K] | undefined): void;
    setRaw(key: string, value: EnvValue): void;
    keys(): string[];
    /** Copies every key of `other` into this environment (other wins). */
    merge(other: PipelineEnvironment): void;
    /**
     * Writes every key in Piper's layout under `workspace`: strings as plain files, other values as
     * `<name>.json`; a key read from `<name>.json` keeps that form, and an unchanged key keeps its text.
     */
    save(workspace: string): Promise<void>;
    /** The environment as a JSON object, secret keys left out unless asked. */
    toJSON(options?: {
        includeSecrets?: boolean;
    }): Record<string, EnvValue>;
    /** Values of secret keys, for registering with the logger before anything prints. */
    secretValues(): string[];
}
