import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  checkTargets,
  parseImageTarget,
  setImage
} from "./chunks/chunk-LGGVRBYJ.js";
import {
  oci_exports
} from "./chunks/chunk-3YPAPRPP.js";
import "./chunks/chunk-AOFV5A4S.js";
import {
  startRegistry
} from "./chunks/chunk-P456UQEX.js";
import {
  createSummary,
  failureMessage,
  runStage,
  runStep,
  vault_exports
} from "./chunks/chunk-MUA2SYPL.js";
import "./chunks/chunk-7QZ52HSE.js";
import {
  STAGES
} from "./chunks/chunk-LEENYKK7.js";
import {
  COMMON_PARAMS,
  configFromObject,
  describeSource,
  loadConfig,
  resolveParameters,
  resolveStages,
  stepsOfStage
} from "./chunks/chunk-AO3DAJSI.js";
import {
  DEFAULT_SCOPES,
  build_exports,
  catalog,
  createStepCatalog,
  defineStep,
  findStep,
  requireStep,
  stepList,
  steps
} from "./chunks/chunk-VYWMYPA6.js";
import "./chunks/chunk-IKWUVRQU.js";
import {
  UPDATER_KINDS,
  canonicalName,
  detectKinds,
  globToRegExp,
  isKindOption,
  parseHelmImageKeys,
  renderReference,
  resolveInside,
  resolveTarget,
  selectFiles,
  splitReference,
  unifiedDiff,
  updateFiles,
  updateText,
  updaters
} from "./chunks/chunk-S6FS6OU5.js";
import "./chunks/chunk-QWGMBWEH.js";
import {
  SecretRegistry,
  createConsoleSink,
  createLogger,
  createMemorySink,
  createSilentLogger
} from "./chunks/chunk-XZBLILYS.js";
import "./chunks/chunk-ZEJSRW3S.js";
import {
  ENV_DIR,
  ENV_KEYS,
  PipelineEnvironment,
  TO_BE_EMPTIED,
  clearPromotedImages,
  decryptPiperEnvironment,
  isEnvKey,
  isSecretKey,
  locationMatches,
  locationOf,
  looksEncrypted,
  readBuiltImages,
  readPromotedImages,
  referenceOf,
  writeBuiltImages,
  writePromotedImages
} from "./chunks/chunk-JM2OKKD7.js";
import "./chunks/chunk-JV4SPRKX.js";
import "./chunks/chunk-YY2QXDXW.js";
import "./chunks/chunk-YIYXQXTP.js";
import {
  ConfigError,
  FerryError,
  UsageError,
  __export
} from "./chunks/chunk-H6UICYKR.js";

// lib/gitops/index.ts
var gitops_exports = {};
__export(gitops_exports, {
  UPDATER_KINDS: () => UPDATER_KINDS,
  canonicalName: () => canonicalName,
  checkTargets: () => checkTargets,
  detectKinds: () => detectKinds,
  globToRegExp: () => globToRegExp,
  isKindOption: () => isKindOption,
  parseHelmImageKeys: () => parseHelmImageKeys,
  parseImageTarget: () => parseImageTarget,
  renderReference: () => renderReference,
  resolveInside: () => resolveInside,
  resolveTarget: () => resolveTarget,
  selectFiles: () => selectFiles,
  setImage: () => setImage,
  splitReference: () => splitReference,
  unifiedDiff: () => unifiedDiff,
  updateFiles: () => updateFiles,
  updateText: () => updateText,
  updaters: () => updaters
});
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
  TO_BE_EMPTIED,
  UsageError,
  build_exports as build,
  catalog,
  clearPromotedImages,
  configFromObject,
  createConsoleSink,
  createLogger,
  createMemorySink,
  createSilentLogger,
  createStepCatalog,
  createSummary,
  decryptPiperEnvironment,
  defineStep,
  describeSource,
  failureMessage,
  findStep,
  gitops_exports as gitops,
  isEnvKey,
  isSecretKey,
  loadConfig,
  locationMatches,
  locationOf,
  looksEncrypted,
  oci_exports as oci,
  readBuiltImages,
  readPromotedImages,
  referenceOf,
  requireStep,
  resolveParameters,
  resolveStages,
  runStage,
  runStep,
  startRegistry,
  stepList,
  steps,
  stepsOfStage,
  vault_exports as vault,
  writeBuiltImages,
  writePromotedImages
};
