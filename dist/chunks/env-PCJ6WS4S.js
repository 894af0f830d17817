const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  sayError,
  wantsJson
} from "./chunk-CXIF5CUK.js";
import {
  closedOptions,
  enabled,
  parseArgs,
  unexpectedArgument
} from "./chunk-6AIOAQ5K.js";
import {
  PipelineEnvironment,
  decryptPiperEnvironment,
  isSecretKey,
  looksEncrypted
} from "./chunk-6QWMKVMJ.js";
import {
  errnoOf
} from "./chunk-YG2JLHQD.js";
import "./chunk-SA635VBW.js";
import "./chunk-TCHB576X.js";
import {
  didYouMean
} from "./chunk-4EWSLH6K.js";
import "./chunk-FJHZMGUF.js";
import {
  EXIT_USAGE,
  FerryError,
  UsageError
} from "./chunk-ZTYGLEFB.js";

// lib/cli/commands/env.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var ENV_HELP = `Usage:
  ferry env get KEY [--json]   print one key (a string as is, anything else as JSON; --json: always JSON)
  ferry env export             print the environment as JSON, secret keys left out
  ferry env import FILE        merge a JSON export (FILE or - for stdin) into the workspace's environment;
                               also \`piper readPipelineEnv\` output, encrypted when PIPER_pipelineEnv_SECRET is set

Exit status: 0 done, 1 the key is not set, 2 bad usage (also: a secret key, a file that is not an export).
`;
var ENV_FLAGS = {
  get: { values: [], booleans: ["json"] },
  export: { values: [], booleans: [] },
  import: { values: [], booleans: [] }
};
function isVerb(name) {
  return Object.hasOwn(ENV_FLAGS, name);
}
async function readStdin(stdin) {
  if (!stdin) throw new UsageError("No standard input here to read from. Name a file instead of -.");
  const chunks = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}
async function readExport(path, named) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = errnoOf(error);
    if (code !== "ENOENT" && code !== "EISDIR" && code !== "EACCES") throw error;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : "permission denied";
    throw new UsageError(
      `Cannot read ${named}: ${why}. Name a file written by ferry env export (or - for standard input).`,
      error
    );
  }
}
function operand(parsed, verb, missing) {
  const [first, extra] = parsed.positionals;
  if (extra !== void 0) throw unexpectedArgument(extra, `env ${verb}`);
  if (first === void 0 || first === "") throw new UsageError(`${missing} Run 'ferry env ${verb} --help'.`);
  return first;
}
async function run(verb, parsed, io) {
  const json = enabled(parsed, "json");
  switch (verb) {
    case "get": {
      const key = operand(parsed, verb, "Name a key: ferry env get KEY (for example container/imageDigest).");
      if (isSecretKey(key)) throw new UsageError(`${key} is a secret key; ferry does not print it.`);
      const env = await PipelineEnvironment.load(io.cwd);
      const value = env.getRaw(key);
      if (value === void 0) {
        const hint = didYouMean(key, env.keys());
        throw new FerryError(`${key} is not set in the pipeline environment.${hint}`, { code: "NOT_FOUND" });
      }
      io.stdout.write(`${typeof value === "string" && !json ? value : JSON.stringify(value)}
`);
      return 0;
    }
    case "export": {
      const [extra] = parsed.positionals;
      if (extra !== void 0) throw unexpectedArgument(extra, "env export");
      const env = await PipelineEnvironment.load(io.cwd);
      io.stdout.write(`${JSON.stringify(env.toJSON(), null, 2)}
`);
      return 0;
    }
    case "import": {
      const file = operand(parsed, verb, "Name a file: ferry env import FILE (or - for standard input).");
      let text = file === "-" ? await readStdin(io.stdin) : await readExport(resolve(io.cwd, file), file);
      const origin = file === "-" ? "standard input" : file;
      if (looksEncrypted(text)) {
        const secret = io.env.PIPER_pipelineEnv_SECRET;
        if (!secret) {
          throw new UsageError(
            `${origin} is not JSON; if it is the encrypted output of \`piper readPipelineEnv\`, set PIPER_pipelineEnv_SECRET to the secret it was made with.`
          );
        }
        text = decryptPiperEnvironment(text, secret);
      }
      const imported = PipelineEnvironment.parseJSON(text, origin);
      const env = await PipelineEnvironment.load(io.cwd);
      env.merge(imported);
      await env.save(io.cwd);
      io.stdout.write(`Imported ${imported.keys().length} keys into the pipeline environment.
`);
      return 0;
    }
  }
}
var envCommand = async (args, io) => {
  const [verb, ...rest] = args;
  if (verb === "--help" || verb === "-h") {
    io.stdout.write(ENV_HELP);
    return 0;
  }
  if (verb === void 0) {
    io.stderr.write(ENV_HELP);
    return EXIT_USAGE;
  }
  if (!isVerb(verb)) {
    const what = verb.startsWith("-") ? `Unknown option '${verb}'` : `Unknown verb '${verb}'`;
    const hint = verb.startsWith("-") ? "" : didYouMean(verb, Object.keys(ENV_FLAGS));
    return sayError(
      io,
      "env",
      new UsageError(`${what}: expected get, export or import.${hint} Run 'ferry env --help'.`),
      {
        json: wantsJson(args)
      }
    );
  }
  try {
    const parsed = parseArgs(rest, closedOptions(ENV_FLAGS[verb], `env ${verb}`));
    if (enabled(parsed, "help")) {
      io.stdout.write(ENV_HELP);
      return 0;
    }
    return await run(verb, parsed, io);
  } catch (error) {
    return sayError(io, `env ${verb}`, error, { json: wantsJson(rest) });
  }
};
export {
  ENV_FLAGS,
  ENV_HELP,
  envCommand
};
