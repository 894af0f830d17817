// The git workflow of the GitOps step: clone, commit, push with retry, push a PR branch. Everything
// runs through one chokepoint (command.ts) that keeps credentials out of argv, URLs, logs and config.
export { createGitCaBundle } from './ca-bundle';
export type { GitCaBundleOptions } from './ca-bundle';
export { createGitRunner, displayUrl, insecureRemoteProblem } from './command';
export type { GitCredentials, GitRemote, GitRunner, GitRunnerOptions, GitRunOptions } from './command';
export { classifyGitFailure, conflictError, GitError, isGitError, redactGitOutput } from './errors';
export type { GitFailure } from './errors';
export { assertBranchName, branchNameProblem, cloneBranch, pushBranch, pushWithRetry } from './workdir';
export type {
  AppliedEdit,
  BackoffOptions,
  CloneOptions,
  CommitOptions,
  GitAuthor,
  GitWorkdir,
  PushBranchOptions,
  PushBranchResult,
  PushOptions,
  PushWithRetryOptions,
  PushWithRetryResult,
} from './workdir';
