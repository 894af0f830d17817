// The `ferry` command's one voice: `ferry: <command>: <what>` on stderr, help on stdout (exit 0) when
// asked and on stderr (exit 2) when the command is missing, --json errors as JSON.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ferry } from '../helpers/cli';

describe('the ferry voice', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'ferry-voice-'));
  });
  afterAll(async () => {
    if (cwd) await rm(cwd, { recursive: true, force: true });
  });

  it('prints help on stderr with exit 2 when the command is missing, on stdout with exit 0 when asked', async () => {
    const bare = await ferry([], { cwd });
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toContain('Usage: ferry COMMAND');
    const asked = await ferry(['--help'], { cwd });
    expect(asked.code).toBe(0);
    expect(asked.stdout).toContain('Usage: ferry COMMAND');
  });

  it('names the command once and suggests the nearest command', async () => {
    const unknown = await ferry(['cpy'], { cwd });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^ferry: Unknown command 'cpy'\. Did you mean 'copy'\?/);
    const usage = await ferry(['copy', 'a', 'b', '--tga', 'x'], { cwd });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe(
      "ferry: copy: Unknown option '--tga'. Did you mean '--tag'? Run 'ferry copy --help'.\n",
    );
    expect(usage.stderr).not.toMatch(/ferry copy: |copy: copy: /);
  });

  it('rejects an unknown flag of ferry stages with a did-you-mean, exit 2', async () => {
    const result = await ferry(['stages', '--jsonn', 'x'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^ferry: stages: Unknown option '--jsonn'.*Did you mean '--json'\?/m);
  });

  it('reports a failed step, a key that is not set and a stage that failed in the same voice', async () => {
    const step = await ferry(['run', 'imagePushToRegistry'], { cwd });
    expect(step.code).not.toBe(0);
    expect(step.stderr).toMatch(/^ferry: run: imagePushToRegistry failed: /m);
    expect(step.stderr).not.toMatch(/^error: /m);
    const unset = await ferry(['env', 'get', 'git/commitId'], { cwd });
    expect(unset.code).toBe(1);
    expect(unset.stderr).toBe('ferry: env get: git/commitId is not set in the pipeline environment.\n');
    const json = await ferry(['env', 'get', 'git/commitId', '--json'], { cwd });
    expect(JSON.parse(json.stdout)).toEqual({
      error: {
        command: 'env get',
        message: 'git/commitId is not set in the pipeline environment.',
        code: 'NOT_FOUND',
        exitCode: 1,
      },
    });
  });

  it('takes a file that cannot be read for a usage error, naming it', async () => {
    const result = await ferry(['env', 'import', 'no-such-export.json'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'ferry: env import: Cannot read no-such-export.json: no such file. Name a file written by ferry env export (or - for standard input).\n',
    );
  });

  it('prints warnings in the voice, with the file and line', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'ferry-voice-warn-'));
    try {
      await mkdir(join(workspace, '.pipeline'));
      await writeFile(join(workspace, '.pipeline', 'config.yml'), 'steps:\n  build:\n    dockerfilePth: y\n');
      const result = await ferry(['stages'], { cwd: workspace });
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(
        /^ferry: stages: warning: \.pipeline\/config\.yml:3: steps\.build\.dockerfilePth .*Did you mean 'dockerfilePath'\?$/m,
      );
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });

  it('ferry help COMMAND is ferry COMMAND --help', async () => {
    for (const argv of [['copy'], ['env', 'get'], ['run', 'build']]) {
      const help = await ferry(['help', ...argv], { cwd });
      expect(help.code).toBe(0);
      expect(help.stdout).toBe((await ferry([...argv, '--help'], { cwd })).stdout);
    }
  });

  it('keeps a failed set-image --json to one JSON object, the error in it', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'ferry-voice-set-image-'));
    try {
      await writeFile(
        join(workspace, 'deploy.yaml'),
        'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: app\n      image: nginx:1.25\n',
      );
      const digest = `sha256:${'a'.repeat(64)}`;
      const result = await ferry(['set-image', 'deploy.yaml', '--image', `redis=redis@${digest}`, '--json'], {
        cwd: workspace,
      });
      expect(result.code).toBe(1);
      const body = JSON.parse(result.stdout) as { outcome: string; error: Record<string, unknown> };
      expect(body.outcome).toBe('no-match');
      expect(body.error).toMatchObject({ command: 'set-image', code: 'GITOPS', exitCode: 1 });
      expect(result.stderr).toMatch(/^ferry: set-image: no image matched redis/);
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });

  it('prints an error as one JSON object on stdout with --json', async () => {
    const result = await ferry(['copy', 'only-one', '--json'], { cwd });
    expect(result.code).toBe(2);
    const body = JSON.parse(result.stdout) as { error: { command: string; code: string; exitCode: number } };
    expect(body.error).toMatchObject({ command: 'copy', code: 'USAGE', exitCode: 2 });
    expect(result.stderr).toMatch(/^ferry: copy: Expected SRC and DST/m);
  });
});
