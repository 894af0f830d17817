/** GITHUB_JOB on GitHub Actions, else undefined. `vars` is the process environment, passed in. */
export declare function ciStageName(vars: Readonly<Record<string, string | undefined>>): string | undefined;
