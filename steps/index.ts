// The steps ferry ships and the default catalog of them, which also understands Piper's step names
// (gitopsUpdateDeployment, kanikoExecute, cnbBuild; an alias may preset parameters).
import { createStepCatalog, type AnyStep, type FoundStep, type StepCatalog } from '../lib/step';
import { build } from './build';
import { gitOpsUpdateDeployment } from './gitOpsUpdateDeployment';
import { imagePushToRegistry } from './imagePushToRegistry';

export { build, gitOpsUpdateDeployment, imagePushToRegistry };
export type { FoundStep };

/** Every step, in pipeline order. */
export const steps = {
  build: build,
  imagePushToRegistry: imagePushToRegistry,
  gitOpsUpdateDeployment: gitOpsUpdateDeployment,
} as const satisfies Readonly<Record<string, AnyStep>>;

export type StepName = keyof typeof steps;

export const stepList: readonly AnyStep[] = Object.values(steps);

/** The catalog the CLI and the Action hand to config resolution, stages and the runner. */
export const catalog: StepCatalog = createStepCatalog(stepList);

/** Finds a step by its name or an alias (exact spelling); undefined when there is none. */
export function findStep(name: string): FoundStep | undefined {
  return catalog.find(name);
}

/** Every name a step answers to: its own and its aliases. */
export function stepNames(): string[] {
  return catalog.names();
}

/** Like findStep, but an unknown name is a UsageError that suggests the nearest step name. */
export function requireStep(name: string): FoundStep {
  return catalog.require(name);
}
