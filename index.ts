// ferry as a library: the steps, the pipeline environment, configuration, the runner, and the image
// and GitOps engines underneath (as namespaces, so their names do not collide).
export { catalog, steps, stepList, findStep, requireStep, type StepName } from './steps';
export { STAGES, resolveStages, stepsOfStage, type StageDefinition } from './stages';
export * from './lib/env';
export * from './lib/step';
export {
  runStep,
  runStage,
  createSummary,
  type RunOptions,
  type RunReport,
  type StepOutcome,
} from './lib/runner';
export {
  COMMON_PARAMS,
  configFromObject,
  describeSource,
  loadConfig,
  resolveParameters,
  type LoadedConfig,
  type ParamSource,
  type ResolvedParameters,
} from './lib/config';
export {
  createConsoleSink,
  createLogger,
  createMemorySink,
  createSilentLogger,
  SecretRegistry,
  type Logger,
  type LogSink,
} from './lib/log';
export { ConfigError, FerryError, UsageError, type ErrorCode } from './lib/util/errors';
export * as oci from './lib/oci';
export { startRegistry, type EmbeddedRegistry, type RegistryOptions } from './lib/registry';
export * as vault from './lib/vault';
