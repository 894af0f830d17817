import type { ParamValues, StepContext } from '../../lib/step/index.js';
import { type DeployImage } from './images.js';
import type { params as stepParams } from './metadata.js';
type Params = ParamValues<typeof stepParams>;
export declare function pullRequestBranch(stage: string | undefined, images: readonly DeployImage[]): string;
export declare function run(params: Params, ctx: StepContext): Promise<void>;
export {};
