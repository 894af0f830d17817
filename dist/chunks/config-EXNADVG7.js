import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  booleanNames,
  paramFlags
} from "./chunk-BQM73R2G.js";
import {
  parseArgs,
  single
} from "./chunk-4GNQGUOS.js";
import {
  checkConfig,
  ciStageName,
  createConfigReporter,
  describeSource,
  loadConfig,
  logWarnings,
  paramSpecsOf,
  resolveParameters
} from "./chunk-AO3DAJSI.js";
import {
  catalog
} from "./chunk-VYWMYPA6.js";
import "./chunk-IKWUVRQU.js";
import "./chunk-S6FS6OU5.js";
import {
  redactUserinfoPasswords
} from "./chunk-QWGMBWEH.js";
import "./chunk-XZBLILYS.js";
import "./chunk-ZEJSRW3S.js";
import {
  PipelineEnvironment
} from "./chunk-JM2OKKD7.js";
import "./chunk-JV4SPRKX.js";
import "./chunk-YY2QXDXW.js";
import "./chunk-YIYXQXTP.js";
import {
  UsageError
} from "./chunk-H6UICYKR.js";

// lib/cli/commands/config.ts
var RESERVED = /* @__PURE__ */ new Set(["stage", "config", "json", "help", "verbose", "strict"]);
var CONFIG_HELP = `Usage: ferry config STEP [--stage STAGE] [--config FILE] [--json] [--strict] [--PARAM VALUE \u2026]

Prints every parameter of STEP as resolved for STAGE, with the source of its value
(default, pipeline environment, file and section, environment variable, flag, vault).
Secrets, and passwords in URLs (https://user:***@host), are shown as ***.
On GitHub Actions STAGE defaults to the job id (GITHUB_JOB).
Configuration warnings are errors with --strict (exit 2).
`;
function redactPasswords(value) {
  if (typeof value === "string") return redactUserinfoPasswords(value);
  if (Array.isArray(value)) return value.map(redactPasswords);
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactPasswords(v)]));
  return value;
}
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
  const found = catalog.require(stepName);
  const parsed = parseArgs(args.slice(1), {
    booleans: /* @__PURE__ */ new Set([...booleanNames([found.step]), "json", "help", "verbose", "strict"])
  });
  if (parsed.flags.has("help")) {
    io.stdout.write(CONFIG_HELP);
    return 0;
  }
  const stage = single(parsed, "stage") ?? ciStageName(io.env);
  const config = await loadConfig({ workspace: io.cwd, configFile: single(parsed, "config") });
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
  CONFIG_HELP,
  configCommand
};
