const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  cancelOnSignals
} from "./chunks/chunk-NIDFB3HU.js";
import {
  sayError,
  wantsJson
} from "./chunks/chunk-CXIF5CUK.js";
import "./chunks/chunk-MFJDS4RC.js";
import {
  createLogger,
  positionPrefix
} from "./chunks/chunk-YZFBVT3Z.js";
import {
  didYouMean
} from "./chunks/chunk-4EWSLH6K.js";
import {
  EXIT_USAGE,
  UsageError
} from "./chunks/chunk-ZTYGLEFB.js";

// package.json
var package_default = {
  name: "ferry-ci",
  version: "0.1.0",
  description: "CI pipeline steps that build, promote by digest, and deploy container images through GitOps; Piper-compatible configuration.",
  license: "Apache-2.0",
  type: "module",
  engines: {
    node: "^20.19.0 || ^22.13.0 || >=24"
  },
  bin: {
    ferry: "dist/cli.js"
  },
  main: "dist/index.js",
  exports: {
    ".": {
      types: "./dist/types/index.d.ts",
      default: "./dist/index.js"
    }
  },
  files: [
    "dist",
    "action.yml",
    "examples/hello"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    prepare: "node scripts/build.mjs",
    docs: "node --import tsx scripts/gen-docs.ts",
    test: "vitest run",
    "test:unit": "vitest run --project unit",
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    typecheck: "tsc -p tsconfig.json --noEmit",
    "bench:copy": "node --import tsx bench/copy.ts",
    demo: "node dist/cli.js demo",
    "bench:gitops": "node --import tsx bench/gitops-updaters.ts"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "js-yaml": "^5.5.0",
    "simple-git": "^4.0.2",
    undici: "^7.30.2",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^10.0.1",
    "@types/node": "^20.19.43",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    prettier: "^3.10.1",
    tsx: "^4.23.15",
    typescript: "^6.0.3",
    "typescript-eslint": "^8.73.0",
    vitest: "^4.1.12"
  },
  overrides: {
    "content-type": "^2.1.0"
  },
  types: "./dist/types/index.d.ts"
};

// lib/cli/cli.ts
var VERSION = package_default.version;
var COMMANDS = {
  run: { load: async () => (await import("./chunks/run-K6LD7GBI.js")).runCommand, summary: "run a step or a stage" },
  config: {
    load: async () => (await import("./chunks/config-OXCODQX2.js")).configCommand,
    summary: "show the resolved parameters of a step and where each came from"
  },
  stages: {
    load: async () => (await import("./chunks/stages-53ZIFU4Z.js")).stagesCommand,
    summary: "list stages and which steps are active in each, and why"
  },
  env: {
    load: async () => (await import("./chunks/env-PCJ6WS4S.js")).envCommand,
    summary: "get, export or import the pipeline environment"
  },
  copy: {
    load: async () => (await import("./chunks/copy-OXAK7IIH.js")).copyCommand,
    summary: "copy an image between registries, OCI layouts and docker archives, digest intact"
  },
  "set-image": {
    load: async () => (await import("./chunks/set-image-A2ZI3437.js")).setImageCommand,
    summary: "pin images by digest in manifests, kustomizations, Helm values, setter comments (no git)"
  },
  registry: {
    load: async () => (await import("./chunks/registry-3P7FXCMQ.js")).registryCommand,
    summary: "serve an embedded OCI registry (demos, testing a pipeline)"
  },
  demo: {
    load: async () => (await import("./chunks/demo-S653N3RH.js")).demoCommand,
    summary: "build, promote and deploy on this machine: two embedded registries and a GitOps repo"
  }
};
var COMMAND_NAMES = Object.keys(COMMANDS);
async function mainHelp() {
  const { steps } = await import("./chunks/steps-DW7QCBX6.js");
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    `ferry ${VERSION}: build, promote by digest, and deploy container images through GitOps.`,
    "",
    "Usage: ferry COMMAND [ARGS\u2026]    (ferry COMMAND --help for details)",
    "",
    "Commands:",
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    "",
    "Steps:",
    ...Object.values(steps).map(
      (s) => `  ${s.name}${s.aliases?.length ? ` (also ${s.aliases.map((a) => a.name).join(", ")})` : ""}`
    ),
    ""
  ].join("\n");
}
async function runCli(args, io) {
  const [name, ...rest] = args;
  if (name === void 0) {
    io.stderr.write(await mainHelp());
    return EXIT_USAGE;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    if (name === "help" && rest[0] !== void 0 && COMMANDS[rest[0]]) return runCli([...rest, "--help"], io);
    io.stdout.write(await mainHelp());
    return 0;
  }
  if (name === "--version" || name === "-v" || name === "version") {
    io.stdout.write(`${VERSION}
`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    const hint = didYouMean(name, Object.keys(COMMANDS));
    const what = name.startsWith("-") ? `Unknown option '${name}'` : `Unknown command '${name}'`;
    const error = new UsageError(`${what}.${hint} Run 'ferry --help' for the commands.`);
    return sayError(io, "", error, { json: wantsJson(rest) || name === "--json" });
  }
  try {
    const run = await command.load();
    return await run(rest, io);
  } catch (error) {
    return sayError(io, name, error, { json: wantsJson(rest) });
  }
}

// lib/cli/settings.ts
import { join } from "node:path";
function dockerConfigSearch(vars) {
  const search = {};
  if (vars.DOCKER_CONFIG) search.dockerConfigDir = vars.DOCKER_CONFIG;
  else if (vars.HOME) search.dockerConfigFiles = [join(vars.HOME, ".docker", "config.json")];
  if (vars.REGISTRY_AUTH_FILE) search.authFiles = [vars.REGISTRY_AUTH_FILE];
  else if (vars.XDG_RUNTIME_DIR) search.authFiles = [join(vars.XDG_RUNTIME_DIR, "containers", "auth.json")];
  return search;
}

// lib/cli/sink.ts
function createCliSink(options) {
  const head = options.command === "" ? "ferry: " : `ferry: ${options.command}: `;
  return {
    write(level, text, where) {
      if (level === "info") options.out.write(`${text}
`);
      else if (level === "debug") options.err.write(`debug: ${positionPrefix(where)}${text}
`);
      else
        options.err.write(
          `${head}${level === "warn" ? "warning" : "error"}: ${positionPrefix(where)}${text}
`
        );
    },
    startGroup(name) {
      options.out.write(`== ${name}
`);
    },
    endGroup() {
    }
  };
}

// lib/cli/main.ts
async function main(options = {}) {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  const args = process.argv.slice(2);
  const verbose = args.includes("--verbose") || process.env.FERRY_VERBOSE === "true";
  const command = args[0] !== void 0 && COMMAND_NAMES.includes(args[0]) ? args[0] : "";
  const log = createLogger({
    sink: createCliSink({ command, out: process.stdout, err: process.stderr }),
    debug: verbose
  });
  const cancel = cancelOnSignals({
    onSignal: (name) => process.stderr.write(
      `ferry: ${name} received: stopping and cleaning up (a second signal exits at once).
`
    )
  });
  const code = await runCli(
    args.filter((a) => a !== "--verbose"),
    {
      stdout: process.stdout,
      stderr: process.stderr,
      // Opened only by a command that reads it (`ferry env import -`): creating the stream costs start-up.
      get stdin() {
        return process.stdin;
      },
      env: process.env,
      cwd: process.cwd(),
      isTTY: process.stdout.isTTY === true,
      log,
      signal: cancel.signal,
      dockerConfig: dockerConfigSearch(process.env)
    }
  );
  const exitCode = code !== 0 && cancel.exitCode !== void 0 ? cancel.exitCode : code;
  process.exitCode = exitCode;
  if (cancel.received !== void 0) process.exit(exitCode);
  if (options.exitWhenDone) {
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    process.exit(exitCode);
  }
}
function flushed(stream) {
  return new Promise((resolve) => {
    if (stream.writableLength === 0 || stream.destroyed) resolve();
    else stream.write("", () => resolve());
  });
}
export {
  main
};
