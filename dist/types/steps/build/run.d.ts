import type { ParamValues, StepContext } from '../../lib/step/index.js';
import type { params } from './metadata.js';
type Params = ParamValues<typeof params>;
/**
 * The builder options: Piper's deprecated containerBuildOptions, when set, replaces buildOptions,
 * split at spaces (kanikoExecute: `strings.Split(config.ContainerBuildOptions, " ")`).
 */
export declare function builderOptions(p: Pick<Params, 'buildOptions' | 'containerBuildOptions'>, warn: (message: string) => void): string[];
export declare function run(params: Params, ctx: StepContext): Promise<void>;
export {};
