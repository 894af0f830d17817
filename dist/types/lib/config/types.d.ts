import type { PipelineEnvironment } from '../env/index.js';
import type { Logger } from '../log/index.js';
import type { AnyStep, StepCatalog } from '../step/index.js';
import type { VaultLookup } from '../vault/types.js';
import type { ConfigReporter, ConfigWarning } from './warnings.js';
/** A mapping from a config file, as parsed (values are checked against a parameter when applied). */
export type ConfigSection = Readonly<Record<string, unknown>>;
/** One config or defaults file. Sections keep the file's key order (stage toggles are ordered). */
export interface ConfigLayer {
    /** Path of the file, as shown in messages. */
    file: string;
    general: ConfigSection;
    stages: Readonly<Record<string, ConfigSection>>;
    steps: Readonly<Record<string, ConfigSection>>;
    /** Lines of keys (positionKey(section, key)), when the layer was read from text. */
    lines?: ReadonlyMap<string, number>;
    /** What reading the file found questionable but accepted (unknown top-level keys). */
    warnings?: readonly ConfigWarning[];
}
export interface LoadConfigOptions {
    /** Workspace root; relative paths resolve against it. */
    workspace: string;
    /**
     * The config file, relative to the workspace. Default `.pipeline/config.yml`, which may be absent
     * (empty config); any other file named here must exist.
     */
    configFile?: string;
    /**
     * Defaults files (Piper's `--defaultConfig`), relative to the workspace, lowest first. Default:
     * `.pipeline/defaults.yaml` when it exists, as the piper binary reads it.
     */
    defaultsFiles?: readonly string[];
    /** Cancels fetching customDefaults URLs. */
    signal?: AbortSignal;
    /** Extra CA certificates (PEM) trusted when fetching customDefaults over HTTPS. */
    ca?: string;
    /**
     * The process environment, passed in: Piper's gitHubTokens for private customDefaults URLs
     * (PIPER_gitHubTokens, FERRY_gitHubTokens: JSON lists of `host:token`).
     */
    vars?: Readonly<Record<string, string | undefined>>;
    /** Registers each token as a secret before anything can print it (the run's logger). */
    addSecret?: (value: string) => void;
}
export interface LoadedConfig {
    workspace: string;
    /** The config file itself (empty sections when the file does not exist). */
    config: ConfigLayer;
    /** True when the config file exists. */
    found: boolean;
    /** Defaults files, lowest precedence first: `defaultsFiles`, then the config's `customDefaults`. */
    defaults: readonly ConfigLayer[];
    /** What loading found questionable but accepted (checkConfig reports them). */
    warnings?: readonly ConfigWarning[];
}
/** A value given on the command line or as an action input. */
export type FlagValue = string | boolean | number | readonly string[] | Readonly<Record<string, string>>;
export type ParamSourceKind = 'default' | 'preset' | 'env' | 'defaults' | 'config' | 'envvar' | 'flag' | 'vault';
/** Where a resolved value came from, for `ferry config` and for error messages. */
export interface ParamSource {
    kind: ParamSourceKind;
    /** defaults/config: the file. */
    file?: string;
    /** defaults/config: `general`, `steps.<step>` or `stages.<Stage>`. */
    section?: string;
    /** The key as written (an alias when one was used); env: the pipeline environment key; flag: the flag. */
    key?: string;
    /** envvar: the variable, e.g. `FERRY_filePath`. */
    variable?: string;
    /** vault: `<mount>/<path>` and field. */
    path?: string;
    field?: string;
    /** preset: the step alias that preset it (e.g. `kanikoExecute`). */
    alias?: string;
    /** The parameter is secret: show its value as `***`. */
    secret?: boolean;
}
export interface ResolveOptions {
    /** The step, or a name of it (an alias applies its presets, e.g. kanikoExecute → builder: kaniko). */
    step: AnyStep | string;
    /** Stage the step runs in: `stages.<stage>` applies. */
    stage?: string;
    /** The steps that exist: step names resolve in it, and stage sections are checked against all of them. */
    catalog: StepCatalog;
    config: LoadedConfig;
    env: PipelineEnvironment;
    /** The process environment, passed in (FERRY_<param>, PIPER_<param>). */
    vars: Readonly<Record<string, string | undefined>>;
    /** Explicit parameters: CLI flags or the action's `params`. Keys are parameter names or aliases. */
    flags?: Readonly<Record<string, FlagValue>>;
    /** A logged-in Vault session; without it no secret is looked up. */
    vault?: VaultLookup;
    log: Logger;
    /**
     * Parameters preset by the step name the step runs under (kanikoExecute → builder: kaniko), applied
     * just above the step defaults. Given a step name in `step`, its alias presets apply by themselves.
     */
    presets?: Readonly<Record<string, string | boolean | number>>;
    /** The step name that preset them, for the source shown (`preset by step name kanikoExecute`). */
    invokedAs?: string;
    /** Skip the mandatory check (e.g. `ferry config`, which shows what is missing instead of failing). */
    skipMandatoryCheck?: boolean;
    /** Where config warnings go (one per run, so each is said once); default: log.warn, not strict. */
    reporter?: ConfigReporter;
}
export interface ResolvedParameters {
    /** Every parameter of the step and every common parameter that has a value. */
    values: Record<string, unknown>;
    sources: Record<string, ParamSource>;
    /** Mandatory parameters without a value (only when `skipMandatoryCheck`). */
    missing: string[];
    /** Names of the parameters whose values are secret. */
    secrets: string[];
}
