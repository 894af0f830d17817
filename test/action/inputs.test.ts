// The action's inputs are parsed once into a typed object; action.yml declares an output for every
// pipeline environment key that may be exported.
import { readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { outputName, parseParams, readInputs } from '../../lib/action/inputs';
import { ENV_KEYS, isSecretKey } from '../../lib/env';
import { FerryError } from '../../lib/util/errors';

const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('action inputs', () => {
  it.each([
    [
      'targetRegistryUrl: r.example.com\nforcePush: true',
      { targetRegistryUrl: 'r.example.com', forcePush: true },
    ],
    ['maxPushAttempts: 5', { maxPushAttempts: '5' }],
    ['tags: [a, b]', { tags: ['a', 'b'] }],
    ['targetImages: {app: team/app}', { targetImages: '{"app":"team/app"}' }],
    ['', {}],
  ])('parses params %j', (text, expected) => {
    expect(parseParams(text)).toEqual(expected);
  });

  it.each([
    ['- a\n- b', /must be a YAML mapping/],
    ['a: [', /not valid YAML/],
    ['a: null', /a has no value/],
  ])('refuses params %j', (text, message) => {
    expect(() => parseParams(text)).toThrow(message);
  });

  it('needs a step or a stage, and reads the pipeline environment JSON', () => {
    expect(() => readInputs(inputs({}))).toThrow(FerryError);
    const read = readInputs(inputs({ stage: 'Build', 'pipeline-env': '{"git/commitId":"abc"}' }));
    expect(read.stage).toBe('Build');
    expect(read.envInputs.map((e) => e.get('git/commitId'))).toEqual(['abc']);
    expect(() => readInputs(inputs({ step: 'build', 'pipeline-env': '{' }))).toThrow(
      /input 'pipeline-env' is not valid JSON/,
    );
  });

  it('names outputs after keys', () => {
    expect(outputName('container/imageDigest')).toBe('container-image-digest');
    expect(outputName('promotion/images')).toBe('promotion-images');
    expect(outputName('artifactVersion')).toBe('artifact-version');
  });

  it('declares an output for every exportable key in action.yml, and none for secrets', () => {
    const action = loadYaml(readFileSync('action.yml', 'utf8')) as {
      outputs: Record<string, unknown>;
      runs: { using: string; main: string };
    };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    for (const key of Object.keys(ENV_KEYS)) {
      if (isSecretKey(key)) expect(action.outputs).not.toHaveProperty(outputName(key));
      else expect(action.outputs).toHaveProperty(outputName(key));
    }
    expect(action.outputs).toHaveProperty('pipeline-env');
  });
});
