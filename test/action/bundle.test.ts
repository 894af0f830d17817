// The bundled GitHub Action (dist/action.js, built by `npm ci`) run as a runner runs it: inputs as
// INPUT_* variables, outputs and the job summary as files. Real docker-registry servers on loopback.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBinaries } from '../helpers/binaries';
import { AMD64, ARM64, createTestImage, skopeoPush } from '../helpers/images';
import { startRegistry, type RegistryServer } from '../helpers/servers/registry';

const run = promisify(execFile);
const ACTION = join(import.meta.dirname, '..', '..', 'dist', 'action.js');
const PASSWORD = 'action-target-pw-93c1';
const ok = haveBinaries('docker-registry', 'skopeo');

interface ActionRun {
  code: number;
  stdout: string;
  outputs: string;
  summary: string;
}

async function runAction(workspace: string, inputs: Record<string, string>): Promise<ActionRun> {
  const outputs = join(workspace, '..', 'outputs');
  const summary = join(workspace, '..', 'summary');
  await writeFile(outputs, '');
  await writeFile(summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: workspace,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputs,
    GITHUB_STEP_SUMMARY: summary,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = await run(process.execPath, [ACTION], { env, cwd: workspace }).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (e: { code?: number; stdout?: string }) => ({ code: e.code ?? 1, stdout: e.stdout ?? '' }),
  );
  return { ...result, outputs: await readFile(outputs, 'utf8'), summary: await readFile(summary, 'utf8') };
}

describe.skipIf(!ok)('the bundled action', () => {
  let staging: RegistryServer;
  let target: RegistryServer;
  let base: string;
  let workspace: string;

  beforeAll(async () => {
    [staging, target] = await Promise.all([
      startRegistry(),
      startRegistry({ auth: 'htpasswd', users: { robot: PASSWORD } }),
    ]);
    base = await mkdtemp(join(tmpdir(), 'ferry-action-'));
    workspace = join(base, 'ws');
    await mkdir(join(workspace, '.pipeline'), { recursive: true });
    const image = await createTestImage(join(base, 'image'), {
      layers: 2,
      layerSize: 10_000,
      platforms: [AMD64, ARM64],
      index: true,
      tag: 'v1',
    });
    await skopeoPush(image, `${staging.host}/team/app:1.0`);
    await writeFile(
      join(workspace, '.pipeline', 'config.yml'),
      `steps:\n  imagePushToRegistry:\n    targetRegistryUrl: ${target.url}\n    targetRegistryUser: robot\n`,
    );
  });

  afterAll(async () => {
    await Promise.all([staging?.stop(), target?.stop()]);
    if (base) await rm(base, { recursive: true, force: true });
  });

  it('promotes, masks the password first, writes outputs and the summary', async () => {
    const result = await runAction(workspace, {
      step: 'imagePushToRegistry',
      params: `targetRegistryPassword: ${PASSWORD}\nsourceImages: [team/app]\nsourceImageTag: '1.0'\ntargetImageTag: '1.0'\nsourceRegistryUrl: ${staging.url}`,
      config: '.pipeline/config.yml',
      'pipeline-env': '{"git/commitId":"abc123"}',
      verbose: 'false',
    });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    const mask = lines.indexOf(`::add-mask::${PASSWORD}`);
    expect(mask).toBeGreaterThanOrEqual(0);
    // Registered when the parameters are resolved, before the step prints its first line.
    expect(lines.findIndex((l) => l.startsWith('Copying '))).toBeGreaterThan(mask);
    expect(result.outputs).toMatch(/^pipeline-env<<ghadelimiter_/m);
    expect(result.outputs).toMatch(/^promotion-images<<ghadelimiter_/m);
    expect(result.outputs).toContain('"git/commitId":"abc123"');
    expect(result.summary).toContain('<td>imagePushToRegistry</td><td>success</td>');
    expect(result.summary).toContain(`${target.host}/team/app`);
    for (const text of [
      result.outputs,
      result.summary,
      result.stdout.replace(`::add-mask::${PASSWORD}`, ''),
    ]) {
      expect(text).not.toContain(PASSWORD);
    }
  });

  it('fails the job with one line and still writes outputs, on a wrong password (exit 2, a credential to fix)', async () => {
    const result = await runAction(workspace, {
      step: 'imagePushToRegistry',
      params: `targetRegistryPassword: wrong-${PASSWORD}\nsourceImages: [team/app]\nsourceImageTag: '1.0'\nsourceRegistryUrl: ${staging.url}`,
    });
    // The registry refused the credential: ferry run exits 2 for it too (retrying cannot help).
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^::error::imagePushToRegistry failed: /m);
    expect(result.outputs).toMatch(/^pipeline-env<<ghadelimiter_/m);
    expect(result.stdout.replace(`::add-mask::wrong-${PASSWORD}`, '')).not.toContain(`wrong-${PASSWORD}`);
  });
});

// No server needed: each of these stops before anything is contacted. core.setFailed exits 1; the
// action exits 2 for usage and configuration errors, as the ferry command does.
describe('the bundled action on a usage or configuration error', () => {
  let base: string;
  let workspace: string;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'ferry-action-config-'));
    workspace = join(base, 'ws');
    await mkdir(join(workspace, '.pipeline'), { recursive: true });
    await writeFile(
      join(workspace, '.pipeline', 'config.yml'),
      'steps:\n  imagePushToRegistry:\n    targetRegistryUrl: https://registry.example.com\n    tagLatest: maybe\n',
    );
  });

  afterAll(async () => {
    if (base) await rm(base, { recursive: true, force: true });
  });

  it.each([
    ['no step or stage', { params: 'a: b' }, "::error::Set the input 'step'"],
    ['a pipeline-env that is not JSON', { step: 'build', 'pipeline-env': '{"a": ' }, "input 'pipeline-env'"],
    ['an unknown step', { step: 'imagePushToRegistri' }, 'imagePushToRegistry'],
    [
      'a wrong type in the config file',
      { step: 'imagePushToRegistry' },
      /^::error [^:]*file=\.pipeline\/config\.yml,line=4::.*tagLatest: expected a boolean/m,
    ],
  ])('exits 2 for %s, with one error line', async (_what, inputs, message) => {
    const result = await runAction(workspace, inputs);
    expect(result.code, result.stdout).toBe(2);
    if (typeof message === 'string') expect(result.stdout).toContain(message);
    else expect(result.stdout).toMatch(message);
    expect(result.stdout.match(/^::error/gm)).toHaveLength(1);
  });
});
