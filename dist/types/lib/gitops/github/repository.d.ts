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
/** `https://github.com/org/repo(.git)` or `https://ghe.example.com/org/repo(.git)`. */
export declare function parseGitHubRepository(serverUrl: string, options?: ParseGitHubRepositoryOptions): GitHubRepository;
