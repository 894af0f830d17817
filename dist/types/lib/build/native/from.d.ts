import { type Stage } from '../dockerfile/index.js';
import { type BuildSession, type StageState } from './session.js';
/** The state a stage starts from, as its FROM line says. */
export declare function startStage(session: BuildSession, stage: Stage): Promise<StageState>;
