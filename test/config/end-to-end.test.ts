// loadConfig and resolveParameters together, from files on disk: customDefaults under the config file,
// common parameters for a runner, and Piper's YAML 1.1 booleans.
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, resolveCommonParameters, resolveParameters } from '../../lib/config';
import { PipelineEnvironment } from '../../lib/env';
import { memoryLogger, workspaceWith } from './helpers';
import { catalog } from '../../steps';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function ws(files: Record<string, string>): Promise<string> {
  const { dir, cleanup } = await workspaceWith(files);
  cleanups.push(cleanup);
  return dir;
}

describe('config files on disk', () => {
  it('customDefaults sit under the config file, whatever section they use', async () => {
    const dir = await ws({
      '.pipeline/defaults.yml':
        'general:\n  serverUrl: https://defaults.example\nsteps:\n  gitOpsUpdateDeployment:\n    branchName: from-defaults\n    tool: kustomize\nstages:\n  Release:\n    filePath: defaults.yaml\n',
      '.pipeline/config.yml':
        'customDefaults: [.pipeline/defaults.yml]\ngeneral:\n  serverUrl: https://config.example\nsteps:\n  gitOpsUpdateDeployment:\n    tool: helm\n',
    });
    const config = await loadConfig({ workspace: dir });
    const { values, sources } = await resolveParameters({
      catalog,
      step: 'gitOpsUpdateDeployment',
      stage: 'Release',
      config,
      env: new PipelineEnvironment(),
      vars: {},
      log: memoryLogger().log,
      skipMandatoryCheck: true,
    });
    expect(values).toMatchObject({
      serverUrl: 'https://config.example',
      branchName: 'from-defaults',
      tool: 'helm',
      filePath: 'defaults.yaml',
    });
    expect(sources['branchName']).toEqual({
      kind: 'defaults',
      file: '.pipeline/defaults.yml',
      section: 'steps.gitOpsUpdateDeployment',
      key: 'branchName',
    });
  });

  it("reads Piper's yes/no booleans", async () => {
    const dir = await ws({
      '.pipeline/config.yml': 'steps:\n  gitOpsUpdateDeployment:\n    forcePush: yes\n    pullRequest: off\n',
    });
    const config = await loadConfig({ workspace: dir });
    const { values } = await resolveParameters({
      catalog,
      step: 'gitOpsUpdateDeployment',
      config,
      env: new PipelineEnvironment(),
      vars: {},
      log: memoryLogger().log,
      skipMandatoryCheck: true,
    });
    expect([values['forcePush'], values['pullRequest']]).toEqual([true, false]);
  });
});

describe('resolveCommonParameters', () => {
  it('gives a runner the Vault settings of general, the stage, variables and flags, ignoring step parameters', async () => {
    const dir = await ws({
      '.pipeline/config.yml':
        'general:\n  vaultServerUrl: https://vault.example\n  vaultTestCredentialPath: old/path\nstages:\n  Build:\n    vaultNamespace: team\n    containerImageName: app\n',
    });
    const logger = memoryLogger();
    const config = await loadConfig({ workspace: dir });
    const { values, sources } = await resolveCommonParameters({
      catalog,
      stage: 'Build',
      config,
      env: new PipelineEnvironment(),
      vars: { PIPER_vaultToken: 'hvs.token-value' },
      flags: { verbose: true, containerImageName: 'ignored' },
      log: logger.log,
    });
    expect(values).toMatchObject({
      vaultServerUrl: 'https://vault.example',
      vaultNamespace: 'team',
      vaultTestCredentialPath: 'old/path',
      vaultToken: 'hvs.token-value',
      verbose: true,
    });
    expect(values['containerImageName']).toBeUndefined();
    expect(sources['vaultToken']).toEqual({ kind: 'envvar', variable: 'PIPER_vaultToken', secret: true });
    expect(logger.warnings()).toEqual([]);
    logger.log.info('token hvs.token-value');
    expect(logger.text()).not.toContain('hvs.token-value');
  });
});
