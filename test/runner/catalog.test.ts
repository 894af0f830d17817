// The runner runs what its StepCatalog holds: a step defined here (not shipped with ferry) resolves its
// parameters from a real config file, runs, and persists its output; stages take their definitions.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StageDefinition } from '../../lib/config';
import { createLogger, createMemorySink } from '../../lib/log';
import { runStage, runStep } from '../../lib/runner';
import { createStepCatalog, defineStep } from '../../lib/step';
import { UsageError } from '../../lib/util/errors';
import { workspaceWith } from '../config/helpers';

const greet = defineStep({
  name: 'greet',
  description: 'Writes a greeting into the pipeline environment.',
  aliases: [{ name: 'sayHello', presets: { greeting: 'hello' } }],
  params: {
    greeting: { type: 'string', description: 'The word.', default: 'hi' },
    who: {
      type: 'string',
      description: 'Whom to greet.',
      mandatory: true,
      scopes: ['general', 'steps', 'stages', 'parameters'],
    },
    loud: { type: 'boolean', description: 'Shout.', default: false },
  },
  outputs: ['artifactVersion'],
  async run(params, ctx) {
    const text = `${params.greeting} ${params.who}`;
    ctx.env.set('artifactVersion', params.loud ? text.toUpperCase() : text);
    ctx.log.info(`greeted ${params.who}`);
  },
});

// Prints what a program it starts sees: the environment comes from the run, not from process.env.
const probe = defineStep({
  name: 'probe',
  description: 'Runs a program and records the environment it saw.',
  params: {},
  outputs: ['artifactVersion'],
  async run(_params, ctx) {
    const script = 'process.stdout.write(`${process.env.FERRY_PROBE}:${process.env.FERRY_PROBE_ONLY_HERE}`)';
    const { stdout } = await ctx.exec(process.execPath, ['-e', script]);
    ctx.env.set('artifactVersion', `${stdout}|${ctx.environment?.FERRY_PROBE ?? 'none'}`);
  },
});

const catalog = createStepCatalog([greet, probe]);
const stages: StageDefinition[] = [
  {
    name: 'Hello',
    description: 'Greets.',
    steps: [{ step: 'greet', conditions: [{ kind: 'configKey', keys: ['who'] }] }],
  },
];

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function workspace(config: string): Promise<string> {
  const { dir, cleanup } = await workspaceWith({ '.pipeline/config.yml': config });
  cleanups.push(cleanup);
  return dir;
}

describe('a step catalog handed to the runner', () => {
  it('runs a step defined outside ferry, with config, flags and its output persisted', async () => {
    const dir = await workspace('steps:\n  greet:\n    who: world\n');
    const sink = createMemorySink();
    const report = await runStep('greet', {
      workspace: dir,
      catalog,
      flags: { loud: 'true' },
      vars: {},
      log: createLogger({ sink }),
    });
    expect(report.error).toBeUndefined();
    expect(report.outcomes.map((o) => [o.step, o.status])).toEqual([['greet', 'success']]);
    expect(report.env.get('artifactVersion')).toBe('HI WORLD');
    expect(await readFile(join(dir, '.pipeline/commonPipelineEnvironment/artifactVersion'), 'utf8')).toBe(
      'HI WORLD',
    );
    expect(sink.text()).toContain('greeted world');
  });

  it('hands the environment of the run to the step and to the programs it starts', async () => {
    const dir = await workspace('general: {}\n');
    const report = await runStep('probe', {
      workspace: dir,
      catalog,
      vars: {},
      environment: { PATH: process.env.PATH, FERRY_PROBE: 'handed-in', FERRY_PROBE_ONLY_HERE: 'yes' },
      log: createLogger({ sink: createMemorySink() }),
    });
    expect(report.error).toBeUndefined();
    expect(report.env.get('artifactVersion')).toBe('handed-in:yes|handed-in');
    expect(process.env.FERRY_PROBE).toBeUndefined();
  });

  it('finds a step by alias and applies its presets', async () => {
    const dir = await workspace('general:\n  who: there\n');
    const report = await runStep('sayHello', {
      workspace: dir,
      catalog,
      vars: {},
      log: createLogger({ sink: createMemorySink() }),
    });
    expect(report.env.get('artifactVersion')).toBe('hello there');
  });

  it('runs a stage from the stage definitions it is given', async () => {
    const dir = await workspace('stages:\n  Hello:\n    who: stage\n');
    const report = await runStage('Hello', {
      workspace: dir,
      catalog,
      stages,
      vars: {},
      log: createLogger({ sink: createMemorySink() }),
    });
    expect(report.outcomes.map((o) => o.step)).toEqual(['greet']);
    expect(report.env.get('artifactVersion')).toBe('hi stage');
  });

  it('knows only the steps of its catalog', async () => {
    const dir = await workspace('');
    await expect(
      runStep('imagePushToRegistry', {
        workspace: dir,
        catalog,
        vars: {},
        log: createLogger({ sink: createMemorySink() }),
      }),
    ).rejects.toThrow(UsageError);
    expect(() => catalog.require('gret')).toThrow(/Did you mean 'greet'\?/);
  });
});
