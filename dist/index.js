import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  oci_exports
} from "./chunks/chunk-FCGT6KNQ.js";
import "./chunks/chunk-CINMTVNU.js";
import {
  startRegistry
} from "./chunks/chunk-RD7UQBHN.js";
import {
  createSummary,
  runStage,
  runStep,
  vault_exports
} from "./chunks/chunk-OZLU6MBB.js";
import {
  STAGES,
  resolveStages,
  stepsOfStage
} from "./chunks/chunk-3TMVNOLU.js";
import "./chunks/chunk-2SB756AK.js";
import {
  COMMON_PARAMS,
  configFromObject,
  describeSource,
  loadConfig,
  resolveParameters
} from "./chunks/chunk-VICPL5UC.js";
import {
  DEFAULT_SCOPES,
  defineStep,
  findStep,
  requireStep,
  stepList,
  steps
} from "./chunks/chunk-EOVICWZV.js";
import "./chunks/chunk-QLQXVRPB.js";
import "./chunks/chunk-SDDO5NTP.js";
import "./chunks/chunk-2MNOM6DJ.js";
import "./chunks/chunk-H2IB2YTE.js";
import "./chunks/chunk-2UI3WGIA.js";
import {
  SecretRegistry,
  createConsoleSink,
  createLogger,
  createMemorySink,
  createSilentLogger
} from "./chunks/chunk-FZFFK2CV.js";
import {
  ENV_DIR,
  ENV_KEYS,
  PipelineEnvironment,
  isEnvKey,
  isSecretKey
} from "./chunks/chunk-KAYBFQZT.js";
import {
  ConfigError,
  FerryError,
  UsageError
} from "./chunks/chunk-4IZ6AG3E.js";
export {
  COMMON_PARAMS,
  ConfigError,
  DEFAULT_SCOPES,
  ENV_DIR,
  ENV_KEYS,
  FerryError,
  PipelineEnvironment,
  STAGES,
  SecretRegistry,
  UsageError,
  configFromObject,
  createConsoleSink,
  createLogger,
  createMemorySink,
  createSilentLogger,
  createSummary,
  defineStep,
  describeSource,
  findStep,
  isEnvKey,
  isSecretKey,
  loadConfig,
  oci_exports as oci,
  requireStep,
  resolveParameters,
  resolveStages,
  runStage,
  runStep,
  startRegistry,
  stepList,
  steps,
  stepsOfStage,
  vault_exports as vault
};
