// The stage a single step runs in when none is given: on GitHub Actions the job id, as Piper's
// orchestrator provider reports it (project-piper-action passes `--stageName $GITHUB_JOB`).

/** GITHUB_JOB on GitHub Actions, else undefined. `vars` is the process environment, passed in. */
export function ciStageName(vars: Readonly<Record<string, string | undefined>>): string | undefined {
  if (vars['GITHUB_ACTIONS'] !== 'true') return undefined;
  const job = vars['GITHUB_JOB']?.trim();
  return job ? job : undefined;
}
