// Fan-in: several pipeline environments in the `pipeline-env` input (a JSON list, or one per line),
// merged by the documented rule, and the Action's short outputs computed from the result.
import { describe, expect, it } from 'vitest';
import { mergeEnvironments, parseEnvironments } from '../../lib/action/fan-in';
import { shortOutputs } from '../../lib/action/outputs';
import { PipelineEnvironment, readPromotedImages } from '../../lib/env';
import { createLogger, createMemorySink } from '../../lib/log';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;
const D3 = `sha256:${'3'.repeat(64)}`;

function matrixEnv(name: string, digest: string, commit = 'abc'): Record<string, unknown> {
  return {
    'git/commitId': commit,
    'container/imageDigest': digest,
    'container/imageNameTags': [`team/${name}:1.0`],
    'container/imageDigests': [digest],
    'container/images': [{ registry: 'staging.example.com', name: `team/${name}`, tags: ['1.0'], digest }],
    'promotion/images': [
      {
        source: { reference: `staging.example.com/team/${name}:1.0`, digest },
        target: {
          registry: 'registry.example.com',
          name: `team/${name}`,
          tags: ['1.0'],
          references: [`registry.example.com/team/${name}:1.0`],
          digest,
        },
      },
    ],
  };
}

describe('parseEnvironments', () => {
  const api = matrixEnv('api', D1);
  const web = matrixEnv('web', D2);

  it.each([
    ['empty', '', 0],
    ['one object', JSON.stringify(api), 1],
    ['one pretty-printed object', JSON.stringify(api, null, 2), 1],
    ['a JSON list', JSON.stringify([api, web]), 2],
    ['one object per line', `${JSON.stringify(api)}\n\n${JSON.stringify(web)}\n`, 2],
  ])('reads %s', (_what, text, count) => {
    expect(parseEnvironments(text)).toHaveLength(count);
  });

  it.each([
    ['{', /input 'pipeline-env' is not valid JSON/],
    [`${JSON.stringify(api)}\n{"a":`, /line 2 is not valid JSON.*one JSON object per line/],
    ['[1]', /item 1: expected a JSON object/],
    ['"x"', /expected a JSON object/],
  ])('refuses %j naming where', (text, message) => {
    expect(() => parseEnvironments(text)).toThrow(message);
  });
});

describe('mergeEnvironments', () => {
  it('joins the image records of every matrix job, keeps Piper lists parallel, says which scalar won', () => {
    const sink = createMemorySink();
    const envs = parseEnvironments(
      [matrixEnv('api', D1), matrixEnv('web', D2)].map((e) => JSON.stringify(e)).join('\n'),
    );
    const merged = mergeEnvironments(envs, createLogger({ sink }));
    expect(merged && readPromotedImages(merged).map((p) => p.target.repository)).toEqual([
      'team/api',
      'team/web',
    ]);
    expect(merged?.get('container/images')?.map((p) => p.digest)).toEqual([D1, D2]);
    expect(merged?.get('container/imageNameTags')).toEqual(['team/api:1.0', 'team/web:1.0']);
    expect(merged?.get('container/imageDigests')).toEqual([D1, D2]);
    expect(merged?.get('container/imageDigest')).toBe(D2);
    expect(merged?.get('git/commitId')).toBe('abc');
    expect(sink.lines).toEqual([
      {
        level: 'info',
        text: 'pipeline-env: container/imageDigest differs between environment 1 and 2; the later one (2) is used.',
      },
    ]);
  });

  it('a later record for the same image replaces the earlier one in its place', () => {
    const merged = mergeEnvironments(
      [matrixEnv('api', D1), matrixEnv('web', D2), matrixEnv('api', D3)].map((e) =>
        PipelineEnvironment.fromJSON(e),
      ),
    );
    expect(merged && readPromotedImages(merged).map((p) => [p.target.repository, p.target.digest])).toEqual([
      ['team/api', D3],
      ['team/web', D2],
    ]);
  });

  it('warns when the environments come from different commits', () => {
    const sink = createMemorySink();
    mergeEnvironments(
      [matrixEnv('api', D1, 'abc'), matrixEnv('web', D2, 'def')].map((e) => PipelineEnvironment.fromJSON(e)),
      createLogger({ sink }),
    );
    expect(sink.lines.filter((l) => l.level === 'warn').map((l) => l.text)).toEqual([
      'pipeline-env: git/commitId differs between environment 1 and 2; the later one (2) is used. Were the jobs built from different commits?',
    ]);
  });

  it('returns a single environment as it is, and none for none', () => {
    const one = PipelineEnvironment.fromJSON(matrixEnv('api', D1));
    expect(mergeEnvironments([one])).toBe(one);
    expect(mergeEnvironments([])).toBeUndefined();
  });
});

describe('shortOutputs', () => {
  it('gives the built digest, the built images and the promoted references, pinned', () => {
    const merged = mergeEnvironments(
      [matrixEnv('api', D1), matrixEnv('web', D2)].map((e) => PipelineEnvironment.fromJSON(e)),
    );
    if (!merged) throw new Error('merged');
    expect(shortOutputs(merged)).toEqual({
      digest: D2,
      images: JSON.stringify([
        `staging.example.com/team/api:1.0@${D1}`,
        `staging.example.com/team/web:1.0@${D2}`,
      ]),
      promoted: JSON.stringify([
        `registry.example.com/team/api:1.0@${D1}`,
        `registry.example.com/team/web:1.0@${D2}`,
      ]),
    });
  });

  it('is empty when nothing was built or promoted', () => {
    expect(shortOutputs(new PipelineEnvironment())).toEqual({ digest: '', images: '[]', promoted: '[]' });
  });
});
