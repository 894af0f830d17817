import type { AnyStep, ParamSpec, ParamSpecs, Scope, StepCatalog } from '../step/index.js';
import { type ConfigWarning } from './warnings.js';
import type { ConfigLayer, ConfigSection, ResolveOptions, ResolvedParameters } from './types.js';
/** The parameters a step accepts: its own, then the common ones (a step's own spec wins). */
export declare function paramSpecsOf(step: AnyStep | undefined): ParamSpecs;
export declare function scopesOf(spec: ParamSpec): readonly Scope[];
/** Where a key is written, for a warning. */
export declare function warningAt(layer: ConfigLayer, section: string, key: string, message: string): ConfigWarning;
/** Piper's Central Build stage is its Build stage (Piper copies stages['Central Build'] over stages.Build). */
export declare function stageSection(layer: ConfigLayer, stage: string): ConfigSection | undefined;
export declare const CENTRAL_BUILD = "Central Build";
/**
 * Stage sections are shared by all steps of the stage: checks one key against everything ferry knows.
 * A step toggle must be a boolean (else the warning says the stage's conditions decide, as in Piper);
 * a parameter of any step, or a context parameter every Piper step takes, is fine; anything else is
 * most likely a Piper step or parameter ferry does not have, or a typo: a warning naming the nearest
 * name ferry knows. Returns the warning, or undefined when the key is fine.
 */
export declare function checkStageKey(catalog: StepCatalog, layer: ConfigLayer, stage: string, key: string, value: unknown): ConfigWarning | undefined;
/** The warning for a key of a step's own section that names none of its parameters. */
export declare function stepSectionKeyWarning(step: AnyStep, layer: ConfigLayer, section: string, key: string): ConfigWarning;
/**
 * The warning for a parameter of the step written in `steps.<name>` where the step, run as `name`, does
 * not take it from a step section: kanikoExecute and cnbBuild are separate Piper steps, each with its own
 * parameters (`buildpacks` is cnbBuild's).
 */
export declare function stepSectionScopeWarning(step: AnyStep, layer: ConfigLayer, section: string, key: string, param: string): ConfigWarning;
/** Every way a parameter can be set, for the message of a missing mandatory parameter. */
export declare function waysToSet(param: string, spec: ParamSpec, stepName: string): string[];
/**
 * Resolves every parameter of a step (and the common ones) for one run. Throws ConfigError for a
 * config problem, UsageError for a bad explicit parameter, FerryError MISSING_PARAMETER (exit 2) when a
 * mandatory parameter has no value.
 */
export declare function resolveParameters(options: ResolveOptions): Promise<ResolvedParameters>;
/**
 * Resolves only the common parameters (verbose, Vault settings) from general, the stage section,
 * variables and flags: what a runner needs before it logs in to Vault once for a whole stage.
 */
export declare function resolveCommonParameters(options: Omit<ResolveOptions, 'step' | 'vault'> & {
    /** The step about to run: its steps.<step> sections count too (Piper's mixinVaultConfig). */
    step?: AnyStep;
}): Promise<ResolvedParameters>;
/**
 * True when `key` names a parameter (or alias) of the step or a common one, in a steps.<step> section;
 * `name` is the name the section is written under (kanikoExecute has parameters of its own).
 */
export declare function isStepKey(step: AnyStep, key: string, name?: string): boolean;
/**
 * The parameter a key of `steps.<name>` sets when the step, run as `name`, does not take it from a step
 * section (buildpacks under steps.kanikoExecute); undefined when the key is taken or names no parameter.
 */
export declare function stepKeyOutOfScope(step: AnyStep, key: string, name: string): string | undefined;
