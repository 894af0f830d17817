import type { Logger } from '../../log/index.js';
import type { GitHubRepository } from './repository.js';
export interface PullRequestOptions {
    repository: GitHubRepository;
    /** A token allowed to write pull requests; registered as a secret before use. */
    token: string;
    /** The branch holding the change (same repository). */
    head: string;
    /** The branch the change is for. */
    base: string;
    title: string;
    body: string;
    log: Logger;
}
export interface PullRequestResult {
    number: number;
    url: string;
    /** False when an open pull request for the head branch existed and was updated. */
    created: boolean;
}
/** Updates the open pull request from `head` into `base`, or opens one. One pull request per head branch. */
export declare function openOrUpdatePullRequest(options: PullRequestOptions): Promise<PullRequestResult>;
