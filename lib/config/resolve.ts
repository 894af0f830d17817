// Parameter resolution: applies the layers of DESIGN "Configuration" in order, lowest first (step
// default < pipeline environment < defaults files < general < steps < stages < FERRY_/PIPER_ variables
// < explicit parameters < Vault), each key only in the scopes its parameter allows.
import type { EnvValue } from '../env';
import type { AnyStep, ParamSpec, ParamSpecs, Scope, StepCatalog } from '../step';
import { DEFAULT_SCOPES } from '../step';
import { ConfigError, FerryError, UsageError } from '../util/errors';
import type { VaultSecretRequest } from '../vault/types';
import { coerceFlag, coerceText, coerceYaml, expectedType, isSet } from './coerce';
import { COMMON_PARAMS } from './common';
import { describeType } from './load';
import { describeSource } from './source';
import { didYouMean, suggest } from '../util/suggest';
import { isPiperContextKey } from './piper-keys';
import { isRecord } from '../util/is-record';
import { positionKey } from './positions';
import { namesTaking, piperStepNames, specsUnder, stepSectionNames } from './step-names';
import { createConfigReporter, logWarnings, type ConfigReporter, type ConfigWarning } from './warnings';
import type { ConfigLayer, ConfigSection, ParamSource, ResolveOptions, ResolvedParameters } from './types';

/** The parameters a step accepts: its own, then the common ones (a step's own spec wins). */
export function paramSpecsOf(step: AnyStep | undefined): ParamSpecs {
  return { ...COMMON_PARAMS, ...(step?.params ?? {}) };
}

export function scopesOf(spec: ParamSpec): readonly Scope[] {
  return spec.scopes ?? DEFAULT_SCOPES;
}

interface KeyMatch {
  param: string;
  spec: ParamSpec;
  /** Set when the key is an alias of `param`. */
  alias?: string;
  deprecated: boolean;
}

class ParamIndex {
  private readonly keys = new Map<string, KeyMatch[]>();

  constructor(readonly specs: ParamSpecs) {
    // Piper sets every parameter a key names: `containerImageTag` is an alias of both sourceImageTag
    // and targetImageTag of imagePushToRegistry.
    for (const [param, spec] of Object.entries(specs)) {
      this.add(param, { param, spec, deprecated: false });
      for (const alias of spec.aliases ?? []) {
        this.add(alias.name, { param, spec, alias: alias.name, deprecated: alias.deprecated ?? false });
      }
    }
  }

  private add(key: string, match: KeyMatch): void {
    const list = this.keys.get(key);
    if (list) list.push(match);
    else this.keys.set(key, [match]);
  }

  match(key: string): readonly KeyMatch[] {
    return this.keys.get(key) ?? [];
  }

  names(): string[] {
    return [...this.keys.keys()];
  }

  /** True when the key is a parameter or alias, or the first part of a deep alias (`a` of `a/b`). */
  knows(key: string): boolean {
    if (this.keys.has(key)) return true;
    for (const name of this.keys.keys()) if (name.startsWith(`${key}/`)) return true;
    return false;
  }
}

/** A value at `key` of a section; Piper's deep aliases (`a/b`) read `section.a.b`. */
function deepValue(data: Readonly<Record<string, unknown>>, key: string): unknown {
  const parts = key.split('/');
  let current: unknown = data;
  for (const part of parts) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/**
 * What one section sets, as Piper's setParamValueFromAlias reads it: a parameter's own name wins; else
 * the first of its aliases, in the order its metadata lists them, that has a value. Keys that name no
 * parameter are returned apart.
 */
function pick<V>(
  index: ParamIndex,
  data: Readonly<Record<string, V>>,
): { sets: { key: string; value: V; match: KeyMatch }[]; unknown: { key: string; value: V }[] } {
  const sets: { key: string; value: V; match: KeyMatch }[] = [];
  for (const [param, spec] of Object.entries(index.specs)) {
    const names = [param, ...(spec.aliases ?? []).map((a) => a.name)];
    for (const name of names) {
      const value = (name.includes('/') ? deepValue(data, name) : data[name]) as V | undefined | null;
      if (value === undefined || value === null) continue;
      const alias = spec.aliases?.find((a) => a.name === name);
      sets.push({
        key: name,
        value,
        match: { param, spec, ...(alias ? { alias: name } : {}), deprecated: alias?.deprecated ?? false },
      });
      break;
    }
  }
  const unknown = Object.entries(data)
    .filter(([key]) => !index.knows(key))
    .map(([key, value]) => ({ key, value }));
  return { sets, unknown };
}

/** Where a key is written, for a warning. */
export function warningAt(layer: ConfigLayer, section: string, key: string, message: string): ConfigWarning {
  const line = layer.lines?.get(positionKey(section, key));
  return {
    message,
    file: layer.file,
    ...(line !== undefined ? { line } : {}),
    key: key === '' ? section : `${section}.${key}`,
  };
}

/** Piper's Central Build stage is its Build stage (Piper copies stages['Central Build'] over stages.Build). */
export function stageSection(layer: ConfigLayer, stage: string): ConfigSection | undefined {
  if (stage === 'Build' && layer.stages[CENTRAL_BUILD]) return layer.stages[CENTRAL_BUILD];
  return layer.stages[stage];
}

export const CENTRAL_BUILD = 'Central Build';

/** Every name a stage section may hold: step toggles, and the parameters (and aliases) of any step. */
const universes = new WeakMap<StepCatalog, { toggles: Set<string>; params: Set<string> }>();

function stageKeyUniverse(catalog: StepCatalog): { toggles: Set<string>; params: Set<string> } {
  const known = universes.get(catalog);
  if (known) return known;
  const toggles = new Set<string>();
  const params = new Set<string>(new ParamIndex(COMMON_PARAMS).names());
  for (const step of catalog.list()) {
    toggles.add(step.name);
    for (const a of step.aliases ?? []) toggles.add(a.name);
    for (const n of new ParamIndex(step.params).names()) params.add(n);
  }
  const universe = { toggles, params };
  universes.set(catalog, universe);
  return universe;
}

/**
 * Stage sections are shared by all steps of the stage: checks one key against everything ferry knows.
 * A step toggle must be a boolean (else the warning says the stage's conditions decide, as in Piper);
 * a parameter of any step, or a context parameter every Piper step takes, is fine; anything else is
 * most likely a Piper step or parameter ferry does not have, or a typo: a warning naming the nearest
 * name ferry knows. Returns the warning, or undefined when the key is fine.
 */
export function checkStageKey(
  catalog: StepCatalog,
  layer: ConfigLayer,
  stage: string,
  key: string,
  value: unknown,
): ConfigWarning | undefined {
  const { toggles, params } = stageKeyUniverse(catalog);
  const section = `stages.${stage}`;
  if (toggles.has(key)) {
    if (typeof value === 'boolean') return undefined;
    return warningAt(
      layer,
      section,
      key,
      `${section}.${key} turns the step ${key} on or off and must be true or false, found ${describeType(value)}: ignored, the stage's conditions decide whether ${key} runs (as in Piper). Write true or false.`,
    );
  }
  if (params.has(key) || isPiperContextKey(key)) return undefined;
  const hint = didYouMean(key, [...toggles, ...params]);
  const what =
    typeof value === 'boolean'
      ? `ferry has no step '${key}' (its steps: ${[...toggles].join(', ')})`
      : 'it is neither a step nor a parameter of any ferry step';
  return warningAt(
    layer,
    section,
    key,
    `${section}.${key} is ignored: ${what}.${hint}${hint ? ' Fix the name if it is meant for ferry.' : ''}`,
  );
}

/** The warning for a key of a step's own section that names none of its parameters. */
export function stepSectionKeyWarning(
  step: AnyStep,
  layer: ConfigLayer,
  section: string,
  key: string,
): ConfigWarning {
  const sectionStep = section.slice('steps.'.length);
  if (isPiperContextKey(key)) {
    return warningAt(
      layer,
      section,
      key,
      `${section}.${key} is ignored: it is a Piper setting of the container or run (${key}); ferry runs ${step.name} without one.`,
    );
  }
  const who = sectionStep === step.name ? step.name : `${step.name} (which runs ${sectionStep})`;
  return warningAt(
    layer,
    section,
    key,
    `${section}.${key} is ignored: ferry's ${who} has no parameter of that name.${didYouMean(key, new ParamIndex(specsUnder(step, sectionStep)).names())}`,
  );
}

/**
 * The warning for a parameter of the step written in `steps.<name>` where the step, run as `name`, does
 * not take it from a step section: kanikoExecute and cnbBuild are separate Piper steps, each with its own
 * parameters (`buildpacks` is cnbBuild's).
 */
export function stepSectionScopeWarning(
  step: AnyStep,
  layer: ConfigLayer,
  section: string,
  key: string,
  param: string,
): ConfigWarning {
  const sectionStep = section.slice('steps.'.length);
  // Piper's step names first: a cnbBuild parameter belongs under steps.cnbBuild.
  const elsewhere = namesTaking(step, param, 'steps')
    .filter((n) => n !== sectionStep)
    .sort((a, b) => Number(a === step.name) - Number(b === step.name));
  return warningAt(
    layer,
    section,
    key,
    `${section}.${key} is ignored: Piper's ${sectionStep} does not take ${param} from its step section.` +
      (elsewhere.length > 0
        ? ` It is a parameter of ${elsewhere.join(', ')}: move it to steps.${elsewhere[0]}.`
        : ' Give it as an explicit parameter.'),
  );
}

interface Layered {
  values: Record<string, unknown>;
  sources: Record<string, ParamSource>;
}

function setValue(state: Layered, param: string, value: unknown, source: ParamSource): void {
  state.values[param] = value;
  state.sources[param] = source;
}

/** Piper's merge (pkg/config/config.go): mappings merge key by key, recursively; anything else replaces. */
function deepMerge(
  base: Readonly<Record<string, unknown>>,
  overlay: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    const below = out[key];
    out[key] = isRecord(value) && isRecord(below) ? deepMerge(below, value) : value;
  }
  return out;
}

/**
 * Sets a value from a configuration layer, the pipeline environment, a variable or a flag: a mapping
 * merges into the mapping below it, as Piper's mixIn merges each layer (TestMerge), so a defaults file's
 * `buildArgs: {A: 1}` and the config's `buildArgs: {B: 2}` give both.
 */
function layerValue(state: Layered, param: string, value: unknown, source: ParamSource): void {
  const below = state.values[param];
  const merged = isRecord(value) && isRecord(below) ? deepMerge(below, value) : value;
  setValue(state, param, merged, source);
}

function fromEnvValue(value: EnvValue | undefined, spec: ParamSpec): unknown {
  if (!isSet(value)) return undefined;
  if (spec.type === 'string' && Array.isArray(value)) return undefined;
  const c = coerceYaml(value, spec);
  return c.ok ? c.value : undefined;
}

interface SectionContext {
  layer: ConfigLayer;
  kind: 'defaults' | 'config';
  section: string;
  scope: Scope;
  /** What to do with a key that is not a parameter of this step. */
  unknown: 'ignore' | 'warn' | 'stage';
}

interface Resolution {
  options: ResolveOptions;
  reporter: ConfigReporter;
  step: AnyStep | undefined;
  stepName: string;
  /** The name the step runs as (a Piper step of its own reads only its own step section). */
  invokedAs: string | undefined;
  /** Resolving only the common parameters: other keys are someone else's, nothing to warn about. */
  quiet: boolean;
}

/** Warns once that a Piper parameter ferry does not implement was set. */
function warnNotImplemented(run: Resolution, param: string, spec: ParamSpec, where: ConfigWarning): void {
  if (!spec.notImplemented || run.quiet) return;
  run.reporter.warn({
    ...where,
    message: `${where.key ?? param}: ferry accepts Piper's ${param} but does not implement it: ${spec.notImplemented}`,
  });
}

function applySection(
  state: Layered,
  index: ParamIndex,
  data: ConfigSection,
  ctx: SectionContext,
  run: Resolution,
): void {
  const { sets, unknown } = pick(index, data);
  for (const { key } of run.quiet ? [] : unknown) {
    if (ctx.unknown === 'warn' && run.step)
      run.reporter.warn(stepSectionKeyWarning(run.step, ctx.layer, ctx.section, key));
    if (ctx.unknown === 'stage' && run.options.stage !== undefined) {
      const stage = ctx.section.slice('stages.'.length);
      const warning = checkStageKey(run.options.catalog, ctx.layer, stage, key, data[key]);
      if (warning) run.reporter.warn(warning);
    }
    if (ctx.unknown === 'ignore') {
      const near = suggest(key, index.names());
      const known = stageKeyUniverse(run.options.catalog).params.has(key);
      if (near !== undefined && !known && !isPiperContextKey(key))
        run.reporter.warn(
          warningAt(
            ctx.layer,
            ctx.section,
            key,
            `${ctx.section}.${key} is ignored: no parameter of that name.${didYouMean(key, index.names())}`,
          ),
          { used: false },
        );
    }
  }
  const outOfScope = new Map<string, string>();
  const applied = new Set<string>();
  for (const { key, value, match } of sets) {
    if (!scopesOf(match.spec).includes(ctx.scope)) {
      outOfScope.set(key, match.param);
      continue;
    }
    applied.add(key);
    const coerced = coerceYaml(value, match.spec);
    if (!coerced.ok) {
      const { message: _unused, ...where } = warningAt(ctx.layer, ctx.section, key, '');
      throw new ConfigError(
        `${ctx.layer.file}: ${ctx.section}.${key}: expected ${expectedType(match.spec)}, found ${match.spec.secret ? 'a value of another type' : describeType(value)}. Fix the value.`,
        undefined,
        where,
      );
    }
    if (match.alias !== undefined && match.deprecated) {
      run.reporter.warn(
        warningAt(
          ctx.layer,
          ctx.section,
          key,
          `${ctx.section}.${key} is deprecated; use ${match.param} instead.`,
        ),
      );
    }
    warnNotImplemented(run, match.param, match.spec, warningAt(ctx.layer, ctx.section, key, ''));
    layerValue(state, match.param, coerced.value, {
      kind: ctx.kind,
      file: ctx.layer.file,
      section: ctx.section,
      key,
    });
  }
  // Outside a step section a key of another scope is someone else's; in one it was meant for this step.
  if (ctx.scope !== 'steps' || !run.step || run.quiet) return;
  for (const [key, param] of outOfScope) {
    if (!applied.has(key))
      run.reporter.warn(stepSectionScopeWarning(run.step, ctx.layer, ctx.section, key, param));
  }
}

function applyLayer(
  state: Layered,
  index: ParamIndex,
  layer: ConfigLayer,
  kind: 'defaults' | 'config',
  run: Resolution,
): void {
  const { step, options } = run;
  applySection(
    state,
    index,
    layer.general,
    { layer, kind, section: 'general', scope: 'general', unknown: 'ignore' },
    run,
  );
  if (step) {
    const read = stepSectionNames(step, run.invokedAs);
    // A config written for kanikoExecute, run as build: say which name reads it.
    if (!run.quiet && !read.some((n) => layer.steps[n] !== undefined)) {
      for (const other of piperStepNames(step)) {
        if (other === run.invokedAs || layer.steps[other] === undefined) continue;
        run.reporter.warn(
          warningAt(
            layer,
            `steps.${other}`,
            '',
            `steps.${other} is not read: ${step.name} runs as ${run.invokedAs ?? step.name}, and ${other} is a Piper step of its own. Run it as ${other} (ferry run ${other}, or stages.<Stage>.${other}: true) to use that section.`,
          ),
          { used: false },
        );
      }
    }
    // Sections under Piper's spellings first, so the section under ferry's name wins; a Piper step of
    // its own (kanikoExecute) reads only its section.
    for (const name of read) {
      const data = layer.steps[name];
      if (!data) continue;
      applySection(
        state,
        index,
        data,
        { layer, kind, section: `steps.${name}`, scope: 'steps', unknown: 'warn' },
        run,
      );
    }
  }
  if (options.stage !== undefined) {
    const data = stageSection(layer, options.stage);
    if (data) {
      // Piper reads a defaults file's stage section with the steps filter (pkg/config/config.go GetStepConfig).
      applySection(
        state,
        index,
        data,
        {
          layer,
          kind,
          section: `stages.${options.stage === 'Build' && layer.stages[CENTRAL_BUILD] ? CENTRAL_BUILD : options.stage}`,
          scope: kind === 'defaults' ? 'steps' : 'stages',
          unknown: 'stage',
        },
        run,
      );
    }
  }
}

function applyVariables(state: Layered, index: ParamIndex, run: Resolution): void {
  const { options } = run;
  for (const [param, spec] of Object.entries(index.specs)) {
    // FERRY_ wins over PIPER_: it is the more specific of the two.
    for (const variable of [`PIPER_${param}`, `FERRY_${param}`]) {
      const text = options.vars[variable];
      if (text === undefined || text === '') continue;
      const coerced = coerceText(text, spec);
      if (!coerced.ok) {
        throw new ConfigError(
          `Environment variable ${variable}: expected ${expectedType(spec)}, found ${spec.secret ? 'a value of another type' : `'${text}'`}. Fix or unset the variable.`,
        );
      }
      warnNotImplemented(run, param, spec, { message: '', key: `environment variable ${variable}` });
      layerValue(state, param, coerced.value, { kind: 'envvar', variable });
    }
  }
}

function applyFlags(state: Layered, index: ParamIndex, run: Resolution): void {
  const { options, stepName } = run;
  const { sets, unknown } = pick(index, options.flags ?? {});
  for (const { key } of unknown) {
    throw new UsageError(
      `Unknown parameter '${key}': ${stepName} has no parameter of that name.${didYouMean(key, index.names())}`,
    );
  }
  for (const { key, value, match } of sets) {
    if (!scopesOf(match.spec).includes('parameters')) {
      throw new UsageError(
        `Parameter '${key}' cannot be given explicitly: set it in .pipeline/config.yml (${scopesOf(match.spec)
          .filter((s) => s !== 'parameters')
          .join(', ')}).`,
      );
    }
    const coerced = coerceFlag(value, match.spec);
    if (!coerced.ok) {
      const found = match.spec.secret
        ? 'a value of another type'
        : typeof value === 'string'
          ? `'${value}'`
          : describeType(value);
      throw new UsageError(`Parameter '${key}': expected ${expectedType(match.spec)}, found ${found}.`);
    }
    if (match.alias !== undefined && match.deprecated) {
      options.log.warn(`Parameter '${key}' is deprecated; use '${match.param}' instead.`);
    }
    warnNotImplemented(run, match.param, match.spec, { message: '', key: `parameter ${key}` });
    layerValue(state, match.param, coerced.value, { kind: 'flag', key });
  }
}

async function applyVault(state: Layered, index: ParamIndex, options: ResolveOptions): Promise<void> {
  const vault = options.vault;
  if (!vault || state.values['skipVault'] === true) return;
  const disableOverwrite = state.values['vaultDisableOverwrite'] === true;
  const requests: VaultSecretRequest[] = [];
  for (const [param, spec] of Object.entries(index.specs)) {
    if (!spec.vault) continue;
    if (disableOverwrite && isSet(state.values[param])) {
      options.log.debug(`${param}: not read from Vault, it is already set (vaultDisableOverwrite).`);
      continue;
    }
    const named = state.values[spec.vault.secretNameParam];
    const secretName = typeof named === 'string' && named !== '' ? named : spec.vault.defaultSecretName;
    requests.push({
      param,
      fields: [param, ...(spec.aliases ?? []).map((a) => a.name)],
      secretName,
      file: spec.vault.file ?? false,
    });
  }
  if (requests.length === 0) return;
  const text = (name: string): string | undefined => {
    const v = state.values[name];
    return typeof v === 'string' && v !== '' ? v : undefined;
  };
  const found = await vault.lookup(requests, {
    vaultPath: text('vaultPath'),
    vaultBasePath: text('vaultBasePath'),
    vaultPipelineName: text('vaultPipelineName'),
  });
  for (const request of requests) {
    const secret = found.get(request.param);
    if (!secret) continue;
    const spec = index.specs[request.param];
    if (!request.file) options.log.addSecret(secret.value);
    const previous = state.sources[request.param];
    if (previous && isSet(state.values[request.param])) {
      options.log.debug(
        `${request.param}: the value from ${describeSource(previous)} is overridden by Vault.`,
      );
    }
    const alias = spec?.aliases?.find((a) => a.name === secret.field);
    if (alias?.deprecated) {
      options.log.warn(
        `Vault field '${secret.field}' (${secret.path}) is deprecated; name the field ${request.param}.`,
      );
    }
    setValue(state, request.param, secret.value, { kind: 'vault', path: secret.path, field: secret.field });
  }
}

/** Every way a parameter can be set, for the message of a missing mandatory parameter. */
export function waysToSet(param: string, spec: ParamSpec, stepName: string): string[] {
  const scopes = scopesOf(spec);
  const ways: string[] = [];
  if (scopes.includes('parameters')) ways.push(`the parameter --${param} (action: params.${param})`);
  ways.push(`the environment variable FERRY_${param} or PIPER_${param}`);
  if (scopes.includes('steps')) ways.push(`steps.${stepName}.${param} in .pipeline/config.yml`);
  if (scopes.includes('stages')) ways.push(`stages.<Stage>.${param}`);
  if (scopes.includes('general')) ways.push(`general.${param}`);
  if (spec.fromEnv && spec.fromEnv.length > 0)
    ways.push(`the pipeline environment (${spec.fromEnv.join(', ')}, written by an earlier step)`);
  if (spec.vault)
    ways.push(
      `Vault (secret ${spec.vault.defaultSecretName}, or the one named by ${spec.vault.secretNameParam}, field ${param})`,
    );
  return ways;
}

function isMandatory(spec: ParamSpec, values: Record<string, unknown>): boolean {
  if (spec.mandatory) return true;
  return (spec.mandatoryIf ?? []).some((c) => {
    const v = values[c.param];
    return v === c.equals || (typeof c.equals === 'string' && String(v) === c.equals);
  });
}

async function resolveWith(
  step: AnyStep | undefined,
  invokedAs: string | undefined,
  presets: Readonly<Record<string, unknown>>,
  options: ResolveOptions,
  quiet = false,
): Promise<ResolvedParameters> {
  const index = new ParamIndex(step ? specsUnder(step, invokedAs) : COMMON_PARAMS);
  const stepName = step?.name ?? 'ferry';
  const presetAlias = invokedAs !== undefined && invokedAs !== step?.name ? invokedAs : undefined;
  const state: Layered = { values: {}, sources: {} };
  const run: Resolution = {
    options,
    step,
    stepName,
    invokedAs,
    quiet,
    reporter: options.reporter ?? createConfigReporter({ onWarning: logWarnings(options.log) }),
  };

  for (const [param, spec] of Object.entries(index.specs)) {
    if (spec.default !== undefined) setValue(state, param, spec.default, { kind: 'default' });
  }
  for (const [param, value] of Object.entries(presets)) {
    if (index.specs[param]) setValue(state, param, value, { kind: 'preset', alias: presetAlias });
  }
  for (const [param, spec] of Object.entries(index.specs)) {
    for (const key of spec.fromEnv ?? []) {
      const value = fromEnvValue(options.env.getRaw(key), spec);
      if (value === undefined) continue;
      layerValue(state, param, value, { kind: 'env', key });
      break;
    }
  }
  for (const layer of options.config.defaults) applyLayer(state, index, layer, 'defaults', run);
  applyLayer(state, index, options.config.config, 'config', run);
  applyVariables(state, index, run);
  applyFlags(state, index, run);
  await applyVault(state, index, options);

  for (const [param, spec] of Object.entries(index.specs)) {
    const value = state.values[param];
    if (!spec.possibleValues) continue;
    const allowed = spec.possibleValues;
    const bad = (Array.isArray(value) ? value : [value]).find(
      (v): v is string => typeof v === 'string' && !allowed.includes(v),
    );
    if (bad !== undefined) {
      const source = state.sources[param];
      throw new ConfigError(
        `${stepName}: ${param} is '${bad}' (${source ? describeSource(source) : 'unknown source'}), which is not one of ${allowed.join(', ')}.` +
          `${didYouMean(bad, allowed)} Use one of those values.`,
      );
    }
  }

  const missing = Object.entries(index.specs)
    .filter(([param, spec]) => isMandatory(spec, state.values) && !isSet(state.values[param]))
    .map(([param]) => param);
  if (missing.length > 0 && !options.skipMandatoryCheck) {
    const lines = missing.map((param) => {
      const spec = index.specs[param];
      return spec
        ? `  ${param}: set it with ${waysToSet(param, spec, stepName).join('; or ')}.`
        : `  ${param}`;
    });
    throw new FerryError(
      `${stepName}: ${missing.length === 1 ? 'a mandatory parameter is' : 'mandatory parameters are'} not set: ${missing.join(', ')}.\n${lines.join('\n')}`,
      { code: 'MISSING_PARAMETER', usage: true },
    );
  }

  const secrets: string[] = [];
  for (const [param, spec] of Object.entries(index.specs)) {
    if (!spec.secret) continue;
    secrets.push(param);
    const source = state.sources[param];
    if (source) state.sources[param] = { ...source, secret: true };
    const value = state.values[param];
    const sourceKind = state.sources[param]?.kind;
    // A file-valued secret from Vault is a temp file path; lib/vault registered its content.
    if (sourceKind === 'vault' && spec.vault?.file) continue;
    if (typeof value === 'string') options.log.addSecret(value);
    else if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') options.log.addSecret(v);
  }
  return { values: state.values, sources: state.sources, missing, secrets };
}

/**
 * Resolves every parameter of a step (and the common ones) for one run. Throws ConfigError for a
 * config problem, UsageError for a bad explicit parameter, FerryError MISSING_PARAMETER (exit 2) when a
 * mandatory parameter has no value.
 */
export async function resolveParameters(options: ResolveOptions): Promise<ResolvedParameters> {
  if (typeof options.step === 'string') {
    const found = options.catalog.find(options.step);
    if (!found) {
      throw new UsageError(
        `Unknown step '${options.step}'.${didYouMean(
          options.step,
          options.catalog.list().map((s) => s.name),
        )}`,
      );
    }
    if (found.alias?.deprecated)
      options.log.warn(`Step name ${found.name} is deprecated; use ${found.step.name}.`);
    return resolveWith(found.step, found.name, { ...found.presets, ...(options.presets ?? {}) }, options);
  }
  return resolveWith(options.step, options.invokedAs, options.presets ?? {}, options);
}

/**
 * Resolves only the common parameters (verbose, Vault settings) from general, the stage section,
 * variables and flags: what a runner needs before it logs in to Vault once for a whole stage.
 */
export async function resolveCommonParameters(
  options: Omit<ResolveOptions, 'step' | 'vault'> & {
    /** The step about to run: its steps.<step> sections count too (Piper's mixinVaultConfig). */
    step?: AnyStep;
  },
): Promise<ResolvedParameters> {
  const commonKeys = new ParamIndex(COMMON_PARAMS);
  const flags = Object.fromEntries(
    Object.entries(options.flags ?? {}).filter(([k]) => commonKeys.match(k).length > 0),
  );
  const only: AnyStep | undefined = options.step ? { ...options.step, params: {} } : undefined;
  return resolveWith(only, options.invokedAs, {}, { ...options, flags, step: 'common' }, true);
}

const indexes = new WeakMap<AnyStep, Map<string, ParamIndex>>();

function indexUnder(step: AnyStep, name: string | undefined): ParamIndex {
  let byName = indexes.get(step);
  if (!byName) {
    byName = new Map();
    indexes.set(step, byName);
  }
  const key = name ?? step.name;
  let index = byName.get(key);
  if (!index) {
    index = new ParamIndex(specsUnder(step, name));
    byName.set(key, index);
  }
  return index;
}

/**
 * True when `key` names a parameter (or alias) of the step or a common one, in a steps.<step> section;
 * `name` is the name the section is written under (kanikoExecute has parameters of its own).
 */
export function isStepKey(step: AnyStep, key: string, name?: string): boolean {
  return indexUnder(step, name).knows(key);
}

/**
 * The parameter a key of `steps.<name>` sets when the step, run as `name`, does not take it from a step
 * section (buildpacks under steps.kanikoExecute); undefined when the key is taken or names no parameter.
 */
export function stepKeyOutOfScope(step: AnyStep, key: string, name: string): string | undefined {
  const matches = indexUnder(step, name).match(key);
  if (matches.length === 0) return undefined;
  return matches.every((m) => !scopesOf(m.spec).includes('steps')) ? matches[0]?.param : undefined;
}
