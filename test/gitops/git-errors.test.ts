// Unit tests for the pure parts of the git chokepoint: stderr classification, branch names, URLs.
import { describe, expect, it } from 'vitest';
import {
  assertBranchName,
  branchNameProblem,
  classifyGitFailure,
  displayUrl,
  GitError,
  insecureRemoteProblem,
  redactGitOutput,
  type GitFailure,
} from '../../lib/gitops/git';

describe('classifyGitFailure', () => {
  it.each<[string, GitFailure]>([
    ["fatal: Authentication failed for 'https://git.example/x.git/'", 'auth'],
    ["fatal: could not read Username for 'https://git.example': terminal prompts disabled", 'auth'],
    ["fatal: unable to access 'https://git.example/x.git/': The requested URL returned error: 403", 'auth'],
    ["fatal: repository 'https://git.example/x.git/' not found", 'repository-not-found'],
    [
      'warning: Could not find remote branch prod to clone.\nfatal: Remote branch prod not found in upstream origin',
      'branch-not-found',
    ],
    ["fatal: couldn't find remote ref refs/heads/prod", 'branch-not-found'],
    [' ! [rejected]        HEAD -> main (fetch first)\nerror: failed to push some refs', 'rejected'],
    [' ! [rejected]        HEAD -> main (non-fast-forward)', 'rejected'],
    [' ! [rejected]        HEAD -> main (stale info)', 'rejected'],
    [' ! [remote rejected] HEAD -> main (failed to update ref)', 'rejected'],
    [
      "remote: error: cannot lock ref 'refs/heads/main'\n ! [remote rejected] HEAD -> main (cannot lock ref)",
      'rejected',
    ],
    [' ! [remote rejected] HEAD -> main (pre-receive hook declined)', 'other'],
    ["fatal: unable to access 'https://x/': Could not resolve host: x", 'network'],
    [
      "fatal: unable to access 'https://x/': SSL certificate problem: unable to get local issuer certificate",
      'network',
    ],
    ['error: RPC failed; curl 56 Recv failure: Connection reset by peer', 'network'],
    ['fatal: something else entirely', 'other'],
  ])('%s → %s', (stderr, reason) => {
    expect(classifyGitFailure(stderr)).toBe(reason);
  });
});

describe('assertBranchName', () => {
  it.each(['main', 'release/1.2', 'ferry/dev/team-app', 'env_prod'])('accepts %s', (name) => {
    expect(() => assertBranchName(name)).not.toThrow();
  });
  it.each([
    '',
    '-x',
    '--upload-pack=x',
    'a..b',
    'a b',
    'a:b',
    'a~1',
    'x.lock',
    'x/',
    '/x',
    'a//b',
    'a@{1}',
    'a\u0001b',
    'a/.hidden',
    '.x',
    'a.lock/b',
    'x.',
    'a?b',
    'a*b',
    'a[b',
    'a\\b',
    'a^b',
    'a\tb',
    '@',
    'HEAD',
  ])('rejects %j', (name) => {
    expect(() => assertBranchName(name)).toThrow(GitError);
  });

  it.each([
    ['release..1', "it contains '..'"],
    ['feature/.x', "its component '.x' starts with '.'"],
    ['main.lock', "its component 'main.lock' ends with '.lock'"],
    ['-f', "it starts with '-'"],
    ['a b', 'it contains whitespace'],
  ])('says why %j is refused', (name, problem) => {
    expect(branchNameProblem(name)).toBe(problem);
  });
});

describe('redactGitOutput', () => {
  it.each([
    [
      "fatal: unable to access 'https://git.example/x.git?private_token=s3cr3t-Q/': The requested URL returned error: 404",
      "fatal: unable to access 'https://git.example/x.git?private_token=***': The requested URL returned error: 404",
    ],
    ['To https://u:p4ss@git.example/x.git', 'To https://git.example/x.git'],
    [
      "error: failed to push some refs to 'http://127.0.0.1:1/x.git?a=1&token=t0k'",
      "error: failed to push some refs to 'http://127.0.0.1:1/x.git?a=***&token=***'",
    ],
    ['nothing to redact here', 'nothing to redact here'],
  ])('%s', (text, printed) => {
    expect(redactGitOutput(text)).toBe(printed);
  });
});

describe('insecureRemoteProblem', () => {
  const credentials = { username: 'u', password: 'p' };
  it.each([
    ['http://127.0.0.1:8080/x.git', false, false],
    ['http://localhost/x.git', false, false],
    ['http://[::1]:3000/x.git', false, false],
    ['https://git.example/x.git', false, false],
    ['http://git.example/x.git', false, true],
    ['http://git.example/x.git', true, false],
  ])('%s (allowInsecureHttp %s) refused: %s', (url, allowInsecureHttp, refused) => {
    expect(insecureRemoteProblem({ url, credentials, allowInsecureHttp }) !== undefined).toBe(refused);
  });
  it('lets an anonymous remote use plain HTTP', () => {
    expect(insecureRemoteProblem({ url: 'http://git.example/x.git' })).toBeUndefined();
  });
});

describe('displayUrl', () => {
  it('drops user info and query', () => {
    expect(displayUrl('https://u:p@git.example/org/repo.git?x=1')).toBe('https://git.example/org/repo.git');
  });
});
