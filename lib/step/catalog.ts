// The steps a run can use, found by name or alias. Entry points build one (steps/index.ts holds the
// steps ferry ships) and hand it to config resolution, stage resolution and the runner, so lib/ never
// imports steps/ and a library user can run steps ferry does not ship.
import { UsageError } from '../util/errors';
import { didYouMean } from '../util/suggest';
import type { AnyStep, StepAlias } from './types';

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
export function createStepCatalog(steps: readonly AnyStep[]): StepCatalog {
  const byName = new Map<string, FoundStep>();
  const add = (name: string, found: FoundStep): void => {
    if (byName.has(name)) throw new Error(`Step catalog: the name '${name}' is used by two steps.`);
    byName.set(name, found);
  };
  for (const step of steps) {
    add(step.name, { step, name: step.name, presets: {} });
    for (const alias of step.aliases ?? [])
      add(alias.name, { step, name: alias.name, alias, presets: alias.presets ?? {} });
  }
  const list = [...steps];
  return {
    list: () => list,
    find: (name) => byName.get(name),
    names: () => [...byName.keys()],
    require(name) {
      const found = byName.get(name);
      if (found) return found;
      throw new UsageError(
        `Unknown step '${name}': ferry has no step of that name.${didYouMean(name, byName.keys())} ` +
          `Steps: ${list.map((s) => s.name).join(', ')}.`,
      );
    },
  };
}
