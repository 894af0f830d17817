import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  PipelineEnvironment,
  isSecretKey
} from "./chunk-KAYBFQZT.js";
import {
  UsageError
} from "./chunk-4IZ6AG3E.js";

// lib/cli/commands/env.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var ENV_HELP = `Usage:
  ferry env get KEY        print one key (a string as is, anything else as JSON)
  ferry env export         print the environment as JSON, secret keys left out
  ferry env import FILE    merge a JSON export (FILE or - for stdin) into the workspace's environment
`;
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}
var envCommand = async (args, io) => {
  const [verb, arg] = args;
  if (verb === void 0 || verb === "--help" || verb === "-h") {
    io.stdout.write(ENV_HELP);
    return verb === void 0 ? 2 : 0;
  }
  const env = await PipelineEnvironment.load(io.cwd);
  switch (verb) {
    case "get": {
      if (!arg) throw new UsageError(`Name a key: ferry env get KEY (for example container/imageDigest).`);
      if (isSecretKey(arg)) throw new UsageError(`${arg} is a secret key; ferry does not print it.`);
      const value = env.getRaw(arg);
      if (value === void 0) {
        io.stderr.write(`${arg} is not set in the pipeline environment.
`);
        return 1;
      }
      io.stdout.write(`${typeof value === "string" ? value : JSON.stringify(value)}
`);
      return 0;
    }
    case "export":
      io.stdout.write(`${JSON.stringify(env.toJSON(), null, 2)}
`);
      return 0;
    case "import": {
      if (!arg) throw new UsageError(`Name a file: ferry env import FILE (or - for standard input).`);
      const text = arg === "-" ? await readStdin() : await readFile(resolve(io.cwd, arg), "utf8");
      const imported = PipelineEnvironment.parseJSON(text, arg === "-" ? "standard input" : arg);
      env.merge(imported);
      await env.save(io.cwd);
      io.stdout.write(`Imported ${imported.keys().length} keys into the pipeline environment.
`);
      return 0;
    }
    default:
      throw new UsageError(`Unknown verb 'ferry env ${verb}'.

${ENV_HELP}`);
  }
};
export {
  ENV_HELP,
  envCommand
};
