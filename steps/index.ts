// The step registry: every step ferry ships, by name, and the lookup that also understands Piper's
// step names (gitopsUpdateDeployment, kanikoExecute, cnbBuild), which may preset parameters.
import type { AnyStep, StepAlias } from '../lib/step';
import { didYouMean } from '../lib/config/suggest';
import { UsageError } from '../lib/util/errors';
import { build } from './build';
import { gitOpsUpdateDeployment } from './gitOpsUpdateDeployment';
import { imagePushToRegistry } from './imagePushToRegistry';

export { build, gitOpsUpdateDeployment, imagePushToRegistry };

/** Every step, in pipeline order. */
export const steps = {
  build: build,
  imagePushToRegistry: imagePushToRegistry,
  gitOpsUpdateDeployment: gitOpsUpdateDeployment,
} as const satisfies Readonly<Record<string, AnyStep>>;

export type StepName = keyof typeof steps;

export const stepList: readonly AnyStep[] = Object.values(steps);

/** A step found by one of its names; `alias` is set when it was found under another name. */
export interface FoundStep {
  step: AnyStep;
  /** The name it was asked for (the step's own name or an alias). */
  name: string;
  alias?: StepAlias;
  /** Parameters the alias presets, e.g. `{ builder: 'kaniko' }` for kanikoExecute. */
  presets: Readonly<Record<string, string | boolean | number>>;
}

/** Finds a step by its name or an alias (exact spelling); undefined when there is none. */
export function findStep(name: string): FoundStep | undefined {
  for (const step of stepList) {
    if (step.name === name) return { step, name, presets: {} };
    const alias = step.aliases?.find((a) => a.name === name);
    if (alias) return { step, name, alias, presets: alias.presets ?? {} };
  }
  return undefined;
}

/** Every name a step answers to: its own and its aliases. */
export function stepNames(): string[] {
  return stepList.flatMap((s) => [s.name, ...(s.aliases ?? []).map((a) => a.name)]);
}

/** Like findStep, but an unknown name is a UsageError that suggests the nearest step name. */
export function requireStep(name: string): FoundStep {
  const found = findStep(name);
  if (found) return found;
  throw new UsageError(
    `Unknown step '${name}': ferry has no step of that name.${didYouMean(name, stepNames())} ` +
      `Steps: ${stepList.map((s) => s.name).join(', ')}.`,
  );
}
