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
} from "./chunk-VYWMYPA6.js";
import "./chunk-IKWUVRQU.js";
import "./chunk-S6FS6OU5.js";
import "./chunk-QWGMBWEH.js";
import "./chunk-XZBLILYS.js";
import "./chunk-ZEJSRW3S.js";
import "./chunk-JM2OKKD7.js";
import "./chunk-JV4SPRKX.js";
import "./chunk-YY2QXDXW.js";
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
