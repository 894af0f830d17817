import type { EnvKey, PipelineEnvironment } from '../env/index.js';
import type { AnyStep, StepCatalog } from '../step/index.js';
import type { Logger } from '../log/index.js';
import { type ConfigReporter } from './warnings.js';
import type { LoadedConfig } from './types.js';
/** The kinds of Piper's stage conditions (pkg/config/run.go StepCondition), in ferry's terms. */
export type StageCondition = 
/**
 * One of these parameters (or an alias) is set in config; `stageOnly`: in stages.<Stage> itself.
 * A key `a/b` looks into a mapping (Piper's nested configKey).
 */
{
    kind: 'configKey';
    keys: readonly string[];
    stageOnly?: boolean;
}
/** The configured value of `key` (else the parameter's default) is one of `values` (Piper's `config`). */
 | {
    kind: 'config';
    key: string;
    values: readonly (string | number | boolean)[];
}
/** A file in the workspace matches one of these globs (`*`, `?`, `**`). */
 | {
    kind: 'filePattern';
    patterns: readonly string[];
}
/** A file matches the glob configured in `key` (Piper's `filePatternFromConfig`). */
 | {
    kind: 'filePatternFromConfig';
    key: string;
}
/** One of these pipeline environment keys holds a value (Piper's `pipelineEnvironmentFilled`). */
 | {
    kind: 'envKey';
    keys: readonly EnvKey[];
}
/** A pipeline environment key holds this value (Piper's `commonPipelineEnvironment`). */
 | {
    kind: 'envValue';
    key: string;
    value: string;
}
/** Never met (Piper's `inactive: true`): the step runs only when toggled on. */
 | {
    kind: 'inactive';
}
/** In notActiveConditions only: no other step of the stage is active (Piper's `onlyActiveStepInStage`). */
 | {
    kind: 'onlyActiveStepInStage';
};
export interface StageStepDefinition {
    step: string;
    /** Any one met activates the step; none given means the step is active (as in Piper). */
    conditions: readonly StageCondition[];
    /**
     * Any one met deactivates the step, above a toggle and the conditions (Piper's notActiveConditions,
     * evaluated after every step of the stage).
     */
    notActiveConditions?: readonly StageCondition[];
}
/** A stage: which steps it holds, in order, and when each is active without a toggle. */
export interface StageDefinition {
    name: string;
    description: string;
    steps: readonly StageStepDefinition[];
}
export type ActivationReason = {
    kind: 'toggle';
    value: boolean;
    file: string;
    section: string;
    key: string;
} | {
    kind: 'configKey';
    key: string;
    file: string;
    section: string;
} | {
    kind: 'config';
    key: string;
    value: string | number | boolean;
    file?: string;
    section?: string;
} | {
    kind: 'filePattern';
    pattern: string;
    file: string;
} | {
    kind: 'envKey';
    key: string;
}
/** No condition defined: active, as in Piper. */
 | {
    kind: 'always';
}
/** A notActiveCondition was met. */
 | {
    kind: 'notActive';
    because: string;
}
/** No toggle, and no condition met (or none defined); `nearMiss`: a key that looks like a misspelt condition key. */
 | {
    kind: 'none';
    conditions: readonly StageCondition[];
    nearMiss?: NearMiss;
};
/** A key written where a condition key was probably meant (`targetRegistryUrll`, `steps.imagePushToRegistri`). */
export interface NearMiss {
    file: string;
    line?: number;
    /** The section and key as written, e.g. `steps.imagePushToRegistry` and `targetRegistryUrll`. */
    section: string;
    key: string;
    /** What was probably meant: `targetRegistryUrl`, or `steps.imagePushToRegistry.targetRegistryUrl`. */
    meant: string;
}
export interface StageStepReport {
    /** ferry's step name. */
    name: string;
    /** The name to run it under: a Piper alias toggled in the stage (kanikoExecute) applies its presets. */
    invokedAs: string;
    presets: Readonly<Record<string, string | boolean | number>>;
    active: boolean;
    /** Why, in words (describeReason of `activation`). */
    reason: string;
    activation: ActivationReason;
}
export interface StageReport {
    name: string;
    description?: string;
    /** A stage ferry does not define: its steps are the ones toggled in stages.<Stage>, in order. */
    userDefined: boolean;
    /** True when at least one step is active. */
    active: boolean;
    steps: StageStepReport[];
}
export interface ResolveStagesOptions {
    config: LoadedConfig;
    env: PipelineEnvironment;
    /** Where file patterns are matched; default: the config's workspace. */
    workspace?: string;
    /** The steps that can run (steps/index.ts has ferry's). */
    catalog: StepCatalog;
    /** Stage definitions (stages/ has ferry's); stages only declared in config have none. */
    definitions: readonly StageDefinition[];
    /** Told of keys that are ignored (a Piper step or parameter ferry does not have). */
    log?: Logger;
    /** Where config warnings go; default: log.warn, not strict. */
    reporter?: ConfigReporter;
    /**
     * The stage a run uses: with a strict reporter, warnings about it (and the steps it runs) are errors,
     * warnings about other stages stay warnings. Unset: every stage counts (`ferry stages`).
     */
    focus?: string;
}
export interface CheckConfigOptions {
    catalog: StepCatalog;
    config: LoadedConfig;
    reporter: ConfigReporter;
    /** The stage the run uses (its section's warnings are errors when strict); unset: every stage. */
    stage?: string;
    /** The steps the run uses (their sections' warnings are errors when strict); unset: every step. */
    steps?: readonly AnyStep[];
}
/**
 * The checks every entry point makes before it runs anything, whatever it runs: keys of stage sections,
 * keys of the catalog's step sections, and step sections named like a ferry step but misspelt. All are
 * warnings; with a strict reporter those about what the run uses are errors.
 */
export declare function checkConfig(options: CheckConfigOptions): void;
/** Every stage (ferry's, then the user's in the order written) with each step, active or not, and why. */
export declare function resolveStages(options: ResolveStagesOptions): StageReport[];
/** A step to run in a stage: the step, the name it runs under (presets), and why it is active. */
export interface ActiveStageStep {
    step: AnyStep;
    invokedAs: string;
    presets: Readonly<Record<string, string | boolean | number>>;
    /** Why, in words. */
    reason: string;
    activation: ActivationReason;
}
/** The active steps of one stage, in order, for the runner. An unknown stage is a UsageError. */
export declare function stepsOfStage(options: ResolveStagesOptions & {
    stage: string;
}): ActiveStageStep[];
/** One line on why a step is active or not, for `ferry stages`. */
export declare function describeReason(reason: ActivationReason): string;
