// Every Piper parameter of imagePushToRegistry, gitopsUpdateDeployment, kanikoExecute and cnbBuild, as
// ../shared/piper/PARAMETERS.md lists them from Piper's resources/metadata/*.yaml, is known to ferry with
// Piper's type, scopes (under the Piper step name ferry's build runs as), default, aliases and resource
// references (pipeline environment keys, Vault secrets), or differs where the metadata says why. The
// file is read in place beside the repository; in CI (CI=true) its absence fails the run.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { specsUnder } from '../../lib/config/step-names';
import type { ParamSpec, ParamType } from '../../lib/step';
import { DEFAULT_SCOPES } from '../../lib/step';
import { catalog } from '../../steps';

const FILE = path.resolve(import.meta.dirname, '../../../shared/piper/PARAMETERS.md');
const present = existsSync(FILE);
const inCI = process.env['CI'] === 'true';

if (!present && !inCI)
  console.warn(
    `piper-parameters: skipped: ${FILE} is missing. It sits beside the repository (shared/piper); in CI (CI=true) its absence fails the run.`,
  );

describe.runIf(!present && inCI)("Piper's parameter list", () => {
  it('is present in CI', () => {
    expect.fail(`${FILE} is missing: CI must check out shared/ beside the repository.`);
  });
});

interface PiperParam {
  /** The Piper step: imagePushToRegistry, gitopsUpdateDeployment, kanikoExecute, cnbBuild. */
  step: string;
  name: string;
  aliases: { name: string; deprecated: boolean }[];
  type: string;
  scopes: string[];
  /** Piper's effective default as written (`–`: none). */
  default: string;
  resourceRefs: string[];
}

function cells(line: string): string[] {
  return line
    .slice(1, -1)
    .split(' | ')
    .map((c) => c.trim());
}

function parse(text: string): PiperParam[] {
  const rows: PiperParam[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('| ') || line.startsWith('| step ') || line.startsWith('|---')) continue;
    const [step = '', name = '', aliases = '', type = '', scopes = '', def = '', , refs = ''] = cells(line);
    rows.push({
      step: step.split('→')[0] ?? step,
      name,
      aliases:
        aliases === '–'
          ? []
          : aliases
              .split('|')
              .map((a) => ({ name: a.replace('(dep)', ''), deprecated: a.endsWith('(dep)') })),
      type,
      scopes: scopes === '(none)' ? [] : scopes.split(','),
      default: def,
      resourceRefs: refs === '–' ? [] : refs.split(' '),
    });
  }
  return rows;
}

/** The ferry step and the name it runs as, for each Piper step. */
const FERRY_STEP: Record<string, { step: string; as: string }> = {
  imagePushToRegistry: { step: 'imagePushToRegistry', as: 'imagePushToRegistry' },
  gitopsUpdateDeployment: { step: 'gitOpsUpdateDeployment', as: 'gitopsUpdateDeployment' },
  kanikoExecute: { step: 'build', as: 'kanikoExecute' },
  cnbBuild: { step: 'build', as: 'cnbBuild' },
};

/** Piper parameters ferry folds into another of its parameters. */
const FOLDED: Record<string, string> = {
  // Piper reads custom/dockerConfigJSON into dockerConfigJSONCPE and uses it when dockerConfigJSON is
  // empty; ferry's dockerConfigJSON reads custom/dockerConfigJSON itself.
  'cnbBuild.dockerConfigJSONCPE': 'dockerConfigJSON',
};

const TYPES: Record<string, readonly ParamType[]> = {
  string: ['string'],
  bool: ['boolean'],
  int: ['number'],
  '[]string': ['string[]'],
  'map[string]string': ['map'],
  // Environment variables and bindings: scalar values (map) or any value (object).
  'map[string]interface{}': ['map', 'object'],
  '[]map[string]interface{}': ['map[]'],
};

function piperDefault(p: PiperParam): unknown {
  if (p.default === '–') return undefined;
  if (p.default === 'false' || p.default === 'true') return p.default === 'true';
  if (p.default === '[]') return [];
  if (p.default === '{}') return {};
  if (p.default.startsWith('[')) return JSON.parse(p.default) as unknown;
  return p.default;
}

const rows = present ? parse(readFileSync(FILE, 'utf8')) : [];

describe.runIf(present)('every Piper parameter of the four steps (../shared/piper/PARAMETERS.md)', () => {
  it('lists the parameters of all four steps', () => {
    expect(new Set(rows.map((r) => r.step))).toEqual(new Set(Object.keys(FERRY_STEP)));
    expect(rows.length).toBeGreaterThan(70);
  });

  it.each(rows.map((r): [string, PiperParam] => [`${r.step}.${r.name}`, r]))('%s', (_id, p) => {
    const target = FERRY_STEP[p.step];
    if (!target) throw new Error(`unknown Piper step ${p.step}`);
    const step = catalog.find(target.as)?.step;
    expect(step?.name).toBe(target.step);
    if (!step) return;
    const specs = specsUnder(step, target.as);
    const folded = FOLDED[`${p.step}.${p.name}`];
    const spec: ParamSpec | undefined = specs[folded ?? p.name];
    expect(spec, `${target.step} has ${folded ?? p.name}`).toBeDefined();
    if (!spec) return;
    if (folded) {
      for (const ref of p.resourceRefs) expect(spec.fromEnv ?? []).toContain(ref);
      return;
    }

    expect(TYPES[p.type] ?? [], `type ${p.type}`).toContain(spec.type);

    // Scopes as Piper declares them; a deliberate difference is explained in the step reference's note.
    const scopes = [...(spec.scopes ?? DEFAULT_SCOPES)].sort();
    if (scopes.join() !== [...p.scopes].sort().join())
      expect(spec.note, `scopes ${scopes.join()} vs Piper ${p.scopes.join()}: a note says why`).toMatch(/./);

    for (const alias of p.aliases) {
      const own = spec.aliases?.find((a) => a.name === alias.name);
      expect(own, `alias ${alias.name}`).toBeDefined();
      expect(own?.deprecated ?? false, `alias ${alias.name} deprecated`).toBe(alias.deprecated);
    }

    const def = piperDefault(p);
    const same =
      JSON.stringify(spec.default ?? defaultOf(spec.type)) === JSON.stringify(def ?? defaultOf(spec.type));
    if (!same)
      expect(
        spec.note ?? spec.notImplemented,
        `default ${JSON.stringify(spec.default)} vs Piper ${p.default}: a note says why`,
      ).toMatch(/./);

    for (const ref of p.resourceRefs) {
      const vault = /^(vaultSecret|vaultSecretFile):(\w+)=(.+)$/.exec(ref);
      if (vault) {
        expect(spec.vault, `Vault ${ref}`).toEqual({
          secretNameParam: vault[2],
          defaultSecretName: vault[3],
          ...(vault[1] === 'vaultSecretFile' ? { file: true } : {}),
        });
        expect(specs[vault[2] ?? '']?.default, `${vault[2]} defaults to ${vault[3]}`).toBe(vault[3]);
      } else {
        expect(spec.fromEnv ?? [], `pipeline environment ${ref}`).toContain(ref);
      }
    }
  });
});

/** What an unset parameter of each type amounts to in Piper's generated code. */
function defaultOf(type: ParamType): unknown {
  switch (type) {
    case 'boolean':
      return false;
    case 'string[]':
    case 'map[]':
      return [];
    case 'map':
    case 'object':
      return {};
    default:
      return undefined;
  }
}
