// Configuration: .pipeline/config.yml and defaults files in Piper's format, parameter resolution with
// DESIGN's precedence, and where each value came from.
//
// API
//   loadConfig({ workspace, configFile?, defaultsFiles? }) → Promise<LoadedConfig>
//     Reads `configFile` (default .pipeline/config.yml, relative to the workspace; missing = empty
//     config), then `defaultsFiles` (relative to the workspace) and the config's `customDefaults`
//     (local paths relative to the config file), lowest first. YAML is parsed with js-yaml's core
//     schema (plus `<<` merges), one document, at most 1 MiB, 500 aliases and 100 000 values after
//     alias expansion: a "billion laughs" file is a ConfigError, fast. Malformed YAML is a ConfigError
//     naming file:line:column.
//   configFromObject(data, { workspace?, file? }) → LoadedConfig         (tests, inline configs)
//
//   resolveStages({ catalog, definitions, config, env, workspace?, log? }) → StageReport[]
//   stepsOfStage({ ...same, stage }) → ActiveStageStep[]      what the runner runs, in order
//
//   resolveParameters({ step, catalog, stage?, config, env, vars, flags?, vault?, log, presets?, invokedAs?,
//                      skipMandatoryCheck? })
//     → Promise<{ values, sources, missing, secrets }>
//     `step` is a step or a name of it; a Piper alias with presets (kanikoExecute → builder: kaniko,
//     cnbBuild → builder: pack) applies them just above the step defaults (or pass `presets` and
//     `invokedAs` with a step object, as stepsOfStage reports them). Layers, lowest first:
//       default < preset < pipeline environment (fromEnv, first non-empty) < defaults files (each:
//       general, steps, stages) < config general < config steps.<step> (Piper's spelling first, then
//       ferry's) < config stages.<stage> < PIPER_<param> < FERRY_<param> < explicit flags < Vault
//       (not when vaultDisableOverwrite is true and the value is set; not when skipVault).
//     A key applies only in the scopes its parameter allows; elsewhere it is ignored, as Piper does.
//     Under a name that is a Piper step of its own (StepAlias.piperParams: kanikoExecute, cnbBuild) only
//     steps.<name> is read, and general/stage sections set only that Piper step's parameters in its
//     scopes (step-names.ts specsUnder); resolveStages runs each such name toggled on as its own step.
//     Unknown keys: in general ignored; in steps.<step> a ConfigError with "did you mean" (in the
//     section of a Piper step mapped onto a ferry step, kanikoExecute/cnbBuild, a warning); in
//     stages.<Stage> a key must be a step toggle (true/false) or a parameter of some step. Deprecated
//     aliases warn naming the new name. Wrong types: ConfigError naming file, section, key, expected
//     and found type. Variables and flags are text: "true"/"false", numbers, JSON or comma lists,
//     JSON or k=v,k2=v2 maps. Mandatory and mandatoryIf parameters are checked last (FerryError code
//     MISSING_PARAMETER, exit 2, listing every way to set each), unless skipMandatoryCheck. Every secret
//     value is registered with log.addSecret before this returns. `vars` is the process environment,
//     passed in; nothing here reads process.env.
//   resolveCommonParameters({ stage?, config, env, vars, flags?, log }) → same shape, COMMON_PARAMS only
//     (verbose, Vault settings): what a runner needs to log in to Vault once before a stage.
//   describeSource(source) → string        "steps.x.y in file", "environment variable FERRY_x", "vault: p#f"
//   COMMON_PARAMS                          parameters every step accepts, in every section
//   paramSpecsOf(step) → ParamSpecs        a step's parameters plus the common ones
//   specsUnder(step, name) → ParamSpecs    the same as the step takes them under a name (kanikoExecute's
//                                          scopes); stepSectionNames(step, name): the steps.<x> it reads
//   waysToSet(param, spec, stepName) → string[]
//   checkStageKey(layer, stage, key, value)  validates one key of a stages.<Stage> section
//   suggest(name, candidates), didYouMean(name, candidates), editDistance(a, b)
//   coerceYaml / coerceText / coerceFlag / isSet   the type rules above, one value at a time
export * from './types';
export { COMMON_PARAMS, type CommonParamName } from './common';
export { DEFAULT_CONFIG_FILE, configFromObject, describeType, loadConfig, parseLayer } from './load';
export { YAML_LIMITS, parseYaml } from './yaml';
export {
  CENTRAL_BUILD,
  checkStageKey,
  paramSpecsOf,
  stageSection,
  resolveCommonParameters,
  resolveParameters,
  scopesOf,
  waysToSet,
} from './resolve';
export { describeSource } from './source';
export { didYouMean, editDistance, suggest } from '../util/suggest';
export { checkConfig, describeReason, resolveStages, stepsOfStage } from './stages';
export type { CheckConfigOptions, NearMiss } from './stages';
export { createConfigReporter, formatWarning, logWarnings } from './warnings';
export type { ConfigReporter, ConfigReporterOptions, ConfigWarning } from './warnings';
export { isPiperContextKey, PIPER_CONTEXT_KEYS } from './piper-keys';
export { keyLines, positionKey } from './positions';
export { ciStageName } from './stage-name';
export { piperStepNames, piperStepOf, specsUnder, stepSectionNames } from './step-names';
export type {
  ActivationReason,
  ActiveStageStep,
  ResolveStagesOptions,
  StageCondition,
  StageDefinition,
  StageReport,
  StageStepDefinition,
  StageStepReport,
} from './stages';
export { findMatchingFile, listWorkspaceFiles } from './workspace-files';
export { coerceFlag, coerceText, coerceYaml, expectedType, isSet } from './coerce';
