import { type Instruction } from '../dockerfile/index.js';
import { type BuildSession, type StageState } from './session.js';
/** Applies a COPY or ADD: one new layer with the matched files. */
export declare function copyFiles(session: BuildSession, state: StageState, instruction: Instruction, vars: Map<string, string>): Promise<void>;
