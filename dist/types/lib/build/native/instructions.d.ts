import { type Instruction } from '../dockerfile/index.js';
import { type BuildSession, type StageState } from './session.js';
/** Applies one instruction of a stage to its state. */
export declare function applyInstruction(session: BuildSession, state: StageState, instruction: Instruction): Promise<void>;
