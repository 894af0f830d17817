import type { BuiltImage } from './image.js';
import { type NativeBuildOptions } from './session.js';
export { nativeProblems, type NativeProblem } from './problems.js';
export { DEFAULT_PLATFORM, type NativeBuildOptions } from './session.js';
/**
 * Builds the Dockerfile natively into `workDir` and returns the image, not yet pushed (see pushImage).
 * Throws FerryError code BUILD (usage) naming the line for anything it cannot do, suggesting buildah.
 */
export declare function buildNative(options: NativeBuildOptions): Promise<BuiltImage>;
