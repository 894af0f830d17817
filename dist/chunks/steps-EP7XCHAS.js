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
} from "./chunk-CO2CET7V.js";
import "./chunk-G6OPA7CQ.js";
import "./chunk-GWBMGIAX.js";
import "./chunk-QWGMBWEH.js";
import "./chunk-XZBLILYS.js";
import "./chunk-ZEJSRW3S.js";
import "./chunk-6HP7F5KM.js";
import "./chunk-JG2WL6KH.js";
import "./chunk-YIYXQXTP.js";
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
