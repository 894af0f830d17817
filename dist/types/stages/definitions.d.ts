import type { StageDefinition } from '../lib/config/index.js';
export type { StageCondition, StageDefinition, StageStepDefinition } from '../lib/config/index.js';
export declare const STAGES: readonly StageDefinition[];
