import type { Dockerfile } from './dockerfile/index.js';
export declare const BUILDERS: readonly ["native", "buildah", "docker", "kaniko", "pack"];
export type BuilderName = (typeof BUILDERS)[number];
export declare function isBuilderName(value: string): value is BuilderName;
/** The program each external builder needs; `which` is asked for these. */
export declare const BUILDER_PROGRAMS: Readonly<Record<Exclude<BuilderName, 'native'>, string>>;
export interface BuilderChoice {
    builder: BuilderName;
    reason: string;
}
export interface AutoOptions {
    dockerfile: Dockerfile;
    /** Names the Dockerfile in the reason. */
    dockerfilePath: string;
    target?: string;
    /** True when the program is installed (injected: tests pass a table, the step looks on PATH). */
    which: (program: string) => Promise<boolean>;
}
/** Picks a builder for `auto`. Throws (code BUILD) when the Dockerfile needs a runtime and none is installed. */
export declare function chooseBuilder(options: AutoOptions): Promise<BuilderChoice>;
