// loadConfig: Piper's file format, customDefaults, malformed YAML, and refusal of billion-laughs files.
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, parseYaml, YAML_LIMITS } from '../../lib/config';
import { ConfigError } from '../../lib/util/errors';
import { PIPER_SAMPLE, workspaceWith } from './helpers';

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

  it('loads defaultsFiles then customDefaults (relative to the config file), in order', async () => {
    const dir = await ws({
      'ci/org-defaults.yml': 'general:\n  vaultPath: org\n',
      '.pipeline/team.yml': 'general:\n  vaultPath: team\n',
      '.pipeline/more/x.yml': 'steps:\n  build:\n    builder: buildah\n',
      '.pipeline/config.yml': 'customDefaults:\n  - team.yml\n  - more/x.yml\n',
    });
    const loaded = await loadConfig({ workspace: dir, defaultsFiles: ['ci/org-defaults.yml'] });
    expect(loaded.defaults.map((d) => d.file)).toEqual([
      'ci/org-defaults.yml',
      '.pipeline/team.yml',
      '.pipeline/more/x.yml',
    ]);
  });

  it.each([
    [
      'a customDefaults file that does not exist',
      { '.pipeline/config.yml': 'customDefaults: [nope.yml]\n' },
      /nope\.yml.*does not exist/,
    ],
    [
      'a customDefaults URL',
      { '.pipeline/config.yml': 'customDefaults: [https://example.com/d.yml]\n' },
      /is a URL; ferry reads local files only/,
    ],
    [
      'a top-level typo',
      { '.pipeline/config.yml': 'step:\n  build: {}\n' },
      /unknown top-level key 'step'.*Did you mean 'steps'\?/,
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
