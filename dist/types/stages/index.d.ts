export * from './definitions.js';
export { describeReason, resolveStages, stepsOfStage } from '../lib/config/index.js';
export type { ActivationReason, ActiveStageStep, ResolveStagesOptions, StageReport, StageStepReport, } from '../lib/config/index.js';
export { findMatchingFile } from '../lib/config/index.js';
export { globToRegExp } from '../lib/util/glob.js';
