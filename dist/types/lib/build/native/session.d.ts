import type { Logger } from '../../log/index.js';
import type { ImageReference } from '../../oci/reference.js';
import type { Platform, Repository } from '../../oci/types.js';
import type { Dockerfile, Instruction, Stage } from '../dockerfile/index.js';
import type { SourceTree } from './context.js';
import type { BuiltLayer } from './image.js';
export declare const DEFAULT_PLATFORM: Platform;
export interface NativeBuildOptions {
    /** The build context directory. */
    contextDir: string;
    /** Path of the Dockerfile (read unless `dockerfileText` is given; names it in messages). */
    dockerfilePath: string;
    dockerfileText?: string;
    buildArgs?: Readonly<Record<string, string>>;
    target?: string;
    /** Platform of the image (default linux/amd64); picks the base image's platform too. */
    platform?: Platform;
    /**
     * Seconds since the epoch for `created` and every file's mtime: SOURCE_DATE_EPOCH when the caller has
     * it, else the commit time; default 0.
     */
    timestamp?: number;
    /** Labels added to the image config, overriding the Dockerfile's (org.opencontainers.image.*). */
    labels?: Readonly<Record<string, string>>;
    /** Annotations on the manifest. */
    annotations?: Readonly<Record<string, string>>;
    /** Opens the repository of a base image (FROM a registry image, `COPY --from=image`). */
    openRepository?: (reference: ImageReference) => Promise<Repository>;
    /** Where new layers are written (a private temp directory). */
    workDir: string;
    log?: Logger;
}
export interface StageState {
    stage: Stage;
    config: Record<string, unknown>;
    layers: BuiltLayer[];
    diffIds: string[];
    /** Base history entries are kept as the base wrote them. */
    history: unknown[];
    /** Files this build put into the stage (from scratch, or on top of a base it cannot read). */
    files: SourceTree;
    /** The stage's base is a registry image whose files the native builder does not read. */
    opaqueBase?: string;
    args: Map<string, string>;
    workdir: string;
    shell: string[];
    author?: string;
    baseAnnotations: Record<string, string>;
}
export declare function rfc3339(seconds: number): string;
export declare function platformString(platform: Platform): string;
export declare function stringArray(value: unknown): string[];
export declare function record(value: unknown): Record<string, unknown>;
export declare function envMap(config: Record<string, unknown>): Map<string, string>;
export declare function setEnv(config: Record<string, unknown>, key: string, value: string): void;
/** The running build as its phases see it: one per buildNative call. */
export interface BuildSession {
    readonly options: NativeBuildOptions;
    readonly dockerfile: Dockerfile;
    /** The Dockerfile's path, for messages. */
    readonly file: string;
    readonly platform: Platform;
    /** Seconds since the epoch for every file's mtime. */
    readonly mtime: number;
    /** `created` of the image and of every history entry (RFC 3339). */
    readonly created: string;
    /** Global ARGs (before the first FROM) with the automatic platform args. */
    readonly globals: ReadonlyMap<string, string>;
    /** `file line N (KEYWORD)`, the prefix of every message about an instruction. */
    where(instruction: Instruction): string;
    /** The value of a build arg the caller passed, marking it used. */
    buildArg(name: string): string | undefined;
    /** The state of an earlier stage, once built. */
    stageState(index: number): StageState | undefined;
    /** The build context's files, read once on first use. */
    contextTree(): Promise<SourceTree>;
}
/** ARGs and ENV of a stage, as `$VAR` substitution sees them. */
export declare function variables(state: StageState): Map<string, string>;
/** Appends a history entry for an instruction this build applied. */
export declare function addHistory(session: BuildSession, state: StageState, instruction: Instruction, options: {
    emptyLayer: boolean;
}): void;
