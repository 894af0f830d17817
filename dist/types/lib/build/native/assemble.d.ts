import type { BuiltImage } from './image.js';
import { type BuildSession, type StageState } from './session.js';
/** The image (config, manifest and their bytes and digests) of the target stage. */
export declare function assembleImage(session: BuildSession, state: StageState): BuiltImage;
