import type { Logger } from '../log/index.js';
import type { Environment, Exec } from '../util/exec.js';
import type { EnvKey, PipelineEnvironment } from '../env/index.js';
/** Where a resolved parameter's value came from (the kinds `ferry config` shows). */
export interface ParamOrigin {
    kind: 'default' | 'preset' | 'env' | 'defaults' | 'config' | 'envvar' | 'flag' | 'vault';
    /** defaults/config: `general`, `steps.<step>` or `stages.<Stage>`. */
    section?: string;
}
/** Where a parameter may be set in .pipeline/config.yml, and whether a flag/action input may set it. */
export type Scope = 'general' | 'steps' | 'stages' | 'parameters';
/**
 * `map[]` is Piper's `[]map[string]interface{}` (multipleImages); `object` its `map[string]interface{}`
 * when values are not all strings (bindings); `yaml` takes any value the step checks itself (Piper's
 * untyped settings such as vaultCredentialPath, a string or a list).
 */
export type ParamType = 'string' | 'boolean' | 'number' | 'string[]' | 'map' | 'map[]' | 'object' | 'yaml';
export interface ParamTypeMap {
    string: string;
    boolean: boolean;
    number: number;
    'string[]': readonly string[];
    map: Readonly<Record<string, string>>;
    'map[]': readonly Readonly<Record<string, unknown>>[];
    object: Readonly<Record<string, unknown>>;
    yaml: unknown;
}
export interface ParamAlias {
    name: string;
    /** A deprecated alias still works but warns, naming the parameter to use instead. */
    deprecated?: boolean;
}
/** A secret read from Vault, as Piper's `resourceRef: [{type: vaultSecret, name, default}]`. */
export interface VaultRef {
    /** The parameter whose value names the secret (e.g. `targetRegistryCredentialsVaultSecretName`). */
    secretNameParam: string;
    /** The secret name used when that parameter is not set (e.g. `docker-registry`). */
    defaultSecretName: string;
    /** The secret's value is a file's content: written to a 0600 temp file, the parameter gets its path. */
    file?: boolean;
}
/**
 * Pipeline environment keys Piper's steps read (their resource references) that ferry never writes:
 * a step parameter may read them, as Piper's step does, when a Piper step left them in the workspace.
 */
export type PiperEnvKey = 'custom/buildSettingsInfo' | 'container/buildpacks' | 'container/preBuildpacks' | 'container/postBuildpacks';
export interface ParamSpec<T extends ParamType = ParamType> {
    type: T;
    description: string;
    default?: ParamTypeMap[T];
    /** Default: ['parameters', 'steps', 'stages']. */
    scopes?: readonly Scope[];
    aliases?: readonly ParamAlias[];
    secret?: boolean;
    vault?: VaultRef;
    /** Pipeline environment keys to read the value from, first non-empty wins. */
    fromEnv?: readonly (EnvKey | PiperEnvKey)[];
    mandatory?: boolean;
    /** Mandatory when another parameter has one of these values. */
    mandatoryIf?: readonly {
        param: string;
        equals: string | boolean;
    }[];
    /** The only values allowed (checked at resolution); a step's `run` gets them as a literal union type. */
    possibleValues?: readonly string[];
    /** Numbers only: the value must be a whole number (counts, attempts, parallelism). */
    integer?: boolean;
    /** Numbers only: the smallest value allowed. */
    min?: number;
    /** Numbers only: the largest value allowed. */
    max?: number;
    /** Shown in the step reference: where ferry deliberately differs from Piper. */
    note?: string;
    /**
     * A Piper parameter ferry accepts but does not implement: setting it warns once with this text
     * (what ferry does instead, where that changes the outcome). The parameter is not passed on.
     */
    notImplemented?: string;
}
export type ParamSpecs = Readonly<Record<string, ParamSpec>>;
/** A parameter's value type: its possibleValues as a union of literals, else its ParamType's. */
type ValueOf<S> = S extends {
    type: 'string';
    possibleValues: readonly (infer V extends string)[];
} ? V : S extends {
    type: 'string[]';
    possibleValues: readonly (infer V extends string)[];
} ? readonly V[] : S extends ParamSpec<infer T> ? ParamTypeMap[T] : never;
type Required<S> = S extends {
    default: unknown;
} ? true : S extends {
    mandatory: true;
} ? true : false;
/** The typed parameter object a step's `run` receives. */
export type ParamValues<P extends ParamSpecs> = {
    readonly [K in keyof P]: Required<P[K]> extends true ? ValueOf<P[K]> : ValueOf<P[K]> | undefined;
};
/** One row of the job summary: what a step did, in a few words per column. */
export interface SummaryRow {
    [column: string]: string;
}
export interface Summary {
    /** Adds a table (a heading and rows) to the job summary. */
    table(heading: string, rows: readonly SummaryRow[]): void;
    /** Adds a line of text to the job summary. */
    line(text: string): void;
}
export interface StepContext {
    /** The pipeline environment: read what earlier steps wrote, write this step's outputs. */
    readonly env: PipelineEnvironment;
    readonly log: Logger;
    readonly exec: Exec;
    /**
     * The environment programs started for the step inherit, handed down from the entry point (the
     * step's `exec` already starts programs with it; give it to git and credential helpers). Absent
     * when the caller handed none: programs then inherit this process's.
     */
    readonly environment?: Environment;
    readonly signal: AbortSignal;
    /** The workspace root (the repository being built); relative paths resolve against it. */
    readonly workspace: string;
    /** The stage this step runs in, when it runs as part of one. */
    readonly stage?: string;
    /** The name the step was invoked under: its own, or a Piper alias such as `kanikoExecute`. */
    readonly invokedAs?: string;
    readonly summary: Summary;
    /**
     * Where each resolved parameter came from (`default`, `env` for the pipeline environment, `config`,
     * `flag`, …), for steps whose behaviour follows Piper's precedence between configuration and the
     * pipeline environment. Absent when a library caller runs the step directly.
     */
    readonly paramOrigins?: Readonly<Record<string, ParamOrigin>>;
    /** A fresh private temp directory, removed when the run ends. */
    tempDir(): Promise<string>;
}
/** Another name a step is known by; it may preset parameters (kanikoExecute selects builder: kaniko). */
export interface StepAlias {
    name: string;
    deprecated?: boolean;
    presets?: Readonly<Record<string, string | boolean | number>>;
    /**
     * Set when the name is a Piper step of its own (kanikoExecute, cnbBuild are two steps in Piper, both
     * ferry's build), not another spelling of the step: the parameters that Piper step declares, with its
     * scopes. Run under this name, the step reads only the step section `steps.<name>`, takes from general
     * and stage sections only these parameters in these scopes (as Piper's GetStepConfig filters them), and
     * takes its other parameters (ferry's additions) from `steps.<name>` and explicit parameters only.
     * Parameters that only another Piper step of the step declares apply as explicit parameters only.
     */
    piperParams?: Readonly<Record<string, readonly Scope[]>>;
    /** With piperParams: pipeline environment keys a parameter reads under this name instead of its own. */
    piperFromEnv?: Readonly<Record<string, readonly (EnvKey | PiperEnvKey)[]>>;
}
export interface StepDefinition<P extends ParamSpecs = ParamSpecs> {
    name: string;
    description: string;
    aliases?: readonly StepAlias[];
    params: P;
    outputs: readonly EnvKey[];
    /** Method syntax on purpose: any step is assignable to StepDefinition<ParamSpecs> for the registry. */
    run(params: ParamValues<P>, ctx: StepContext): Promise<void>;
}
export type AnyStep = StepDefinition<ParamSpecs>;
/** Declares a step; `const` keeps the literal parameter types so `run` gets precise types. */
export declare function defineStep<const P extends ParamSpecs>(definition: StepDefinition<P>): StepDefinition<P>;
/** The scopes a parameter allows when its metadata does not say. */
export declare const DEFAULT_SCOPES: readonly Scope[];
export {};
