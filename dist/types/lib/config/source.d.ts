import type { ParamSource } from './types.js';
export declare function describeSource(source: ParamSource): string;
