const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  exec
} from "./chunk-KYXZVSNB.js";
import "./chunk-TMQRFWOI.js";
import "./chunk-FJHZMGUF.js";
import "./chunk-CEESVKNI.js";
import "./chunk-VJILS3EF.js";
export {
  exec
};
