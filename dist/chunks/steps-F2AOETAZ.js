import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  build,
  findStep,
  gitOpsUpdateDeployment,
  imagePushToRegistry,
  requireStep,
  stepList,
  stepNames,
  steps
} from "./chunk-EOVICWZV.js";
import "./chunk-QLQXVRPB.js";
import "./chunk-SDDO5NTP.js";
import "./chunk-2MNOM6DJ.js";
import "./chunk-H2IB2YTE.js";
import "./chunk-2UI3WGIA.js";
import "./chunk-FZFFK2CV.js";
import "./chunk-4IZ6AG3E.js";
export {
  build,
  findStep,
  gitOpsUpdateDeployment,
  imagePushToRegistry,
  requireStep,
  stepList,
  stepNames,
  steps
};
