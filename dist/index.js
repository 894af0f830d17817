import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  oci_exports
} from "./chunks/chunk-AS6LGNYN.js";
import "./chunks/chunk-QNBVOVNB.js";
import {
  startRegistry
} from "./chunks/chunk-5KS5C4LQ.js";
import {
  createSummary,
  runStage,
  runStep,
  vault_exports
} from "./chunks/chunk-H2VZYK5A.js";
import {
  STAGES,
  resolveStages,
  stepsOfStage
} from "./chunks/chunk-DTVUYJUE.js";
import {
  COMMON_PARAMS,
  configFromObject,
  describeSource,
  loadConfig,
  resolveParameters
} from "./chunks/chunk-3PREUTQF.js";
import {
  DEFAULT_SCOPES,
  defineStep,
  findStep,
  requireStep,
  stepList,
  steps
} from "./chunks/chunk-KCTIQZAW.js";
import "./chunks/chunk-V6R3FKWA.js";
import "./chunks/chunk-6XDKXTDP.js";
import "./chunks/chunk-2MNOM6DJ.js";
import "./chunks/chunk-H2IB2YTE.js";
import {
  SecretRegistry,
  createConsoleSink,
  createLogger,
  createMemorySink,
  createSilentLogger
} from "./chunks/chunk-YEYXT25Y.js";
import {
  ENV_DIR,
  ENV_KEYS,
  PipelineEnvironment,
  isEnvKey,
  isSecretKey
} from "./chunks/chunk-NLZ23JED.js";
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
