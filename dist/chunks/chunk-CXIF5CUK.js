const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  errorMessage,
  exitCodeOf,
  isFerryError
} from "./chunk-ZTYGLEFB.js";

// lib/cli/voice.ts
function oneLine(message) {
  return message.replace(/\s*\n\s*/g, " ").trim();
}
function say(io, command, message) {
  const head = command === "" ? "ferry" : `ferry: ${command}`;
  io.stderr.write(`${io.log.mask(`${head}: ${oneLine(message)}`)}
`);
}
function sayError(io, command, error, options = {}) {
  const message = `${errorMessage(error)}${options.hint ?? ""}`;
  const code = exitCodeOf(error);
  say(io, command, message);
  if (options.json) {
    const body = {
      error: {
        command: command === "" ? null : command,
        message: oneLine(message),
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
