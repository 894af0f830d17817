// Stages: ferry's stage definitions and the activation of their steps.
//   STAGES                                   Build, Acceptance, Performance, Release
//   resolveStages({ config, env, workspace?, definitions? }) → StageReport[]   every stage, every step, why
//   stepsOfStage({ ...same, stage }) → ActiveStageStep[]                        what the runner runs, in order
//   describeReason(reason) → string
export * from './definitions';
export { describeReason, resolveStages, stepsOfStage } from './resolve';
export type {
  ActivationReason,
  ActiveStageStep,
  ResolveStagesOptions,
  StageReport,
  StageStepReport,
} from './resolve';
export { findMatchingFile, globToRegExp } from './glob';
