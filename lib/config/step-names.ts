// What a step reads under the name it runs as. Most aliases are spellings of one step
// (gitopsUpdateDeployment); kanikoExecute and cnbBuild are Piper steps of their own that ferry's build
// runs as (StepAlias.piperParams). Under such a name the step reads only its own step section and takes
// from general and stage sections only the parameters that Piper step declares, in its scopes, as Piper's
// GetStepConfig filters each section by the step's parameter list (pkg/config/config.go, stepmeta.go).
import type { AnyStep, ParamSpec, ParamSpecs, Scope, StepAlias } from '../step';
import { DEFAULT_SCOPES } from '../step';
import { COMMON_PARAMS } from './common';

/** The alias `name` when it is a Piper step of its own; undefined for the step's name or a spelling. */
export function piperStepOf(step: AnyStep, name: string | undefined): StepAlias | undefined {
  if (name === undefined) return undefined;
  return step.aliases?.find((a) => a.name === name && a.piperParams !== undefined);
}

/** The names that are Piper steps of their own, besides the step's own name. */
export function piperStepNames(step: AnyStep): string[] {
  return (step.aliases ?? []).filter((a) => a.piperParams !== undefined).map((a) => a.name);
}

/**
 * The `steps.<name>` sections the step reads under `name`, lowest precedence first: a Piper step of its
 * own reads only its section; otherwise the spellings (Piper's first), then the step's own name.
 */
export function stepSectionNames(step: AnyStep, name: string | undefined): string[] {
  const own = piperStepOf(step, name);
  if (own) return [own.name];
  return [...(step.aliases ?? []).filter((a) => a.piperParams === undefined).map((a) => a.name), step.name];
}

const cache = new WeakMap<AnyStep, Map<string, ParamSpecs>>();

function narrowed(spec: ParamSpec, scopes: readonly Scope[]): ParamSpec {
  return { ...spec, scopes };
}

/**
 * The parameters the step takes under `name`, common ones included. Under a Piper step of its own: the
 * parameters that Piper step declares get its scopes; ferry's additions (declared by no Piper step of
 * the step) keep only the steps and parameters scopes; a parameter only another of the Piper steps
 * declares is an explicit parameter only.
 */
export function specsUnder(step: AnyStep, name: string | undefined): ParamSpecs {
  const all: ParamSpecs = { ...COMMON_PARAMS, ...step.params };
  const alias = piperStepOf(step, name);
  if (!alias?.piperParams) return all;
  let byName = cache.get(step);
  if (!byName) {
    byName = new Map();
    cache.set(step, byName);
  }
  const known = byName.get(alias.name);
  if (known) return known;
  const declared = alias.piperParams;
  const others = new Set(
    (step.aliases ?? []).flatMap((a) => (a === alias ? [] : Object.keys(a.piperParams ?? {}))),
  );
  const out: Record<string, ParamSpec> = {};
  for (const [param, spec] of Object.entries(all)) {
    const scopes = declared[param];
    const fromEnv = alias.piperFromEnv?.[param];
    if (scopes) out[param] = { ...narrowed(spec, scopes), ...(fromEnv ? { fromEnv } : {}) };
    else if (param in COMMON_PARAMS && !(param in step.params)) out[param] = spec;
    else if (others.has(param)) out[param] = narrowed(spec, ['parameters']);
    else
      out[param] = narrowed(
        spec,
        (spec.scopes ?? DEFAULT_SCOPES).filter((s) => s === 'parameters' || s === 'steps'),
      );
  }
  byName.set(alias.name, out);
  return out;
}

/** The other names of the step under which `param` may be set in `scope` (for a warning). */
export function namesTaking(step: AnyStep, param: string, scope: Scope): string[] {
  return [step.name, ...(step.aliases ?? []).map((a) => a.name)].filter((n) =>
    (specsUnder(step, n)[param]?.scopes ?? DEFAULT_SCOPES).includes(scope),
  );
}
