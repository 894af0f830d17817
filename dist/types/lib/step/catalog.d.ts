import type { AnyStep, StepAlias } from './types.js';
/** A step found by one of its names; `alias` is set when it was found under another name. */
export interface FoundStep {
    step: AnyStep;
    /** The name it was asked for (the step's own name or an alias). */
    name: string;
    alias?: StepAlias;
    /** Parameters the alias presets, e.g. `{ builder: 'kaniko' }` for kanikoExecute. */
    presets: Readonly<Record<string, string | boolean | number>>;
}
export interface StepCatalog {
    /** Every step, in pipeline order. */
    list(): readonly AnyStep[];
    /** A step by its name or an alias (exact spelling); undefined when there is none. */
    find(name: string): FoundStep | undefined;
    /** Like find, but an unknown name is a UsageError that suggests the nearest step name. */
    require(name: string): FoundStep;
    /** Every name a step answers to: its own and its aliases. */
    names(): string[];
}
/** A catalog of the given steps; a name or alias used twice is a programming error. */
export declare function createStepCatalog(steps: readonly AnyStep[]): StepCatalog;
