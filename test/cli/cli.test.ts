// The ferry binary as a user runs it (lib/cli/cli.ts and its commands): config, stages and run over
// the Piper sample config, typos and wrong types, a pipeline environment written in Piper's layout by
// hand, an export without secrets, help and version.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PIPER_SAMPLE } from '../fixtures/piper-sample';
import { ferry } from '../helpers/cli';

let workspace: string;
beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'ferry-cli-'));
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

async function writeConfig(text: string): Promise<void> {
  await mkdir(join(workspace, '.pipeline'), { recursive: true });
  await writeFile(join(workspace, '.pipeline', 'config.yml'), text);
}

interface StagesJson {
  name: string;
  steps: {
    name: string;
    invokedAs: string;
    active: boolean;
    presets: Record<string, unknown>;
    reason: string;
  }[];
}

describe('ferry with the Piper sample config', () => {
  beforeEach(() => writeConfig(PIPER_SAMPLE));

  it('shows build (kaniko builder) and imagePushToRegistry active in Build', async () => {
    const result = await ferry(['stages', '--json'], { cwd: workspace });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const stages = JSON.parse(result.stdout) as StagesJson[];
    const build = stages.find((s) => s.name === 'Build');
    const active = build?.steps.filter((s) => s.active);
    expect(active?.map((s) => s.name)).toEqual(['build', 'imagePushToRegistry']);
    expect(active?.[0]?.presets).toEqual({ builder: 'kaniko' });
    const text = await ferry(['stages'], { cwd: workspace });
    expect(text.stdout).toMatch(/active\s+build \(builder: kaniko\): stages\.Build\.kanikoExecute: true/);
  });

  it.each(['gitOpsUpdateDeployment', 'gitopsUpdateDeployment'])(
    'resolves %s in stage Performance with sources',
    async (section) => {
      await writeConfig(PIPER_SAMPLE.replace('    gitOpsUpdateDeployment:', `    ${section}:`));
      const result = await ferry(['config', 'gitOpsUpdateDeployment', '--stage', 'Performance', '--json'], {
        cwd: workspace,
      });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const out = JSON.parse(result.stdout) as {
        parameters: Record<string, { value: unknown; source: string }>;
      };
      expect(out.parameters.filePath).toEqual({
        value: 'manifest-performance-stage.yaml',
        source: expect.stringContaining('stages.Performance'),
      });
      expect(out.parameters.forcePush?.value).toBe(true);
      expect(out.parameters.forcePush?.source).toContain(`steps.${section}`);
      expect(out.parameters.tool?.value).toBe('helm');
    },
  );

  it('gives the same result when asked under the Piper spelling of the step', async () => {
    const a = await ferry(['config', 'gitopsUpdateDeployment', '--stage', 'Acceptance', '--json'], {
      cwd: workspace,
    });
    const out = JSON.parse(a.stdout) as { parameters: Record<string, { value: unknown }> };
    expect(out.parameters.filePath?.value).toBe('manifest-acceptance-stage.yaml');
  });
});

describe('configuration errors', () => {
  it('warns once for an unknown key, with file, line and the right name; --strict makes it exit 2', async () => {
    await writeConfig('steps:\n  imagePushToRegistry:\n    targetRegistryUrll: x\n');
    const result = await ferry(['config', 'imagePushToRegistry'], { cwd: workspace });
    expect(result.code).toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(
      ".pipeline/config.yml:3: steps.imagePushToRegistry.targetRegistryUrll is ignored: ferry's imagePushToRegistry has no parameter of that name. Did you mean 'targetRegistryUrl'?",
    );
    const strict = await ferry(['config', 'imagePushToRegistry', '--strict'], { cwd: workspace });
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain('targetRegistryUrll');
    expect(strict.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('says in ferry stages that a near-miss key leaves imagePushToRegistry inactive', async () => {
    await writeConfig('steps:\n  imagePushToRegistry:\n    targetRegistryUrll: x\n');
    const result = await ferry(['stages'], { cwd: workspace });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /inactive\s+imagePushToRegistry: .*steps\.imagePushToRegistry\.targetRegistryUrll in \.pipeline\/config\.yml looks like a misspelling of targetRegistryUrl/,
    );
    expect((await ferry(['stages', '--strict'], { cwd: workspace })).code).toBe(2);
  });

  it('names the key and the expected type for forcePush: maybe', async () => {
    await writeConfig('steps:\n  gitOpsUpdateDeployment:\n    forcePush: maybe\n');
    const result = await ferry(['run', 'gitOpsUpdateDeployment'], { cwd: workspace });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/forcePush/);
    expect(result.stderr).toMatch(/boolean/);
    expect(result.stderr).toContain('.pipeline/config.yml');
  });

  it('refuses malformed YAML with the file and line', async () => {
    await writeConfig('steps:\n  build:\n    builder: [native\n');
    const result = await ferry(['stages'], { cwd: workspace });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/config\.yml.*(line|:\d+)/);
  });

  it('suggests a step name for a typo and a flag name for a typo', async () => {
    const step = await ferry(['run', 'imagePushToRegistri'], { cwd: workspace });
    expect(step.code).toBe(2);
    expect(step.stderr).toContain('imagePushToRegistry');
    const flag = await ferry(['run', 'imagePushToRegistry', '--targetRegistryURl', 'x'], { cwd: workspace });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("Did you mean '--targetRegistryUrl'?");
  });

  it('exits 2 for an unknown command', async () => {
    expect((await ferry(['frobnicate'], { cwd: workspace })).code).toBe(2);
  });
});

describe('ferry env', () => {
  async function writeEnvFile(rel: string, content: string): Promise<void> {
    const file = join(workspace, '.pipeline', 'commonPipelineEnvironment', rel);
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, content);
  }

  it('reads a layout written by hand and never exports secrets', async () => {
    await writeEnvFile('container/registryUrl', 'https://staging.example.com');
    await writeEnvFile('container/imageNameTags.json', '["app:1.0.0"]');
    await writeEnvFile('container/repositoryPassword', 'pw-never-shown-42');
    const get = await ferry(['env', 'get', 'container/imageNameTags'], { cwd: workspace });
    expect(get.stdout.trim()).toBe('["app:1.0.0"]');
    const url = await ferry(['env', 'get', 'container/registryUrl'], { cwd: workspace });
    expect(url.stdout.trim()).toBe('https://staging.example.com');
    const exported = await ferry(['env', 'export'], { cwd: workspace });
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toEqual({
      'container/imageNameTags': ['app:1.0.0'],
      'container/registryUrl': 'https://staging.example.com',
    });
    const secret = await ferry(['env', 'get', 'container/repositoryPassword'], { cwd: workspace });
    expect(secret.code).toBe(2);
    expect(secret.all).not.toContain('pw-never-shown-42');
  });

  it('imports an export into Piper layout', async () => {
    await writeFile(
      join(workspace, 'env.json'),
      '{"container/imageDigests":["sha256:abc"],"artifactVersion":"2.0"}',
    );
    const result = await ferry(['env', 'import', 'env.json'], { cwd: workspace });
    expect(result.code).toBe(0);
    const root = join(workspace, '.pipeline', 'commonPipelineEnvironment');
    expect(await readFile(join(root, 'artifactVersion'), 'utf8')).toBe('2.0');
    expect(JSON.parse(await readFile(join(root, 'container', 'imageDigests.json'), 'utf8'))).toEqual([
      'sha256:abc',
    ]);
  });
});

describe('ferry run for a step that is not available', () => {
  it('says so and exits non-zero', async () => {
    await writeConfig('general: {}\n');
    const result = await ferry(['run', '--stage', 'NoSuchStage'], { cwd: workspace });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unknown stage 'NoSuchStage'/);
  });
});

describe('ferry --help and --version', () => {
  it('lists commands and steps', async () => {
    const help = await ferry(['--help'], { cwd: workspace });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/imagePushToRegistry/);
    expect(help.stdout).toMatch(/kanikoExecute/);
    for (const command of ['run', 'config', 'stages', 'env', 'copy', 'set-image', 'registry', 'demo']) {
      expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
      const sub = await ferry([command, '--help'], { cwd: workspace });
      expect(sub.stderr).not.toMatch(/unknown command/);
    }
    const version = await ferry(['--version'], { cwd: workspace });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
