import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  exec
} from "./chunk-W6JZ2356.js";
import "./chunk-4EXIJ2BJ.js";
import "./chunk-VEM4P3BU.js";
import "./chunk-5CXBWRR3.js";
export {
  exec
};
