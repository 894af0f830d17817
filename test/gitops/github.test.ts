// The pull-request client against the GitHub REST API test double: open, update, the create race,
// errors, and repository URL parsing for github.com and GitHub Enterprise Server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openOrUpdatePullRequest,
  parseGitHubRepository,
  type GitHubRepository,
} from '../../lib/gitops/github';
import { createLogger, createMemorySink } from '../../lib/log';
import { FerryError } from '../../lib/util/errors';
import { startGitHubDouble, type GitHubDouble } from '../doubles/github/server';

const TOKEN = 'ghp_testTokenNeverPrinted0123456789';

/** The FerryError a promise rejects with; fails the test when it resolves or rejects with anything else. */
async function failure(promise: Promise<unknown>): Promise<FerryError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof FerryError)) throw new Error(`expected a FerryError, got ${String(error)}`);
  return error;
}

describe('parseGitHubRepository', () => {
  it.each([
    [
      'https://github.com/sap/ferry-deploy',
      'sap',
      'ferry-deploy',
      'https://api.github.com',
      'https://github.com',
    ],
    [
      'https://github.com/sap/ferry-deploy.git',
      'sap',
      'ferry-deploy',
      'https://api.github.com',
      'https://github.com',
    ],
    [
      'https://ghe.corp.example/team/deploy.git',
      'team',
      'deploy',
      'https://ghe.corp.example/api/v3',
      'https://ghe.corp.example',
    ],
    [
      'https://ghe.corp.example:8443/team/deploy/',
      'team',
      'deploy',
      'https://ghe.corp.example:8443/api/v3',
      'https://ghe.corp.example:8443',
    ],
  ])('%s', (url, owner, repo, apiUrl, webUrl) => {
    expect(parseGitHubRepository(url)).toEqual({ owner, repo, apiUrl, webUrl });
  });

  it('takes an explicit API base', () => {
    expect(
      parseGitHubRepository('https://github.com/a/b', { apiUrl: 'http://127.0.0.1:1/api/v3/' }).apiUrl,
    ).toBe('http://127.0.0.1:1/api/v3');
  });

  it.each([
    'not a url',
    'https://github.com/only-owner',
    'https://github.com/a/b/c',
    'ssh://github.com/a/b',
    'https://u:p@github.com/a/b',
  ])('rejects %s with a usage error that says what is expected', (url) => {
    expect(() => parseGitHubRepository(url)).toThrow(FerryError);
    expect(() => parseGitHubRepository(url)).toThrow('Expected https://HOST/OWNER/REPO');
    expect(() => parseGitHubRepository(url)).not.toThrow('u:p@');
  });
});

describe('openOrUpdatePullRequest (GitHub REST API double)', () => {
  let github: GitHubDouble;
  let repository: GitHubRepository;
  const sink = createMemorySink();
  const log = createLogger({ sink, debug: true });

  beforeAll(async () => {
    github = await startGitHubDouble({ token: TOKEN });
    // A GitHub Enterprise Server URL: the API lives under /api/v3 on the same host.
    repository = parseGitHubRepository(`${github.webUrl}/team/deploy.git`);
  });
  afterAll(async () => {
    await github?.stop();
  });

  const open = (title: string, body: string, head = 'ferry/dev/app') =>
    openOrUpdatePullRequest({ repository, token: TOKEN, head, base: 'main', title, body, log });

  it('derives the Enterprise API base from the repository URL', () => {
    expect(repository.apiUrl).toBe(github.url);
  });

  it('opens a pull request, then updates the same one instead of opening another', async () => {
    const first = await open('Deploy app@sha256:1111', 'first');
    expect(first).toEqual({ number: 1, url: `${github.webUrl}/team/deploy/pull/1`, created: true });
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]).toMatchObject({
      head: 'ferry/dev/app',
      base: 'main',
      title: 'Deploy app@sha256:1111',
      body: 'first',
    });

    const second = await open('Deploy app@sha256:2222', 'second');
    expect(second).toEqual({ number: 1, url: first.url, created: false });
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]).toMatchObject({ title: 'Deploy app@sha256:2222', body: 'second' });

    const list = github.requests.find((r) => r.method === 'GET' && r.path.includes('/pulls?'));
    expect(list?.path).toContain(`head=${encodeURIComponent('team:ferry/dev/app')}`);
    expect(github.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it('opens a separate pull request for another head branch, and a new one once the old is closed', async () => {
    const other = await open('Deploy api', 'x', 'ferry/dev/api');
    expect(other.created).toBe(true);
    expect(other.number).toBe(2);
    const first = github.pulls.find((p) => p.number === 1);
    if (first) first.state = 'closed';
    const reopened = await open('Deploy app again', 'y');
    expect(reopened).toMatchObject({ number: 3, created: true });
  });

  it('updates the pull request another pipeline opened between list and create', async () => {
    let injected = false;
    const racing = await startGitHubDouble({
      token: TOKEN,
      branchExists: async () => {
        if (!injected) {
          injected = true;
          const now = new Date().toISOString();
          racing.pulls.push({
            owner: 'team',
            repo: 'deploy',
            number: 7,
            state: 'open',
            title: 'theirs',
            body: null,
            head: 'ferry/dev/app',
            base: 'main',
            createdAt: now,
            updatedAt: now,
          });
        }
        return true;
      },
    });
    try {
      const result = await openOrUpdatePullRequest({
        repository: parseGitHubRepository(`${racing.webUrl}/team/deploy`),
        token: TOKEN,
        head: 'ferry/dev/app',
        base: 'main',
        title: 'ours',
        body: 'b',
        log,
      });
      expect(result).toMatchObject({ number: 7, created: false });
      expect(racing.pulls).toHaveLength(1);
      expect(racing.pulls[0]?.title).toBe('ours');
    } finally {
      await racing.stop();
    }
  });

  it('says so when the token is wrong, without printing it', async () => {
    const wrong = 'ghp_wrongToken9876543210';
    const error = await failure(
      openOrUpdatePullRequest({
        repository,
        token: wrong,
        head: 'h',
        base: 'main',
        title: 't',
        body: 'b',
        log,
      }),
    );
    expect(error.code).toBe('AUTH');
    expect(error.message).toContain('rejected the token');
    expect(error.message).not.toContain(wrong);
    expect(sink.text()).not.toContain(TOKEN);
    expect(sink.text()).not.toContain(wrong);
    expect(log.secrets.has(TOKEN)).toBe(true);
  });

  it('reports a head branch GitHub refuses as a GITOPS error', async () => {
    const strict = await startGitHubDouble({ token: TOKEN, branchExists: async () => false });
    try {
      const error = await failure(
        openOrUpdatePullRequest({
          repository: parseGitHubRepository(`${strict.webUrl}/team/deploy`),
          token: TOKEN,
          head: 'ferry/missing',
          base: 'main',
          title: 't',
          body: 'b',
          log,
        }),
      );
      expect(error.code).toBe('GITOPS');
      expect(error.message).toContain('head branch was pushed');
    } finally {
      await strict.stop();
    }
  });
});
