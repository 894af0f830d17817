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
} from "./chunk-7XFXEWMR.js";
import "./chunk-335HJHPS.js";
import "./chunk-UDOM7LO4.js";
import "./chunk-MNQIVAF5.js";
import "./chunk-FZXROJM4.js";
import "./chunk-BDN5NXWZ.js";
import "./chunk-YY2QXDXW.js";
import "./chunk-VBCD562E.js";
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
