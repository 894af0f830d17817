const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  inheritedEnvironment
} from "./chunk-TMQRFWOI.js";
import {
  nodeChildProcess
} from "./chunk-FJHZMGUF.js";
import {
  CancelledError,
  FerryError,
  errorMessage
} from "./chunk-ZTYGLEFB.js";

// lib/util/exec.ts
import { StringDecoder } from "node:string_decoder";
function childEnvironment(options) {
  if (options.environment === void 0 && options.env === void 0) return void 0;
  const env = {};
  for (const [name, value] of Object.entries(options.environment ?? inheritedEnvironment()))
    if (value !== void 0) env[name] = value;
  return Object.assign(env, options.env);
}
var KILL_GRACE_MS = 3e3;
function lineSplitter(onLine) {
  let pending = "";
  const decoder = new StringDecoder("utf8");
  return {
    push(chunk) {
      pending += decoder.write(chunk);
      const lines = pending.split(/\r?\n/);
      pending = lines.pop() ?? "";
      for (const line of lines) onLine(line);
    },
    end() {
      pending += decoder.end();
      if (pending) onLine(pending);
      pending = "";
    }
  };
}
function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const { signal } = options;
    const child = nodeChildProcess().spawn(command, [...args], {
      cwd: options.cwd,
      env: childEnvironment(options),
      stdio: ["pipe", "pipe", "pipe"],
      windowsHide: true
    });
    const out = [];
    const err = [];
    const log = options.stream ? options.log : void 0;
    const outLines = log ? lineSplitter((line) => log.debug(line)) : void 0;
    const errLines = log ? lineSplitter((line) => log.debug(line)) : void 0;
    child.stdout.on("data", (chunk) => {
      out.push(chunk);
      outLines?.push(chunk);
    });
    child.stderr.on("data", (chunk) => {
      err.push(chunk);
      errLines?.push(chunk);
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(options.input === void 0 ? void 0 : Buffer.from(options.input));
    let aborted = false;
    let killTimer;
    const onAbort = () => {
      aborted = true;
      child.kill("SIGTERM");
      killTimer = setTimeout(() => child.kill("SIGKILL"), KILL_GRACE_MS);
      killTimer.unref();
    };
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
    let settled = false;
    child.on("error", (error) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      if (killTimer) clearTimeout(killTimer);
      reject(error);
    });
    child.on("close", (code, killedBy) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      if (killTimer) clearTimeout(killTimer);
      outLines?.end();
      errLines?.end();
      resolve({
        // A program ended by a signal reports 128 + its number, as a shell does.
        exitCode: code ?? (killedBy === "SIGKILL" ? 137 : 143),
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        aborted
      });
    });
  });
}
var exec = async (command, args, options = {}) => {
  const { log, signal } = options;
  signal?.throwIfAborted();
  let result;
  try {
    result = await run(command, args, options);
  } catch (error) {
    throw new FerryError(
      `${command}: could not start it: ${errorMessage(error)}. Is ${command} installed and on PATH?`,
      {
        code: "NOT_FOUND",
        cause: error
      }
    );
  }
  if (result.aborted) {
    const reason = signal?.reason;
    throw reason instanceof Error ? reason : new CancelledError(`${command}: cancelled.`);
  }
  if (result.exitCode !== 0 && !options.allowFailure) {
    const tail = (result.stderr || result.stdout).trim().split("\n").slice(-5).join("\n");
    const message = `${command} ${args[0] ?? ""} exited with code ${result.exitCode}${tail ? `: ${tail}` : ""}`;
    throw new FerryError(log ? log.mask(message) : message, { code: "STEP_FAILED" });
  }
  return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
};

export {
  exec
};
