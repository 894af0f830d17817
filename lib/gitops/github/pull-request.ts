// Opens the pull request for a GitOps change, or updates the one already open for its head branch, via
// @actions/github (Octokit) against github.com or a GitHub Enterprise Server API base.
import { getOctokit } from '@actions/github';
import type { Logger } from '../../log';
import { FerryError } from '../../util/errors';
import type { GitHubRepository } from './repository';

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

interface PullSummary {
  number: number;
  html_url: string;
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  return typeof error.status === 'number' ? error.status : undefined;
}

function alreadyExists(error: unknown): boolean {
  if (statusOf(error) !== 422 || typeof error !== 'object' || error === null || !('response' in error))
    return false;
  const text = JSON.stringify(error.response ?? '');
  return /already exists/i.test(text);
}

function toFerryError(action: string, repository: GitHubRepository, error: unknown): FerryError {
  const where = `${repository.owner}/${repository.repo} at ${repository.apiUrl}`;
  const status = statusOf(error);
  if (status === 401) {
    return new FerryError(
      `${action} on ${where} failed: GitHub rejected the token (401). Check the password/token parameter.`,
      {
        code: 'AUTH',
        cause: error,
      },
    );
  }
  if (status === 403) {
    return new FerryError(
      `${action} on ${where} failed: the token may not do this (403). Give it the 'pull_requests: write' permission (or the repo scope).`,
      { code: 'AUTH', cause: error },
    );
  }
  if (status === 404) {
    return new FerryError(
      `${action} on ${where} failed: repository not found, or the token cannot see it (404). Check serverUrl.`,
      {
        code: 'NOT_FOUND',
        cause: error,
      },
    );
  }
  if (status === 422) {
    return new FerryError(
      `${action} on ${where} failed: GitHub refused the request (422). Check that the head branch was pushed and the base branch exists.`,
      { code: 'GITOPS', cause: error },
    );
  }
  const why =
    status === undefined ? (error instanceof Error ? error.message : String(error)) : `HTTP ${status}`;
  return new FerryError(`${action} on ${where} failed: ${why}. Check the GitHub API URL and the network.`, {
    code: status === undefined || status >= 500 ? 'NETWORK' : 'GITOPS',
    cause: error,
  });
}

/** Updates the open pull request from `head` into `base`, or opens one. One pull request per head branch. */
export async function openOrUpdatePullRequest(options: PullRequestOptions): Promise<PullRequestResult> {
  const { repository, log } = options;
  log.addSecret(options.token);
  const octokit = getOctokit(options.token, { baseUrl: repository.apiUrl });
  const { owner, repo } = repository;

  const findOpen = async (): Promise<PullSummary | undefined> => {
    try {
      const { data } = await octokit.rest.pulls.list({
        owner,
        repo,
        head: `${owner}:${options.head}`,
        base: options.base,
        state: 'open',
      });
      return data[0];
    } catch (error) {
      throw toFerryError('Listing pull requests', repository, error);
    }
  };

  const update = async (pull: PullSummary): Promise<PullRequestResult> => {
    try {
      const { data } = await octokit.rest.pulls.update({
        owner,
        repo,
        pull_number: pull.number,
        title: options.title,
        body: options.body,
      });
      log.info(`Updated pull request #${data.number}: ${data.html_url}`);
      return { number: data.number, url: data.html_url, created: false };
    } catch (error) {
      throw toFerryError(`Updating pull request #${pull.number}`, repository, error);
    }
  };

  const existing = await findOpen();
  if (existing) return update(existing);
  try {
    const { data } = await octokit.rest.pulls.create({
      owner,
      repo,
      head: options.head,
      base: options.base,
      title: options.title,
      body: options.body,
    });
    log.info(`Opened pull request #${data.number}: ${data.html_url}`);
    return { number: data.number, url: data.html_url, created: true };
  } catch (error) {
    // Another pipeline opened it between our list and our create: update that one instead.
    if (alreadyExists(error)) {
      const raced = await findOpen();
      if (raced) return update(raced);
    }
    throw toFerryError('Opening a pull request', repository, error);
  }
}
