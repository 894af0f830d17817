import { FerryError } from '../../util/errors.js';
import { type Dockerfile } from '../dockerfile/index.js';
/** Something the native builder cannot do, with the line that needs it. */
export interface NativeProblem {
    line: number;
    keyword: string;
    why: string;
}
/** The instructions among the stages a target needs that only a builder with a runtime can do. */
export declare function nativeProblems(dockerfile: Dockerfile, target?: string): NativeProblem[];
export declare function unsupported(file: string, problem: NativeProblem): FerryError;
