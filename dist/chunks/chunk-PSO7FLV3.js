import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  errorMessage,
  exitCodeOf,
  isFerryError
} from "./chunk-H6UICYKR.js";

// lib/cli/voice.ts
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function bare(command, message) {
  const head = escape(command.split(" ")[0] ?? command);
  return message.replace(new RegExp(`^(ferry:? )?${head}( [a-z-]+)?: `), "").replace(/^ferry: /, "").replace(/\s*\n\s*/g, " ");
}
function say(io, command, message) {
  io.stderr.write(`${io.log.mask(`ferry: ${command}: ${bare(command, message)}`)}
`);
}
function sayError(io, command, error, options = {}) {
  const message = `${errorMessage(error)}${options.hint ?? ""}`;
  const code = exitCodeOf(error);
  say(io, command, message);
  if (options.json) {
    const body = {
      error: {
        command,
        message: bare(command, message),
        code: isFerryError(error) ? error.code : "ERROR",
        exitCode: code
      }
    };
    io.stdout.write(`${io.log.mask(JSON.stringify(body))}
`);
  }
  return code;
}
function wantsJson(args) {
  return args.some((a) => a === "--json" || a === "--json=true");
}

export {
  say,
  sayError,
  wantsJson
};
