// The example workflow (examples/.github/workflows/ferry.yml) checked against action.yml and the example
// config: inputs and outputs the action declares, jobs chained by `needs`, minimal permissions, and
// parameters that exist, so that with Vault's secrets nothing mandatory is missing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { parseParams } from '../../lib/action/inputs';
import { loadConfig, paramSpecsOf, resolveParameters } from '../../lib/config';
import { PipelineEnvironment } from '../../lib/env';
import { createLogger, createMemorySink } from '../../lib/log';
import { STAGES } from '../../stages';
import { catalog, findStep, stepList } from '../../steps';

const ROOT = join(__dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');
const WORKFLOW_FILE = join(EXAMPLES, '.github', 'workflows', 'ferry.yml');
/** How a workflow names this action. */
const THIS_ACTION = /^ferry-ci\/ferry@v\d+$/;
/** Scopes a job may ask for, and the access each may get. */
const ALLOWED_PERMISSIONS: Readonly<Record<string, string>> = { contents: 'read', 'id-token': 'write' };

type Yaml = Record<string, unknown>;

function isMap(value: unknown): value is Yaml {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function map(value: unknown, what: string): Yaml {
  if (!isMap(value)) throw new Error(`${what} is not a mapping`);
  return value;
}

function loadYamlFile(path: string): Yaml {
  return map(load(readFileSync(path, 'utf8')), path);
}

interface ActionSpec {
  inputs: Set<string>;
  outputs: Set<string>;
}

function actionSpec(): ActionSpec {
  const action = loadYamlFile(join(ROOT, 'action.yml'));
  return {
    inputs: new Set(Object.keys(map(action.inputs, 'action.yml inputs'))),
    outputs: new Set(Object.keys(map(action.outputs, 'action.yml outputs'))),
  };
}

function needsOf(job: Yaml): string[] {
  const needs = job.needs;
  if (needs === undefined) return [];
  if (typeof needs === 'string') return [needs];
  if (Array.isArray(needs)) return needs.map(String);
  throw new Error('needs is neither a string nor a list');
}

function stepsOf(job: Yaml): Yaml[] {
  return Array.isArray(job.steps) ? job.steps.filter(isMap) : [];
}

/** Every string anywhere below `value`. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (isMap(value)) return Object.values(value).flatMap(strings);
  return [];
}

function expressions(value: unknown): string[] {
  return strings(value).flatMap((s) => [...s.matchAll(/\$\{\{(.*?)\}\}/g)].map((m) => (m[1] ?? '').trim()));
}

/**
 * Everything wrong with a workflow, one line each. Separate from the assertions so the tests below can
 * show it finds the mistakes it is meant to find.
 */
function problems(workflow: Yaml, spec: ActionSpec): string[] {
  const found: string[] = [];
  const jobs = map(workflow.jobs, 'jobs');

  if (!isMap(workflow.permissions) || Object.keys(workflow.permissions).length > 0)
    found.push('top-level permissions must be {} (jobs ask for their own)');

  for (const [jobName, jobValue] of Object.entries(jobs)) {
    const job = map(jobValue, `job ${jobName}`);
    const needs = needsOf(job);
    for (const need of needs) if (!(need in jobs)) found.push(`${jobName}: needs unknown job ${need}`);

    const permissions = job.permissions;
    if (!isMap(permissions)) found.push(`${jobName}: no permissions block (it would get the defaults)`);
    else
      for (const [scope, access] of Object.entries(permissions))
        if (ALLOWED_PERMISSIONS[scope] !== access)
          found.push(`${jobName}: permission ${scope}: ${String(access)}`);

    const ferryIds = new Set<string>();
    for (const step of stepsOf(job)) {
      const uses = typeof step.uses === 'string' ? step.uses : '';
      if (!THIS_ACTION.test(uses)) continue;
      if (typeof step.id === 'string') ferryIds.add(step.id);
      const inputs = isMap(step.with) ? step.with : {};
      for (const key of Object.keys(inputs))
        if (!spec.inputs.has(key)) found.push(`${jobName}: input '${key}' is not declared in action.yml`);
      if (inputs.step === undefined && inputs.stage === undefined)
        found.push(`${jobName}: the action needs step or stage`);
    }

    for (const expression of expressions(job)) {
      for (const m of expression.matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const [, id = '', output = ''] = m;
        if (ferryIds.has(id) && !spec.outputs.has(output))
          found.push(`${jobName}: reads output '${output}', which action.yml does not declare`);
        if (!ferryIds.has(id) && !stepsOf(job).some((s) => s.id === id))
          found.push(`${jobName}: reads outputs of step '${id}', which this job does not have`);
      }
      for (const m of expression.matchAll(/\bneeds\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const [, other = '', output = ''] = m;
        if (!needs.includes(other)) found.push(`${jobName}: reads outputs of ${other} without needing it`);
        const declared = isMap(jobs[other]) ? jobs[other].outputs : undefined;
        if (!isMap(declared) || !(output in declared))
          found.push(`${jobName}: reads ${other}.outputs.${output}, which ${other} does not declare`);
      }
      if (/\bsecrets\./.test(expression))
        found.push(`${jobName}: uses a GitHub secret (${expression}); credentials come from Vault`);
    }
  }
  return found;
}

/** The one ferry step of a job. */
function ferryStep(workflow: Yaml, jobName: string): Yaml {
  const job = map(map(workflow.jobs, 'jobs')[jobName], jobName);
  const [step, ...more] = stepsOf(job).filter((s) => typeof s.uses === 'string' && THIS_ACTION.test(s.uses));
  if (!step || more.length > 0) throw new Error(`${jobName} must have exactly one ferry step`);
  return map(step.with, `${jobName} with`);
}

function clone(workflow: Yaml): Yaml {
  return map(JSON.parse(JSON.stringify(workflow)), 'clone');
}

describe('workflows shown in the docs', () => {
  const spec = actionSpec();
  const docs = ['README.md', 'docs/getting-started.md', 'docs/github-actions-guide.md', 'docs/from-piper.md'];
  const blocks = docs.flatMap((doc) =>
    [...readFileSync(join(ROOT, doc), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1] ?? '')
      .filter((text) => /^jobs:/m.test(text))
      .map((text, i): [string, string] => [`${doc} #${i + 1}`, text]),
  );

  test('there is one in README.md', () => {
    expect(blocks.map(([name]) => name)).toContain('README.md #1');
  });

  test.each(blocks)('%s passes the same checks as the example', (_name, text) => {
    expect(problems(map(load(text), 'workflow'), spec)).toEqual([]);
  });
});

describe('examples/.github/workflows/ferry.yml', () => {
  const workflow = loadYamlFile(WORKFLOW_FILE);
  const spec = actionSpec();

  test('uses only inputs and outputs action.yml declares, chains jobs by needs, asks for minimal permissions', () => {
    expect(problems(workflow, spec)).toEqual([]);
  });

  test('build → promote → deploy, each passing the pipeline environment to the next', () => {
    const jobs = map(workflow.jobs, 'jobs');
    expect(Object.keys(jobs)).toEqual(['build', 'promote', 'deploy']);
    expect(needsOf(map(jobs.build, 'build'))).toEqual([]);
    expect(needsOf(map(jobs.promote, 'promote'))).toContain('build');
    expect(needsOf(map(jobs.deploy, 'deploy'))).toContain('promote');

    expect(ferryStep(workflow, 'build')).toMatchObject({ step: 'build', stage: 'Build' });
    expect(ferryStep(workflow, 'promote')).toMatchObject({
      step: 'imagePushToRegistry',
      stage: 'Build',
      'pipeline-env': '${{ needs.build.outputs.pipeline-env }}',
    });
    expect(ferryStep(workflow, 'deploy')).toMatchObject({
      stage: 'Acceptance',
      'pipeline-env': '${{ needs.promote.outputs.pipeline-env }}',
    });
    for (const name of ['build', 'promote'])
      expect(map(map(jobs[name], name).outputs, `${name} outputs`)['pipeline-env']).toBe(
        '${{ steps.ferry.outputs.pipeline-env }}',
      );
  });

  test('every job that logs in to Vault may request an OIDC token, and none may write to the repository', () => {
    for (const [name, job] of Object.entries(map(workflow.jobs, 'jobs')))
      expect(map(map(job, name).permissions, `${name} permissions`)).toEqual({
        contents: 'read',
        'id-token': 'write',
      });
  });

  test('with the example config, a job lacks only what Vault or an earlier job supplies, and has no unknown key', async () => {
    const config = await loadConfig({ workspace: EXAMPLES });
    // Pipeline environment keys the earlier jobs' steps write (and pass on through pipeline-env).
    const written = new Set<string>();
    for (const jobName of ['build', 'promote', 'deploy']) {
      const inputs = ferryStep(workflow, jobName);
      const stage = typeof inputs.stage === 'string' ? inputs.stage : undefined;
      const stepNames =
        typeof inputs.step === 'string'
          ? [inputs.step]
          : (STAGES.find((s) => s.name === stage)?.steps.map((s) => s.step) ?? []);
      expect(stepNames.length, jobName).toBeGreaterThan(0);
      const flags = parseParams(typeof inputs.params === 'string' ? inputs.params : '');
      for (const stepName of stepNames) {
        const found = findStep(stepName);
        if (!found) throw new Error(`${jobName}: unknown step ${stepName}`);
        const specs = paramSpecsOf(found.step);
        const known = Object.keys(flags).filter((k) => k in specs);
        if (typeof inputs.step === 'string')
          expect(known, `${jobName}: params not of ${stepName}`).toEqual(Object.keys(flags));
        const sink = createMemorySink();
        const resolved = await resolveParameters({
          catalog,
          step: found.step,
          stage,
          config,
          env: new PipelineEnvironment(),
          vars: {},
          flags: Object.fromEntries(known.map((k) => [k, flags[k] ?? ''])),
          log: createLogger({ sink }),
          skipMandatoryCheck: true,
        });
        expect(
          sink.lines.filter((l) => l.level !== 'debug' && l.level !== 'info'),
          jobName,
        ).toEqual([]);
        const supplied = resolved.missing.filter(
          (name) =>
            specs[name]?.vault !== undefined || (specs[name]?.fromEnv ?? []).some((key) => written.has(key)),
        );
        expect(resolved.missing, `${jobName}/${stepName}: missing, not from Vault or an earlier job`).toEqual(
          supplied,
        );
      }
      for (const stepName of stepNames)
        for (const key of findStep(stepName)?.step.outputs ?? []) written.add(key);
    }
  });

  test('every key under general in the example config is a parameter ferry reads (general keys are otherwise ignored)', () => {
    const config = loadYamlFile(join(EXAMPLES, '.pipeline', 'config.yml'));
    const known = new Set(
      stepList.flatMap((step) =>
        Object.entries(paramSpecsOf(step)).flatMap(([name, spec]) => [
          name,
          ...(spec.aliases ?? []).map((a) => a.name),
        ]),
      ),
    );
    const unknown = Object.keys(map(config.general, 'general')).filter((key) => !known.has(key));
    expect(unknown).toEqual([]);
  });

  test('docs/github-actions-guide.md shows the workflow and the config as they are', () => {
    const guide = readFileSync(join(ROOT, 'docs', 'github-actions-guide.md'), 'utf8');
    for (const file of [WORKFLOW_FILE, join(EXAMPLES, '.pipeline', 'config.yml')])
      expect(guide, file).toContain('```yaml\n' + readFileSync(file, 'utf8') + '```');
  });

  test.each<[string, (w: Yaml) => void, RegExp]>([
    ['an undeclared input', (w) => Object.assign(ferryStep(w, 'promote'), { bogus: 'x' }), /input 'bogus'/],
    [
      'an undeclared output',
      (w) =>
        Object.assign(map(map(map(w.jobs, 'j').build, 'b').outputs, 'o'), {
          d: '${{ steps.ferry.outputs.image-digest }}',
        }),
      /output 'image-digest'/,
    ],
    [
      'outputs of a job not needed',
      (w) => Object.assign(map(map(w.jobs, 'j').promote, 'p'), { needs: [] }),
      /promote: reads outputs of build without needing it/,
    ],
    [
      'a write permission',
      (w) => Object.assign(map(map(map(w.jobs, 'j').deploy, 'd').permissions, 'p'), { contents: 'write' }),
      /deploy: permission contents: write/,
    ],
    ['default permissions', (w) => Object.assign(w, { permissions: 'write-all' }), /top-level permissions/],
    [
      'a stored secret',
      (w) => Object.assign(ferryStep(w, 'deploy'), { params: 'password: ${{ secrets.GITOPS_TOKEN }}' }),
      /uses a GitHub secret/,
    ],
  ])('the check finds %s', (_what, mutate, expected) => {
    const broken = clone(workflow);
    mutate(broken);
    expect(problems(broken, spec).join('\n')).toMatch(expected);
  });
});
