// The Build stage end to end with a Piper-style .pipeline/config.yml: build (native) pushes to a staging
// docker-registry, imagePushToRegistry promotes by digest to a target one; skopeo checks both.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PipelineEnvironment, readPromotedImages } from '../../lib/env';
import { createLogger, createMemorySink } from '../../lib/log';
import { runStage } from '../../lib/runner';
import { haveBinaries } from '../helpers/binaries';
import { startRegistry, type RegistryServer } from '../helpers/servers/registry';
import { catalog } from '../../steps';
import { STAGES } from '../../stages';
import { skopeoDigest } from '../helpers/skopeo';
import { commitWorkspace, gitIn } from '../helpers/workspace';

const ok = haveBinaries('docker-registry', 'skopeo', 'git');
const EXAMPLE = join(__dirname, '..', '..', 'examples', 'hello');

describe.skipIf(!ok)('Build stage: build then imagePushToRegistry', () => {
  let work: string;
  let staging: RegistryServer;
  let target: RegistryServer;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ferry-build-stage-'));
    [staging, target] = await Promise.all([startRegistry(), startRegistry()]);
  });
  afterAll(async () => {
    await Promise.all([staging?.stop(), target?.stop()]);
    if (work) await rm(work, { recursive: true, force: true });
  });

  test('the promoted image has the digest the build recorded', async () => {
    const dir = join(work, 'ws');
    await cp(EXAMPLE, dir, { recursive: true });
    await mkdir(join(dir, '.pipeline'), { recursive: true });
    await writeFile(
      join(dir, '.pipeline', 'config.yml'),
      [
        'general:',
        `  containerRegistryUrl: ${staging.url}`,
        'steps:',
        '  build:',
        '    containerImageName: team/hello',
        '  imagePushToRegistry:',
        `    targetRegistryUrl: ${target.url}`,
        '',
      ].join('\n'),
    );
    await commitWorkspace(dir, {}, { message: 'hello' });
    const short = gitIn(dir, ['rev-parse', '--short=7', 'HEAD']).trim();

    const sink = createMemorySink();
    const report = await runStage('Build', {
      catalog,
      stages: STAGES,
      workspace: dir,
      vars: {},
      log: createLogger({ sink }),
    });
    expect(report.error, sink.text()).toBeUndefined();
    expect(report.outcomes.map((o) => [o.step, o.status])).toEqual([
      ['build', 'success'],
      ['imagePushToRegistry', 'success'],
    ]);
    const saved = await PipelineEnvironment.load(dir);
    const digest = saved.get('container/imageDigest') ?? '';
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(await skopeoDigest(`${staging.host}/team/hello:${short}`)).toBe(digest);
    expect(await skopeoDigest(`${target.host}/team/hello:${short}`)).toBe(digest);
    expect(readPromotedImages(saved)[0]?.target.digest).toBe(digest);
  });
});
