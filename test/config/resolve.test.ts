// resolveParameters: the acceptance cases of issue 2, every precedence layer, scopes, aliases, type
// coercion and errors, mandatory parameters, Vault and secrets.
import { describe, expect, it } from 'vitest';
import type { ConfigReporter, ConfigWarning, LoadedConfig, ResolveOptions } from '../../lib/config';
import {
  configFromObject,
  createConfigReporter,
  describeSource,
  parseLayer,
  resolveParameters,
} from '../../lib/config';
import { PipelineEnvironment } from '../../lib/env';
import type {
  VaultLookup,
  VaultPathConfig,
  VaultSecretRequest,
  VaultSecretValue,
} from '../../lib/vault/types';
import { ConfigError, FerryError, UsageError } from '../../lib/util/errors';
import { catalog } from '../../steps';
import { PIPER_SAMPLE } from '../fixtures/piper-sample';
import { memoryLogger } from './helpers';

function sample(text = PIPER_SAMPLE): LoadedConfig {
  const { layer } = parseLayer(text, '.pipeline/config.yml');
  return { workspace: '/ws', config: layer, found: true, defaults: [] };
}

function collecting(strict = false): { reporter: ConfigReporter; messages: () => string[] } {
  const warnings: ConfigWarning[] = [];
  return {
    reporter: createConfigReporter({ strict, onWarning: (w) => warnings.push(w) }),
    messages: () => warnings.map((w) => w.message),
  };
}

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

describe('the Piper sample config (issue 2 acceptance)', () => {
  it.each([['gitOpsUpdateDeployment'], ['gitopsUpdateDeployment']])(
    'resolves gitOpsUpdateDeployment in stage Performance with the step section spelled %s',
    async (spelling) => {
      const config = sample(PIPER_SAMPLE.replace('    gitOpsUpdateDeployment:', `    ${spelling}:`));
      const { values, sources } = await resolveParameters(
        opts({ step: 'gitOpsUpdateDeployment', stage: 'Performance', config }),
      );
      expect(values['filePath']).toBe('manifest-performance-stage.yaml');
      expect(sources['filePath']).toEqual({
        kind: 'config',
        file: '.pipeline/config.yml',
        section: 'stages.Performance',
        key: 'filePath',
      });
      expect(values['forcePush']).toBe(true);
      expect(sources['forcePush']).toEqual({
        kind: 'config',
        file: '.pipeline/config.yml',
        section: `steps.${spelling}`,
        key: 'forcePush',
      });
      expect(values['tool']).toBe('helm');
      expect(values['branchName']).toBe('master');
      expect(sources['branchName']).toEqual({ kind: 'default' });
    },
  );

  it('resolves the step by its Piper name too', async () => {
    const { values } = await resolveParameters(
      opts({ step: 'gitopsUpdateDeployment', stage: 'Release', config: sample() }),
    );
    expect(values['filePath']).toBe('manifest-release-stage.yaml');
  });

  it('warns on targetRegistryUrll naming it and suggesting targetRegistryUrl; strict makes it exit 2', async () => {
    const config = configFromObject({ steps: { imagePushToRegistry: { targetRegistryUrll: 'x' } } });
    const { reporter, messages } = collecting();
    await resolveParameters(opts({ step: 'imagePushToRegistry', config, reporter }));
    expect(messages()).toEqual([
      "steps.imagePushToRegistry.targetRegistryUrll is ignored: ferry's imagePushToRegistry has no parameter of that name. Did you mean 'targetRegistryUrl'?",
    ]);
    const error = await resolveParameters(
      opts({ step: 'imagePushToRegistry', config, reporter: collecting(true).reporter }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).exitCode).toBe(2);
    expect((error as Error).message).toContain("Did you mean 'targetRegistryUrl'?");
  });

  // ferry's registry transport is HTTP/1.1 only: Piper's disableHTTP2 is always honoured, nothing to say.
  it('accepts imagePushToRegistry.disableHTTP2 without a warning', async () => {
    const config = configFromObject({ steps: { imagePushToRegistry: { disableHTTP2: true } } });
    const { reporter, messages } = collecting();
    const { values } = await resolveParameters(opts({ step: 'imagePushToRegistry', config, reporter }));
    expect(values['disableHTTP2']).toBe(true);
    expect(messages()).toEqual([]);
  });

  it.each([
    ['gitOpsUpdateDeployment', 'dockerImage', 'alpine/git', /dockerImage is ignored: it is a Piper setting/],
    ['build', 'containerImageAlias', 'app', /ferry accepts Piper's containerImageAlias/],
    ['build', 'preBuildpacks', ['x'], /ferry accepts Piper's preBuildpacks/],
  ])("accepts Piper's %s.%s with one warning", async (step, key, value, message) => {
    const config = configFromObject({ steps: { [step]: { [key]: value } } });
    const { reporter, messages } = collecting();
    await expect(resolveParameters(opts({ step, config, reporter }))).resolves.toBeDefined();
    await resolveParameters(opts({ step, config, reporter }));
    expect(messages()).toHaveLength(1);
    expect(messages()[0]).toMatch(message);
  });

  it('fails on forcePush: maybe naming file, section, key, expected type and found type', async () => {
    const config = sample(PIPER_SAMPLE.replace('forcePush: true', 'forcePush: maybe'));
    const error = await resolveParameters(opts({ step: 'gitOpsUpdateDeployment', config })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(
      ".pipeline/config.yml: steps.gitOpsUpdateDeployment.forcePush: expected a boolean (true or false), found a string ('maybe'). Fix the value.",
    );
  });
});

describe('precedence, lowest first', () => {
  // Each row adds one layer on top of the previous ones; the highest set layer must win.
  const layers = [
    'default',
    'env',
    'defaults',
    'general',
    'steps',
    'stages',
    'piperVar',
    'ferryVar',
    'flag',
    'vault',
  ] as const;
  type Layer = (typeof layers)[number];

  function build(upTo: Layer): ResolveOptions & { expected: string } {
    const on = (l: Layer): boolean => layers.indexOf(l) <= layers.indexOf(upTo);
    const env = new PipelineEnvironment();
    if (on('env')) env.set('container/registryUrl', 'env.example');
    const section = (l: Layer): Record<string, string> =>
      on(l) ? { containerRegistryUrl: `${l}.example` } : {};
    const configLayer = parseLayer(
      JSON.stringify({
        general: section('general'),
        steps: { gitOpsUpdateDeployment: section('steps') },
        stages: { Release: section('stages') },
      }),
      'config.yml',
    ).layer;
    const defaultsLayer = parseLayer(JSON.stringify({ general: section('defaults') }), 'defaults.yml').layer;
    const vault: VaultLookup = {
      async lookup(requests) {
        const out = new Map<string, VaultSecretValue>();
        if (on('vault'))
          for (const r of requests)
            out.set(r.param, { value: `vault-${r.param}`, path: 'kv/x', field: r.param });
        return out;
      },
    };
    return {
      step: 'gitOpsUpdateDeployment',
      catalog,
      stage: 'Release',
      config: { workspace: '/ws', config: configLayer, found: true, defaults: [defaultsLayer] },
      env,
      vars: {
        ...(on('piperVar') ? { PIPER_containerRegistryUrl: 'piperVar.example' } : {}),
        ...(on('ferryVar') ? { FERRY_containerRegistryUrl: 'ferryVar.example' } : {}),
      },
      flags: on('flag') ? { containerRegistryUrl: 'flag.example' } : {},
      vault,
      log: memoryLogger().log,
      skipMandatoryCheck: true,
      expected: upTo === 'default' ? '' : `${upTo}.example`,
    };
  }

  it.each(layers.filter((l) => l !== 'default' && l !== 'vault'))(
    '%s wins over every lower layer',
    async (layer) => {
      const { expected, ...options } = build(layer);
      const { values } = await resolveParameters(options);
      expect(values['containerRegistryUrl']).toBe(expected);
    },
  );

  it('shows each layer as the source', async () => {
    const kinds: Record<string, string> = {};
    for (const layer of [
      'env',
      'defaults',
      'general',
      'steps',
      'stages',
      'piperVar',
      'ferryVar',
      'flag',
    ] as const) {
      const { expected: _e, ...options } = build(layer);
      const { sources } = await resolveParameters(options);
      const source = sources['containerRegistryUrl'];
      kinds[layer] = source ? describeSource(source) : 'none';
    }
    expect(kinds).toEqual({
      env: 'pipeline environment container/registryUrl',
      defaults: 'defaults file defaults.yml general.containerRegistryUrl',
      general: 'config.yml general.containerRegistryUrl',
      steps: 'config.yml steps.gitOpsUpdateDeployment.containerRegistryUrl',
      stages: 'config.yml stages.Release.containerRegistryUrl',
      piperVar: 'environment variable PIPER_containerRegistryUrl',
      ferryVar: 'environment variable FERRY_containerRegistryUrl',
      flag: 'parameter containerRegistryUrl',
    });
  });

  it('Vault wins over an explicit parameter, and is marked as the source', async () => {
    const { expected: _e, ...options } = build('vault');
    const { values, sources } = await resolveParameters({ ...options, flags: { password: 'from-flag' } });
    expect(values['password']).toBe('vault-password');
    expect(sources['password']).toEqual({ kind: 'vault', path: 'kv/x', field: 'password', secret: true });
    expect(describeSource({ kind: 'vault', path: 'kv/x', field: 'password' })).toBe('vault: kv/x#password');
  });

  it('Vault does not overwrite a set value with vaultDisableOverwrite, and still fills unset ones', async () => {
    const { expected: _e, ...options } = build('vault');
    const { values, sources } = await resolveParameters({
      ...options,
      flags: { password: 'from-flag', vaultDisableOverwrite: true },
    });
    expect(values['password']).toBe('from-flag');
    expect(sources['password']?.kind).toBe('flag');
    expect(values['username']).toBe('vault-username');
  });

  it('the pipeline environment takes the first non-empty key', async () => {
    const env = new PipelineEnvironment();
    env.set('promotion/registryUrl', '');
    env.set('container/registryUrl', 'staging.example');
    const { values, sources } = await resolveParameters(opts({ step: 'gitOpsUpdateDeployment', env }));
    expect(values['containerRegistryUrl']).toBe('staging.example');
    expect(sources['containerRegistryUrl']).toEqual({ kind: 'env', key: 'container/registryUrl' });
    env.set('promotion/registryUrl', 'target.example');
    expect(
      (await resolveParameters(opts({ step: 'gitOpsUpdateDeployment', env }))).values['containerRegistryUrl'],
    ).toBe('target.example');
  });

  it('defaults files apply in order, the later winning, under the config file', async () => {
    const a = parseLayer('steps:\n  build:\n    builder: buildah\n    target: a\n', 'a.yml').layer;
    const b = parseLayer('steps:\n  build:\n    builder: docker\n', 'b.yml').layer;
    const config = parseLayer('steps:\n  build:\n    target: c\n', 'config.yml').layer;
    const { values, sources } = await resolveParameters(
      opts({ step: 'build', config: { workspace: '/ws', config, found: true, defaults: [a, b] } }),
    );
    expect(values['builder']).toBe('docker');
    expect(sources['builder']).toEqual({
      kind: 'defaults',
      file: 'b.yml',
      section: 'steps.build',
      key: 'builder',
    });
    expect(values['target']).toBe('c');
  });
});

describe('scopes', () => {
  it('ignores a general key for a parameter without the general scope, as Piper does', async () => {
    const config = configFromObject({ general: { forcePush: true, serverUrl: 'https://git.example' } });
    const { values, sources } = await resolveParameters(opts({ step: 'gitOpsUpdateDeployment', config }));
    expect(values['forcePush']).toBe(false);
    expect(sources['forcePush']?.kind).toBe('default');
    expect(values['serverUrl']).toBe('https://git.example');
  });

  it('ignores unknown keys in general (they belong to other Piper steps)', async () => {
    const config = configFromObject({ general: { buildTool: 'maven', productiveBranch: 'main' } });
    await expect(resolveParameters(opts({ step: 'build', config }))).resolves.toBeDefined();
  });

  it('ignores a stage key for a parameter without the stages scope', async () => {
    const config = configFromObject({ stages: { Release: { targetArchitecture: 'linux/arm64' } } });
    const { values } = await resolveParameters(
      opts({ step: 'imagePushToRegistry', stage: 'Release', config }),
    );
    expect(values['targetArchitecture']).toBeUndefined();
  });

  it('accepts in a stage section parameters of other steps and step toggles, and ignores them for this step', async () => {
    const config = configFromObject({
      stages: { Build: { build: true, targetRegistryUrl: 'r.example', containerImageName: 'app' } },
    });
    const { values } = await resolveParameters(opts({ step: 'build', stage: 'Build', config }));
    expect(values['containerImageName']).toBe('app');
    expect(values['targetRegistryUrl']).toBeUndefined();
  });

  it('reports an unknown stage key with the nearest name', async () => {
    const config = configFromObject({ stages: { Build: { containerImageNam: 'app' } } });
    const { reporter, messages } = collecting();
    await resolveParameters(opts({ step: 'build', stage: 'Build', config, reporter }));
    expect(messages()).toEqual([
      "stages.Build.containerImageNam is ignored: it is neither a step nor a parameter of any ferry step. Did you mean 'containerImageName'? Fix the name if it is meant for ferry.",
    ]);
  });

  it('warns for a stage toggle that is not a boolean', async () => {
    const config = configFromObject({ stages: { Build: { imagePushToRegistry: 'yes please' } } });
    const { reporter, messages } = collecting();
    await resolveParameters(opts({ step: 'build', stage: 'Build', config, reporter }));
    expect(messages().join('\n')).toMatch(/must be true or false.*the stage's conditions decide/);
  });

  it.each([['dockerImage'], ['containerImageAlias'], ['preBuildpacks']])(
    'accepts stages.Build.%s, a key of Piper steps',
    async (key) => {
      const config = configFromObject({ stages: { Build: { [key]: 'x' } } });
      const { reporter } = collecting(true);
      await expect(
        resolveParameters(opts({ step: 'imagePushToRegistry', stage: 'Build', config, reporter })),
      ).resolves.toBeDefined();
    },
  );

  // pkg/config/config.go ApplyAliasConfig: stages['Central Build'] is used as stages.Build.
  it('reads stages.Central Build as stages.Build', async () => {
    const config = configFromObject({ stages: { 'Central Build': { containerImageName: 'legacy' } } });
    const { values, sources } = await resolveParameters(opts({ step: 'build', stage: 'Build', config }));
    expect(values['containerImageName']).toBe('legacy');
    expect(sources['containerImageName']?.section).toBe('stages.Central Build');
  });

  it('refuses an explicit parameter whose scopes exclude parameters', async () => {
    const step = {
      name: 'scoped',
      description: 'test step',
      params: { onlyConfig: { type: 'string', description: 'x', scopes: ['steps'] } },
      outputs: [],
      run: async () => {},
    } as const;
    await expect(resolveParameters(opts({ step, flags: { onlyConfig: 'x' } }))).rejects.toThrow(UsageError);
  });

  it('applies common parameters (Vault settings) from every section', async () => {
    const config = configFromObject({
      general: { vaultServerUrl: 'https://vault.example' },
      steps: { imagePushToRegistry: { vaultPath: 'team/app' } },
      stages: { Build: { vaultBasePath: 'team' } },
    });
    const { values } = await resolveParameters(opts({ step: 'imagePushToRegistry', stage: 'Build', config }));
    expect(values).toMatchObject({
      vaultServerUrl: 'https://vault.example',
      vaultPath: 'team/app',
      vaultBasePath: 'team',
      verbose: false,
    });
  });
});

describe('aliases', () => {
  it.each([
    ['containerImage', false],
    ['image', true],
  ])('resolves %s to containerImageNameTag (deprecated: %s)', async (alias, deprecated) => {
    const logger = memoryLogger();
    const config = configFromObject({ steps: { gitOpsUpdateDeployment: { [alias]: 'app:1' } } });
    const { values, sources } = await resolveParameters(
      opts({ step: 'gitOpsUpdateDeployment', config, log: logger.log }),
    );
    expect(values['containerImageNameTag']).toBe('app:1');
    expect(sources['containerImageNameTag']?.key).toBe(alias);
    const warning = logger
      .warnings()
      .find((w) =>
        w.includes(`steps.gitOpsUpdateDeployment.${alias} is deprecated; use containerImageNameTag`),
      );
    expect(warning !== undefined).toBe(deprecated);
  });

  it('sets every parameter an alias names, as Piper does (containerImageTag → source and target tag)', async () => {
    const config = configFromObject({ steps: { imagePushToRegistry: { containerImageTag: '1.2.3' } } });
    const { values, sources } = await resolveParameters(opts({ step: 'imagePushToRegistry', config }));
    expect([values['sourceImageTag'], values['targetImageTag']]).toEqual(['1.2.3', '1.2.3']);
    expect(sources['targetImageTag']?.key).toBe('containerImageTag');
    const flagged = await resolveParameters(
      opts({ step: 'imagePushToRegistry', config, flags: { targetImageTag: '9' } }),
    );
    expect([flagged.values['sourceImageTag'], flagged.values['targetImageTag']]).toEqual(['1.2.3', '9']);
  });

  it('lets the parameter name win over its alias in the same section', async () => {
    const config = configFromObject({
      steps: { gitOpsUpdateDeployment: { containerImageNameTag: 'own:1', image: 'alias:1' } },
    });
    const { values } = await resolveParameters(opts({ step: 'gitOpsUpdateDeployment', config }));
    expect(values['containerImageNameTag']).toBe('own:1');
  });

  it('warns for a deprecated alias given as a flag', async () => {
    const logger = memoryLogger();
    const { values } = await resolveParameters(
      opts({ step: 'build', flags: { containerImageNameAndTag: 'r/app:1' }, log: logger.log }),
    );
    expect(values['containerImage']).toBe('r/app:1');
    expect(logger.warnings()).toEqual([
      "Parameter 'containerImageNameAndTag' is deprecated; use 'containerImage' instead.",
    ]);
  });

  it.each([
    ['kanikoExecute', 'kaniko'],
    ['cnbBuild', 'pack'],
    ['build', 'auto'],
  ])('the step name %s presets builder %s', async (name, builder) => {
    const { values, sources } = await resolveParameters(opts({ step: name }));
    expect(values['builder']).toBe(builder);
    expect(sources['builder']?.kind).toBe(name === 'build' ? 'default' : 'preset');
  });

  it('applies a kanikoExecute step section when build runs as kanikoExecute, and warns for kaniko-only keys', async () => {
    const logger = memoryLogger();
    const config = configFromObject({
      steps: { kanikoExecute: { dockerfilePath: 'app/Dockerfile', containerPreparationCommand: 'true' } },
    });
    const { values } = await resolveParameters(opts({ step: 'kanikoExecute', config, log: logger.log }));
    expect(values['dockerfilePath']).toBe('app/Dockerfile');
    expect(logger.warnings()).toEqual([
      expect.stringMatching(
        /^steps\.kanikoExecute\.containerPreparationCommand: ferry accepts Piper's containerPreparationCommand but does not implement it: /,
      ),
    ]);
  });

  it('warns for an unknown key in the gitopsUpdateDeployment spelling', async () => {
    const config = configFromObject({ steps: { gitopsUpdateDeployment: { forcePsh: true } } });
    const { reporter, messages } = collecting();
    await resolveParameters(opts({ step: 'gitOpsUpdateDeployment', config, reporter }));
    expect(messages().join('\n')).toMatch(
      /steps\.gitopsUpdateDeployment\.forcePsh is ignored.*Did you mean 'forcePush'\?/,
    );
  });

  // pkg/config/config_test.go TestMerge: each layer is merged in; a mapping merges key by key, recursively.
  it.each<
    [string, { defaults?: string; config: string }, string, ResolveOptions['flags'], Record<string, unknown>]
  >([
    [
      'a defaults file and the config file',
      {
        defaults: 'steps:\n  build:\n    buildArgs: {A: "1", B: "1"}\n',
        config: 'steps:\n  build:\n    buildArgs: {B: "2"}\n',
      },
      'build',
      {},
      { buildArgs: { A: '1', B: '2' } },
    ],
    [
      'general, steps and stages of one file',
      {
        config:
          'general:\n  buildEnvVars: {G: g}\nsteps:\n  cnbBuild:\n    buildEnvVars: {S: s}\nstages:\n  Build:\n    buildEnvVars: {T: t}\n',
      },
      'cnbBuild',
      {},
      { buildEnvVars: { S: 's', T: 't' } },
    ],
    [
      'nested mappings',
      {
        defaults: 'steps:\n  cnbBuild:\n    bindings: {maven: {type: maven, data: [{key: a}]}}\n',
        config: 'steps:\n  cnbBuild:\n    bindings: {maven: {type: m2}, npm: {type: npmrc}}\n',
      },
      'cnbBuild',
      {},
      { bindings: { maven: { type: 'm2', data: [{ key: 'a' }] }, npm: { type: 'npmrc' } } },
    ],
    [
      'the config file and a flag',
      { config: 'steps:\n  imagePushToRegistry:\n    targetImages: {a: x, b: y}\n' },
      'imagePushToRegistry',
      { targetImages: { b: 'z' } },
      { targetImages: { a: 'x', b: 'z' } },
    ],
    [
      'a list replaces the list below it',
      {
        defaults: 'steps:\n  build:\n    additionalTags: [a]\n',
        config: 'steps:\n  build:\n    additionalTags: [b]\n',
      },
      'build',
      {},
      { additionalTags: ['b'] },
    ],
  ])('merges mappings across layers: %s', async (_what, files, step, flags, expected) => {
    const config: LoadedConfig = {
      workspace: '/ws',
      config: parseLayer(files.config, '.pipeline/config.yml').layer,
      found: true,
      defaults: files.defaults ? [parseLayer(files.defaults, 'defaults.yml').layer] : [],
    };
    const { values } = await resolveParameters(opts({ step, stage: 'Build', config, flags }));
    for (const [param, value] of Object.entries(expected)) expect(values[param]).toEqual(value);
  });

  // pkg/config/config_test.go TestApplyAliasConfig: the own name wins, else the first alias listed.
  it("takes the first of two aliases in Piper's alias list, whatever the file order", async () => {
    const config = configFromObject({
      steps: { imagePushToRegistry: { containerImageTag: 'second', artifactVersion: 'first' } },
    });
    const { values, sources } = await resolveParameters(opts({ step: 'imagePushToRegistry', config }));
    expect(values['targetImageTag']).toBe('first');
    expect(sources['targetImageTag']?.key).toBe('artifactVersion');
  });

  it('prefers the own name over an alias in one section', async () => {
    const config = configFromObject({
      steps: { build: { artifactVersion: 'alias', containerImageTag: 'own' } },
    });
    const { values } = await resolveParameters(opts({ step: 'build', config }));
    expect(values['containerImageTag']).toBe('own');
  });

  it('reads kaniko registry credentials under dockerRegistryUser/Password, also in general', async () => {
    const config = configFromObject({ general: { dockerRegistryUser: 'u', dockerRegistryPassword: 'p' } });
    const { values } = await resolveParameters(opts({ step: 'kanikoExecute', config }));
    expect([values['containerRegistryUser'], values['containerRegistryPassword']]).toEqual(['u', 'p']);
  });

  it('refuses an unknown step name with a suggestion', async () => {
    await expect(resolveParameters(opts({ step: 'imagePushToRegistri' }))).rejects.toThrow(
      /Did you mean 'imagePushToRegistry'\?/,
    );
  });
});

describe('type coercion', () => {
  it.each([
    ['forcePush', 'true', true],
    ['forcePush', 'FALSE', false],
    ['maxPushAttempts', '42', 42],
    ['helmValues', 'a.yaml,b.yaml', ['a.yaml', 'b.yaml']],
    ['helmValues', '["a.yaml", "b,c.yaml"]', ['a.yaml', 'b,c.yaml']],
    ['filePath', 'true', 'true'],
  ])('FERRY_%s=%s becomes %j', async (param, text, expected) => {
    const { values } = await resolveParameters(
      opts({ step: 'gitOpsUpdateDeployment', vars: { [`FERRY_${param}`]: text } }),
    );
    expect(values[param]).toEqual(expected);
  });

  it.each([
    ['k=v,k2=v2', { k: 'v', k2: 'v2' }],
    ['{"A": "1", "B": 2}', { A: '1', B: '2' }],
  ])('PIPER_buildArgs=%s becomes a map', async (text, expected) => {
    const { values } = await resolveParameters(opts({ step: 'build', vars: { PIPER_buildArgs: text } }));
    expect(values['buildArgs']).toEqual(expected);
  });

  it.each([
    ['FERRY_forcePush', 'maybe', /FERRY_forcePush: expected a boolean \(true or false\), found 'maybe'/],
    ['FERRY_maxPushAttempts', 'many', /expected an integer from 1 to 100, found 'many'/],
  ])('refuses %s=%s', async (variable, text, message) => {
    await expect(
      resolveParameters(opts({ step: 'gitOpsUpdateDeployment', vars: { [variable]: text } })),
    ).rejects.toThrow(message);
  });

  it('ignores empty variables', async () => {
    const { values } = await resolveParameters(
      opts({ step: 'gitOpsUpdateDeployment', vars: { FERRY_tool: '' } }),
    );
    expect(values['tool']).toBe('kubectl');
  });

  it.each([
    [{ maxPushAttempts: '7' }, 'maxPushAttempts', 7],
    [{ forcePush: 'true' }, 'forcePush', true],
    [{ forcePush: true }, 'forcePush', true],
    [{ forcePush: '' }, 'forcePush', true],
    [{ forcePush: 'false' }, 'forcePush', false],
    [{ helmValues: ['a.yaml', 'b.yaml'] }, 'helmValues', ['a.yaml', 'b.yaml']],
  ])('flags %j', async (flags, param, expected) => {
    const { values } = await resolveParameters(opts({ step: 'gitOpsUpdateDeployment', flags }));
    expect(values[param]).toEqual(expected);
  });

  it('refuses an unknown flag with a suggestion, as a usage error', async () => {
    const error = await resolveParameters(
      opts({ step: 'gitOpsUpdateDeployment', flags: { fileP: 'x' } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/Unknown parameter 'fileP'.*Did you mean 'filePath'\?/);
  });

  it.each([
    ['tool: [helm]', /steps\.gitOpsUpdateDeployment\.tool: expected a string, found a list/],
    ['helmValues: {a: b}', /helmValues: expected a list of strings, found a mapping/],
    [
      'maxPushAttempts: three',
      /maxPushAttempts: expected an integer from 1 to 100, found a string \('three'\)/,
    ],
  ])('refuses YAML %s', async (line, message) => {
    const config = sample(`steps:\n  gitOpsUpdateDeployment:\n    ${line}\n`);
    await expect(resolveParameters(opts({ step: 'gitOpsUpdateDeployment', config }))).rejects.toThrow(
      message,
    );
  });

  it('coerces YAML where Piper does: "true" for a boolean, a number for a string, a string for a list', async () => {
    const config = sample(
      'steps:\n  gitOpsUpdateDeployment:\n    forcePush: "true"\n    branchName: 2024\n    helmValues: values.yaml\n',
    );
    const { values } = await resolveParameters(opts({ step: 'gitOpsUpdateDeployment', config }));
    expect(values).toMatchObject({ forcePush: true, branchName: '2024', helmValues: ['values.yaml'] });
  });

  it('refuses a value outside possibleValues, naming where it came from', async () => {
    const config = sample('steps:\n  gitOpsUpdateDeployment:\n    tool: helmm\n');
    await expect(resolveParameters(opts({ step: 'gitOpsUpdateDeployment', config }))).rejects.toThrow(
      /tool is 'helmm' \(\.pipeline\/config\.yml steps\.gitOpsUpdateDeployment\.tool\), which is not one of kubectl, kustomize, helm\. Did you mean 'helm'\?/,
    );
  });
});

describe('mandatory parameters', () => {
  it('names each missing parameter and every way to set it', async () => {
    const error = await resolveParameters(
      opts({ step: 'gitOpsUpdateDeployment', skipMandatoryCheck: false }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FerryError);
    expect((error as FerryError).code).toBe('MISSING_PARAMETER');
    expect((error as FerryError).exitCode).toBe(2);
    const message = (error as Error).message;
    expect(message).toContain('mandatory parameters are not set: username, password, filePath');
    expect(message).toContain(
      'filePath: set it with the parameter --filePath (action: params.filePath); or the environment variable FERRY_filePath or PIPER_filePath; or steps.gitOpsUpdateDeployment.filePath in .pipeline/config.yml; or stages.<Stage>.filePath.',
    );
    expect(message).toContain(
      'Vault (secret gitHttpsCredential, or the one named by gitHttpsCredentialVaultSecretName, field password)',
    );
  });

  it('reports missing parameters instead of failing with skipMandatoryCheck', async () => {
    const { missing } = await resolveParameters(opts({ step: 'gitOpsUpdateDeployment' }));
    expect(missing).toEqual(['username', 'password', 'filePath']);
  });

  it.each([
    // Piper: targetImageTag is mandatory unless tagLatest, whose default is false.
    [{ pushLocalDockerImage: 'true' }, ['targetRegistryUrl', 'targetImageTag', 'localDockerImagePath']],
    [{ pushLocalDockerImage: 'false' }, ['sourceRegistryUrl', 'targetRegistryUrl', 'targetImageTag']],
    [{ tagLatest: 'true' }, ['sourceRegistryUrl', 'targetRegistryUrl']],
    [{ tagLatest: 'false' }, ['sourceRegistryUrl', 'targetRegistryUrl', 'targetImageTag']],
  ])('mandatoryIf with flags %j', async (flags, expected) => {
    const { missing } = await resolveParameters(opts({ step: 'imagePushToRegistry', flags }));
    expect(missing).toEqual(expected);
  });
});

describe('Vault and secrets', () => {
  it('asks Vault once, for every parameter with a Vault reference, with secret names, fields and paths', async () => {
    const calls: { requests: readonly VaultSecretRequest[]; paths: VaultPathConfig }[] = [];
    const vault: VaultLookup = {
      async lookup(requests, paths) {
        calls.push({ requests, paths });
        return new Map([
          [
            'targetRegistryPassword',
            { value: 's3cr3t-target', path: 'kv/team/registry', field: 'targetRegistryPassword' },
          ],
        ]);
      },
    };
    const config = configFromObject({
      general: { vaultPath: 'team', vaultBasePath: 'base' },
      steps: { imagePushToRegistry: { registryCredentialsVaultSecretName: 'registry' } },
    });
    const logger = memoryLogger();
    const { values, sources, secrets } = await resolveParameters(
      opts({ step: 'imagePushToRegistry', config, vault, log: logger.log }),
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]?.paths).toEqual({
      vaultPath: 'team',
      vaultBasePath: 'base',
      vaultPipelineName: undefined,
    });
    expect(calls[0]?.requests.map((r) => `${r.param}@${r.secretName}${r.file ? ' (file)' : ''}`)).toEqual([
      'sourceRegistryUser@registry',
      'sourceRegistryPassword@registry',
      'targetRegistryUser@registry',
      'targetRegistryPassword@registry',
      'dockerConfigJSON@docker-config (file)',
    ]);
    expect(values['targetRegistryPassword']).toBe('s3cr3t-target');
    expect(sources['targetRegistryPassword']).toEqual({
      kind: 'vault',
      path: 'kv/team/registry',
      field: 'targetRegistryPassword',
      secret: true,
    });
    expect(secrets).toContain('targetRegistryPassword');
    logger.log.info('password is s3cr3t-target');
    expect(logger.text()).not.toContain('s3cr3t-target');
  });

  it('passes aliases as further Vault fields', async () => {
    let fields: readonly string[] = [];
    const vault: VaultLookup = {
      async lookup(requests) {
        fields = requests[0]?.fields ?? [];
        return new Map();
      },
    };
    const step = {
      name: 'withVaultAlias',
      description: 'test step',
      params: {
        token: {
          type: 'string',
          description: 'x',
          secret: true,
          aliases: [{ name: 'oldToken', deprecated: true }],
          vault: { secretNameParam: 'tokenSecretName', defaultSecretName: 'tokens' },
        },
      },
      outputs: [],
      run: async () => {},
    } as const;
    await resolveParameters(opts({ step, vault }));
    expect(fields).toEqual(['token', 'oldToken']);
  });

  it('does not ask Vault with skipVault', async () => {
    let called = false;
    const vault: VaultLookup = {
      async lookup() {
        called = true;
        return new Map();
      },
    };
    await resolveParameters(
      opts({ step: 'gitOpsUpdateDeployment', vault, vars: { PIPER_skipVault: 'true' } }),
    );
    expect(called).toBe(false);
  });

  it('registers every secret value from any layer before returning, and never prints it in errors', async () => {
    const logger = memoryLogger();
    await resolveParameters(
      opts({
        step: 'gitOpsUpdateDeployment',
        vars: { FERRY_password: 'pa55-from-var' },
        flags: { username: 'user-from-flag' },
        log: logger.log,
      }),
    );
    logger.log.info('pa55-from-var user-from-flag');
    expect(logger.text()).toBe('*** ***');

    const config = configFromObject({ steps: { gitOpsUpdateDeployment: { password: ['pa55-in-a-list'] } } });
    const error = await resolveParameters(opts({ step: 'gitOpsUpdateDeployment', config })).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toContain('password: expected a string, found a value of another type');
    expect((error as Error).message).not.toContain('pa55-in-a-list');
  });
});
