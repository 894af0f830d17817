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
} from "./chunk-YPI3CE7V.js";
import "./chunk-6QWMKVMJ.js";
import "./chunk-55K4AF6Q.js";
import "./chunk-YG2JLHQD.js";
import "./chunk-CYNXPD3H.js";
import "./chunk-F7STDRLI.js";
import "./chunk-SA635VBW.js";
import "./chunk-TCHB576X.js";
import "./chunk-YZFBVT3Z.js";
import "./chunk-4EWSLH6K.js";
import "./chunk-TMQRFWOI.js";
import "./chunk-FJHZMGUF.js";
import "./chunk-ZTYGLEFB.js";
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
