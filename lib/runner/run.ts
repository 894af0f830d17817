// Runs one step or a whole stage: loads the pipeline environment and the config, resolves each step's
// parameters (one Vault login per run), runs the step in a log group, persists what it wrote, and
// cleans up temp dirs and the Vault session whatever happened.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  didYouMean,
  loadConfig,
  paramSpecsOf,
  resolveCommonParameters,
  resolveParameters,
  checkConfig,
  createConfigReporter,
  logWarnings,
  stepsOfStage,
  type ConfigReporter,
  type ConfigWarning,
  type FlagValue,
  type LoadedConfig,
  type StageDefinition,
} from '../config';
import { PipelineEnvironment } from '../env';
import type { Logger } from '../log';
import type { AnyStep, ParamSpecs, ParamValues, StepCatalog, StepContext } from '../step';
import { trackTempPath, untrackTempPath } from '../util/cleanup';
import { errorMessage, UsageError } from '../util/errors';
import { exec as defaultExec, type Environment, type Exec } from '../util/exec';
import { credentialEnvFromParams, type VaultSession } from '../vault';
import { createSummary, type CollectingSummary } from './summary';

/**
 * Opens Vault from the resolved common parameters, or returns undefined when Vault is not configured.
 * `signal` is the run's: it aborts the login and reads (never the revocation at the end).
 */
export type VaultOpener = (
  params: Readonly<Record<string, unknown>>,
  context?: { signal?: AbortSignal },
) => Promise<VaultSession | undefined>;

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

interface RunState {
  options: RunOptions;
  config: LoadedConfig;
  env: PipelineEnvironment;
  summary: CollectingSummary;
  reporter: ConfigReporter;
  vault?: VaultSession;
  tempDirs: string[];
}

async function prepare(options: RunOptions): Promise<RunState> {
  const env = await PipelineEnvironment.load(options.workspace);
  if (options.envInput) env.merge(options.envInput);
  for (const secret of env.secretValues()) options.log.addSecret(secret);
  const config = await loadConfig({
    workspace: options.workspace,
    configFile: options.configFile,
    vars: options.vars ?? {},
    addSecret: (value) => options.log.addSecret(value),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const onWarning = options.onConfigWarning ?? logWarnings(options.log);
  return {
    options,
    config,
    env,
    reporter: createConfigReporter({ strict: options.strict ?? false, onWarning }),
    summary: options.summary ?? createSummary((t) => options.log.mask(t)),
    tempDirs: [],
  };
}

async function finish(state: RunState): Promise<void> {
  await Promise.all(
    state.tempDirs.map((d) => rm(d, { recursive: true, force: true }).then(() => untrackTempPath(d))),
  );
  if (state.vault) {
    try {
      await state.vault.close();
    } catch (error) {
      state.options.log.warn(`Vault: could not close the session: ${errorMessage(error)}`);
    }
  }
}

/**
 * Opens the Vault session once per run, from the common parameters (general, the step's own sections,
 * stage, vars, flags): a vaultServerUrl set only in one step's section logs in when that step runs.
 */
async function ensureVault(
  state: RunState,
  stage: string | undefined,
  step: AnyStep,
  invokedAs: string,
): Promise<VaultSession | undefined> {
  const { options } = state;
  if (state.vault || !options.openVault) return state.vault;
  const common = await resolveCommonParameters({
    stage,
    step,
    invokedAs,
    catalog: options.catalog,
    config: state.config,
    env: state.env,
    vars: options.vars ?? {},
    flags: options.flags,
    log: options.log,
    reporter: state.reporter,
  });
  state.vault = await options.openVault(common.values, options.signal ? { signal: options.signal } : {});
  return state.vault;
}

/** The explicit parameters that belong to `step`: a stage run hands each step only its own. */
function flagsFor(step: AnyStep, flags: Readonly<Record<string, FlagValue>>): Record<string, FlagValue> {
  const names = new Set<string>();
  for (const [name, spec] of Object.entries(paramSpecsOf(step))) {
    names.add(name);
    for (const alias of spec.aliases ?? []) names.add(alias.name);
  }
  return Object.fromEntries(Object.entries(flags).filter(([k]) => names.has(k)));
}

/** Every explicit parameter must belong to at least one of the steps about to run. */
function checkFlags(
  steps: readonly AnyStep[],
  flags: Readonly<Record<string, FlagValue>>,
  what: string,
): void {
  const known = new Set<string>();
  for (const step of steps) for (const name of Object.keys(flagsFor(step, flags))) known.add(name);
  const names = steps.flatMap((s) =>
    Object.entries(paramSpecsOf(s)).flatMap(([n, spec]) => [n, ...(spec.aliases ?? []).map((a) => a.name)]),
  );
  for (const key of Object.keys(flags)) {
    if (!known.has(key))
      throw new UsageError(
        `Unknown parameter '${key}': no step of ${what} has a parameter of that name.${didYouMean(key, names)}`,
      );
  }
}

/** Piper's vaultCredentialPath/vaultTestCredentialPath: Vault fields exported to the step's programs. */
async function credentialEnv(
  vault: VaultSession | undefined,
  values: Readonly<Record<string, unknown>>,
  log: Logger,
): Promise<Record<string, string>> {
  if (!vault || values['skipVault'] === true) return {};
  return credentialEnvFromParams({ session: vault, values, log });
}

/**
 * The exec a step gets: the run's logger masks what programs print and the errors they raise, and
 * Vault credentials (vaultCredentialPath) are in the programs' environment.
 */
function withRunDefaults(
  exec: Exec,
  log: Logger,
  credentials: Record<string, string>,
  signal: AbortSignal | undefined,
  environment: Environment | undefined,
): Exec {
  return (command, args, options = {}) =>
    exec(command, args, {
      log,
      ...(signal ? { signal } : {}),
      ...(environment ? { environment } : {}),
      ...options,
      env: { ...credentials, ...options.env },
    });
}

async function runOne(
  state: RunState,
  entry: { step: AnyStep; invokedAs: string; presets: Readonly<Record<string, string | boolean | number>> },
  stage: string | undefined,
  flags: Readonly<Record<string, FlagValue>>,
): Promise<StepOutcome> {
  const { step } = entry;
  const { options } = state;
  const { log } = options;
  const started = Date.now();
  try {
    await log.group(stage ? `${stage}: ${step.name}` : step.name, async () => {
      // A cancelled run starts nothing new (the next step of a stage, a Vault login).
      options.signal?.throwIfAborted();
      const vault = await ensureVault(state, stage, step, entry.invokedAs);
      const { values, sources } = await resolveParameters({
        step,
        catalog: options.catalog,
        invokedAs: entry.invokedAs,
        presets: entry.presets,
        stage,
        config: state.config,
        env: state.env,
        vars: options.vars ?? {},
        flags,
        vault,
        log,
        reporter: state.reporter,
      });
      const exec = withRunDefaults(
        options.exec ?? defaultExec,
        log,
        await credentialEnv(vault, values, log),
        options.signal,
        options.environment,
      );
      const ctx: StepContext = {
        env: state.env,
        log,
        exec,
        ...(options.environment ? { environment: options.environment } : {}),
        signal: options.signal ?? new AbortController().signal,
        workspace: options.workspace,
        stage,
        invokedAs: entry.invokedAs,
        summary: state.summary,
        paramOrigins: Object.fromEntries(
          Object.entries(sources).map(([name, source]) => [
            name,
            source.section === undefined
              ? { kind: source.kind }
              : { kind: source.kind, section: source.section },
          ]),
        ),
        tempDir: async () => {
          const dir = await mkdtemp(join(tmpdir(), `ferry-${step.name}-`));
          state.tempDirs.push(dir);
          trackTempPath(dir);
          return dir;
        },
      };
      // The values were resolved and type-checked against this step's own metadata.
      await step.run(values as ParamValues<ParamSpecs>, ctx);
    });
  } catch (error) {
    await saveEnv(state, log);
    return { step: step.name, status: 'failed', seconds: (Date.now() - started) / 1000, error };
  }
  const saveError = await saveEnv(state, log);
  const seconds = (Date.now() - started) / 1000;
  if (saveError) return { step: step.name, status: 'failed', seconds, error: saveError };
  return { step: step.name, status: 'success', seconds };
}

/**
 * Persists the pipeline environment after a step, also when it failed: what a step already wrote is
 * kept (steps set outputs only when valid). Returns the error instead of throwing, so a failed save
 * never hides the step's own failure.
 */
async function saveEnv(state: RunState, log: Logger): Promise<unknown> {
  try {
    await state.env.save(state.options.workspace);
    return undefined;
  } catch (error) {
    log.error(`Saving the pipeline environment failed: ${errorMessage(error)}`);
    return error;
  }
}

/** Runs one step by name (a Piper alias works too). */
export async function runStep(name: string, options: RunOptions & { stage?: string }): Promise<RunReport> {
  const found = options.catalog.require(name);
  // A typo in a flag is a usage error before anything runs, as for a stage.
  checkFlags([found.step], options.flags ?? {}, `step ${found.step.name}`);
  const state = await prepare(options);
  try {
    checkConfig({
      catalog: options.catalog,
      config: state.config,
      reporter: state.reporter,
      ...(options.stage !== undefined ? { stage: options.stage } : {}),
      steps: [found.step],
    });
    const outcome = await runOne(
      state,
      { step: found.step, invokedAs: found.name, presets: found.presets },
      options.stage,
      options.flags ?? {},
    );
    return { outcomes: [outcome], env: state.env, summary: state.summary, error: outcome.error };
  } finally {
    await finish(state);
  }
}

/** Runs every active step of a stage, in order; stops at the first failure. */
export async function runStage(stage: string, options: RunOptions): Promise<RunReport> {
  const state = await prepare(options);
  try {
    const active = stepsOfStage({
      stage,
      catalog: options.catalog,
      definitions: options.stages ?? [],
      config: state.config,
      env: state.env,
      workspace: options.workspace,
      log: options.log,
      reporter: state.reporter,
    });
    const flags = options.flags ?? {};
    checkFlags(
      active.map((a) => a.step),
      flags,
      `stage ${stage}`,
    );
    const outcomes: StepOutcome[] = [];
    if (active.length === 0) options.log.info(`Stage ${stage}: no active steps.`);
    for (const entry of active) {
      options.log.info(`Stage ${stage}: running ${entry.step.name} (${entry.reason})`);
      const outcome = await runOne(state, entry, stage, flagsFor(entry.step, flags));
      outcomes.push(outcome);
      if (outcome.status === 'failed')
        return { outcomes, env: state.env, summary: state.summary, error: outcome.error };
    }
    return { outcomes, env: state.env, summary: state.summary };
  } finally {
    await finish(state);
  }
}

export function failureMessage(outcome: StepOutcome): string {
  const message = errorMessage(outcome.error);
  // Steps often name themselves already ("imagePushToRegistry: …"): say it once.
  const own = `${outcome.step}: `;
  return `${outcome.step} failed: ${message.startsWith(own) ? message.slice(own.length) : message}`;
}
