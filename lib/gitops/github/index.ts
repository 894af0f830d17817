// GitHub pull requests for the GitOps step's pull-request mode (github.com and GitHub Enterprise Server).
export { parseGitHubRepository } from './repository';
export type { GitHubRepository, ParseGitHubRepositoryOptions } from './repository';
export { openOrUpdatePullRequest } from './pull-request';
export type { PullRequestOptions, PullRequestResult } from './pull-request';
