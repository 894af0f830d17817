// The runner's Vault login and stage as Piper has them: a vaultServerUrl set only in a step's own
// section logs in when that step runs (pkg/config/vault.go mixinVaultConfig reads general, steps and
// stages); on GitHub Actions the job id is the stage (cmd/piper.go initStageName).
import { afterEach, describe, expect, it } from 'vitest';
import { ciStageName } from '../../lib/config';
import { createLogger, createMemorySink } from '../../lib/log';
import { runStep } from '../../lib/runner';
import { createStepCatalog, defineStep } from '../../lib/step';
import type { VaultSession } from '../../lib/vault';
import { workspaceWith } from '../config/helpers';

const seen: { stage?: string; value?: string }[] = [];
const probe = defineStep({
  name: 'probe',
  description: 'Records the stage and a parameter.',
  params: { value: { type: 'string', description: 'Any value.' } },
  outputs: [],
  async run(params, ctx) {
    seen.push({
      ...(ctx.stage ? { stage: ctx.stage } : {}),
      ...(params.value ? { value: params.value } : {}),
    });
  },
});
const catalog = createStepCatalog([probe]);

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  seen.length = 0;
  for (const c of cleanups.splice(0)) await c();
});

async function workspace(config: string): Promise<string> {
  const { dir, cleanup } = await workspaceWith({ '.pipeline/config.yml': config });
  cleanups.push(cleanup);
  return dir;
}

describe('runner', () => {
  it('logs in to Vault with a vaultServerUrl set only in the step section', async () => {
    const dir = await workspace('steps:\n  probe:\n    vaultServerUrl: https://vault.example\n');
    const opened: unknown[] = [];
    const session = { close: async () => undefined } as unknown as VaultSession;
    const report = await runStep('probe', {
      workspace: dir,
      catalog,
      vars: {},
      log: createLogger({ sink: createMemorySink() }),
      openVault: async (params) => {
        opened.push(params['vaultServerUrl']);
        return params['vaultServerUrl'] ? session : undefined;
      },
    });
    expect(report.error).toBeUndefined();
    expect(opened).toEqual(['https://vault.example']);
  });

  it.each([
    [{ GITHUB_ACTIONS: 'true', GITHUB_JOB: 'Build' }, 'Build'],
    [{ GITHUB_ACTIONS: 'true', GITHUB_JOB: ' ' }, undefined],
    [{ GITHUB_JOB: 'Build' }, undefined],
    [{}, undefined],
  ])('ciStageName(%j) is %j', (vars, stage) => {
    expect(ciStageName(vars)).toBe(stage);
  });

  it('applies stages.<job> to a single step run in that job', async () => {
    const dir = await workspace('stages:\n  Build:\n    value: from-stage\n');
    const vars = { GITHUB_ACTIONS: 'true', GITHUB_JOB: 'Build' };
    await runStep('probe', {
      workspace: dir,
      catalog,
      vars,
      stage: ciStageName(vars),
      log: createLogger({ sink: createMemorySink() }),
    });
    expect(seen).toEqual([{ stage: 'Build', value: 'from-stage' }]);
  });
});
