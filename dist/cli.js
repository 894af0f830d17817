#!/usr/bin/env node
import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  sayError,
  wantsJson
} from "./chunks/chunk-PSO7FLV3.js";
import {
  cancelOnSignals
} from "./chunks/chunk-RKICJTTP.js";
import "./chunks/chunk-7QZ52HSE.js";
import {
  createConsoleSink,
  createLogger
} from "./chunks/chunk-XZBLILYS.js";
import {
  didYouMean
} from "./chunks/chunk-ZEJSRW3S.js";
import {
  EXIT_USAGE
} from "./chunks/chunk-H6UICYKR.js";

// lib/cli/main.ts
import * as nodeModule from "node:module";
import { join as join2 } from "node:path";

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
    "@actions/exec": "^3.0.0",
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
  run: { load: async () => (await import("./chunks/run-DFOIJ3X5.js")).runCommand, summary: "run a step or a stage" },
  config: {
    load: async () => (await import("./chunks/config-EXNADVG7.js")).configCommand,
    summary: "show the resolved parameters of a step and where each came from"
  },
  stages: {
    load: async () => (await import("./chunks/stages-UDOUBQMT.js")).stagesCommand,
    summary: "list stages and which steps are active in each, and why"
  },
  env: {
    load: async () => (await import("./chunks/env-WVUY73D6.js")).envCommand,
    summary: "get, export or import the pipeline environment"
  },
  copy: {
    load: async () => (await import("./chunks/copy-73CYSN3F.js")).copyCommand,
    summary: "copy an image between registries, OCI layouts and docker archives, digest intact"
  },
  "set-image": {
    load: async () => (await import("./chunks/set-image-HCYEG35O.js")).setImageCommand,
    summary: "pin images by digest in manifests, kustomizations, Helm values, setter comments (no git)"
  },
  registry: {
    load: async () => (await import("./chunks/registry-ASB2F5DX.js")).registryCommand,
    summary: "serve an embedded OCI registry (demos, testing a pipeline)"
  },
  demo: {
    load: async () => (await import("./chunks/demo-6DI7TQD5.js")).demoCommand,
    summary: "build, promote and deploy on this machine: two embedded registries and a GitOps repo"
  }
};
async function mainHelp() {
  const { steps } = await import("./chunks/steps-Y7E2ZFJK.js");
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
async function runCli(args2, io) {
  const [name, ...rest] = args2;
  if (name === void 0) {
    io.stderr.write(await mainHelp());
    return EXIT_USAGE;
  }
  if (name === "--help" || name === "-h" || name === "help") {
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
    io.stderr.write(`ferry: unknown command '${name}'.${hint} Run 'ferry --help' for the commands.
`);
    return EXIT_USAGE;
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

// lib/cli/main.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
var args = process.argv.slice(2);
var compileCache = nodeModule.enableCompileCache;
var cacheHome = process.env.XDG_CACHE_HOME ?? (process.env.HOME ? join2(process.env.HOME, ".cache") : void 0);
if (compileCache && !process.env.NODE_COMPILE_CACHE && cacheHome) {
  try {
    compileCache(join2(cacheHome, "ferry", "node-compile-cache"));
  } catch {
  }
}
var verbose = args.includes("--verbose") || process.env.FERRY_VERBOSE === "true";
var log = createLogger({ sink: createConsoleSink(), debug: verbose });
var cancel = cancelOnSignals({
  onSignal: (name) => process.stderr.write(
    `ferry: ${name} received: stopping and cleaning up (a second signal exits at once).
`
  )
});
var code = await runCli(
  args.filter((a) => a !== "--verbose"),
  {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    log,
    signal: cancel.signal,
    dockerConfig: dockerConfigSearch(process.env)
  }
);
var exitCode = code !== 0 && cancel.exitCode !== void 0 ? cancel.exitCode : code;
process.exitCode = exitCode;
if (cancel.received !== void 0) process.exit(exitCode);
