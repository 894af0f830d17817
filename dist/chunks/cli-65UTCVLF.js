import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  COPY_HELP,
  copyCommand,
  parseCopyArgs
} from "./chunk-QNBVOVNB.js";
import "./chunk-V6R3FKWA.js";
import "./chunk-2MNOM6DJ.js";
import "./chunk-H2IB2YTE.js";
import "./chunk-YEYXT25Y.js";
import "./chunk-4IZ6AG3E.js";
export {
  COPY_HELP,
  copyCommand,
  parseCopyArgs
};
