// How every entry point reads a config file named by the user (--config, the action's `config` input):
// a missing file, a FIFO, /dev/zero and non-UTF-8 bytes are each one clear error with exit 2, before any
// step runs. The action is the bundle (dist/action.js) run as a runner runs it.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ferry } from '../helpers/cli';

const ACTION = join(import.meta.dirname, '..', '..', 'dist', 'action.js');

let workspace: string;
beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'ferry-config-file-'));
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

const COMMANDS: { name: string; command: string[] }[] = [
  ['stages'],
  ['config', 'imagePushToRegistry'],
  ['run', 'imagePushToRegistry'],
].map((command) => ({ name: command.join(' '), command }));

describe('--config', () => {
  it.each(COMMANDS)('ferry $name --config nope.yml: exit 2, the file named', async ({ command }) => {
    const result = await ferry([...command, '--config', 'nope.yml'], { cwd: workspace });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Config file nope.yml does not exist.');
  });

  it.each(COMMANDS)('ferry $name --config /dev/zero: refused at once, exit 2', async ({ command }) => {
    const result = await ferry([...command, '--config', '/dev/zero'], { cwd: workspace });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Config file /dev/zero is a character device, not a regular file.');
  });

  it('a FIFO is refused without waiting for a writer', async () => {
    execFileSync('mkfifo', [join(workspace, 'fifo.yml')]);
    const result = await ferry(['stages', '--config', 'fifo.yml'], { cwd: workspace });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Config file fifo.yml is a named pipe (FIFO), not a regular file.');
  });

  it('bytes that are not UTF-8 are an error naming file, line and offset', async () => {
    await writeFile(
      join(workspace, 'latin1.yml'),
      Buffer.from('steps:\n  build:\n    containerImageName: caf\xe9\n', 'latin1'),
    );
    const result = await ferry(['config', 'build', '--config', 'latin1.yml'], { cwd: workspace });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('latin1.yml:3:28: not UTF-8 text: byte 0xe9 at offset 43');
    expect(result.all).not.toContain('\ufffd');
  });

  it('the default .pipeline/config.yml may be absent', async () => {
    const result = await ferry(['stages'], { cwd: workspace });
    expect(result.code).toBe(0);
  });
});

describe("the action's config input", () => {
  const runAction = async (config: string): Promise<{ code: number; stdout: string }> => {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: workspace,
      GITHUB_WORKSPACE: workspace,
      INPUT_STEP: 'imagePushToRegistry',
      INPUT_CONFIG: config,
    };
    return promisify(execFile)(process.execPath, [ACTION], { env, cwd: workspace }).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code?: number; stdout?: string }) => ({ code: e.code ?? 1, stdout: e.stdout ?? '' }),
    );
  };

  it('a missing file fails the action, naming it', async () => {
    const result = await runAction('nope.yml');
    expect(result.code).not.toBe(0);
    expect(result.stdout).toContain('::error::Config file nope.yml does not exist.');
  });

  it('/dev/zero is refused at once', async () => {
    const result = await runAction('/dev/zero');
    expect(result.code).not.toBe(0);
    expect(result.stdout).toContain(
      '::error::Config file /dev/zero is a character device, not a regular file.',
    );
  });
});

describe('ferry config never prints a password in a URL', () => {
  const PASSWORD = 'Pw-in-url-9x2c';
  const config = [
    'steps:',
    '  imagePushToRegistry:',
    `    targetRegistryUrl: https://robot:${PASSWORD}@registry.example.com`,
    `    sourceRegistryUrl: robot:${PASSWORD}@staging.example.com`,
    '',
  ].join('\n');

  it.each([[[]], [['--json']]])('in the table and in --json (%j)', async (extra) => {
    await writeFile(join(workspace, 'ferry.yml'), config);
    const result = await ferry(['config', 'imagePushToRegistry', '--config', 'ferry.yml', ...extra], {
      cwd: workspace,
    });
    expect(result.code, result.all).toBe(0);
    expect(result.all).not.toContain(PASSWORD);
    expect(result.stdout).toContain('https://robot:***@registry.example.com');
    expect(result.stdout).toContain('robot:***@staging.example.com');
  });
});
