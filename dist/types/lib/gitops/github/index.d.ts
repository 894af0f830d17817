export { parseGitHubRepository } from './repository.js';
export type { GitHubRepository, ParseGitHubRepositoryOptions } from './repository.js';
export { openOrUpdatePullRequest } from './pull-request.js';
export type { PullRequestOptions, PullRequestResult } from './pull-request.js';
