// Parses a GitHub repository URL (github.com or GitHub Enterprise Server) into owner, repository and
// the REST API base URL that Octokit needs.
import { FerryError } from '../../util/errors';

export interface GitHubRepository {
  owner: string;
  repo: string;
  /** REST API base: `https://api.github.com`, or `https://HOST/api/v3` for GitHub Enterprise Server. */
  apiUrl: string;
  /** Web base: `https://github.com` or `https://HOST`. */
  webUrl: string;
}

export interface ParseGitHubRepositoryOptions {
  /** Use this API base instead of the one derived from the host (e.g. a proxy, or a test double). */
  apiUrl?: string;
}

const NAME = /^[A-Za-z0-9_.-]+$/;

function invalid(serverUrl: string, why: string): FerryError {
  return new FerryError(
    `Invalid GitHub repository URL '${serverUrl}': ${why}. Expected https://HOST/OWNER/REPO (optionally ending in .git).`,
    { code: 'CONFIG', usage: true },
  );
}

/** `https://github.com/org/repo(.git)` or `https://ghe.example.com/org/repo(.git)`. */
export function parseGitHubRepository(
  serverUrl: string,
  options: ParseGitHubRepositoryOptions = {},
): GitHubRepository {
  let url: URL;
  try {
    url = new URL(serverUrl);
  } catch {
    throw invalid(serverUrl, 'not a URL');
  }
  if (url.username || url.password)
    throw invalid(`${url.protocol}//${url.host}${url.pathname}`, 'it holds credentials');
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw invalid(serverUrl, `unsupported scheme ${url.protocol}`);
  const segments = url.pathname.split('/').filter((s) => s.length > 0);
  const [owner, repoWithSuffix] = segments;
  if (segments.length !== 2 || owner === undefined || repoWithSuffix === undefined) {
    throw invalid(serverUrl, 'the path is not /OWNER/REPO');
  }
  const repo = repoWithSuffix.replace(/\.git$/, '');
  if (!NAME.test(owner) || !NAME.test(repo))
    throw invalid(serverUrl, 'owner or repository name has characters GitHub does not allow');
  const webUrl = `${url.protocol}//${url.host}`;
  const derived =
    url.hostname === 'github.com' || url.hostname === 'www.github.com'
      ? 'https://api.github.com'
      : `${webUrl}/api/v3`;
  return { owner, repo, apiUrl: (options.apiUrl ?? derived).replace(/\/+$/, ''), webUrl };
}
