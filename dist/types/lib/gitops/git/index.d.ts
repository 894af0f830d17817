export { createGitCaBundle } from './ca-bundle.js';
export type { GitCaBundleOptions } from './ca-bundle.js';
export { createGitRunner, displayUrl, insecureRemoteProblem } from './command.js';
export type { GitCredentials, GitRemote, GitRunner, GitRunnerOptions, GitRunOptions } from './command.js';
export { classifyGitFailure, conflictError, GitError, isGitError, redactGitOutput } from './errors.js';
export type { GitFailure } from './errors.js';
export { assertBranchName, branchNameProblem, cloneBranch, pushBranch, pushWithRetry } from './workdir.js';
export type { AppliedEdit, BackoffOptions, CloneOptions, CommitOptions, GitAuthor, GitWorkdir, PushBranchOptions, PushBranchResult, PushOptions, PushWithRetryOptions, PushWithRetryResult, } from './workdir.js';
