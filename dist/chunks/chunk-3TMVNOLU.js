import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  checkStageKey,
  paramSpecsOf,
  scopesOf
} from "./chunk-VICPL5UC.js";
import {
  findStep,
  stepList
} from "./chunk-EOVICWZV.js";
import {
  globToRegExp
} from "./chunk-SDDO5NTP.js";
import {
  didYouMean
} from "./chunk-2UI3WGIA.js";
import {
  ConfigError,
  UsageError
} from "./chunk-4IZ6AG3E.js";

// stages/definitions.ts
var DEPLOY_PER_STAGE = {
  step: "gitOpsUpdateDeployment",
  conditions: [{ kind: "configKey", keys: ["filePath"], stageOnly: true }]
};
var STAGES = [
  {
    name: "Build",
    description: "Build the image, push it to the staging registry, promote it to the target registry.",
    steps: [
      {
        step: "build",
        conditions: [
          { kind: "configKey", keys: ["containerImageName", "containerImageNameTags", "containerImage"] },
          { kind: "filePattern", patterns: ["Dockerfile", "**/Dockerfile"] }
        ]
      },
      { step: "imagePushToRegistry", conditions: [{ kind: "configKey", keys: ["targetRegistryUrl"] }] }
    ]
  },
  {
    name: "Acceptance",
    description: "Deploy to the acceptance environment through its GitOps file.",
    steps: [DEPLOY_PER_STAGE]
  },
  {
    name: "Performance",
    description: "Deploy to the performance environment through its GitOps file.",
    steps: [DEPLOY_PER_STAGE]
  },
  {
    name: "Release",
    description: "Deploy the release through the GitOps repository.",
    steps: [{ step: "gitOpsUpdateDeployment", conditions: [{ kind: "configKey", keys: ["filePath"] }] }]
  }
];

// stages/glob.ts
import { readdirSync } from "node:fs";
import { join } from "node:path";
var SKIP = /* @__PURE__ */ new Set([".git", "node_modules", ".pipeline"]);
var MAX_WORKSPACE_ENTRIES = 2e4;
function listWorkspaceFiles(workspace, options = {}) {
  const limit = options.maxEntries ?? MAX_WORKSPACE_ENTRIES;
  const files = [];
  let seen = 0;
  let truncated = false;
  const walk = (dir, rel) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      if (++seen > limit) {
        truncated = true;
        return;
      }
      if (entry.isFile()) files.push(rel === "" ? entry.name : `${rel}/${entry.name}`);
    }
    for (const entry of entries) {
      if (truncated) return;
      if (!entry.isDirectory() || SKIP.has(entry.name)) continue;
      walk(join(dir, entry.name), rel === "" ? entry.name : `${rel}/${entry.name}`);
    }
  };
  walk(workspace, "");
  return { files, truncated, limit };
}

// stages/resolve.ts
function layersHighFirst(config) {
  return [config.config, ...[...config.defaults].reverse()];
}
function toggleOf(config, stage, step) {
  const names = [step.name, ...(step.aliases ?? []).map((a) => a.name)];
  for (const layer of layersHighFirst(config)) {
    const section = layer.stages[stage];
    if (!section) continue;
    const found = names.filter((n) => typeof section[n] === "boolean").map((n) => ({ key: n, value: section[n] === true }));
    if (found.length === 0) continue;
    const on = found.filter((t) => t.value);
    if (on.length > 0 && on.length !== found.length) {
      throw new ConfigError(
        `${layer.file}: stages.${stage} turns ${step.name} both on and off (${found.map((t) => `${t.key}: ${t.value}`).join(", ")}). Keep one.`
      );
    }
    if (on.length > 1) {
      throw new ConfigError(
        `${layer.file}: stages.${stage} turns on ${on.map((t) => t.key).join(" and ")}, which are all ferry's ${step.name} step. Keep one.`
      );
    }
    const first = found[0];
    if (first) return { value: first.value, key: first.key, file: layer.file };
  }
  return void 0;
}
function configKeyReason(config, stage, step, condition) {
  const specs = paramSpecsOf(step);
  for (const key of condition.keys) {
    const spec = specs[key];
    if (!spec) continue;
    const spellings = [key, ...(spec.aliases ?? []).map((a) => a.name)];
    const scopes = scopesOf(spec);
    for (const layer of layersHighFirst(config)) {
      const sections = [
        [`stages.${stage}`, layer.stages[stage]]
      ];
      if (!condition.stageOnly) {
        if (scopes.includes("steps")) {
          for (const name of [step.name, ...(step.aliases ?? []).map((a) => a.name)])
            sections.push([`steps.${name}`, layer.steps[name]]);
        }
        if (scopes.includes("general")) sections.push(["general", layer.general]);
      }
      for (const [section, data] of sections) {
        if (!data) continue;
        if (section.startsWith("stages.") && !scopes.includes("stages")) continue;
        for (const spelling of spellings) {
          const v = data[spelling];
          if (v !== void 0 && v !== null && v !== "")
            return { kind: "configKey", key: spelling, file: layer.file, section };
        }
      }
    }
  }
  return void 0;
}
function createFileMatcher(workspace, log) {
  let list;
  const regexps = /* @__PURE__ */ new Map();
  return (pattern) => {
    if (!list) {
      list = listWorkspaceFiles(workspace);
      if (list.truncated)
        log?.warn(
          `Stage conditions: the workspace ${workspace} has more than ${list.limit} files and folders; file patterns were matched against the first ${list.limit} only, so a step may show as not activated. Activate it in .pipeline/config.yml (stages.<stage>.<step>: true) if it should run.`
        );
    }
    const regexp = regexps.get(pattern) ?? globToRegExp(pattern);
    regexps.set(pattern, regexp);
    return list.files.find((f) => regexp.test(f));
  };
}
function conditionReason(options, matchFile, stage, step, condition) {
  switch (condition.kind) {
    case "configKey":
      return configKeyReason(options.config, stage, step, condition);
    case "filePattern": {
      for (const pattern of condition.patterns) {
        const file = matchFile(pattern);
        if (file !== void 0) return { kind: "filePattern", pattern, file };
      }
      return void 0;
    }
    case "envKey": {
      const key = condition.keys.find((k) => options.env.has(k));
      return key === void 0 ? void 0 : { kind: "envKey", key };
    }
  }
}
function stepReport(step, toggle, stage, fallback) {
  const found = toggle?.value ? findStep(toggle.key) : void 0;
  const invokedAs = found?.name ?? step.name;
  const presets = found?.presets ?? {};
  const activation = toggle ? { kind: "toggle", value: toggle.value, file: toggle.file, section: `stages.${stage}`, key: toggle.key } : fallback();
  const active = toggle ? toggle.value : activation.kind !== "none";
  return { name: step.name, invokedAs, presets, active, reason: describeReason(activation), activation };
}
function checkStageSections(config, log) {
  for (const layer of layersHighFirst(config)) {
    for (const [stage, section] of Object.entries(layer.stages)) {
      for (const [key, value] of Object.entries(section)) {
        const warning = checkStageKey(layer, stage, key, value);
        if (warning) log?.warn(warning);
      }
    }
  }
}
function toggledInOrder(config, stage) {
  const out = [];
  for (const layer of [config.config, ...config.defaults]) {
    for (const [key, value] of Object.entries(layer.stages[stage] ?? {})) {
      const found = typeof value === "boolean" ? findStep(key) : void 0;
      if (found && !out.includes(found.step)) out.push(found.step);
    }
  }
  return out;
}
function resolveStages(options) {
  const { config } = options;
  const workspace = options.workspace ?? config.workspace;
  const definitions = options.definitions ?? STAGES;
  checkStageSections(config, options.log);
  const matchFile = createFileMatcher(workspace, options.log);
  const reports = [];
  for (const definition of definitions) {
    const steps = [];
    const listed = /* @__PURE__ */ new Set();
    for (const entry of definition.steps) {
      const found = findStep(entry.step);
      if (!found) throw new Error(`Stage ${definition.name} names an unknown step ${entry.step}.`);
      listed.add(found.step.name);
      const toggle = toggleOf(config, definition.name, found.step);
      steps.push(
        stepReport(found.step, toggle, definition.name, () => {
          for (const condition of entry.conditions) {
            const reason = conditionReason(options, matchFile, definition.name, found.step, condition);
            if (reason) return reason;
          }
          return { kind: "none", conditions: entry.conditions };
        })
      );
    }
    for (const step of toggledInOrder(config, definition.name)) {
      if (listed.has(step.name)) continue;
      steps.push(
        stepReport(step, toggleOf(config, definition.name, step), definition.name, () => ({
          kind: "none",
          conditions: []
        }))
      );
    }
    reports.push({
      name: definition.name,
      description: definition.description,
      userDefined: false,
      active: steps.some((s) => s.active),
      steps
    });
  }
  const known = new Set(definitions.map((d) => d.name));
  const userStages = [];
  for (const layer of [config.config, ...config.defaults]) {
    for (const stage of Object.keys(layer.stages))
      if (!known.has(stage) && !userStages.includes(stage)) userStages.push(stage);
  }
  for (const stage of userStages) {
    const steps = toggledInOrder(config, stage).map(
      (step) => stepReport(step, toggleOf(config, stage, step), stage, () => ({ kind: "none", conditions: [] }))
    );
    reports.push({ name: stage, userDefined: true, active: steps.some((s) => s.active), steps });
  }
  return reports;
}
function stepsOfStage(options) {
  const reports = resolveStages(options);
  const report = reports.find((r) => r.name === options.stage);
  if (!report) {
    const names = reports.map((r) => r.name);
    throw new UsageError(
      `Unknown stage '${options.stage}': neither ferry nor .pipeline/config.yml defines it.${didYouMean(options.stage, names)} Stages: ${names.join(", ")}.`
    );
  }
  const out = [];
  for (const s of report.steps) {
    if (!s.active) continue;
    const step = stepList.find((x) => x.name === s.name);
    if (step)
      out.push({
        step,
        invokedAs: s.invokedAs,
        presets: s.presets,
        reason: s.reason,
        activation: s.activation
      });
  }
  return out;
}
function describeCondition(condition) {
  switch (condition.kind) {
    case "configKey":
      return `${condition.keys.join(" or ")} set${condition.stageOnly ? " in the stage section" : ""}`;
    case "filePattern":
      return `a file matching ${condition.patterns.join(" or ")}`;
    case "envKey":
      return `pipeline environment ${condition.keys.join(" or ")} filled`;
  }
}
function describeReason(reason) {
  switch (reason.kind) {
    case "toggle":
      return `${reason.section}.${reason.key}: ${reason.value} in ${reason.file}`;
    case "configKey":
      return `${reason.section}.${reason.key} is set in ${reason.file}`;
    case "filePattern":
      return `${reason.file} matches ${reason.pattern}`;
    case "envKey":
      return `pipeline environment ${reason.key} is filled`;
    case "none":
      return reason.conditions.length === 0 ? "not toggled on" : `not activated: none of ${reason.conditions.map(describeCondition).join("; ")}`;
  }
}

export {
  STAGES,
  resolveStages,
  stepsOfStage
};
