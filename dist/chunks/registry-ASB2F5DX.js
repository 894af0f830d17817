import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  sayError
} from "./chunk-PSO7FLV3.js";
import {
  DEFAULT_REGISTRY_ADDR,
  parseAddr,
  startRegistry
} from "./chunk-P456UQEX.js";
import {
  enabled,
  parseArgs,
  single
} from "./chunk-4GNQGUOS.js";
import {
  isLoopbackHost
} from "./chunk-QWGMBWEH.js";
import "./chunk-ZEJSRW3S.js";
import "./chunk-YY2QXDXW.js";
import "./chunk-YIYXQXTP.js";
import {
  UsageError
} from "./chunk-H6UICYKR.js";

// lib/cli/commands/registry.ts
var REGISTRY_HELP = `Usage: ferry registry serve [options]

Runs an OCI distribution registry in this process (for demos and tests, not for production).
Prints its URL, then serves until interrupted (Ctrl-C, SIGTERM).

Options:
  --addr HOST:PORT     where to listen (default ${DEFAULT_REGISTRY_ADDR}: loopback, a free port)
  --root DIR           keep content in DIR (it survives restarts); default: in memory
  --user USER          require Basic auth with this user name
  --password PASSWORD  the password for --user (or env FERRY_REGISTRY_PASSWORD, which keeps it out of argv)
  -h, --help           show this help

Exit status: 0 stopped by a signal, 1 the registry failed, 2 bad usage.
`;
var VALUE_OPTIONS = /* @__PURE__ */ new Set(["addr", "root", "user", "password"]);
function parseRegistryArgs(args, env) {
  const parsed = { addr: DEFAULT_REGISTRY_ADDR, help: false };
  const [sub, ...rest] = args;
  if (sub === "--help" || sub === "-h" || sub === "help") return { ...parsed, help: true };
  if (sub !== "serve")
    throw new UsageError(
      `ferry registry: ${sub === void 0 ? "a subcommand is missing" : `unknown subcommand '${sub}'`}. Run 'ferry registry serve --help'.`
    );
  const unknown = (argument, hint = "") => `ferry registry serve: unknown argument ${argument}.${hint} Run 'ferry registry serve --help'.`;
  const options = parseArgs(rest, {
    values: VALUE_OPTIONS,
    booleans: /* @__PURE__ */ new Set(["help"]),
    command: "registry serve",
    unknownMessage: unknown
  });
  if (enabled(options, "help")) return { ...parsed, help: true };
  const [extra] = options.positionals;
  if (extra !== void 0) throw new UsageError(unknown(`'${extra}'`));
  const addr = single(options, "addr");
  if (addr !== void 0) {
    parseAddr(addr);
    parsed.addr = addr;
  }
  const root = single(options, "root");
  if (root !== void 0) parsed.root = root;
  const user = single(options, "user");
  if (user !== void 0) parsed.user = user;
  const password = single(options, "password");
  if (password !== void 0) parsed.password = password;
  if (parsed.password !== void 0 && parsed.user === void 0)
    throw new UsageError("ferry registry serve: --password needs --user. Pass both, or neither.");
  const fromEnv = env.FERRY_REGISTRY_PASSWORD;
  if (parsed.password === void 0 && parsed.user !== void 0 && fromEnv) parsed.password = fromEnv;
  if (parsed.user !== void 0 && parsed.password === void 0)
    throw new UsageError(
      "ferry registry serve: --user needs a password. Set FERRY_REGISTRY_PASSWORD (or pass --password)."
    );
  return parsed;
}
var registryCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseRegistryArgs(args, io.env);
  } catch (error) {
    return sayError(io, "registry serve", error);
  }
  if (parsed.help) {
    io.stdout.write(REGISTRY_HELP);
    return 0;
  }
  const options = { addr: parsed.addr, log: io.log };
  if (parsed.root) options.root = parsed.root;
  if (parsed.user !== void 0 && parsed.password !== void 0) {
    io.log.addSecret(parsed.password);
    options.auth = { username: parsed.user, password: parsed.password };
  }
  const { host } = parseAddr(parsed.addr);
  if (!isLoopbackHost(host)) {
    io.log.warn(
      options.auth ? `ferry registry serve: listening on ${parsed.addr}, beyond loopback, over plain HTTP: the password for ${options.auth.username} crosses the network in clear text. Listen on 127.0.0.1 unless the network is trusted.` : `ferry registry serve: listening on ${parsed.addr}, beyond loopback, without authentication: anyone who can reach this address can pull and push images. Pass --user (with FERRY_REGISTRY_PASSWORD) to require Basic auth, or listen on 127.0.0.1.`
    );
  }
  try {
    const registry = await startRegistry(options);
    const storage = parsed.root ? `storage ${parsed.root}` : "in memory";
    const auth = options.auth ? `, basic auth as ${options.auth.username}` : "";
    io.stdout.write(`${registry.url}
`);
    io.log.info(`ferry registry: serving ${registry.url} (${storage}${auth}); stop with Ctrl-C`);
    await new Promise((resolve) => {
      if (!io.signal) return;
      if (io.signal.aborted) resolve();
      else io.signal.addEventListener("abort", () => resolve(), { once: true });
    });
    await registry.close();
    io.log.info("ferry registry: stopped");
    return 0;
  } catch (error) {
    return sayError(io, "registry serve", error);
  }
};
export {
  REGISTRY_HELP,
  parseRegistryArgs,
  registryCommand
};
