import { type ConfigWarning, type FlagValue, type StageDefinition } from '../config/index.js';
import { PipelineEnvironment } from '../env/index.js';
import type { Logger } from '../log/index.js';
import type { StepCatalog } from '../step/index.js';
import { type Environment, type Exec } from '../util/exec.js';
import { type VaultSession } from '../vault/index.js';
import { type CollectingSummary } from './summary.js';
/**
 * Opens Vault from the resolved common parameters, or returns undefined when Vault is not configured.
 * `signal` is the run's: it aborts the login and reads (never the revocation at the end).
 */
export type VaultOpener = (params: Readonly<Record<string, unknown>>, context?: {
    signal?: AbortSignal;
}) => Promise<VaultSession | undefined>;
export interface RunOptions {
    workspace: string;
    /** The steps that can run (steps/index.ts has ferry's `catalog`). */
    catalog: StepCatalog;
    /** Stage definitions for runStage (stages/ has ferry's `STAGES`); default none: only stages declared in config. */
    stages?: readonly StageDefinition[];
    /** Path of the config file; default `.pipeline/config.yml` in the workspace. */
    configFile?: string;
    /** Explicit parameters (CLI flags, the action's `params`): the highest precedence but Vault. */
    flags?: Readonly<Record<string, FlagValue>>;
    /** The process environment, for FERRY_/PIPER_ variables. Only entry points read process.env. */
    vars?: Readonly<Record<string, string | undefined>>;
    /**
     * The environment programs started by the steps inherit (`StepContext.environment`): the entry
     * points hand in process.env. Without it, programs inherit this process's environment.
     */
    environment?: Environment;
    log: Logger;
    /** A pipeline environment handed in (an earlier job's export); merged over what is on disk. */
    envInput?: PipelineEnvironment;
    exec?: Exec;
    signal?: AbortSignal;
    openVault?: VaultOpener;
    summary?: CollectingSummary;
    /** Configuration warnings about what the run uses are errors (exit 2) instead. */
    strict?: boolean;
    /** Where configuration warnings go (the Action annotates file and line); default `log.warn`. */
    onConfigWarning?: (warning: ConfigWarning) => void;
}
export interface StepOutcome {
    step: string;
    status: 'success' | 'failed';
    seconds: number;
    error?: unknown;
}
export interface RunReport {
    outcomes: StepOutcome[];
    env: PipelineEnvironment;
    summary: CollectingSummary;
    /** The first failure, if any: callers turn it into an exit code. */
    error?: unknown;
}
/** Runs one step by name (a Piper alias works too). */
export declare function runStep(name: string, options: RunOptions & {
    stage?: string;
}): Promise<RunReport>;
/** Runs every active step of a stage, in order; stops at the first failure. */
export declare function runStage(stage: string, options: RunOptions): Promise<RunReport>;
export declare function failureMessage(outcome: StepOutcome): string;
