import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  checkTargets,
  parseImageTarget,
  setImage
} from "./chunks/chunk-TGEBEVU2.js";
import {
  oci_exports
} from "./chunks/chunk-D3YOBGET.js";
import "./chunks/chunk-ZF5BOWCO.js";
import {
  startRegistry
} from "./chunks/chunk-U74THHHY.js";
import {
  createSummary,
  failureMessage,
  runStage,
  runStep,
  vault_exports
} from "./chunks/chunk-UBUCFJGR.js";
import "./chunks/chunk-7QZ52HSE.js";
import "./chunks/chunk-W6JZ2356.js";
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
} from "./chunks/chunk-GM5N4YEP.js";
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
} from "./chunks/chunk-JN4R4JTD.js";
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
} from "./chunks/chunk-OFVKT6U7.js";
import "./chunks/chunk-XGLPXUUA.js";
import "./chunks/chunk-MNQIVAF5.js";
import {
  UPDATER_KINDS,
  canonicalName,
  detectKinds,
  globToRegExp,
  isKindOption,
  parseHelmImageKeys,
  realPathInside,
  renderReference,
  resolveTarget,
  selectFiles,
  splitReference,
  unifiedDiff,
  updateFiles,
  updateText,
  updaters
} from "./chunks/chunk-6SR5I5XD.js";
import "./chunks/chunk-SRMTCHKY.js";
import "./chunks/chunk-TA265BSQ.js";
import "./chunks/chunk-WOKTHJJR.js";
import {
  SecretRegistry,
  createConsoleSink,
  createLogger,
  createMemorySink,
  createSilentLogger
} from "./chunks/chunk-XZBLILYS.js";
import "./chunks/chunk-ZEJSRW3S.js";
import "./chunks/chunk-4EXIJ2BJ.js";
import {
  ConfigError,
  FerryError,
  UsageError
} from "./chunks/chunk-VEM4P3BU.js";
import {
  __export
} from "./chunks/chunk-5CXBWRR3.js";

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
  realPathInside: () => realPathInside,
  renderReference: () => renderReference,
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
