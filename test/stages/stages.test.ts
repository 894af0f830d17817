// Stage activation: toggles, conditions (config key, file pattern, pipeline environment key), user
// stages, and the Piper sample config of issue 2.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConfigWarning, LoadedConfig } from '../../lib/config';
import {
  configFromObject,
  createConfigReporter,
  loadConfig,
  parseLayer,
  resolveParameters,
} from '../../lib/config';
import { PipelineEnvironment } from '../../lib/env';
import { ConfigError, UsageError } from '../../lib/util/errors';
import type { StageDefinition, StageReport } from '../../stages';
import { createLogger, createMemorySink } from '../../lib/log';
import type { ResolveStagesOptions } from '../../lib/config';
import {
  describeReason,
  globToRegExp,
  resolveStages as resolveWith,
  STAGES,
  stepsOfStage as stepsWith,
} from '../../stages';
import { catalog } from '../../steps';
import { memoryLogger, workspaceWith } from '../config/helpers';
import { PIPER_SAMPLE } from '../fixtures/piper-sample';

type StageOptions = Omit<ResolveStagesOptions, 'catalog' | 'definitions'> &
  Partial<Pick<ResolveStagesOptions, 'definitions'>>;
const resolveStages = (o: StageOptions): StageReport[] => resolveWith({ catalog, definitions: STAGES, ...o });
const stepsOfStage = (o: StageOptions & { stage: string }): ReturnType<typeof stepsWith> =>
  stepsWith({ catalog, definitions: STAGES, ...o });

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function ws(files: Record<string, string>): Promise<string> {
  const { dir, cleanup } = await workspaceWith(files);
  cleanups.push(cleanup);
  return dir;
}

function summary(reports: StageReport[]): Record<string, string[]> {
  return Object.fromEntries(
    reports.map((r) => [
      r.name,
      r.steps.map((s) => `${s.invokedAs}${s.active ? '' : ' (off)'}: ${describeReason(s.activation)}`),
    ]),
  );
}

describe('the Piper sample config (issue 2 acceptance)', () => {
  it('activates build (as kanikoExecute) and imagePushToRegistry in Build, and deploys per stage', async () => {
    const dir = await ws({ '.pipeline/config.yml': PIPER_SAMPLE });
    const config = await loadConfig({ workspace: dir });
    const reports = resolveStages({ config, env: new PipelineEnvironment() });
    expect(summary(reports)).toEqual({
      Build: [
        'kanikoExecute: stages.Build.kanikoExecute: true in .pipeline/config.yml',
        'imagePushToRegistry: stages.Build.imagePushToRegistry: true in .pipeline/config.yml',
      ],
      Acceptance: ['gitOpsUpdateDeployment: stages.Acceptance.filePath is set in .pipeline/config.yml'],
      Performance: ['gitOpsUpdateDeployment: stages.Performance.filePath is set in .pipeline/config.yml'],
      Release: ['gitOpsUpdateDeployment: stages.Release.filePath is set in .pipeline/config.yml'],
    });
    const build = stepsOfStage({ config, env: new PipelineEnvironment(), stage: 'Build' });
    expect(build.map((s) => [s.step.name, s.invokedAs, s.presets])).toEqual([
      ['build', 'kanikoExecute', { builder: 'kaniko' }],
      ['imagePushToRegistry', 'imagePushToRegistry', {}],
    ]);
    // The runner resolves each step under the name the stage gives it: kanikoExecute presets the builder.
    const first = build[0];
    expect(first).toBeDefined();
    const { values } = await resolveParameters({
      catalog,
      step: first?.invokedAs ?? '',
      stage: 'Build',
      config,
      env: new PipelineEnvironment(),
      vars: {},
      log: memoryLogger().log,
      skipMandatoryCheck: true,
    });
    expect(values['builder']).toBe('kaniko');
  });
});

describe('activation', () => {
  const env = new PipelineEnvironment();

  it('toggles a step off in a stage even when its condition holds', async () => {
    const config = configFromObject({
      stages: { Release: { gitOpsUpdateDeployment: false, filePath: 'x.yaml' } },
    });
    const release = resolveStages({ config, env }).find((r) => r.name === 'Release');
    expect(release?.steps[0]).toMatchObject({
      name: 'gitOpsUpdateDeployment',
      active: false,
      reason: 'stages.Release.gitOpsUpdateDeployment: false in .pipeline/config.yml',
      activation: { kind: 'toggle', value: false },
    });
    expect(release?.active).toBe(false);
  });

  it('Acceptance needs its own filePath: one in steps only does not deploy there, but does in Release', () => {
    const config = configFromObject({ steps: { gitOpsUpdateDeployment: { filePath: 'all.yaml' } } });
    const s = summary(resolveStages({ config, env }));
    expect(s['Acceptance']).toEqual([
      'gitOpsUpdateDeployment (off): not activated: none of filePath set in the stage section',
    ]);
    expect(s['Release']).toEqual([
      'gitOpsUpdateDeployment: steps.gitOpsUpdateDeployment.filePath is set in .pipeline/config.yml',
    ]);
  });

  it('activates build by a Dockerfile in the workspace, and by a config key', async () => {
    const dir = await ws({ 'app/Dockerfile': 'FROM scratch\n' });
    const none = configFromObject({}, { workspace: dir });
    expect(summary(resolveStages({ config: none, env }))['Build']?.[0]).toBe(
      'build: app/Dockerfile matches **/Dockerfile',
    );
    const empty = await ws({});
    const byKey = configFromObject({ general: { containerImageName: 'team/app' } }, { workspace: empty });
    expect(summary(resolveStages({ config: byKey, env }))['Build']?.[0]).toBe(
      'build: general.containerImageName is set in .pipeline/config.yml',
    );
    const nothing = configFromObject({}, { workspace: empty });
    expect(summary(resolveStages({ config: nothing, env }))['Build']?.[0]).toMatch(
      /^build \(off\): not activated: none of containerImageName/,
    );
  });

  it('lists the workspace once per call, and warns once, naming the cap, when the walk stops there', async () => {
    const dir = await ws({ 'zz/Dockerfile': 'FROM scratch\n' });
    // A folder's files come before its subfolders, so these fill the cap before zz/ is reached.
    for (let i = 0; i < 20_000; i++) writeFileSync(join(dir, `f${i}`), '');
    const { log, warnings } = memoryLogger();
    const config = configFromObject({}, { workspace: dir });
    expect(summary(resolveStages({ config, env, log }))['Build']?.[0]).toMatch(/^build \(off\)/);
    // Two patterns for build, each matched against the one listing: one walk, one warning.
    const capped = warnings().filter((w) => w.includes('20000'));
    expect(capped).toHaveLength(1);
    expect(capped[0]).toMatch(/more than 20000 files and folders/);
  }, 30_000);

  it('counts an alias as the config key (dockerImageName for containerImageName)', async () => {
    const empty = await ws({});
    const config = configFromObject(
      { steps: { kanikoExecute: { dockerImageName: 'team/app' } } },
      { workspace: empty },
    );
    expect(summary(resolveStages({ config, env }))['Build']?.[0]).toBe(
      'kanikoExecute: steps.kanikoExecute.dockerImageName is set in .pipeline/config.yml',
    );
  });

  it('activates by a pipeline environment key', () => {
    const definitions: StageDefinition[] = [
      {
        name: 'Promote',
        description: 'test',
        steps: [
          { step: 'imagePushToRegistry', conditions: [{ kind: 'envKey', keys: ['container/imageNames'] }] },
        ],
      },
    ];
    const config = configFromObject({});
    const filled = new PipelineEnvironment();
    expect(summary(resolveStages({ config, env: filled, definitions }))['Promote']).toEqual([
      'imagePushToRegistry (off): not activated: none of pipeline environment container/imageNames filled',
    ]);
    filled.set('container/imageNames', ['team/app']);
    expect(summary(resolveStages({ config, env: filled, definitions }))['Promote']).toEqual([
      'imagePushToRegistry: pipeline environment container/imageNames is filled',
    ]);
  });

  it('takes toggles from defaults files, the config file winning', () => {
    const defaults = parseLayer(
      'stages:\n  Build:\n    imagePushToRegistry: true\n    build: false\n',
      'defaults.yml',
    ).layer;
    const own = parseLayer('stages:\n  Build:\n    build: true\n', 'config.yml').layer;
    const config: LoadedConfig = {
      workspace: '/nonexistent',
      config: own,
      found: true,
      defaults: [defaults],
    };
    expect(summary(resolveStages({ config, env }))['Build']).toEqual([
      'build: stages.Build.build: true in config.yml',
      'imagePushToRegistry: stages.Build.imagePushToRegistry: true in defaults.yml',
    ]);
  });

  it('appends a step toggled on in a ferry stage that does not hold it', () => {
    const config = configFromObject(
      { stages: { Build: { gitOpsUpdateDeployment: true } } },
      { workspace: '/nonexistent' },
    );
    expect(summary(resolveStages({ config, env }))['Build']?.[2]).toBe(
      'gitOpsUpdateDeployment: stages.Build.gitOpsUpdateDeployment: true in .pipeline/config.yml',
    );
  });
});

describe('user stages', () => {
  it('holds the steps toggled true, in the order written, after ferry stages', () => {
    const config = configFromObject({
      stages: {
        Deploy: {
          gitopsUpdateDeployment: true,
          imagePushToRegistry: true,
          cnbBuild: false,
          filePath: 'prod.yaml',
        },
        Empty: { filePath: 'x.yaml' },
      },
    });
    const reports = resolveStages({ config, env: new PipelineEnvironment() });
    expect(reports.map((r) => r.name)).toEqual([
      'Build',
      'Acceptance',
      'Performance',
      'Release',
      'Deploy',
      'Empty',
    ]);
    const deploy = reports.find((r) => r.name === 'Deploy');
    expect(deploy?.userDefined).toBe(true);
    expect(deploy?.steps.map((s) => `${s.invokedAs}:${s.active}`)).toEqual([
      'gitopsUpdateDeployment:true',
      'imagePushToRegistry:true',
      'build:false',
    ]);
    expect(
      stepsOfStage({ config, env: new PipelineEnvironment(), stage: 'Deploy' }).map((s) => s.step.name),
    ).toEqual(['gitOpsUpdateDeployment', 'imagePushToRegistry']);
    expect(reports.find((r) => r.name === 'Empty')).toMatchObject({
      userDefined: true,
      active: false,
      steps: [],
    });
  });

  it('refuses an unknown stage with a suggestion', () => {
    const config = configFromObject({});
    const run = (): unknown => stepsOfStage({ config, env: new PipelineEnvironment(), stage: 'Relase' });
    expect(run).toThrow(UsageError);
    expect(run).toThrow(/Unknown stage 'Relase'.*Did you mean 'Release'\?/);
  });
});

describe('stage section checks', () => {
  // Piper: kanikoExecute and cnbBuild are separate steps; both on are two builds.
  it('runs build once per Piper step turned on', () => {
    const config = configFromObject({ stages: { Build: { kanikoExecute: true, cnbBuild: true } } });
    const build = resolveStages({ config, env: new PipelineEnvironment() }).find((r) => r.name === 'Build');
    expect(build?.steps.filter((s) => s.name === 'build').map((s) => [s.invokedAs, s.active])).toEqual([
      ['kanikoExecute', true],
      ['cnbBuild', true],
    ]);
  });

  // Piper: kanikoExecute and cnbBuild are separate steps; one on and the other off is a valid stage.
  it('runs build as the Piper step turned on when another spelling is off', () => {
    const config = configFromObject({ stages: { Build: { kanikoExecute: true, cnbBuild: false } } });
    const build = resolveStages({ config, env: new PipelineEnvironment() }).find((r) => r.name === 'Build');
    expect(build?.steps.find((s) => s.name === 'build')).toMatchObject({
      active: true,
      invokedAs: 'kanikoExecute',
    });
  });

  it.each([
    [{ Release: { fileParh: 'x' } }, /stages\.Release\.fileParh is ignored.*Did you mean 'filePath'\?/],
    [
      { Build: { imagePushToRegistri: true } },
      /ferry has no step 'imagePushToRegistri'.*Did you mean 'imagePushToRegistry'\?/,
    ],
    [
      { Build: { imagePushToRegistry: 'true' } },
      /stages\.Build\.imagePushToRegistry turns the step .* must be true or false.*the stage's conditions decide/,
    ],
  ])('warns for %j, and with strict refuses it (exit 2)', (stages, message) => {
    const config = configFromObject({ stages });
    const warnings: ConfigWarning[] = [];
    resolveStages({
      config,
      env: new PipelineEnvironment(),
      reporter: createConfigReporter({ onWarning: (w) => warnings.push(w) }),
    });
    expect(warnings.map((w) => w.message).join('\n')).toMatch(message);
    const strict = createConfigReporter({ strict: true, onWarning: () => undefined });
    const run = (): unknown => resolveStages({ config, env: new PipelineEnvironment(), reporter: strict });
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(message);
  });

  // pkg/config/evaluation.go: a stage toggle that is not a boolean falls back to the step's conditions.
  it('falls back to the conditions when a toggle is not a boolean', () => {
    const config = configFromObject({
      stages: { Build: { imagePushToRegistry: 'yes please' } },
      steps: { imagePushToRegistry: { targetRegistryUrl: 'r.example' } },
    });
    const build = resolveStages({ config, env: new PipelineEnvironment() }).find((r) => r.name === 'Build');
    expect(build?.steps.find((s) => s.name === 'imagePushToRegistry')).toMatchObject({
      active: true,
      activation: { kind: 'configKey', key: 'targetRegistryUrl' },
    });
  });

  it('a bad key in stages.Release does not stop a strict run of stage Build', () => {
    const config = configFromObject({
      stages: { Release: { fileParh: 'x' }, Build: { imagePushToRegistry: true } },
    });
    const warnings: ConfigWarning[] = [];
    const reporter = createConfigReporter({ strict: true, onWarning: (w) => warnings.push(w) });
    const active = stepsOfStage({ config, env: new PipelineEnvironment(), stage: 'Build', reporter });
    expect(active.map((s) => s.step.name)).toContain('imagePushToRegistry');
    expect(warnings.map((w) => w.message).join('\n')).toMatch(/stages\.Release\.fileParh is ignored/);
  });

  it('says why a near-miss key leaves a step inactive, with file and line', async () => {
    const dir = await ws({
      '.pipeline/config.yml': 'steps:\n  imagePushToRegistry:\n    targetRegistryUrll: r.example\n',
    });
    const config = await loadConfig({ workspace: dir });
    const warnings: ConfigWarning[] = [];
    const reporter = createConfigReporter({ onWarning: (w) => warnings.push(w) });
    const build = resolveStages({ config, env: new PipelineEnvironment(), reporter }).find(
      (r) => r.name === 'Build',
    );
    const push = build?.steps.find((s) => s.name === 'imagePushToRegistry');
    expect(push?.active).toBe(false);
    expect(push?.reason).toMatch(
      /steps\.imagePushToRegistry\.targetRegistryUrll in \.pipeline\/config\.yml looks like a misspelling of targetRegistryUrl/,
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({
        file: '.pipeline/config.yml',
        line: 3,
        key: 'steps.imagePushToRegistry.targetRegistryUrll',
        message: expect.stringMatching(/imagePushToRegistry is not active in stage Build/),
      }),
    );
  });

  it('says so when a misspelt step section leaves a step inactive', () => {
    const config = configFromObject({ steps: { imagePushToRegistri: { targetRegistryUrl: 'r.example' } } });
    const warnings: ConfigWarning[] = [];
    const reporter = createConfigReporter({ onWarning: (w) => warnings.push(w) });
    const build = resolveStages({ config, env: new PipelineEnvironment(), reporter }).find(
      (r) => r.name === 'Build',
    );
    expect(build?.steps.find((s) => s.name === 'imagePushToRegistry')?.reason).toMatch(
      /steps\.imagePushToRegistri\.targetRegistryUrl .* misspelling of steps\.imagePushToRegistry\.targetRegistryUrl/,
    );
    expect(warnings.map((w) => w.message)).toContain(
      "steps.imagePushToRegistri is ignored: ferry has no step of that name. Did you mean 'imagePushToRegistry'?",
    );
  });

  // pkg/config/config.go ApplyAliasConfig: stages['Central Build'] is copied over stages.Build.
  it('reads the legacy Central Build stage as Build', () => {
    const config = configFromObject({ stages: { 'Central Build': { imagePushToRegistry: false } } });
    const reports = resolveStages({ config, env: new PipelineEnvironment() });
    expect(reports.map((r) => r.name)).not.toContain('Central Build');
    expect(
      reports.find((r) => r.name === 'Build')?.steps.find((s) => s.name === 'imagePushToRegistry'),
    ).toMatchObject({
      active: false,
      activation: { kind: 'toggle', key: 'imagePushToRegistry' },
    });
  });

  it('ignores Piper steps and parameters ferry does not have, with a warning, so Piper configs load', () => {
    const config = configFromObject({
      stages: {
        Build: { mavenBuild: true, imagePushToRegistry: true },
        Integration: { npmExecuteScripts: true },
      },
    });
    const sink = createMemorySink();
    const reports = resolveStages({ config, env: new PipelineEnvironment(), log: createLogger({ sink }) });
    const build = reports.find((r) => r.name === 'Build');
    expect(build?.steps.find((s) => s.name === 'imagePushToRegistry')?.active).toBe(true);
    expect(build?.steps.map((s) => s.name)).not.toContain('mavenBuild');
    expect(sink.text()).toMatch(/stages\.Build\.mavenBuild is ignored: ferry has no step 'mavenBuild'/);
    expect(sink.text()).toMatch(/stages\.Integration\.npmExecuteScripts is ignored/);
  });
});

describe('globToRegExp', () => {
  it.each([
    ['**/Dockerfile', 'Dockerfile', true],
    ['**/Dockerfile', 'a/b/Dockerfile', true],
    ['**/Dockerfile', 'a/Dockerfile.dev', false],
    ['*.yaml', 'a.yaml', true],
    ['*.yaml', 'dir/a.yaml', false],
    ['manifest-?.yaml', 'manifest-1.yaml', true],
    ['a.b', 'axb', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });
});
