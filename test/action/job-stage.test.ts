// The bundled GitHub Action (dist/action.js) runs a single step in the stage named by the job id, as
// project-piper-action passes `--stageName $GITHUB_JOB`: stages.<job> applies; an explicit `stage`
// input wins; outside GitHub Actions (no GITHUB_ACTIONS=true) GITHUB_JOB means nothing. Real
// docker-registry servers on loopback; the action runs as a runner runs it (INPUT_* variables).
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBinaries } from '../helpers/binaries';
import { AMD64, createTestImage, skopeoPush } from '../helpers/images';
import { startRegistry, type RegistryServer } from '../helpers/servers/registry';

const run = promisify(execFile);
const ACTION = join(import.meta.dirname, '..', '..', 'dist', 'action.js');
const PASSWORD = 'job-stage-pw-5d20';
const ok = haveBinaries('docker-registry', 'skopeo');

async function runAction(
  workspace: string,
  inputs: Record<string, string>,
  vars: Record<string, string>,
): Promise<{ code: number; stdout: string; summary: string }> {
  const summary = join(workspace, '..', `summary-${Object.keys(vars).join('-')}-${inputs['stage'] ?? ''}`);
  const outputs = `${summary}.outputs`;
  await writeFile(summary, '');
  await writeFile(outputs, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: workspace,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputs,
    GITHUB_STEP_SUMMARY: summary,
    ...vars,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = await run(process.execPath, [ACTION], { env, cwd: workspace }).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (e: { code?: number; stdout?: string }) => ({ code: e.code ?? 1, stdout: e.stdout ?? '' }),
  );
  return { ...result, summary: await readFile(summary, 'utf8') };
}

describe.skipIf(!ok)('the bundled action: the GitHub Actions job is the stage', () => {
  let staging: RegistryServer;
  let target: RegistryServer;
  let base: string;
  let workspace: string;
  let params: string;

  beforeAll(async () => {
    [staging, target] = await Promise.all([
      startRegistry(),
      startRegistry({ auth: 'htpasswd', users: { robot: PASSWORD } }),
    ]);
    base = await mkdtemp(join(tmpdir(), 'ferry-action-job-'));
    workspace = join(base, 'ws');
    await mkdir(join(workspace, '.pipeline'), { recursive: true });
    const image = await createTestImage(join(base, 'image'), {
      layers: 1,
      layerSize: 1_000,
      platforms: [AMD64],
      tag: 'v1',
    });
    await skopeoPush(image, `${staging.host}/team/app:1.0`);
    // The target registry is configured only for the stage (job) Promote.
    await writeFile(
      join(workspace, '.pipeline', 'config.yml'),
      `stages:\n  Promote:\n    targetRegistryUrl: ${target.url}\nsteps:\n  imagePushToRegistry:\n    targetRegistryUser: robot\n`,
    );
    params = `targetRegistryPassword: ${PASSWORD}\nsourceImages: [team/app]\nsourceImageTag: '1.0'\ntargetImageTag: '1.0'\nsourceRegistryUrl: ${staging.url}`;
  }, 60_000);

  afterAll(async () => {
    await Promise.all([staging?.stop(), target?.stop()]);
    if (base) await rm(base, { recursive: true, force: true });
  });

  it('reads stages.<job> for a single step run in job Promote', async () => {
    const result = await runAction(
      workspace,
      { step: 'imagePushToRegistry', params },
      { GITHUB_ACTIONS: 'true', GITHUB_JOB: 'Promote' },
    );
    expect(result.code).toBe(0);
    expect(result.summary).toContain(`${target.host}/team/app`);
  });

  it.each([
    [
      'an explicit stage input wins over the job',
      { stage: 'Release' },
      { GITHUB_ACTIONS: 'true', GITHUB_JOB: 'Promote' },
    ],
    ['GITHUB_JOB outside GitHub Actions is no stage', {}, { GITHUB_JOB: 'Promote' }],
  ])('%s: stages.Promote does not apply', async (_what, inputs, vars) => {
    const result = await runAction(workspace, { step: 'imagePushToRegistry', params, ...inputs }, vars);
    // A mandatory parameter not set is a configuration error: exit 2, as ferry run.
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/::error::.*mandatory parameter is not set: targetRegistryUrl/);
    expect(result.stdout.replace(`::add-mask::${PASSWORD}`, '')).not.toContain(PASSWORD);
  });
});
