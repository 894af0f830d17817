// Which steps of each stage are active, and why: a toggle in stages.<Stage>, else the stage
// definition's conditions (config key set, file pattern matched, pipeline environment key filled).
import type { EnvKey, PipelineEnvironment } from '../env';
import type { AnyStep, StepCatalog } from '../step';
import type { Logger } from '../log';
import { UsageError } from '../util/errors';
import { globToRegExp } from '../util/glob';
import { didYouMean, suggest } from '../util/suggest';
import { isPiperContextKey } from './piper-keys';
import {
  CENTRAL_BUILD,
  checkStageKey,
  isStepKey,
  scopesOf,
  stageSection,
  stepKeyOutOfScope,
  stepSectionKeyWarning,
  stepSectionScopeWarning,
  warningAt,
} from './resolve';
import { piperStepNames, piperStepOf, specsUnder, stepSectionNames } from './step-names';
import { createConfigReporter, logWarnings, type ConfigReporter } from './warnings';
import type { ConfigLayer, LoadedConfig } from './types';
import { listWorkspaceFiles, type WorkspaceFiles } from './workspace-files';

/** The kinds of Piper's stage conditions (pkg/config/run.go StepCondition), in ferry's terms. */
export type StageCondition =
  /**
   * One of these parameters (or an alias) is set in config; `stageOnly`: in stages.<Stage> itself.
   * A key `a/b` looks into a mapping (Piper's nested configKey).
   */
  | { kind: 'configKey'; keys: readonly string[]; stageOnly?: boolean }
  /** The configured value of `key` (else the parameter's default) is one of `values` (Piper's `config`). */
  | { kind: 'config'; key: string; values: readonly (string | number | boolean)[] }
  /** A file in the workspace matches one of these globs (`*`, `?`, `**`). */
  | { kind: 'filePattern'; patterns: readonly string[] }
  /** A file matches the glob configured in `key` (Piper's `filePatternFromConfig`). */
  | { kind: 'filePatternFromConfig'; key: string }
  /** One of these pipeline environment keys holds a value (Piper's `pipelineEnvironmentFilled`). */
  | { kind: 'envKey'; keys: readonly EnvKey[] }
  /** A pipeline environment key holds this value (Piper's `commonPipelineEnvironment`). */
  | { kind: 'envValue'; key: string; value: string }
  /** Never met (Piper's `inactive: true`): the step runs only when toggled on. */
  | { kind: 'inactive' }
  /** In notActiveConditions only: no other step of the stage is active (Piper's `onlyActiveStepInStage`). */
  | { kind: 'onlyActiveStepInStage' };

export interface StageStepDefinition {
  step: string;
  /** Any one met activates the step; none given means the step is active (as in Piper). */
  conditions: readonly StageCondition[];
  /**
   * Any one met deactivates the step, above a toggle and the conditions (Piper's notActiveConditions,
   * evaluated after every step of the stage).
   */
  notActiveConditions?: readonly StageCondition[];
}

/** A stage: which steps it holds, in order, and when each is active without a toggle. */
export interface StageDefinition {
  name: string;
  description: string;
  steps: readonly StageStepDefinition[];
}

export type ActivationReason =
  | { kind: 'toggle'; value: boolean; file: string; section: string; key: string }
  | { kind: 'configKey'; key: string; file: string; section: string }
  | { kind: 'config'; key: string; value: string | number | boolean; file?: string; section?: string }
  | { kind: 'filePattern'; pattern: string; file: string }
  | { kind: 'envKey'; key: string }
  /** No condition defined: active, as in Piper. */
  | { kind: 'always' }
  /** A notActiveCondition was met. */
  | { kind: 'notActive'; because: string }
  /** No toggle, and no condition met (or none defined); `nearMiss`: a key that looks like a misspelt condition key. */
  | { kind: 'none'; conditions: readonly StageCondition[]; nearMiss?: NearMiss };

/** A key written where a condition key was probably meant (`targetRegistryUrll`, `steps.imagePushToRegistri`). */
export interface NearMiss {
  file: string;
  line?: number;
  /** The section and key as written, e.g. `steps.imagePushToRegistry` and `targetRegistryUrll`. */
  section: string;
  key: string;
  /** What was probably meant: `targetRegistryUrl`, or `steps.imagePushToRegistry.targetRegistryUrl`. */
  meant: string;
}

export interface StageStepReport {
  /** ferry's step name. */
  name: string;
  /** The name to run it under: a Piper alias toggled in the stage (kanikoExecute) applies its presets. */
  invokedAs: string;
  presets: Readonly<Record<string, string | boolean | number>>;
  active: boolean;
  /** Why, in words (describeReason of `activation`). */
  reason: string;
  activation: ActivationReason;
}

export interface StageReport {
  name: string;
  description?: string;
  /** A stage ferry does not define: its steps are the ones toggled in stages.<Stage>, in order. */
  userDefined: boolean;
  /** True when at least one step is active. */
  active: boolean;
  steps: StageStepReport[];
}

export interface ResolveStagesOptions {
  config: LoadedConfig;
  env: PipelineEnvironment;
  /** Where file patterns are matched; default: the config's workspace. */
  workspace?: string;
  /** The steps that can run (steps/index.ts has ferry's). */
  catalog: StepCatalog;
  /** Stage definitions (stages/ has ferry's); stages only declared in config have none. */
  definitions: readonly StageDefinition[];
  /** Told of keys that are ignored (a Piper step or parameter ferry does not have). */
  log?: Logger;
  /** Where config warnings go; default: log.warn, not strict. */
  reporter?: ConfigReporter;
  /**
   * The stage a run uses: with a strict reporter, warnings about it (and the steps it runs) are errors,
   * warnings about other stages stay warnings. Unset: every stage counts (`ferry stages`).
   */
  focus?: string;
}

interface Toggle {
  value: boolean;
  key: string;
  file: string;
}

/** Config layers, highest precedence first. */
function layersHighFirst(config: LoadedConfig): ConfigLayer[] {
  return [config.config, ...[...config.defaults].reverse()];
}

/**
 * The toggle of one step name in a stage, as Piper merges the stage sections: the highest layer that
 * sets the name decides. A value that is not a boolean is no toggle (checkStageKey warns): the step's
 * conditions decide, as in Piper (pkg/config/evaluation.go evaluateConditionsV1).
 */
function toggleOfName(config: LoadedConfig, stage: string, name: string): Toggle | undefined {
  for (const layer of layersHighFirst(config)) {
    const value = stageSection(layer, stage)?.[name];
    if (value === undefined || value === null) continue;
    return typeof value === 'boolean' ? { value, key: name, file: layer.file } : undefined;
  }
  return undefined;
}

/** One run of a step in a stage: the name it runs as and its toggle, if the stage section has one. */
interface StepRun {
  name: string;
  toggle?: Toggle;
}

/**
 * The name a step runs as in a stage when no name of it is toggled on: a Piper step of its own
 * (kanikoExecute) when the configuration has a step section for it and none for the step's own name or
 * spellings, else the step's own name.
 */
function defaultRunName(config: LoadedConfig, step: AnyStep): string {
  const layers = layersHighFirst(config);
  const hasSection = (name: string): boolean => layers.some((l) => l.steps[name] !== undefined);
  if (stepSectionNames(step, step.name).some(hasSection)) return step.name;
  return piperStepNames(step).find(hasSection) ?? step.name;
}

/**
 * How a step runs in a stage. kanikoExecute and cnbBuild are separate Piper steps: each name toggled on
 * is a run of its own (both on: two builds, as in Piper); a name toggled off turns off only that name.
 * The step's own name (or a spelling of it) toggled off turns the step off. Without a toggle on, the
 * step runs under defaultRunName when its conditions are met.
 */
function runsOf(config: LoadedConfig, stage: string, step: AnyStep): StepRun[] {
  const names = [step.name, ...(step.aliases ?? []).map((a) => a.name)];
  const toggles = names.flatMap((n) => {
    const t = toggleOfName(config, stage, n);
    return t ? [t] : [];
  });
  const on = toggles.filter((t) => t.value);
  if (on.length > 0) return on.map((t) => ({ name: t.key, toggle: t }));
  const ownOff = toggles.find((t) => piperStepOf(step, t.key) === undefined);
  if (ownOff) return [{ name: ownOff.key, toggle: ownOff }];
  const name = defaultRunName(config, step);
  const off = toggles.find((t) => t.key === name);
  return [off ? { name, toggle: off } : { name }];
}

function configKeyReason(
  config: LoadedConfig,
  stage: string,
  step: AnyStep,
  runAs: string,
  condition: Extract<StageCondition, { kind: 'configKey' }>,
): ActivationReason | undefined {
  const specs = specsUnder(step, runAs);
  for (const written of condition.keys) {
    const [key = written, ...rest] = written.split('/');
    const spec = specs[key];
    if (!spec) {
      const raw = rawConfigValue(config, stage, step, runAs, written);
      if (raw && raw.value !== '')
        return { kind: 'configKey', key: written, file: raw.file, section: raw.section };
      continue;
    }
    const spellings = [key, ...(spec.aliases ?? []).map((a) => a.name)];
    const scopes = scopesOf(spec);
    for (const layer of layersHighFirst(config)) {
      const sections: [string, Readonly<Record<string, unknown>> | undefined][] = [
        [`stages.${stage}`, stageSection(layer, stage)],
      ];
      if (!condition.stageOnly) {
        if (scopes.includes('steps')) {
          for (const name of [...stepSectionNames(step, runAs)].reverse())
            sections.push([`steps.${name}`, layer.steps[name]]);
        }
        if (scopes.includes('general')) sections.push(['general', layer.general]);
      }
      for (const [section, data] of sections) {
        if (!data) continue;
        if (section.startsWith('stages.') && !scopes.includes('stages')) continue;
        for (const spelling of spellings) {
          const v = deepKey(data, spelling, rest);
          if (v !== undefined && v !== null && v !== '')
            return { kind: 'configKey', key: [spelling, ...rest].join('/'), file: layer.file, section };
        }
      }
    }
  }
  return undefined;
}

/** `data[key]`, then down `rest` (the parts of a nested key `a/b/c`). */
function deepKey(data: Readonly<Record<string, unknown>>, key: string, rest: readonly string[]): unknown {
  let current: unknown = data[key];
  for (const part of rest) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

interface RawValue {
  value: unknown;
  file: string;
  section: string;
}

/**
 * A key that is no parameter of the step (Piper's buildTool), as Piper's conditions see it: from the
 * stage section, the step's sections and general, highest first, whatever the scope.
 */
function rawConfigValue(
  config: LoadedConfig,
  stage: string,
  step: AnyStep,
  runAs: string,
  written: string,
): RawValue | undefined {
  const [key = written, ...rest] = written.split('/');
  for (const layer of layersHighFirst(config)) {
    const sections: [string, Readonly<Record<string, unknown>> | undefined][] = [
      [`stages.${stage}`, stageSection(layer, stage)],
      ...[...stepSectionNames(step, runAs)]
        .reverse()
        .map((n): [string, Readonly<Record<string, unknown>> | undefined] => [`steps.${n}`, layer.steps[n]]),
      ['general', layer.general],
    ];
    for (const [section, data] of sections) {
      if (!data) continue;
      const value = deepKey(data, key, rest);
      if (value !== undefined && value !== null) return { value, file: layer.file, section };
    }
  }
  return undefined;
}

/** The value a `config` or `filePatternFromConfig` condition compares: configured, else the default. */
function configValue(
  config: LoadedConfig,
  stage: string,
  step: AnyStep,
  runAs: string,
  written: string,
): RawValue | { value: unknown; file?: undefined; section?: undefined } | undefined {
  const [key = written] = written.split('/');
  const spec = specsUnder(step, runAs)[key];
  if (spec && !written.includes('/')) {
    const reason = configKeyReason(config, stage, step, runAs, { kind: 'configKey', keys: [key] });
    if (reason?.kind === 'configKey') {
      const layer = [config.config, ...config.defaults].find((l) => l.file === reason.file);
      const data =
        reason.section === 'general'
          ? layer?.general
          : reason.section.startsWith('steps.')
            ? layer?.steps[reason.section.slice('steps.'.length)]
            : layer && stageSection(layer, stage);
      return { value: data?.[reason.key], file: reason.file, section: reason.section };
    }
    return spec.default === undefined ? undefined : { value: spec.default };
  }
  return rawConfigValue(config, stage, step, runAs, written);
}

/**
 * The workspace's files, listed on first use and once per resolveStages call: every file pattern of
 * every step and stage is matched against the same list. A walk cut short at the cap is said once.
 */
function createFileMatcher(
  workspace: string,
  log: Logger | undefined,
): (pattern: string) => string | undefined {
  let list: WorkspaceFiles | undefined;
  const regexps = new Map<string, RegExp>();
  return (pattern) => {
    if (!list) {
      list = listWorkspaceFiles(workspace);
      if (list.truncated)
        log?.warn(
          `Stage conditions: the workspace ${workspace} has more than ${list.limit} files and folders; file patterns were matched against the first ${list.limit} only, so a step may show as not activated. Activate it in .pipeline/config.yml (stages.<stage>.<step>: true) if it should run.`,
        );
    }
    const regexp = regexps.get(pattern) ?? globToRegExp(pattern);
    regexps.set(pattern, regexp);
    return list.files.find((f) => regexp.test(f));
  };
}

function conditionReason(
  options: ResolveStagesOptions,
  matchFile: (pattern: string) => string | undefined,
  stage: string,
  step: AnyStep,
  runAs: string,
  condition: StageCondition,
): ActivationReason | undefined {
  switch (condition.kind) {
    case 'configKey':
      return configKeyReason(options.config, stage, step, runAs, condition);
    case 'config': {
      const found = configValue(options.config, stage, step, runAs, condition.key);
      const value = found?.value;
      if (
        (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') ||
        !condition.values.includes(value)
      )
        return undefined;
      return {
        kind: 'config',
        key: condition.key,
        value,
        ...(found?.file !== undefined ? { file: found.file, section: found.section } : {}),
      };
    }
    case 'filePattern': {
      for (const pattern of condition.patterns) {
        const file = matchFile(pattern);
        if (file !== undefined) return { kind: 'filePattern', pattern, file };
      }
      return undefined;
    }
    case 'filePatternFromConfig': {
      const pattern = configValue(options.config, stage, step, runAs, condition.key)?.value;
      if (typeof pattern !== 'string' || pattern === '') return undefined;
      const file = matchFile(pattern);
      return file === undefined ? undefined : { kind: 'filePattern', pattern, file };
    }
    case 'envKey': {
      const key = condition.keys.find((k) => options.env.has(k));
      return key === undefined ? undefined : { kind: 'envKey', key };
    }
    case 'envValue': {
      const value = options.env.getRaw(condition.key);
      return value === condition.value ? { kind: 'envKey', key: condition.key } : undefined;
    }
    case 'inactive':
    case 'onlyActiveStepInStage':
      return undefined;
  }
}

function stepReport(
  catalog: StepCatalog,
  step: AnyStep,
  run: StepRun,
  stage: string,
  fallback: (runAs: string) => ActivationReason,
): StageStepReport {
  const { toggle } = run;
  const invokedAs = run.name;
  const presets = catalog.find(run.name)?.presets ?? {};
  const activation: ActivationReason = toggle
    ? { kind: 'toggle', value: toggle.value, file: toggle.file, section: `stages.${stage}`, key: toggle.key }
    : fallback(invokedAs);
  const active = toggle ? toggle.value : activation.kind !== 'none';
  return { name: step.name, invokedAs, presets, active, reason: describeReason(activation), activation };
}

export interface CheckConfigOptions {
  catalog: StepCatalog;
  config: LoadedConfig;
  reporter: ConfigReporter;
  /** The stage the run uses (its section's warnings are errors when strict); unset: every stage. */
  stage?: string;
  /** The steps the run uses (their sections' warnings are errors when strict); unset: every step. */
  steps?: readonly AnyStep[];
}

/**
 * The checks every entry point makes before it runs anything, whatever it runs: keys of stage sections,
 * keys of the catalog's step sections, and step sections named like a ferry step but misspelt. All are
 * warnings; with a strict reporter those about what the run uses are errors.
 */
export function checkConfig(options: CheckConfigOptions): void {
  const { catalog, config, reporter } = options;
  const usesStage = (stage: string): boolean =>
    options.stage === undefined ||
    stage === options.stage ||
    (stage === CENTRAL_BUILD && options.stage === 'Build');
  const usesStep = (step: AnyStep): boolean => options.steps === undefined || options.steps.includes(step);
  for (const warning of config.warnings ?? []) reporter.warn(warning);
  for (const layer of layersHighFirst(config)) {
    for (const warning of layer.warnings ?? []) reporter.warn(warning);
    for (const [stage, section] of Object.entries(layer.stages)) {
      for (const [key, value] of Object.entries(section)) {
        const warning = checkStageKey(catalog, layer, stage, key, value);
        if (warning) reporter.warn(warning, { used: usesStage(stage) });
      }
    }
    for (const [name, section] of Object.entries(layer.steps)) {
      const found = catalog.find(name);
      if (found) {
        for (const key of Object.keys(section)) {
          const used = { used: usesStep(found.step) };
          if (!isStepKey(found.step, key, name)) {
            reporter.warn(stepSectionKeyWarning(found.step, layer, `steps.${name}`, key), used);
            continue;
          }
          const param = stepKeyOutOfScope(found.step, key, name);
          if (param !== undefined)
            reporter.warn(stepSectionScopeWarning(found.step, layer, `steps.${name}`, key, param), used);
        }
        continue;
      }
      // A Piper step ferry does not have (mavenBuild, …) is fine; a near miss of a ferry step is a typo.
      const near = suggest(name, catalog.names());
      if (near === undefined) continue;
      const meant = catalog.find(near)?.step;
      reporter.warn(
        warningAt(
          layer,
          `steps.${name}`,
          '',
          `steps.${name} is ignored: ferry has no step of that name. Did you mean '${near}'?`,
        ),
        { used: meant === undefined || usesStep(meant) },
      );
    }
  }
}

/**
 * For a step left inactive: a key that looks like a misspelt condition key (in the stage section, the
 * step's sections, general), or a condition key in a step section whose name is misspelt.
 */
function findNearMiss(
  options: ResolveStagesOptions,
  stage: string,
  step: AnyStep,
  runAs: string,
  conditions: readonly StageCondition[],
): NearMiss | undefined {
  const keys = conditions.flatMap((c) => (c.kind === 'configKey' ? c.keys : []));
  if (keys.length === 0) return undefined;
  const stepNames = [step.name, ...(step.aliases ?? []).map((a) => a.name)];
  for (const layer of layersHighFirst(options.config)) {
    const sections: [string, Readonly<Record<string, unknown>> | undefined][] = [
      [`stages.${stage}`, stageSection(layer, stage)],
      ...stepSectionNames(step, runAs).map((n): [string, Readonly<Record<string, unknown>> | undefined] => [
        `steps.${n}`,
        layer.steps[n],
      ]),
      ['general', layer.general],
    ];
    for (const [section, data] of sections) {
      for (const key of Object.keys(data ?? {})) {
        if (keys.includes(key) || isStepKey(step, key, runAs) || isPiperContextKey(key)) continue;
        const meant = suggest(key, keys);
        if (meant === undefined) continue;
        const w = warningAt(layer, section, key, '');
        return { file: layer.file, ...(w.line !== undefined ? { line: w.line } : {}), section, key, meant };
      }
    }
    for (const [name, data] of Object.entries(layer.steps)) {
      if (options.catalog.find(name) || suggest(name, stepNames) === undefined) continue;
      const key = keys.find((k) => data[k] !== undefined && data[k] !== null);
      if (key === undefined) continue;
      const w = warningAt(layer, `steps.${name}`, '', '');
      return {
        file: layer.file,
        ...(w.line !== undefined ? { line: w.line } : {}),
        section: `steps.${name}`,
        key,
        meant: `steps.${step.name}.${key}`,
      };
    }
  }
  return undefined;
}

function nearMissText(m: NearMiss): string {
  return `${m.section}.${m.key} in ${m.file} looks like a misspelling of ${m.meant}`;
}

/** Step names toggled in a stage section, in the order written (config first, then defaults files). */
function toggledInOrder(catalog: StepCatalog, config: LoadedConfig, stage: string): AnyStep[] {
  const out: AnyStep[] = [];
  for (const layer of [config.config, ...config.defaults]) {
    for (const [key, value] of Object.entries(stageSection(layer, stage) ?? {})) {
      const found = typeof value === 'boolean' ? catalog.find(key) : undefined;
      if (found && !out.includes(found.step)) out.push(found.step);
    }
  }
  return out;
}

/** Every stage (ferry's, then the user's in the order written) with each step, active or not, and why. */
export function resolveStages(options: ResolveStagesOptions): StageReport[] {
  const { config } = options;
  const workspace = options.workspace ?? config.workspace;
  const { definitions, catalog } = options;
  const log = options.log;
  const reporter = options.reporter ?? createConfigReporter({ onWarning: logWarnings(log) });
  const focus = options.focus;
  const focusSteps =
    focus === undefined
      ? undefined
      : [
          ...(definitions.find((d) => d.name === focus)?.steps ?? []).flatMap((e) => {
            const f = catalog.find(e.step);
            return f ? [f.step] : [];
          }),
          ...toggledInOrder(catalog, config, focus),
        ];
  checkConfig({
    catalog,
    config,
    reporter,
    ...(focus !== undefined ? { stage: focus, steps: focusSteps } : {}),
  });
  const matchFile = createFileMatcher(workspace, options.log);
  const reports: StageReport[] = [];

  for (const definition of definitions) {
    const steps: StageStepReport[] = [];
    const entries: (StageStepDefinition | undefined)[] = [];
    const listed = new Set<string>();
    for (const entry of definition.steps) {
      const found = catalog.find(entry.step);
      if (!found) throw new Error(`Stage ${definition.name} names an unknown step ${entry.step}.`);
      listed.add(found.step.name);
      for (const run of runsOf(config, definition.name, found.step)) {
        steps.push(
          stepReport(catalog, found.step, run, definition.name, (runAs) => {
            if (entry.conditions.length === 0) return { kind: 'always' };
            for (const condition of entry.conditions) {
              const reason = conditionReason(
                options,
                matchFile,
                definition.name,
                found.step,
                runAs,
                condition,
              );
              if (reason) return reason;
            }
            const nearMiss = findNearMiss(options, definition.name, found.step, runAs, entry.conditions);
            if (nearMiss) {
              reporter.warn(
                {
                  message: `${nearMissText(nearMiss)}: ${found.step.name} is not active in stage ${definition.name}. Fix the key if ${found.step.name} should run.`,
                  file: nearMiss.file,
                  ...(nearMiss.line !== undefined ? { line: nearMiss.line } : {}),
                  key: `${nearMiss.section}.${nearMiss.key}`,
                },
                { used: focus === undefined || focus === definition.name },
              );
              return { kind: 'none', conditions: entry.conditions, nearMiss };
            }
            return { kind: 'none', conditions: entry.conditions };
          }),
        );
        entries[steps.length - 1] = entry;
      }
    }
    // Users may put any step in any stage: a step toggled on that the stage does not hold runs after it.
    for (const step of toggledInOrder(catalog, config, definition.name)) {
      if (listed.has(step.name)) continue;
      for (const run of runsOf(config, definition.name, step))
        steps.push(stepReport(catalog, step, run, definition.name, () => ({ kind: 'none', conditions: [] })));
    }
    applyNotActive(options, matchFile, definition.name, steps, entries);
    reports.push({
      name: definition.name,
      description: definition.description,
      userDefined: false,
      active: steps.some((s) => s.active),
      steps,
    });
  }

  const known = new Set(definitions.map((d) => d.name));
  // Piper's legacy Central Build stage is its Build stage.
  if (known.has('Build')) known.add(CENTRAL_BUILD);
  const userStages: string[] = [];
  for (const layer of [config.config, ...config.defaults]) {
    for (const stage of Object.keys(layer.stages))
      if (!known.has(stage) && !userStages.includes(stage)) userStages.push(stage);
  }
  for (const stage of userStages) {
    const steps = toggledInOrder(catalog, config, stage).flatMap((step) =>
      runsOf(config, stage, step).map((run) =>
        stepReport(catalog, step, run, stage, () => ({ kind: 'none', conditions: [] })),
      ),
    );
    reports.push({ name: stage, userDefined: true, active: steps.some((s) => s.active), steps });
  }
  return reports;
}

/**
 * Piper's second pass (evaluateConditionsV1): a notActiveCondition met deactivates a step, above its
 * toggle; `onlyActiveStepInStage` sees the steps as this pass has left them so far.
 */
function applyNotActive(
  options: ResolveStagesOptions,
  matchFile: (pattern: string) => string | undefined,
  stage: string,
  steps: StageStepReport[],
  entries: readonly (StageStepDefinition | undefined)[],
): void {
  steps.forEach((report, i) => {
    const conditions = entries[i]?.notActiveConditions ?? [];
    const step = options.catalog.find(report.name)?.step;
    if (!step) return;
    for (const condition of conditions) {
      let because: string | undefined;
      if (condition.kind === 'onlyActiveStepInStage') {
        if (!steps.some((s, j) => j !== i && s.active)) because = 'no other step of the stage is active';
      } else {
        const reason = conditionReason(options, matchFile, stage, step, report.invokedAs, condition);
        if (reason) because = describeReason(reason);
      }
      if (because === undefined) continue;
      const activation: ActivationReason = { kind: 'notActive', because };
      steps[i] = { ...report, active: false, activation, reason: describeReason(activation) };
      return;
    }
  });
}

/** A step to run in a stage: the step, the name it runs under (presets), and why it is active. */
export interface ActiveStageStep {
  step: AnyStep;
  invokedAs: string;
  presets: Readonly<Record<string, string | boolean | number>>;
  /** Why, in words. */
  reason: string;
  activation: ActivationReason;
}

/** The active steps of one stage, in order, for the runner. An unknown stage is a UsageError. */
export function stepsOfStage(options: ResolveStagesOptions & { stage: string }): ActiveStageStep[] {
  const reports = resolveStages({ ...options, focus: options.focus ?? options.stage });
  const wanted =
    options.stage === CENTRAL_BUILD && !reports.some((r) => r.name === CENTRAL_BUILD)
      ? 'Build'
      : options.stage;
  const report = reports.find((r) => r.name === wanted);
  if (!report) {
    const names = reports.map((r) => r.name);
    throw new UsageError(
      `Unknown stage '${options.stage}': neither ferry nor .pipeline/config.yml defines it.${didYouMean(options.stage, names)} Stages: ${names.join(', ')}.`,
    );
  }
  const out: ActiveStageStep[] = [];
  for (const s of report.steps) {
    if (!s.active) continue;
    const step = options.catalog.find(s.name)?.step;
    if (step)
      out.push({
        step,
        invokedAs: s.invokedAs,
        presets: s.presets,
        reason: s.reason,
        activation: s.activation,
      });
  }
  return out;
}

function describeCondition(condition: StageCondition): string {
  switch (condition.kind) {
    case 'configKey':
      return `${condition.keys.join(' or ')} set${condition.stageOnly ? ' in the stage section' : ''}`;
    case 'config':
      return `${condition.key} is ${condition.values.join(' or ')}`;
    case 'filePattern':
      return `a file matching ${condition.patterns.join(' or ')}`;
    case 'filePatternFromConfig':
      return `a file matching the pattern in ${condition.key}`;
    case 'envKey':
      return `pipeline environment ${condition.keys.join(' or ')} filled`;
    case 'envValue':
      return `pipeline environment ${condition.key} is ${condition.value}`;
    case 'inactive':
      return 'a toggle';
    case 'onlyActiveStepInStage':
      return 'another active step';
  }
}

/** One line on why a step is active or not, for `ferry stages`. */
export function describeReason(reason: ActivationReason): string {
  switch (reason.kind) {
    case 'toggle':
      return `${reason.section}.${reason.key}: ${reason.value} in ${reason.file}`;
    case 'configKey':
      return `${reason.section}.${reason.key} is set in ${reason.file}`;
    case 'config':
      return reason.file === undefined
        ? `${reason.key} is ${String(reason.value)} (its default)`
        : `${reason.section ?? ''}.${reason.key} is ${String(reason.value)} in ${reason.file}`;
    case 'always':
      return 'active: the stage runs it without conditions';
    case 'notActive':
      return `not active: ${reason.because}`;
    case 'filePattern':
      return `${reason.file} matches ${reason.pattern}`;
    case 'envKey':
      return `pipeline environment ${reason.key} is filled`;
    case 'none': {
      const base =
        reason.conditions.length === 0
          ? 'not toggled on'
          : `not activated: none of ${reason.conditions.map(describeCondition).join('; ')}`;
      return reason.nearMiss ? `${base} (${nearMissText(reason.nearMiss)})` : base;
    }
  }
}
