import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  COPY_HELP,
  copyCommand,
  parseCopyArgs
} from "./chunk-5VRLOAU6.js";
import "./chunk-OPJT4XLN.js";
import "./chunk-2MNOM6DJ.js";
import "./chunk-H2IB2YTE.js";
import "./chunk-FZFFK2CV.js";
import "./chunk-4IZ6AG3E.js";
export {
  COPY_HELP,
  copyCommand,
  parseCopyArgs
};
