const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  exec
} from "./chunk-MXX67E6I.js";
import "./chunk-TMQRFWOI.js";
import "./chunk-FJHZMGUF.js";
import "./chunk-ZTYGLEFB.js";
export {
  exec
};
