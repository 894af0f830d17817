import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  PipelineEnvironment,
  decryptPiperEnvironment,
  isSecretKey,
  looksEncrypted
} from "./chunk-JM2OKKD7.js";
import "./chunk-JV4SPRKX.js";
import "./chunk-YY2QXDXW.js";
import "./chunk-YIYXQXTP.js";
import {
  UsageError
} from "./chunk-H6UICYKR.js";

// lib/cli/commands/env.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var ENV_HELP = `Usage:
  ferry env get KEY        print one key (a string as is, anything else as JSON)
  ferry env export         print the environment as JSON, secret keys left out
  ferry env import FILE    merge a JSON export (FILE or - for stdin) into the workspace's environment;
                           also \`piper readPipelineEnv\` output, encrypted when PIPER_pipelineEnv_SECRET is set
`;
async function readStdin(stdin) {
  if (!stdin) throw new UsageError("ferry env import -: no standard input here. Name a file instead.");
  const chunks = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk));
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
      let text = arg === "-" ? await readStdin(io.stdin) : await readFile(resolve(io.cwd, arg), "utf8");
      const origin = arg === "-" ? "standard input" : arg;
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
