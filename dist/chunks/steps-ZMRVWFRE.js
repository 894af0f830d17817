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
} from "./chunk-JN4R4JTD.js";
import "./chunk-OFVKT6U7.js";
import "./chunk-XGLPXUUA.js";
import "./chunk-MNQIVAF5.js";
import "./chunk-6SR5I5XD.js";
import "./chunk-SRMTCHKY.js";
import "./chunk-TA265BSQ.js";
import "./chunk-WOKTHJJR.js";
import "./chunk-XZBLILYS.js";
import "./chunk-ZEJSRW3S.js";
import "./chunk-4EXIJ2BJ.js";
import "./chunk-VEM4P3BU.js";
import "./chunk-5CXBWRR3.js";
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
