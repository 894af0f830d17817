const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  paramFlags,
  parameterHelp,
  reservedNames,
  stepParseOptions
} from "./chunk-RIDB2CGU.js";
import {
  parseArgs,
  single,
  unexpectedArgument
} from "./chunk-6AIOAQ5K.js";
import {
  checkConfig,
  ciStageName,
  createConfigReporter,
  describeSource,
  loadConfig,
  logWarnings,
  paramSpecsOf,
  resolveParameters
} from "./chunk-I22EZAHI.js";
import {
  catalog
} from "./chunk-YPI3CE7V.js";
import {
  PipelineEnvironment
} from "./chunk-6QWMKVMJ.js";
import "./chunk-55K4AF6Q.js";
import "./chunk-YG2JLHQD.js";
import "./chunk-CYNXPD3H.js";
import {
  redactUserinfoPasswords
} from "./chunk-F7STDRLI.js";
import "./chunk-SA635VBW.js";
import "./chunk-TCHB576X.js";
import "./chunk-YZFBVT3Z.js";
import "./chunk-4EWSLH6K.js";
import "./chunk-TMQRFWOI.js";
import "./chunk-FJHZMGUF.js";
import {
  UsageError
} from "./chunk-ZTYGLEFB.js";

// lib/cli/commands/config.ts
var CONFIG_FLAGS = { values: ["stage", "config"], booleans: ["json", "strict"] };
var RESERVED = reservedNames(CONFIG_FLAGS);
var CONFIG_HELP = `Usage: ferry config STEP [--stage STAGE] [--config FILE] [--json] [--strict] [--PARAM VALUE \u2026]

Prints every parameter of STEP as resolved for STAGE, with the source of its value
(default, pipeline environment, file and section, environment variable, flag, vault).
Secrets, and passwords in URLs (https://user:***@host), are shown as ***.
On GitHub Actions STAGE defaults to the job id (GITHUB_JOB).
Configuration warnings are errors with --strict.

Exit status: 0 printed, 2 bad usage or a configuration error.
`;
function redactPasswords(value) {
  if (typeof value === "string") return redactUserinfoPasswords(value);
  if (Array.isArray(value)) return value.map(redactPasswords);
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactPasswords(v)]));
  return value;
}
var configCommand = async (args, io) => {
  const stepName = args[0] !== void 0 && !args[0].startsWith("-") ? args[0] : void 0;
  if (!stepName) {
    const parsed2 = parseArgs(args, stepParseOptions(catalog.list(), CONFIG_FLAGS, "config"));
    if (parsed2.flags.has("help")) {
      io.stdout.write(CONFIG_HELP);
      return 0;
    }
    throw new UsageError(
      "Name a step: ferry config STEP (ferry --help lists the steps). Run 'ferry config --help'."
    );
  }
  const found = catalog.require(stepName);
  const command = `config ${found.step.name}`;
  const parsed = parseArgs(args.slice(1), stepParseOptions([found.step], CONFIG_FLAGS, command));
  if (parsed.flags.has("help")) {
    io.stdout.write(`${CONFIG_HELP}
${parameterHelp(found.step)}`);
    return 0;
  }
  const [extra] = parsed.positionals;
  if (extra !== void 0) throw unexpectedArgument(extra, command);
  const stage = single(parsed, "stage") ?? ciStageName(io.env);
  const config = await loadConfig({
    workspace: io.cwd,
    configFile: single(parsed, "config"),
    vars: io.env,
    addSecret: (value) => io.log.addSecret(value)
  });
  const reporter = createConfigReporter({
    strict: parsed.flags.has("strict"),
    onWarning: logWarnings(io.log)
  });
  checkConfig({ catalog, config, reporter, ...stage !== void 0 ? { stage } : {}, steps: [found.step] });
  const env = await PipelineEnvironment.load(io.cwd);
  for (const secret of env.secretValues()) io.log.addSecret(secret);
  const { values, sources } = await resolveParameters({
    step: stepName,
    catalog,
    stage,
    config,
    env,
    vars: io.env,
    flags: paramFlags(parsed, RESERVED),
    log: io.log,
    reporter,
    skipMandatoryCheck: true
  });
  const specs = paramSpecsOf(found.step);
  const rows = Object.keys(specs).sort().map((name) => {
    const spec = specs[name];
    const value = values[name];
    const source = sources[name];
    const shown = value === void 0 ? null : spec?.secret ? "***" : redactPasswords(value);
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
  CONFIG_FLAGS,
  CONFIG_HELP,
  configCommand
};
