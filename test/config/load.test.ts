// loadConfig: Piper's file format, customDefaults, malformed YAML, and refusal of billion-laughs files.
import { execFileSync } from 'node:child_process';
import { mkdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, parseYaml, YAML_LIMITS } from '../../lib/config';
import { invalidUtf8Offset } from '../../lib/config/load';
import { ConfigError } from '../../lib/util/errors';
import { PIPER_SAMPLE } from '../fixtures/piper-sample';
import { workspaceWith } from './helpers';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function ws(files: Record<string, string>): Promise<string> {
  const { dir, cleanup } = await workspaceWith(files);
  cleanups.push(cleanup);
  return dir;
}

describe('loadConfig', () => {
  it('reads the Piper sample config into general, stages and steps, keeping key order', async () => {
    const dir = await ws({ '.pipeline/config.yml': PIPER_SAMPLE });
    const loaded = await loadConfig({ workspace: dir });
    expect(loaded.found).toBe(true);
    expect(loaded.config.file).toBe('.pipeline/config.yml');
    expect(Object.keys(loaded.config.stages)).toEqual(['Build', 'Performance', 'Acceptance', 'Release']);
    expect(Object.keys(loaded.config.stages['Build'] ?? {})).toEqual([
      'imagePushToRegistry',
      'kanikoExecute',
    ]);
    expect(loaded.config.steps['gitOpsUpdateDeployment']?.['forcePush']).toBe(true);
    expect(loaded.config.general).toEqual({});
  });

  it('treats a missing config file as empty config', async () => {
    const dir = await ws({});
    const loaded = await loadConfig({ workspace: dir });
    expect(loaded.found).toBe(false);
    expect(loaded.config).toEqual({ file: '.pipeline/config.yml', general: {}, stages: {}, steps: {} });
    expect(loaded.defaults).toEqual([]);
  });

  // cmd/piper.go PrepareConfig + pkg/config InitializeConfig: --defaultConfig files first, then the
  // config's customDefaults, opened relative to the working directory (the workspace).
  it('loads defaultsFiles then customDefaults (relative to the workspace), in order', async () => {
    const dir = await ws({
      'ci/org-defaults.yml': 'general:\n  vaultPath: org\n',
      'team.yml': 'general:\n  vaultPath: team\n',
      'more/x.yml': 'steps:\n  build:\n    builder: buildah\n',
      '.pipeline/config.yml': 'customDefaults:\n  - team.yml\n  - more/x.yml\n',
    });
    const loaded = await loadConfig({ workspace: dir, defaultsFiles: ['ci/org-defaults.yml'] });
    expect(loaded.defaults.map((d) => d.file)).toEqual(['ci/org-defaults.yml', 'team.yml', 'more/x.yml']);
  });

  // cmd/piper.go: --defaultConfig defaults to .pipeline/defaults.yaml, which may be absent.
  it('reads .pipeline/defaults.yaml implicitly, below customDefaults; absent is fine', async () => {
    const dir = await ws({
      '.pipeline/defaults.yaml': 'general:\n  vaultPath: implicit\n',
      'team.yml': 'general:\n  vaultPath: team\n',
      '.pipeline/config.yml': 'customDefaults: [team.yml]\n',
    });
    expect((await loadConfig({ workspace: dir })).defaults.map((d) => d.file)).toEqual([
      '.pipeline/defaults.yaml',
      'team.yml',
    ]);
    expect((await loadConfig({ workspace: dir, defaultsFiles: [] })).defaults.map((d) => d.file)).toEqual([
      'team.yml',
    ]);
    const none = await ws({});
    expect((await loadConfig({ workspace: none })).defaults).toEqual([]);
  });

  // cmd/piper_test.go TestGetProjectConfigFile
  it.each([
    ['.pipeline/config.yml', [], '.pipeline/config.yml'],
    ['.pipeline/config.yml', ['.pipeline/config.yml'], '.pipeline/config.yml'],
    ['.pipeline/config.yml', ['.pipeline/config.yaml'], '.pipeline/config.yaml'],
    ['.pipeline/config.yaml', ['.pipeline/config.yml', '.pipeline/config.yaml'], '.pipeline/config.yaml'],
    ['.pipeline/config.yml', ['.pipeline/config.yml', '.pipeline/config.yaml'], '.pipeline/config.yml'],
  ])('config file %s with %j present reads %s', async (name, present, expected) => {
    const files = Object.fromEntries(present.map((p) => [p, `general:\n  vaultPath: ${p}\n`]));
    const dir = await ws(files);
    const loaded = await loadConfig({
      workspace: dir,
      ...(name === '.pipeline/config.yml' ? {} : { configFile: name }),
    });
    expect(loaded.config.file).toBe(expected);
    expect(loaded.found).toBe(present.length > 0);
  });

  it('warns (does not fail) for an unknown top-level key, as Piper ignores it', async () => {
    const dir = await ws({ '.pipeline/config.yml': 'general: {}\nstep:\n  build: {}\n' });
    const loaded = await loadConfig({ workspace: dir });
    expect(loaded.config.warnings).toEqual([
      {
        message:
          "unknown top-level key 'step' is ignored. Did you mean 'steps'? A config file holds general, stages, steps, customDefaults.",
        file: '.pipeline/config.yml',
        line: 2,
        key: 'step',
      },
    ]);
  });

  it.each([
    [
      'a customDefaults file that does not exist',
      { '.pipeline/config.yml': 'customDefaults: [nope.yml]\n' },
      /nope\.yml.*does not exist/,
    ],
    [
      'a customDefaults URL over plain HTTP (refused before any connection)',
      { '.pipeline/config.yml': 'customDefaults: [http://defaults.invalid/d.yml]\n' },
      /is plain HTTP; ferry fetches defaults over HTTPS only/,
    ],
    [
      'a customDefaults URL with credentials',
      { '.pipeline/config.yml': 'customDefaults: [https://u:secret@defaults.invalid/d.yml]\n' },
      /credentials in the URL are refused/,
    ],
    [
      'steps that is a list',
      { '.pipeline/config.yml': 'steps:\n  - build\n' },
      /section 'steps' must be a mapping.*found a list/,
    ],
    [
      'a step section that is a string',
      { '.pipeline/config.yml': 'steps:\n  build: yes\n' },
      /section 'steps\.build' must be a mapping/,
    ],
    [
      'two YAML documents',
      { '.pipeline/config.yml': 'general: {}\n---\nsteps: {}\n' },
      /holds 2 YAML documents/,
    ],
  ])('refuses %s with a ConfigError', async (_name, files, message) => {
    const dir = await ws(files);
    const error = await loadConfig({ workspace: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(message);
    expect((error as ConfigError).exitCode).toBe(2);
  });

  it('names the file and line of malformed YAML', async () => {
    const dir = await ws({
      '.pipeline/config.yml': 'steps:\n  build:\n    builder: [native,\n    x: y: z\n',
    });
    const error = await loadConfig({ workspace: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^\.pipeline\/config\.yml:4:\d+: not valid YAML/);
  });
});

describe('reading config files: regular files only, bounded, strict UTF-8', () => {
  const refusal = async (workspace: string, configFile: string): Promise<ConfigError> => {
    const error = await loadConfig({ workspace, configFile }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  };

  it('a config file named explicitly that does not exist is an error (exit 2), not empty config', async () => {
    const dir = await ws({});
    const error = await refusal(dir, 'nope.yml');
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(
      'Config file nope.yml does not exist. Fix the path, or leave it out to use .pipeline/config.yml (optional).',
    );
    // The default file stays optional, also when named.
    expect((await loadConfig({ workspace: dir, configFile: '.pipeline/config.yml' })).found).toBe(false);
  });

  it('refuses /dev/zero at once, without reading it', async () => {
    const dir = await ws({});
    const before = process.memoryUsage().rss;
    const error = await refusal(dir, '/dev/zero');
    expect(error.message).toBe(
      'Config file /dev/zero is a character device, not a regular file. Point to the YAML file.',
    );
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses a FIFO without waiting for a writer', async () => {
    const dir = await ws({});
    execFileSync('mkfifo', [join(dir, 'pipe.yml')]);
    const error = await refusal(dir, 'pipe.yml');
    expect(error.message).toBe(
      'Config file pipe.yml is a named pipe (FIFO), not a regular file. Point to the YAML file.',
    );
  });

  it('refuses a directory', async () => {
    const dir = await ws({});
    await mkdir(join(dir, 'conf.d'));
    expect((await refusal(dir, 'conf.d')).message).toBe(
      'Config file conf.d is a directory, not a regular file. Point to the YAML file.',
    );
  });

  it('stops reading a huge file at the byte limit', async () => {
    const dir = await ws({ 'big.yml': '' });
    // A sparse 700 MB file: cheap on disk, and reading it whole would show in the process size.
    await truncate(join(dir, 'big.yml'), 700 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const error = await refusal(dir, 'big.yml');
    expect(error.message).toMatch(
      new RegExp(`^big\\.yml: the file is larger than ${YAML_LIMITS.maxBytes} bytes`),
    );
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('names the file, line, column and byte offset of bytes that are not UTF-8', async () => {
    const dir = await ws({});
    await mkdir(join(dir, '.pipeline'));
    await writeFile(
      join(dir, '.pipeline', 'config.yml'),
      Buffer.concat([Buffer.from('general:\n  owner: caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
    );
    const error = await loadConfig({ workspace: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(
      '.pipeline/config.yml:2:13: not UTF-8 text: byte 0xe9 at offset 21 is not valid UTF-8. Save the file as UTF-8.',
    );
  });

  it.each([
    ['ASCII', [0x61, 0x62], undefined],
    ['a four-byte character', [0x61, 0xf0, 0x9f, 0x9a, 0xa2], undefined],
    ['a Latin-1 byte', [0x61, 0xe9, 0x62], 1],
    ['an overlong form', [0xc0, 0x80], 0],
    ['a UTF-16 surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['a sequence cut at the end', [0x61, 0xe2, 0x82], 1],
    ['a continuation byte alone', [0x80], 0],
    ['a value past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ])('invalidUtf8Offset: %s', (_name, bytes, expected) => {
    expect(invalidUtf8Offset(Uint8Array.from(bytes))).toBe(expected);
  });
});

describe('parseYaml safety', () => {
  const laughs = (levels: number, width: number): string => {
    const lines = [`l0: &l0 "lol"`];
    for (let i = 1; i <= levels; i++)
      lines.push(`l${i}: &l${i} [${Array.from({ length: width }, () => `*l${i - 1}`).join(', ')}]`);
    return lines.join('\n') + '\n';
  };

  it('refuses a billion-laughs file fast, with a clear message', () => {
    const start = Date.now();
    expect(() => parseYaml(laughs(9, 9), 'lol.yml')).toThrow(/lol\.yml: expands to more than 100000 values/);
    expect(Date.now() - start).toBeLessThan(2000);
  });

  it('refuses a file with more aliases than the limit', () => {
    const many = `a: &a x\nb: [${Array.from({ length: YAML_LIMITS.maxAliases + 1 }, () => '*a').join(', ')}]\n`;
    expect(() => parseYaml(many, 'many.yml')).toThrow(ConfigError);
  });

  it('accepts a few anchors and merges as Piper configs use them', () => {
    const text =
      'x: &common\n  tool: helm\nsteps:\n  gitOpsUpdateDeployment:\n    <<: *common\n    forcePush: true\n';
    expect(parseYaml(text, 'ok.yml')).toEqual({
      x: { tool: 'helm' },
      steps: { gitOpsUpdateDeployment: { tool: 'helm', forcePush: true } },
    });
  });

  it('refuses a file larger than the byte limit', () => {
    expect(() => parseYaml(`a: "${'x'.repeat(YAML_LIMITS.maxBytes)}"\n`, 'big.yml')).toThrow(/larger than/);
  });

  it('reads an empty file as nothing', () => {
    expect(parseYaml('# only a comment\n', 'empty.yml')).toBeUndefined();
  });
});
