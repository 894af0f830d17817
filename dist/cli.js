#!/usr/bin/env node
import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  createConsoleSink,
  createLogger
} from "./chunks/chunk-FZFFK2CV.js";
import {
  errorMessage,
  exitCodeOf
} from "./chunks/chunk-4IZ6AG3E.js";

// package.json
var package_default = {
  name: "ferry-ci",
  version: "0.1.0",
  description: "CI pipeline steps that build, promote by digest, and deploy container images through GitOps; Piper-compatible configuration.",
  license: "Apache-2.0",
  type: "module",
  engines: {
    node: ">=20"
  },
  bin: {
    ferry: "dist/cli.js"
  },
  main: "dist/index.js",
  exports: {
    ".": "./dist/index.js"
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
  }
};

// lib/cli/cli.ts
var VERSION = package_default.version;
var COMMANDS = {
  run: { load: async () => (await import("./chunks/run-JJYHP7AV.js")).runCommand, summary: "run a step or a stage" },
  config: {
    load: async () => (await import("./chunks/config-75KF4ROA.js")).configCommand,
    summary: "show the resolved parameters of a step and where each came from"
  },
  stages: {
    load: async () => (await import("./chunks/stages-PDN2YA4T.js")).stagesCommand,
    summary: "list stages and which steps are active in each, and why"
  },
  env: {
    load: async () => (await import("./chunks/env-IPKGQ7ZV.js")).envCommand,
    summary: "get, export or import the pipeline environment"
  },
  copy: {
    load: async () => (await import("./chunks/cli-QRFSVEMP.js")).copyCommand,
    summary: "copy an image between registries, OCI layouts and docker archives, digest intact"
  },
  "set-image": {
    load: async () => (await import("./chunks/set-image-VAMRG6S7.js")).setImageCommand,
    summary: "pin images by digest in manifests, kustomizations, Helm values, setter comments (no git)"
  },
  registry: {
    load: async () => (await import("./chunks/cli-5SLAJKDZ.js")).registryCommand,
    summary: "serve an embedded OCI registry (demos, testing a pipeline)"
  },
  demo: {
    load: async () => (await import("./chunks/demo-Q5ZYM64U.js")).demoCommand,
    summary: "build, promote and deploy on this machine: two embedded registries and a GitOps repo"
  }
};
async function mainHelp() {
  const { steps } = await import("./chunks/steps-F2AOETAZ.js");
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
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(await mainHelp());
    return name === void 0 ? 2 : 0;
  }
  if (name === "--version" || name === "-v" || name === "version") {
    io.stdout.write(`${VERSION}
`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`ferry: unknown command '${name}'. Run 'ferry --help' for the commands.
`);
    return 2;
  }
  try {
    const run = await command.load();
    return await run(rest, io);
  } catch (error) {
    io.log.error(errorMessage(error));
    return exitCodeOf(error);
  }
}

// lib/cli/main.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
var args = process.argv.slice(2);
var verbose = args.includes("--verbose") || process.env.FERRY_VERBOSE === "true";
var log = createLogger({ sink: createConsoleSink(), debug: verbose });
var controller = new AbortController();
process.once("SIGINT", () => controller.abort());
process.once("SIGTERM", () => controller.abort());
var code = await runCli(
  args.filter((a) => a !== "--verbose"),
  {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    log,
    signal: controller.signal
  }
);
process.exitCode = code;
