// kanikoExecute and cnbBuild are separate Piper steps that ferry's build runs as: each reads its own step
// section and takes from general and stage sections only the parameters that Piper step declares in that
// scope (pkg/config/config.go GetStepConfig, stepmeta.go GetParameterFilters), and a stage toggles each
// on its own (pkg/config/evaluation.go evaluateConditionsV1). Each case names the Piper test it mirrors.
import { afterEach, describe, expect, it } from 'vitest';
import type { ConfigWarning, LoadedConfig, ResolveOptions, ResolveStagesOptions } from '../../lib/config';
import {
  configFromObject,
  createConfigReporter,
  parseLayer,
  resolveParameters,
  resolveStages,
  stepsOfStage,
} from '../../lib/config';
import { PipelineEnvironment } from '../../lib/env';
import { STAGES } from '../../stages';
import { catalog } from '../../steps';
import { memoryLogger, workspaceWith } from './helpers';

function opts(partial: Partial<ResolveOptions> & Pick<ResolveOptions, 'step'>): ResolveOptions {
  return {
    catalog,
    config: configFromObject({}),
    env: new PipelineEnvironment(),
    vars: {},
    flags: {},
    log: memoryLogger().log,
    skipMandatoryCheck: true,
    ...partial,
  };
}

/** A config file and, below it, one defaults file (Piper's --defaultConfig). */
function layered(config: string, defaults?: string): LoadedConfig {
  return {
    workspace: '/nonexistent',
    config: parseLayer(config, '.pipeline/config.yml').layer,
    found: true,
    defaults: defaults === undefined ? [] : [parseLayer(defaults, 'defaults.yml').layer],
  };
}

interface ResolveCase {
  /** The Piper test this mirrors. */
  piper: string;
  what: string;
  /** The name ferry's build runs as. */
  as: string;
  config: string;
  defaults?: string;
  stage?: string;
  /** The pipeline environment (string keys). */
  env?: Record<string, string>;
  /** Parameters and the value each must have; `undefined`: the step default (nothing applied). */
  expect: Record<string, unknown>;
}

const RESOLVE_CASES: ResolveCase[] = [
  {
    piper: 'pkg/config/config_test.go TestGetStepConfig "Success case" (filters.General)',
    what: 'general takes only the GENERAL-scoped parameters of kanikoExecute',
    as: 'kanikoExecute',
    config: 'general:\n  containerImageName: team/app\n  dockerfilePath: x/Dockerfile\n  buildpacks: [bp]\n',
    expect: { containerImageName: 'team/app', dockerfilePath: 'Dockerfile', buildpacks: [] },
  },
  {
    piper: 'pkg/config/config_test.go TestGetStepConfig "Success case" (filters.Stages)',
    what: "golangBuild's targetArchitectures in a stage section is not build's platforms",
    as: 'kanikoExecute',
    stage: 'Build',
    config:
      "stages:\n  Build:\n    targetArchitectures: ['linux,amd64']\n    containerMultiImageBuild: true\n",
    expect: { platforms: [], containerMultiImageBuild: true },
  },
  {
    piper: 'pkg/config/config_test.go TestGetStepConfig "Success case" (filters.Stages)',
    what: "golangBuild's targetArchitectures in a stage section is not build's platforms under ferry's name",
    as: 'build',
    stage: 'Build',
    config: "stages:\n  Build:\n    targetArchitectures: ['linux,amd64']\n",
    expect: { platforms: [] },
  },
  {
    piper: 'pkg/config/config_test.go TestGetStepConfig "Success case" (filters.Stages)',
    what: "imagePushToRegistry's tagLatest in a stage section does not make the build push latest",
    as: 'build',
    stage: 'Build',
    config: 'stages:\n  Build:\n    tagLatest: true\n',
    expect: { tagLatest: false },
  },
  {
    piper: 'pkg/config/config_test.go TestGetStepConfig "Success case" (filters.Stages)',
    what: "imagePushToRegistry's tagLatest in a stage section does not reach kanikoExecute",
    as: 'kanikoExecute',
    stage: 'Build',
    config: 'stages:\n  Build:\n    tagLatest: true\n',
    expect: { tagLatest: false },
  },
  {
    piper: 'pkg/config/config_test.go TestGetStepConfig "Success case" (filters.Stages)',
    what: 'multipleImages is a stage parameter of cnbBuild but not of kanikoExecute (PARAMETERS, STEPS)',
    as: 'kanikoExecute',
    stage: 'Build',
    config: 'stages:\n  Build:\n    multipleImages: [{containerImageName: a}]\n',
    expect: { multipleImages: [] },
  },
  {
    piper: 'pkg/config/config_test.go TestGetStepConfig "Success case" (filters.Stages)',
    what: 'multipleImages is a stage parameter of cnbBuild',
    as: 'cnbBuild',
    stage: 'Build',
    config: 'stages:\n  Build:\n    multipleImages: [{containerImageName: a}]\n',
    expect: { multipleImages: [{ containerImageName: 'a' }] },
  },
  {
    piper: 'pkg/config/config_test.go TestGetStepConfig "Success case" (steps[stepName] only)',
    what: 'the cnbBuild section does not leak into kanikoExecute',
    as: 'kanikoExecute',
    config: 'steps:\n  cnbBuild:\n    containerImageName: cnb/app\n    buildpacks: [bp]\n',
    expect: { containerImageName: undefined, buildpacks: [] },
  },
  {
    piper: 'pkg/config/config_test.go TestGetStepConfig "Success case" (steps[stepName] only)',
    what: 'the kanikoExecute section does not leak into cnbBuild',
    as: 'cnbBuild',
    config: 'steps:\n  kanikoExecute:\n    containerImageName: kaniko/app\n',
    expect: { containerImageName: undefined },
  },
  {
    piper: 'pkg/config/config_test.go TestGetStepConfig "Success case" (steps[stepName] only)',
    what: "neither Piper step's section applies under ferry's own name",
    as: 'build',
    config:
      'steps:\n  kanikoExecute:\n    dockerfilePath: k/Dockerfile\n  cnbBuild:\n    path: src\n  build:\n    containerImageName: own/app\n',
    expect: { dockerfilePath: 'Dockerfile', path: undefined, containerImageName: 'own/app' },
  },
  {
    piper: 'pkg/config/config_test.go TestGetStepConfig "Success case" (steps[stepName] only)',
    what: "ferry's build section does not apply when ferry runs as kanikoExecute",
    as: 'kanikoExecute',
    config:
      'steps:\n  build:\n    containerImageName: own/app\n  kanikoExecute:\n    dockerfilePath: k/Dockerfile\n',
    expect: { containerImageName: undefined, dockerfilePath: 'k/Dockerfile' },
  },
  {
    piper:
      'pkg/config/config_test.go TestGetStepConfig "Success case" (defaults: stage read with filters.Steps)',
    what: "a defaults file's stage section is filtered by the steps scope, the config's by the stages scope",
    as: 'kanikoExecute',
    stage: 'Build',
    defaults: 'stages:\n  Build:\n    syftDownloadUrl: https://mirror.example/syft.tgz\n',
    config: 'stages:\n  Build:\n    containerImageTag: "1.0"\n',
    expect: { syftDownloadUrl: 'https://mirror.example/syft.tgz', containerImageTag: '1.0' },
  },
  {
    piper: 'pkg/config/config_test.go TestGetStepConfig "Success case" (filters.Stages)',
    what: 'a config stage section does not set a parameter without the stages scope (syftDownloadUrl)',
    as: 'kanikoExecute',
    stage: 'Build',
    config: 'stages:\n  Build:\n    syftDownloadUrl: https://mirror.example/syft.tgz\n',
    expect: { syftDownloadUrl: expect.stringContaining('github.com/anchore/syft') },
  },
  {
    piper: 'pkg/config/config_test.go TestApplyAliasConfig (aliases only in the scopes of the parameter)',
    what: "kanikoExecute's dockerRegistryUser/Password aliases apply in general",
    as: 'kanikoExecute',
    config: 'general:\n  dockerRegistryUser: u\n  dockerRegistryPassword: p\n',
    expect: { containerRegistryUser: 'u', containerRegistryPassword: 'p' },
  },
  {
    piper: 'cmd/cnbBuild_generated.go (dockerConfigJSON: scope PARAMETERS only)',
    what: 'cnbBuild takes dockerConfigJSON only as an explicit parameter or from the pipeline environment',
    as: 'cnbBuild',
    config: 'steps:\n  cnbBuild:\n    dockerConfigJSON: config.json\n',
    expect: { dockerConfigJSON: undefined },
  },
  {
    piper: 'resources/metadata/cnbBuild.yaml containerImageTag (resourceRef artifactVersion, git/commitId)',
    what: 'cnbBuild tags with the commit a Piper step recorded when there is no artifact version',
    as: 'cnbBuild',
    config: '',
    env: { 'git/commitId': '3f1c2a9d0e4b5f6a7b8c9d0e1f2a3b4c5d6e7f80' },
    expect: { containerImageTag: '3f1c2a9d0e4b5f6a7b8c9d0e1f2a3b4c5d6e7f80' },
  },
  {
    piper: 'resources/metadata/cnbBuild.yaml containerImageTag (resourceRef artifactVersion, git/commitId)',
    what: 'cnbBuild prefers the artifact version',
    as: 'cnbBuild',
    config: '',
    env: { 'git/commitId': '3f1c2a9d0e4b5f6a7b8c9d0e1f2a3b4c5d6e7f80', artifactVersion: '1.2.3' },
    expect: { containerImageTag: '1.2.3' },
  },
  {
    piper: 'resources/metadata/kanikoExecute.yaml containerImageTag (resourceRef artifactVersion only)',
    what: 'kanikoExecute does not tag with git/commitId from the pipeline environment',
    as: 'kanikoExecute',
    config: '',
    env: { 'git/commitId': '3f1c2a9d0e4b5f6a7b8c9d0e1f2a3b4c5d6e7f80' },
    expect: { containerImageTag: undefined },
  },
  {
    piper:
      'ferry addition: kanikoExecute has no platforms; a step section of the step ferry runs as may set it',
    what: "ferry's additions apply from the Piper step's own section, not from stage sections",
    as: 'kanikoExecute',
    stage: 'Build',
    config:
      "steps:\n  kanikoExecute:\n    platforms: ['linux/arm64']\nstages:\n  Build:\n    buildArgs: {A: b}\n",
    expect: { platforms: ['linux/arm64'], buildArgs: {} },
  },
];

describe('the Piper step ferry runs as decides what configuration applies', () => {
  it.each(RESOLVE_CASES)('$piper: $what', async (c) => {
    const env = new PipelineEnvironment();
    for (const [key, value] of Object.entries(c.env ?? {})) env.setRaw(key, value);
    const { values } = await resolveParameters(
      opts({
        step: c.as,
        config: layered(c.config, c.defaults),
        env,
        ...(c.stage ? { stage: c.stage } : {}),
      }),
    );
    const defaults = await resolveParameters(opts({ step: c.as }));
    for (const [param, value] of Object.entries(c.expect)) {
      expect({ param, value: values[param] }).toEqual({
        param,
        value: value === undefined ? defaults.values[param] : value,
      });
    }
  });

  it('says that steps.kanikoExecute is not read when build runs under its own name', async () => {
    const warnings: ConfigWarning[] = [];
    const reporter = createConfigReporter({ onWarning: (w) => warnings.push(w) });
    const config = layered('steps:\n  kanikoExecute:\n    containerImageName: team/app\n');
    const { values } = await resolveParameters(opts({ step: 'build', config, reporter }));
    expect(values['containerImageName']).toBeUndefined();
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /^steps\.kanikoExecute is not read: build runs as build, .*ferry run kanikoExecute/,
      ),
    ]);
    // Run as kanikoExecute, the section is read and nothing is said.
    warnings.length = 0;
    const asKaniko = await resolveParameters(opts({ step: 'kanikoExecute', config, reporter }));
    expect(asKaniko.values['containerImageName']).toBe('team/app');
    expect(warnings).toEqual([]);
  });

  it('warns when a key of steps.kanikoExecute is a parameter of cnbBuild only, naming where it goes', async () => {
    const warnings: ConfigWarning[] = [];
    const reporter = createConfigReporter({ onWarning: (w) => warnings.push(w) });
    const config = layered('steps:\n  kanikoExecute:\n    buildpacks: [bp]\n');
    await resolveParameters(opts({ step: 'kanikoExecute', config, reporter }));
    expect(warnings).toEqual([
      expect.objectContaining({
        file: '.pipeline/config.yml',
        line: 3,
        key: 'steps.kanikoExecute.buildpacks',
        message: expect.stringMatching(
          /steps\.kanikoExecute\.buildpacks is ignored: Piper's kanikoExecute does not take buildpacks .*move it to steps\.cnbBuild/,
        ),
      }),
    ]);
    const strict = createConfigReporter({ strict: true, onWarning: () => undefined });
    await expect(
      resolveParameters(opts({ step: 'kanikoExecute', config, reporter: strict })),
    ).rejects.toThrow(/steps\.kanikoExecute\.buildpacks is ignored/);
  });
});

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

interface StageCase {
  piper: string;
  what: string;
  config: string;
  defaults?: string;
  /** Files of the workspace (a Dockerfile meets build's file condition). */
  files?: Record<string, string>;
  /** The runs of ferry's build in stage Build: `name` (active) or `name (off)`. */
  expect: string[];
}

const STAGE_CASES: StageCase[] = [
  {
    piper: 'pkg/config/evaluation_test.go TestEvaluateConditionsV1 (explicit activation per step)',
    what: 'kanikoExecute on beside cnbBuild off: the kaniko build runs',
    config: 'stages:\n  Build:\n    kanikoExecute: true\n    cnbBuild: false\n',
    expect: ['kanikoExecute'],
  },
  {
    piper: 'pkg/config/evaluation_test.go TestEvaluateConditionsV1 (explicit activation per step)',
    what: 'kanikoExecute and cnbBuild both on: two builds, as two Piper steps',
    config: 'stages:\n  Build:\n    kanikoExecute: true\n    cnbBuild: true\n',
    expect: ['kanikoExecute', 'cnbBuild'],
  },
  {
    piper: 'pkg/config/evaluation.go evaluateConditionsV1 (a toggle that is not a bool: conditions decide)',
    what: 'kanikoExecute: "yes" falls back to the conditions (a Dockerfile)',
    config: 'stages:\n  Build:\n    kanikoExecute: "yes"\n',
    files: { Dockerfile: 'FROM scratch\n' },
    expect: ['build'],
  },
  {
    piper: 'pkg/config/evaluation_test.go TestEvaluateConditionsV1 (explicit deactivation)',
    what: 'cnbBuild off turns off only cnbBuild: a Dockerfile still builds',
    config: 'stages:\n  Build:\n    cnbBuild: false\n',
    files: { Dockerfile: 'FROM scratch\n' },
    expect: ['build'],
  },
  {
    piper: 'pkg/config/evaluation_test.go TestEvaluateConditionsV1 (explicit deactivation)',
    what: "ferry's own name off turns the build off",
    config: 'stages:\n  Build:\n    build: false\n',
    files: { Dockerfile: 'FROM scratch\n' },
    expect: ['build (off)'],
  },
  {
    piper: 'pkg/config/evaluation_test.go TestEvaluateConditionsV1 (step config of the step evaluated)',
    what: 'without a toggle, a config written for kanikoExecute runs the build as kanikoExecute',
    config: 'steps:\n  kanikoExecute:\n    containerImageName: team/app\n',
    expect: ['kanikoExecute'],
  },
  {
    piper: 'pkg/config/evaluation_test.go TestEvaluateConditionsV1 (explicit deactivation)',
    what: 'the Piper step the configuration is written for, turned off, is off',
    config:
      'steps:\n  kanikoExecute:\n    containerImageName: team/app\nstages:\n  Build:\n    kanikoExecute: false\n',
    files: { Dockerfile: 'FROM scratch\n' },
    expect: ['kanikoExecute (off)'],
  },
  {
    piper: 'pkg/config/config_test.go TestGetStepConfig (defaults and config merged per key)',
    what: 'kanikoExecute on in a defaults file, cnbBuild on in the config: both run',
    defaults: 'stages:\n  Build:\n    kanikoExecute: true\n',
    config: 'stages:\n  Build:\n    cnbBuild: true\n',
    expect: ['kanikoExecute', 'cnbBuild'],
  },
  {
    piper: 'pkg/config/evaluation.go evaluateConditionsV1 (the merged value decides)',
    what: 'a non-boolean toggle in the config hides the defaults file toggle: conditions decide',
    defaults: 'stages:\n  Build:\n    kanikoExecute: true\n',
    config: 'stages:\n  Build:\n    kanikoExecute: "on"\n',
    expect: ['build (off)'],
  },
];

describe('stage toggles treat kanikoExecute and cnbBuild as the separate Piper steps they are', () => {
  it.each(STAGE_CASES)('$piper: $what', async (c) => {
    const { dir, cleanup } = await workspaceWith(c.files ?? {});
    cleanups.push(cleanup);
    const config = { ...layered(c.config, c.defaults), workspace: dir };
    const options: ResolveStagesOptions = {
      catalog,
      definitions: STAGES,
      config,
      env: new PipelineEnvironment(),
      reporter: createConfigReporter({ onWarning: () => undefined }),
    };
    const build = resolveStages(options).find((r) => r.name === 'Build');
    const runs = (build?.steps ?? [])
      .filter((s) => s.name === 'build')
      .map((s) => `${s.invokedAs}${s.active ? '' : ' (off)'}`);
    expect(runs).toEqual(c.expect);
    const active = stepsOfStage({ ...options, stage: 'Build' })
      .filter((s) => s.step.name === 'build')
      .map((s) => [s.invokedAs, s.presets['builder'] ?? 'auto']);
    expect(active).toEqual(
      c.expect
        .filter((e) => !e.endsWith('(off)'))
        .map((n) => [n, n === 'kanikoExecute' ? 'kaniko' : n === 'cnbBuild' ? 'pack' : 'auto']),
    );
  });
});
