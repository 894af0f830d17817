import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  booleanNames,
  paramFlags
} from "./chunk-5HCEMSFB.js";
import {
  parseArgs,
  single
} from "./chunk-2SB756AK.js";
import {
  describeSource,
  loadConfig,
  paramSpecsOf,
  resolveParameters
} from "./chunk-VICPL5UC.js";
import {
  requireStep
} from "./chunk-EOVICWZV.js";
import "./chunk-QLQXVRPB.js";
import "./chunk-SDDO5NTP.js";
import "./chunk-2MNOM6DJ.js";
import "./chunk-H2IB2YTE.js";
import "./chunk-2UI3WGIA.js";
import "./chunk-FZFFK2CV.js";
import {
  PipelineEnvironment
} from "./chunk-KAYBFQZT.js";
import {
  UsageError
} from "./chunk-4IZ6AG3E.js";

// lib/cli/commands/config.ts
var RESERVED = /* @__PURE__ */ new Set(["stage", "config", "json", "help", "verbose"]);
var CONFIG_HELP = `Usage: ferry config STEP [--stage STAGE] [--config FILE] [--json] [--PARAM VALUE \u2026]

Prints every parameter of STEP as resolved for STAGE, with the source of its value
(default, pipeline environment, file and section, environment variable, flag, vault).
Secrets are shown as ***.
`;
var configCommand = async (args, io) => {
  const stepName = args[0] !== void 0 && !args[0].startsWith("--") ? args[0] : void 0;
  if (!stepName) {
    if (args.includes("--help") || args.includes("-h")) {
      io.stdout.write(CONFIG_HELP);
      return 0;
    }
    throw new UsageError(`Name a step: ferry config STEP.

${CONFIG_HELP}`);
  }
  const found = requireStep(stepName);
  const parsed = parseArgs(args.slice(1), {
    booleans: /* @__PURE__ */ new Set([...booleanNames([found.step]), "json", "help", "verbose"])
  });
  if (parsed.flags.has("help")) {
    io.stdout.write(CONFIG_HELP);
    return 0;
  }
  const stage = single(parsed, "stage");
  const config = await loadConfig({ workspace: io.cwd, configFile: single(parsed, "config") });
  const env = await PipelineEnvironment.load(io.cwd);
  for (const secret of env.secretValues()) io.log.addSecret(secret);
  const { values, sources } = await resolveParameters({
    step: stepName,
    stage,
    config,
    env,
    vars: io.env,
    flags: paramFlags(parsed, RESERVED),
    log: io.log,
    skipMandatoryCheck: true
  });
  const specs = paramSpecsOf(found.step);
  const rows = Object.keys(specs).sort().map((name) => {
    const spec = specs[name];
    const value = values[name];
    const source = sources[name];
    const shown = value === void 0 ? null : spec?.secret ? "***" : value;
    return { name, value: shown, source: source ? describeSource(source) : "unset" };
  });
  if (parsed.flags.has("json")) {
    const out = {
      step: found.step.name,
      stage: stage ?? null,
      parameters: Object.fromEntries(rows.map((r) => [r.name, { value: r.value, source: r.source }]))
    };
    io.stdout.write(`${io.log.mask(JSON.stringify(out, null, 2))}
`);
    return 0;
  }
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const row of rows) {
    const value = row.value === null ? "-" : typeof row.value === "string" ? row.value : JSON.stringify(row.value);
    io.stdout.write(io.log.mask(`${row.name.padEnd(width)}  ${value}  (${row.source})
`));
  }
  return 0;
};
export {
  CONFIG_HELP,
  configCommand
};
