import type { ParamValues, StepContext } from '../../lib/step/index.js';
import type { params } from './metadata.js';
type Params = ParamValues<typeof params>;
export declare function run(p: Params, ctx: StepContext): Promise<void>;
export {};
