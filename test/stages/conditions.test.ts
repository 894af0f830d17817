// Stage conditions as Piper evaluates them (pkg/config/evaluation.go evaluateConditionsV1, evaluateV1):
// notActiveConditions above an explicit toggle above the conditions; a step without conditions is
// active; config values, nested config keys, file patterns from config, pipeline environment values.
// Each table names the Piper test it mirrors.
import { afterEach, describe, expect, it } from 'vitest';
import type { StageCondition, StageDefinition, StageStepDefinition } from '../../lib/config';
import { configFromObject, createConfigReporter, resolveStages } from '../../lib/config';
import { PipelineEnvironment } from '../../lib/env';
import { catalog } from '../../steps';
import { workspaceWith } from '../config/helpers';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const quiet = (): ReturnType<typeof createConfigReporter> =>
  createConfigReporter({ onWarning: () => undefined });

/** The stage section of Piper's test: two toggles and two condition keys. */
const STAGE_CONFIG = {
  stages: {
    'Test Stage 1': {
      build: true, // explicit activate (Piper: step1)
      gitOpsUpdateDeployment: false, // explicit deactivate (Piper: step2)
      testKey: 'testVal',
      testKey2: 'testVal2',
    },
  },
};

function run(steps: StageStepDefinition[]): { steps: Record<string, boolean>; active: boolean } {
  const definitions: StageDefinition[] = [{ name: 'Test Stage 1', description: 'test', steps }];
  const [report] = resolveStages({
    catalog,
    definitions,
    config: configFromObject(STAGE_CONFIG, { workspace: '/nonexistent' }),
    env: new PipelineEnvironment(),
    reporter: quiet(),
  });
  // ferry appends a step toggled on that the stage does not hold; Piper's test looks at the stage's own.
  const own = new Set(steps.map((s) => s.step));
  return {
    steps: Object.fromEntries(
      (report?.steps ?? []).filter((s) => own.has(s.name)).map((s) => [s.name, s.active]),
    ),
    active: report?.active ?? false,
  };
}

const key = (k: string): StageCondition => ({ kind: 'configKey', keys: [k] });

describe('pkg/config/evaluation_test.go TestRunConfigV1EvaluateConditionsV1', () => {
  it.each<[string, StageStepDefinition[], Record<string, boolean>, boolean]>([
    [
      'simple stepActive conditions',
      [
        { step: 'imagePushToRegistry', conditions: [key('testKey')] },
        { step: 'gitOpsUpdateDeployment', conditions: [key('notExistentKey')] },
      ],
      { imagePushToRegistry: true, gitOpsUpdateDeployment: false },
      true,
    ],
    [
      'explicit active/deactivate over stepActiveCondition',
      [
        { step: 'build', conditions: [key('notExistentKey')] },
        { step: 'gitOpsUpdateDeployment', conditions: [key('testKey')] },
      ],
      { build: true, gitOpsUpdateDeployment: false },
      true,
    ],
    [
      'stepNotActiveCondition over stepActiveCondition',
      [
        { step: 'imagePushToRegistry', conditions: [key('testKey')], notActiveConditions: [key('testKey2')] },
        { step: 'build', conditions: [key('testKey')], notActiveConditions: [key('notExistentKey')] },
      ],
      { imagePushToRegistry: false, build: true },
      true,
    ],
    [
      'stepNotActiveCondition over explicitly activated step',
      [{ step: 'build', conditions: [], notActiveConditions: [key('testKey')] }],
      { build: false },
      false,
    ],
    [
      'deactivate if only active step in stage',
      [
        { step: 'build', conditions: [], notActiveConditions: [key('testKey')] },
        { step: 'gitOpsUpdateDeployment', conditions: [] },
        {
          step: 'imagePushToRegistry',
          conditions: [],
          notActiveConditions: [{ kind: 'onlyActiveStepInStage' }],
        },
      ],
      { build: false, gitOpsUpdateDeployment: false, imagePushToRegistry: false },
      false,
    ],
    [
      'OnlyActiveStepInStage: another step is active',
      [
        { step: 'gitOpsUpdateDeployment', conditions: [] },
        {
          step: 'imagePushToRegistry',
          conditions: [key('testKey')],
          notActiveConditions: [{ kind: 'onlyActiveStepInStage' }],
        },
        { step: 'build', conditions: [key('testKey2')] },
      ],
      { gitOpsUpdateDeployment: false, imagePushToRegistry: true, build: true },
      true,
    ],
    [
      'a step without conditions is active by default',
      [{ step: 'imagePushToRegistry', conditions: [] }],
      { imagePushToRegistry: true },
      true,
    ],
  ])('%s', (_name, steps, want, stageActive) => {
    const got = run(steps);
    expect(got.steps).toEqual(want);
    expect(got.active).toBe(stageActive);
  });
});

describe('pkg/config/evaluation_test.go TestEvaluateV1', () => {
  interface Case {
    name: string;
    config: Record<string, unknown>;
    condition: StageCondition;
    env?: Record<string, string>;
    expected: boolean;
  }
  const CASES: Case[] = [
    {
      name: 'Config condition - true',
      config: { steps: { gitOpsUpdateDeployment: { tool: 'helm' } } },
      condition: { kind: 'config', key: 'tool', values: ['helm', 'kustomize'] },
      expected: true,
    },
    {
      name: 'Config condition - false (the default kubectl)',
      config: {},
      condition: { kind: 'config', key: 'tool', values: ['helm', 'kustomize'] },
      expected: false,
    },
    {
      name: 'Config condition - the default counts',
      config: {},
      condition: { kind: 'config', key: 'tool', values: ['kubectl'] },
      expected: true,
    },
    {
      name: 'Config condition - integer - true',
      config: { general: { executors: 1 } },
      condition: { kind: 'config', key: 'executors', values: [1] },
      expected: true,
    },
    {
      name: 'ConfigKey condition - true',
      config: { general: { dockerRegistryUrl: 'https://my.docker.registry.url' } },
      condition: key('dockerRegistryUrl'),
      expected: true,
    },
    { name: 'ConfigKey condition - false', config: {}, condition: key('dockerRegistryUrl'), expected: false },
    {
      name: 'nested ConfigKey condition - true',
      config: { general: { cloudFoundry: { space: 'dev' } } },
      condition: key('cloudFoundry/space'),
      expected: true,
    },
    {
      name: 'nested ConfigKey condition - false',
      config: { general: { cloudFoundry: { noSpace: 'dev' } } },
      condition: key('cloudFoundry/space'),
      expected: false,
    },
    {
      name: 'FilePatternFromConfig condition - true',
      config: { general: { newmanCollection: '**/*.postman_collection.json' } },
      condition: { kind: 'filePatternFromConfig', key: 'newmanCollection' },
      expected: true,
    },
    {
      name: 'FilePatternFromConfig condition - false',
      config: { general: { newmanCollection: '**/*.postmanx_collection.json' } },
      condition: { kind: 'filePatternFromConfig', key: 'newmanCollection' },
      expected: false,
    },
    {
      name: 'FilePatternFromConfig condition - false, empty value',
      config: { general: { newmanCollection: '' } },
      condition: { kind: 'filePatternFromConfig', key: 'newmanCollection' },
      expected: false,
    },
    {
      name: 'CommonPipelineEnvironment - true',
      config: {},
      env: { 'custom/myCpeTrueFile': 'myTrueValue' },
      condition: { kind: 'envValue', key: 'custom/myCpeTrueFile', value: 'myTrueValue' },
      expected: true,
    },
    {
      name: 'CommonPipelineEnvironment - false',
      config: {},
      env: { 'custom/myCpeTrueFile': 'myTrueValue' },
      condition: { kind: 'envValue', key: 'custom/myCpeTrueFile', value: 'notMyTrueValue' },
      expected: false,
    },
    {
      name: 'Inactive condition - false',
      config: {},
      condition: { kind: 'inactive' },
      expected: false,
    },
  ];

  it.each(CASES)('$name', async (c) => {
    const { dir, cleanup } = await workspaceWith({ 'my.postman_collection.json': '{}' });
    cleanups.push(cleanup);
    const env = new PipelineEnvironment();
    for (const [k, v] of Object.entries(c.env ?? {})) env.setRaw(k, v);
    const [report] = resolveStages({
      catalog,
      definitions: [
        {
          name: 'S',
          description: 'test',
          steps: [{ step: 'gitOpsUpdateDeployment', conditions: [c.condition] }],
        },
      ],
      config: configFromObject(c.config, { workspace: dir }),
      env,
      reporter: quiet(),
    });
    expect(report?.steps[0]?.active).toBe(c.expected);
  });
});
