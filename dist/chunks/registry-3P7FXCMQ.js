const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  DEFAULT_REGISTRY_ADDR,
  parseAddr,
  startRegistry
} from "./chunk-VNUTHRRN.js";
import {
  say,
  sayError,
  wantsJson
} from "./chunk-CXIF5CUK.js";
import {
  closedOptions,
  enabled,
  parseArgs,
  single,
  unexpectedArgument
} from "./chunk-6AIOAQ5K.js";
import {
  isLoopbackHost
} from "./chunk-F7STDRLI.js";
import "./chunk-SA635VBW.js";
import "./chunk-TCHB576X.js";
import {
  didYouMean
} from "./chunk-4EWSLH6K.js";
import "./chunk-FJHZMGUF.js";
import {
  EXIT_USAGE,
  UsageError
} from "./chunk-ZTYGLEFB.js";

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
var REGISTRY_SERVE_FLAGS = {
  values: ["addr", "root", "user", "password"],
  booleans: []
};
function unknownSubcommand(sub) {
  const what = sub === void 0 ? "Name a subcommand" : sub.startsWith("-") ? `Unknown option '${sub}'` : `Unknown subcommand '${sub}'`;
  const hint = sub !== void 0 && !sub.startsWith("-") ? didYouMean(sub, ["serve"]) : "";
  return new UsageError(`${what}: expected serve.${hint} Run 'ferry registry --help'.`);
}
function parseRegistryArgs(args, env) {
  const parsed = { addr: DEFAULT_REGISTRY_ADDR, help: false };
  const [sub, ...rest] = args;
  if (sub === "--help" || sub === "-h" || sub === "help") return { ...parsed, help: true };
  if (sub !== "serve") throw unknownSubcommand(sub);
  const options = parseArgs(rest, closedOptions(REGISTRY_SERVE_FLAGS, "registry serve"));
  if (enabled(options, "help")) return { ...parsed, help: true };
  const [extra] = options.positionals;
  if (extra !== void 0) throw unexpectedArgument(extra, "registry serve");
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
    throw new UsageError("--password needs --user. Pass both, or neither.");
  const fromEnv = env.FERRY_REGISTRY_PASSWORD;
  if (parsed.password === void 0 && parsed.user !== void 0 && fromEnv) parsed.password = fromEnv;
  if (parsed.user !== void 0 && parsed.password === void 0)
    throw new UsageError("--user needs a password. Set FERRY_REGISTRY_PASSWORD (or pass --password).");
  return parsed;
}
var registryCommand = async (args, io) => {
  if (args.length === 0) {
    io.stderr.write(REGISTRY_HELP);
    return EXIT_USAGE;
  }
  let parsed;
  try {
    parsed = parseRegistryArgs(args, io.env);
  } catch (error) {
    return sayError(io, args[0] === "serve" ? "registry serve" : "registry", error, {
      json: wantsJson(args)
    });
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
    say(
      io,
      "registry serve",
      options.auth ? `warning: listening on ${parsed.addr}, beyond loopback, over plain HTTP: the password for ${options.auth.username} crosses the network in clear text. Listen on 127.0.0.1 unless the network is trusted.` : `warning: listening on ${parsed.addr}, beyond loopback, without authentication: anyone who can reach this address can pull and push images. Pass --user (with FERRY_REGISTRY_PASSWORD) to require Basic auth, or listen on 127.0.0.1.`
    );
  }
  try {
    const registry = await startRegistry(options);
    const storage = parsed.root ? `storage ${parsed.root}` : "in memory";
    const auth = options.auth ? `, basic auth as ${options.auth.username}` : "";
    io.stdout.write(`${registry.url}
`);
    say(io, "registry serve", `serving ${registry.url} (${storage}${auth}); stop with Ctrl-C`);
    await new Promise((resolve) => {
      if (!io.signal) return;
      if (io.signal.aborted) resolve();
      else io.signal.addEventListener("abort", () => resolve(), { once: true });
    });
    await registry.close();
    say(io, "registry serve", "stopped");
    return 0;
  } catch (error) {
    return sayError(io, "registry serve", error);
  }
};
export {
  REGISTRY_HELP,
  REGISTRY_SERVE_FLAGS,
  parseRegistryArgs,
  registryCommand
};
