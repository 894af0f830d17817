// Number parameters carry integer/min/max in their metadata, and every entry point checks them: a
// config file (naming file, section, key, expected and found), an environment variable, a flag.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coerceText, coerceYaml, expectedType } from '../../lib/config/coerce';
import { paramSpecsOf } from '../../lib/config';
import { stepList } from '../../steps';
import { ferry } from '../helpers/cli';

let workspace: string;
beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'ferry-bounds-'));
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

describe('number parameters in the metadata', () => {
  const numbers = stepList.flatMap((step) =>
    Object.entries(paramSpecsOf(step))
      .filter(([, spec]) => spec.type === 'number')
      .map(([name, spec]) => ({ id: `${step.name}.${name}`, spec })),
  );

  it('there are some', () => {
    expect(numbers.map((n) => n.id)).toEqual(
      expect.arrayContaining(['imagePushToRegistry.jobs', 'gitOpsUpdateDeployment.maxPushAttempts']),
    );
  });

  // Every number ferry has is a count (parallelism, attempts): whole and at least 1.
  it.each(numbers)('$id is an integer with a minimum, and its default is allowed', ({ spec }) => {
    expect(spec.integer).toBe(true);
    expect(spec.min).toBeGreaterThanOrEqual(1);
    if (spec.default !== undefined)
      expect(coerceYaml(spec.default, spec)).toEqual({ ok: true, value: spec.default });
  });
});

describe('coercion', () => {
  const spec = { type: 'number', description: '', integer: true, min: 1, max: 64 } as const;
  it.each([0, -5, 1.5, 65, '0', '1.5', 'x'])('refuses %j', (value) => {
    expect(coerceYaml(value, spec).ok).toBe(false);
  });
  it.each([1, 64, '8'])('accepts %j', (value) => {
    expect(coerceYaml(value, spec)).toEqual({ ok: true, value: Number(value) });
  });
  it('text from a variable or flag is checked the same way', () => {
    expect(coerceText('0', spec).ok).toBe(false);
    expect(coerceText('12', spec)).toEqual({ ok: true, value: 12 });
  });
  it('the expected text names the bounds', () => {
    expect(expectedType(spec)).toBe('an integer from 1 to 64');
    expect(expectedType({ type: 'number', description: '', integer: true, min: 1 })).toBe(
      'an integer of at least 1',
    );
    expect(expectedType({ type: 'number', description: '' })).toBe('a number');
  });
});

describe('through the CLI: exit 2 with file, section, key, expected and found', () => {
  const config = async (section: string, key: string, value: string): Promise<void> => {
    await writeFile(join(workspace, 'ferry.yml'), `steps:\n  ${section}:\n    ${key}: ${value}\n`);
  };

  it.each([
    ['imagePushToRegistry', 'jobs', '0', 'an integer from 1 to 64', 'a number (0)'],
    ['imagePushToRegistry', 'jobs', '-5', 'an integer from 1 to 64', 'a number (-5)'],
    ['imagePushToRegistry', 'jobs', '1.5', 'an integer from 1 to 64', 'a number (1.5)'],
    ['gitOpsUpdateDeployment', 'maxPushAttempts', '-3', 'an integer from 1 to 100', 'a number (-3)'],
  ])('steps.%s.%s: %s', async (step, key, value, expected, found) => {
    await config(step, key, value);
    const result = await ferry(['config', step, '--config', 'ferry.yml'], { cwd: workspace });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`ferry.yml: steps.${step}.${key}: expected ${expected}, found ${found}.`);
  });

  it('an environment variable out of bounds', async () => {
    const result = await ferry(['config', 'imagePushToRegistry'], {
      cwd: workspace,
      env: { FERRY_jobs: '0' },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "Environment variable FERRY_jobs: expected an integer from 1 to 64, found '0'.",
    );
  });

  it('a flag out of bounds', async () => {
    const result = await ferry(['config', 'imagePushToRegistry', '--jobs', '1.5'], { cwd: workspace });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Parameter 'jobs': expected an integer from 1 to 64, found '1.5'.");
  });

  it('a value in bounds is taken', async () => {
    await config('imagePushToRegistry', 'jobs', '8');
    const result = await ferry(['config', 'imagePushToRegistry', '--config', 'ferry.yml', '--json'], {
      cwd: workspace,
    });
    expect(result.code, result.all).toBe(0);
    expect(JSON.parse(result.stdout).parameters.jobs.value).toBe(8);
  });
});
