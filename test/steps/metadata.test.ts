// Step metadata: Piper-compatible names and references, defaults of the declared type, aliases that
// resolve, outputs that are pipeline environment keys.
import { describe, expect, it } from 'vitest';
import { COMMON_PARAMS, coerceYaml } from '../../lib/config';
import { isEnvKey } from '../../lib/env';
import type { AnyStep } from '../../lib/step';
import { findStep, requireStep, stepList, steps } from '../../steps';

describe('the registry', () => {
  it('holds the three steps in pipeline order', () => {
    expect(stepList.map((s) => s.name)).toEqual(['build', 'imagePushToRegistry', 'gitOpsUpdateDeployment']);
    expect(Object.keys(steps)).toEqual(['build', 'imagePushToRegistry', 'gitOpsUpdateDeployment']);
  });

  it.each([
    ['build', 'build', {}],
    ['kanikoExecute', 'build', { builder: 'kaniko' }],
    ['cnbBuild', 'build', { builder: 'pack' }],
    ['gitopsUpdateDeployment', 'gitOpsUpdateDeployment', {}],
    ['imagePushToRegistry', 'imagePushToRegistry', {}],
  ])('findStep(%s) is %s with presets %j', (name, step, presets) => {
    const found = findStep(name);
    expect(found?.step.name).toBe(step);
    expect(found?.presets).toEqual(presets);
    expect(found?.name).toBe(name);
  });

  it('finds nothing for an unknown name, and requireStep suggests', () => {
    expect(findStep('kaniko')).toBeUndefined();
    expect(() => requireStep('gitOpsUpdateDeploymnt')).toThrow(/Did you mean 'gitOpsUpdateDeployment'\?/);
  });
});

describe.each(stepList.map((s): [string, AnyStep] => [s.name, s]))('%s metadata', (_name, step) => {
  const specs = Object.entries(step.params);

  it.each(specs)('%s: its default has the declared type', (_param, spec) => {
    if (spec.default === undefined) return;
    const coerced = coerceYaml(spec.default, spec);
    expect(coerced.ok).toBe(true);
    if (coerced.ok) expect(coerced.value).toEqual(spec.default);
  });

  it('has unique parameter and alias names, none clashing with common parameters', () => {
    const names = specs.flatMap(([param, spec]) => [param, ...(spec.aliases ?? []).map((a) => a.name)]);
    const dupes = names.filter((n, i) => names.indexOf(n) !== i);
    // Piper gives artifactVersion and containerImageTag as aliases of both source and target tags.
    expect(dupes.filter((d) => !['artifactVersion', 'containerImageTag'].includes(d))).toEqual([]);
    expect(names.filter((n) => n in COMMON_PARAMS)).toEqual([]);
  });

  it('references parameters that exist (vault secret names, mandatoryIf) and valid possible values', () => {
    for (const [param, spec] of specs) {
      if (spec.vault) expect(step.params[spec.vault.secretNameParam], `${param} vault`).toBeDefined();
      for (const c of spec.mandatoryIf ?? [])
        expect(step.params[c.param], `${param} mandatoryIf`).toBeDefined();
      if (spec.possibleValues && typeof spec.default === 'string')
        expect(spec.possibleValues).toContain(spec.default);
      if (spec.vault) expect(spec.secret, `${param} from Vault is secret`).toBe(true);
    }
  });

  it('declares outputs that are pipeline environment keys', () => {
    expect(step.outputs.length).toBeGreaterThan(0);
    for (const key of step.outputs) expect(isEnvKey(key), key).toBe(true);
  });
});

describe('Piper compatibility', () => {
  it.each([
    [
      'imagePushToRegistry',
      'targetRegistryPassword',
      {
        secret: true,
        vault: {
          secretNameParam: 'registryCredentialsVaultSecretName',
          defaultSecretName: 'docker-registry',
        },
      },
    ],
    ['imagePushToRegistry', 'sourceImages', { type: 'string[]', fromEnv: ['container/imageNames'] }],
    [
      'imagePushToRegistry',
      'sourceImageTag',
      { aliases: [{ name: 'artifactVersion' }, { name: 'containerImageTag' }], fromEnv: ['artifactVersion'] },
    ],
    ['imagePushToRegistry', 'targetImages', { type: 'map' }],
    ['imagePushToRegistry', 'targetArchitecture', { scopes: ['parameters', 'steps'] }],
    [
      'imagePushToRegistry',
      'dockerConfigJSON',
      {
        vault: {
          secretNameParam: 'dockerConfigFileVaultSecretName',
          defaultSecretName: 'docker-config',
          file: true,
        },
      },
    ],
    [
      'gitOpsUpdateDeployment',
      'containerImageNameTag',
      { aliases: [{ name: 'image', deprecated: true }, { name: 'containerImage' }] },
    ],
    [
      'gitOpsUpdateDeployment',
      'serverUrl',
      { default: 'https://github.com', aliases: [{ name: 'githubServerUrl' }] },
    ],
    [
      'gitOpsUpdateDeployment',
      'tool',
      { default: 'kubectl', possibleValues: ['kubectl', 'kustomize', 'helm'] },
    ],
    [
      'gitOpsUpdateDeployment',
      'password',
      {
        mandatory: true,
        vault: {
          secretNameParam: 'gitHttpsCredentialVaultSecretName',
          defaultSecretName: 'gitHttpsCredential',
        },
      },
    ],
    [
      'build',
      'containerRegistryUrl',
      { aliases: [{ name: 'dockerRegistryUrl' }], fromEnv: ['container/registryUrl'] },
    ],
    ['build', 'dockerfilePath', { default: 'Dockerfile', aliases: [{ name: 'dockerfile' }] }],
  ])('%s.%s', (stepName, param, expected) => {
    expect(findStep(stepName)?.step.params[param]).toMatchObject(expected);
  });

  // resources/metadata/imagePushToRegistry.yaml: tagLatest is a bool with default false.
  it("defaults tagLatest as Piper's metadata does", () => {
    expect(findStep('imagePushToRegistry')?.step.params['tagLatest']?.default).toBe(false);
  });
});
