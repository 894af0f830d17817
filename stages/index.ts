// Stages: ferry's stage definitions. Their resolution (toggles, conditions) is lib/config's
// resolveStages/stepsOfStage, handed these definitions and a step catalog by the entry points.
//   STAGES                                   Build, Acceptance, Performance, Release
export * from './definitions';
export { describeReason, resolveStages, stepsOfStage } from '../lib/config';
export type {
  ActivationReason,
  ActiveStageStep,
  ResolveStagesOptions,
  StageReport,
  StageStepReport,
} from '../lib/config';
export { findMatchingFile } from '../lib/config';
export { globToRegExp } from '../lib/util/glob';
