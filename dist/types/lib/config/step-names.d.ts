import type { AnyStep, ParamSpecs, Scope, StepAlias } from '../step/index.js';
/** The alias `name` when it is a Piper step of its own; undefined for the step's name or a spelling. */
export declare function piperStepOf(step: AnyStep, name: string | undefined): StepAlias | undefined;
/** The names that are Piper steps of their own, besides the step's own name. */
export declare function piperStepNames(step: AnyStep): string[];
/**
 * The `steps.<name>` sections the step reads under `name`, lowest precedence first: a Piper step of its
 * own reads only its section; otherwise the spellings (Piper's first), then the step's own name.
 */
export declare function stepSectionNames(step: AnyStep, name: string | undefined): string[];
/**
 * The parameters the step takes under `name`, common ones included. Under a Piper step of its own: the
 * parameters that Piper step declares get its scopes; ferry's additions (declared by no Piper step of
 * the step) keep only the steps and parameters scopes; a parameter only another of the Piper steps
 * declares is an explicit parameter only.
 */
export declare function specsUnder(step: AnyStep, name: string | undefined): ParamSpecs;
/** The other names of the step under which `param` may be set in `scope` (for a warning). */
export declare function namesTaking(step: AnyStep, param: string, scope: Scope): string[];
