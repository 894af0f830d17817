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
} from "./chunk-XNNA5AFD.js";
import "./chunk-335HJHPS.js";
import "./chunk-W2NEUYKA.js";
import "./chunk-MNQIVAF5.js";
import "./chunk-OYQRHXUH.js";
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
