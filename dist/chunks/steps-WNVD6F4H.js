const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
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
} from "./chunk-4G5CZS6C.js";
import "./chunk-A36BMY4C.js";
import "./chunk-YTIDSLH3.js";
import "./chunk-YG2JLHQD.js";
import "./chunk-LITNH7V6.js";
import "./chunk-TODFYT6E.js";
import "./chunk-4OCINS7U.js";
import "./chunk-7FUB2TCF.js";
import "./chunk-YZFBVT3Z.js";
import "./chunk-4EWSLH6K.js";
import "./chunk-TMQRFWOI.js";
import "./chunk-FJHZMGUF.js";
import "./chunk-CEESVKNI.js";
import "./chunk-VJILS3EF.js";
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
