// Where a build goes (planTargets) and its git provenance (remote URL sanitising, OCI labels, readGitInfo
// against a real git repository).
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  groupByRepository,
  ociLabels,
  planTargets,
  readGitInfo,
  sanitizeRemoteUrl,
  type TargetOptions,
} from '../../lib/build';
import { exec } from '../../lib/util/exec';

const none: TargetOptions = { nameTags: [], tagLatest: false, additionalTags: [] };

describe('planTargets', () => {
  test.each([
    [
      'name + tag',
      { ...none, registryUrl: 'https://reg.example.com:5000/', imageName: 'team/app', imageTag: '1.0.0' },
      ['reg.example.com:5000/team/app:1.0.0'],
      undefined,
    ],
    [
      'default tag from git, latest and additional tags',
      {
        ...none,
        registryUrl: 'reg.example.com',
        imageName: 'team/app',
        defaultTag: 'abc1234',
        tagLatest: true,
        additionalTags: ['stable'],
      },
      [
        'reg.example.com/team/app:abc1234',
        'reg.example.com/team/app:stable',
        'reg.example.com/team/app:latest',
      ],
      'abc1234',
    ],
    [
      'semver build metadata becomes a valid tag',
      { ...none, registryUrl: 'reg.example.com', imageName: 'app', imageTag: '1.2.3+build.4' },
      ['reg.example.com/app:1.2.3-build.4'],
      undefined,
    ],
    [
      'registry URL path is a repository prefix',
      { ...none, registryUrl: 'https://harbor.example.com/project', nameTags: ['app:1', 'worker:1'] },
      ['harbor.example.com/project/app:1', 'harbor.example.com/project/worker:1'],
      undefined,
    ],
    [
      "Piper's containerImage (full reference)",
      { ...none, image: 'reg.example.com/team/app:2.0' },
      ['reg.example.com/team/app:2.0'],
      undefined,
    ],
  ])('%s', (_name, options, references, chosen) => {
    const plan = planTargets(options);
    expect(plan.targets.map((t) => t.reference.toString())).toEqual(references);
    expect(plan.chosenTag).toBe(chosen);
  });

  test.each([
    ['no registry', { ...none, imageName: 'a', imageTag: '1' }, /containerRegistryUrl is not set/],
    ['no name', { ...none, registryUrl: 'r.io' }, /no image name/],
    [
      'no tag and no git',
      { ...none, registryUrl: 'r.io', imageName: 'a' },
      /no image tag.*not a git repository/,
    ],
    [
      'name:tag without tag',
      { ...none, registryUrl: 'r.io', nameTags: ['team/app'] },
      /'team\/app' has no tag/,
    ],
  ])('%s is a usage error', (_name, options, message) => {
    expect(() => planTargets(options)).toThrow(message);
  });

  test('groups tags by repository', () => {
    const plan = planTargets({ ...none, registryUrl: 'r.io', nameTags: ['a:1', 'b:1'], tagLatest: true });
    expect(groupByRepository(plan.targets).map((g) => [g.repository, g.tags])).toEqual([
      ['a', ['1', 'latest']],
      ['b', ['1', 'latest']],
    ]);
  });
});

describe('provenance', () => {
  test.each([
    ['https://user:tok3n@github.com/o/r.git', 'https://github.com/o/r.git'],
    ['git@github.com:o/r.git', 'https://github.com/o/r.git'],
    ['ssh://git@gitlab.example.com/group/r.git', 'https://gitlab.example.com/group/r.git'],
    ['https://github.com/o/r', 'https://github.com/o/r'],
  ])('sanitizeRemoteUrl(%s)', (input, expected) => {
    expect(sanitizeRemoteUrl(input)).toBe(expected);
  });

  test('OCI labels like docker/metadata-action', () => {
    expect(
      ociLabels({
        git: { commitId: 'c'.repeat(40), remoteUrl: 'https://github.com/o/r.git', commitTime: 0 },
        version: '1.0',
        imageName: 'team/app',
      }),
    ).toEqual({
      'org.opencontainers.image.title': 'app',
      'org.opencontainers.image.source': 'https://github.com/o/r',
      'org.opencontainers.image.revision': 'c'.repeat(40),
      'org.opencontainers.image.created': '1970-01-01T00:00:00Z',
      'org.opencontainers.image.version': '1.0',
    });
  });

  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  test('readGitInfo: commit, time, remote without credentials, dirty ignoring .pipeline/', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ferry-git-'));
    dirs.push(dir);
    expect(await readGitInfo(dir, exec)).toEqual({});
    const env = {
      ...process.env,
      GIT_AUTHOR_DATE: '1600000000 +0000',
      GIT_COMMITTER_DATE: '1600000000 +0000',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e',
    };
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { env, encoding: 'utf8' });
    git('init', '-q');
    await writeFile(join(dir, 'a.txt'), 'a');
    git('add', 'a.txt');
    git('commit', '-q', '-m', 'one');
    git('remote', 'add', 'origin', 'https://u:secret-token@example.com/o/r.git');
    const head = git('rev-parse', 'HEAD').trim();
    await mkdir(join(dir, '.pipeline', 'commonPipelineEnvironment'), { recursive: true });
    await writeFile(join(dir, '.pipeline', 'commonPipelineEnvironment', 'artifactVersion'), '1');
    expect(await readGitInfo(dir, exec)).toEqual({
      commitId: head,
      shortId: head.slice(0, 7),
      commitTime: 1600000000,
      remoteUrl: 'https://example.com/o/r.git',
      dirty: false,
    });
    await writeFile(join(dir, 'a.txt'), 'changed');
    expect((await readGitInfo(dir, exec)).dirty).toBe(true);
  });
});
