import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  COPY_HELP,
  copyCommand,
  parseCopyArgs
} from "./chunk-CINMTVNU.js";
import "./chunk-2SB756AK.js";
import "./chunk-QLQXVRPB.js";
import "./chunk-2MNOM6DJ.js";
import "./chunk-H2IB2YTE.js";
import "./chunk-2UI3WGIA.js";
import "./chunk-FZFFK2CV.js";
import "./chunk-4IZ6AG3E.js";
export {
  COPY_HELP,
  copyCommand,
  parseCopyArgs
};
