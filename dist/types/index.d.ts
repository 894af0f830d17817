/**
 * The steps ferry ships (`build`, `imagePushToRegistry`, `gitOpsUpdateDeployment`) and `catalog`, the
 * StepCatalog of them that the runner takes (`runStage(stage, { catalog, stages: STAGES, … })`).
 */
export { catalog, steps, stepList, findStep, requireStep, type StepName } from './steps/index.js';
/** ferry's stage definitions (Build, Acceptance, Performance, Release) and how a config activates them. */
export { STAGES, resolveStages, stepsOfStage, type StageDefinition } from './stages/index.js';
/** The typed pipeline environment, kept in Piper's layout under `.pipeline/commonPipelineEnvironment`. */
export * from './lib/env/index.js';
/** The step contract (`StepDefinition`, parameters, context) and `createStepCatalog` for your own steps. */
export * from './lib/step/index.js';
/**
 * Runs one step (`runStep`) or every active step of a stage (`runStage`): resolves parameters from
 * config, environment, flags and Vault, masks secrets, persists the pipeline environment.
 */
export { runStep, runStage, createSummary, failureMessage, type RunOptions, type RunReport, type StepOutcome, } from './lib/runner/index.js';
/** Piper-format configuration: loading, precedence, and where each resolved value came from. */
export { COMMON_PARAMS, configFromObject, describeSource, loadConfig, resolveParameters, type LoadedConfig, type ParamSource, type ResolvedParameters, } from './lib/config/index.js';
/** The logger every step writes through: masks registered secrets; terminal and in-memory sinks. */
export { createConsoleSink, createLogger, createMemorySink, createSilentLogger, SecretRegistry, type ConfigWarning, type Logger, type LogSink, type SourcePosition, } from './lib/log/index.js';
/** Typed errors: `code`, `cause`, and `usage` (exit 2) for usage and configuration problems. */
export { ConfigError, FerryError, UsageError, type ErrorCode } from './lib/util/errors.js';
/**
 * The image engine: references, auth (Docker config, keychain), the registry client, OCI layout and
 * docker-archive stores, and `copyImage`, which copies an image by digest between any two of them.
 */
export * as oci from './lib/oci/index.js';
/**
 * The GitOps engine: file updaters (Kubernetes manifests, kustomization, Helm values, setter comments)
 * and `setImage`, which pins images by digest in a tree of files without git.
 */
export * as gitops from './lib/gitops/index.js';
/** Builders (native, buildah, docker, kaniko, pack), their selection, and the Dockerfile parser. */
export * as build from './lib/build/index.js';
/** The Vault client: login (token, AppRole, JWT/OIDC), KV v1/v2 reads, parameter lookup. */
export * as vault from './lib/vault/index.js';
/** The embedded OCI registry (for demos and tests of a pipeline): `startRegistry()` returns its URL. */
export { startRegistry, type EmbeddedRegistry, type RegistryOptions } from './lib/registry/index.js';
