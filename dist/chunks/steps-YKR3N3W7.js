import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  build,
  catalog,
  findStep,
  gitOpsUpdateDeployment,
  imagePushToRegistry,
  requireStep,
  stepList,
  stepNames,
  steps
} from "./chunk-YPOW2IY5.js";
import "./chunk-QAXJDJTY.js";
import "./chunk-JFAESJA7.js";
import "./chunk-RM4EBSER.js";
import "./chunk-QWGMBWEH.js";
import "./chunk-FAR6HKZR.js";
import "./chunk-XZBLILYS.js";
import "./chunk-H6UICYKR.js";
export {
  build,
  catalog,
  findStep,
  gitOpsUpdateDeployment,
  imagePushToRegistry,
  requireStep,
  stepList,
  stepNames,
  steps
};
