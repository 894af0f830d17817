const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  checkTargets,
  parseImageTarget,
  setImage
} from "./chunks/chunk-VPOIOGOF.js";
import {
  oci_exports
} from "./chunks/chunk-C4QDLUER.js";
import "./chunks/chunk-GFFDOG37.js";
import {
  startRegistry
} from "./chunks/chunk-VNUTHRRN.js";
import {
  createSummary,
  failureMessage,
  runStage,
  runStep,
  vault_exports
} from "./chunks/chunk-4AXQKOEB.js";
import "./chunks/chunk-MFJDS4RC.js";
import "./chunks/chunk-MXX67E6I.js";
import {
  STAGES
} from "./chunks/chunk-HNBCAF7I.js";
import {
  COMMON_PARAMS,
  configFromObject,
  describeSource,
  loadConfig,
  resolveParameters,
  resolveStages,
  stepsOfStage
} from "./chunks/chunk-I22EZAHI.js";
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
} from "./chunks/chunk-YPI3CE7V.js";
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
} from "./chunks/chunk-6QWMKVMJ.js";
import "./chunks/chunk-55K4AF6Q.js";
import "./chunks/chunk-YG2JLHQD.js";
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
} from "./chunks/chunk-CYNXPD3H.js";
import "./chunks/chunk-F7STDRLI.js";
import "./chunks/chunk-SA635VBW.js";
import "./chunks/chunk-TCHB576X.js";
import {
  SecretRegistry,
  createConsoleSink,
  createLogger,
  createMemorySink,
  createSilentLogger
} from "./chunks/chunk-YZFBVT3Z.js";
import "./chunks/chunk-4EWSLH6K.js";
import "./chunks/chunk-TMQRFWOI.js";
import "./chunks/chunk-FJHZMGUF.js";
import {
  ConfigError,
  FerryError,
  UsageError,
  __export
} from "./chunks/chunk-ZTYGLEFB.js";

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
