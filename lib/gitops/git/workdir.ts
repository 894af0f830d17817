// The GitOps git workflow: a shallow single-branch clone into a temp dir, commit everything that
// changed, and push — re-applying the edit on the new head when the branch moved meanwhile.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../../log';
import { backoffDelay } from '../../util/retry';
import type { Environment } from '../../util/environment';
import { argvUrl, createGitRunner, displayUrl, type GitRemote, type GitRunner } from './command';
import { GitError, isGitError, type GitFailure } from './errors';

export interface CloneOptions {
  remote: GitRemote;
  branch: string;
  /** A private directory for this run (StepContext.tempDir()); the clone and an empty HOME go there. */
  tempDir: string;
  log: Logger;
  signal?: AbortSignal;
  /** The environment handed down from the entry point (StepContext.environment); git takes PATH and proxies from it. */
  environment?: Environment;
  /** Sees the argv of every git command: for debugging and for tests. */
  onCommand?: (args: readonly string[]) => void;
}

export interface GitAuthor {
  name: string;
  email: string;
}

export interface CommitOptions {
  message: string;
  authorName: string;
  authorEmail: string;
}

export interface PushOptions {
  /** The branch on the remote; default: the cloned branch. */
  remoteBranch?: string;
  /**
   * Overwrite the remote branch only if it still points at this commit (`--force-with-lease`);
   * the empty string means "only if the branch does not exist yet".
   */
  forceWithLease?: string;
}

export interface GitWorkdir {
  /** The work tree. */
  readonly dir: string;
  /** The cloned branch. */
  readonly branch: string;
  /** The remote URL as it may be printed. */
  readonly url: string;
  head(): Promise<string>;
  /** Stages every change and commits it. Returns the new commit, or undefined when nothing changed. */
  commitAll(options: CommitOptions): Promise<string | undefined>;
  /** Paths (relative to the work tree) that differ from HEAD, untracked files included. */
  changedFiles(): Promise<string[]>;
  /**
   * Pushes HEAD; throws the GitError git's failure maps to. Whether a failed push lost a race is not
   * read from that error: compare `fetchHead()` with the commit the edit was made on.
   */
  push(options?: PushOptions): Promise<void>;
  /** Fetches the cloned branch (shallow) and returns the commit it points at on the remote now. */
  fetchHead(): Promise<string>;
  /** Resets the work tree to a fetched commit, dropping every local change and untracked file. */
  resetTo(commit: string): Promise<void>;
  /** Fetches the branch and resets the work tree to its new head. Returns that head. */
  fetchAndReset(): Promise<string>;
  /** The commit a remote branch points at, or undefined when it does not exist. */
  remoteHead(branch: string): Promise<string | undefined>;
  /** Fetches a remote branch shallowly and returns the tree of its head, or undefined when it does not exist. */
  tryRemoteTree(branch: string): Promise<string | undefined>;
  /** The tree of HEAD. */
  headTree(): Promise<string>;
}

/**
 * Why git would refuse `name` as a branch (git check-ref-format --branch), or undefined when it is fine.
 * Checked before a name reaches argv, so a name like `--upload-pack=…` is never an option.
 */
export function branchNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'it is empty';
  if (name.startsWith('-')) return "it starts with '-'";
  if (name === '@' || name === 'HEAD') return `'${name}' is reserved`;
  for (const char of name) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) return 'it contains a control character';
  }
  const forbidden = /[\s~^:?*[\\]/.exec(name);
  if (forbidden) return /\s/.test(forbidden[0]) ? 'it contains whitespace' : `it contains '${forbidden[0]}'`;
  if (name.includes('..')) return "it contains '..'";
  if (name.includes('@{')) return "it contains '@{'";
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
    return "it starts or ends with '/', or holds an empty component ('//')";
  if (name.endsWith('.')) return "it ends with '.'";
  for (const component of name.split('/')) {
    if (component.startsWith('.')) return `its component '${component}' starts with '.'`;
    if (component.endsWith('.lock')) return `its component '${component}' ends with '.lock'`;
  }
  return undefined;
}

/** Rejects names git would refuse, before they reach argv. */
export function assertBranchName(branch: string, what = 'branch'): void {
  const problem = branchNameProblem(branch);
  if (problem !== undefined) {
    throw new GitError(
      `Invalid ${what} name ${JSON.stringify(branch)}: ${problem}, which git does not allow. Use an existing branch's name: letters, digits, '-', '_', '.' and '/' (e.g. main or release/1.2).`,
      'other',
    );
  }
}

const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** The object id git printed; anything else is a failure, never a value to compare or reset to. */
function objectId(output: string, what: string): string {
  const id = output.trim();
  if (!OBJECT_ID.test(id)) {
    throw new GitError(`Reading ${what} failed: git printed no object id.`, 'other');
  }
  return id;
}

function authorEnv(options: CommitOptions): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: options.authorName,
    GIT_AUTHOR_EMAIL: options.authorEmail,
    GIT_COMMITTER_NAME: options.authorName,
    GIT_COMMITTER_EMAIL: options.authorEmail,
  };
}

/** Clones `branch` of the remote with depth 1 into `<tempDir>/repo`. */
export async function cloneBranch(options: CloneOptions): Promise<GitWorkdir> {
  assertBranchName(options.branch);
  const home = join(options.tempDir, 'home');
  const dir = join(options.tempDir, 'repo');
  await mkdir(home, { recursive: true });
  const git = createGitRunner({
    remote: options.remote,
    home,
    log: options.log,
    signal: options.signal,
    ...(options.environment ? { environment: options.environment } : {}),
    onCommand: options.onCommand,
  });
  const url = displayUrl(options.remote.url);
  const { branch } = options;
  try {
    await git(
      [
        'clone',
        '--quiet',
        '--depth',
        '1',
        '--single-branch',
        '--no-tags',
        '--branch',
        branch,
        '--',
        argvUrl(options.remote.url),
        dir,
      ],
      { cwd: options.tempDir, action: `Cloning branch ${branch}`, authenticate: true },
    );
  } catch (error) {
    if (isGitError(error, 'branch-not-found')) {
      throw new GitError(
        `Cloning the GitOps repository failed: branch ${branch} not found in ${url}. Check branchName, or create the branch first.`,
        'branch-not-found',
        error,
      );
    }
    throw error;
  }
  return createWorkdir(git, dir, branch, url);
}

function createWorkdir(git: GitRunner, dir: string, branch: string, url: string): GitWorkdir {
  const local = (args: string[], action: string, env?: Record<string, string>): Promise<string> =>
    git(args, { cwd: dir, action, env });
  const remote = (args: string[], action: string): Promise<string> =>
    git(args, { cwd: dir, action, authenticate: true });

  const workdir: GitWorkdir = {
    dir,
    branch,
    url,
    async head() {
      return objectId(await local(['rev-parse', '--verify', 'HEAD^{commit}'], 'Reading HEAD'), 'HEAD');
    },
    async headTree() {
      return (await local(['rev-parse', 'HEAD^{tree}'], 'Reading the tree of HEAD')).trim();
    },
    async changedFiles() {
      const out = await local(
        ['status', '--porcelain=v1', '-z', '--untracked-files=all'],
        'Listing changed files',
      );
      const paths: string[] = [];
      const records = out.split('\0');
      for (let i = 0; i < records.length; i++) {
        const record = records[i] ?? '';
        if (record.length < 4) continue;
        paths.push(record.slice(3));
        // A rename is followed by its source path.
        if (record[0] === 'R' || record[0] === 'C') i++;
      }
      return paths;
    },
    async commitAll(options) {
      await local(['add', '--all'], 'Staging changes');
      const staged = await local(['diff', '--cached', '--name-only', '-z'], 'Listing staged changes');
      if (staged.length === 0) return undefined;
      await local(
        ['commit', '--quiet', '--no-verify', '--no-gpg-sign', '-m', options.message],
        'Committing',
        authorEnv(options),
      );
      return workdir.head();
    },
    async push(options = {}) {
      const target = options.remoteBranch ?? branch;
      assertBranchName(target);
      const args = ['push', '--quiet', '--porcelain'];
      if (options.forceWithLease !== undefined)
        args.push(`--force-with-lease=refs/heads/${target}:${options.forceWithLease}`);
      args.push('origin', `HEAD:refs/heads/${target}`);
      await remote(args, `Pushing to branch ${target}`);
    },
    async fetchHead() {
      const tracking = `refs/remotes/origin/${branch}`;
      await remote(
        ['fetch', '--quiet', '--depth', '1', '--no-tags', 'origin', `+refs/heads/${branch}:${tracking}`],
        `Fetching branch ${branch}`,
      );
      const out = await local(
        ['rev-parse', '--verify', `${tracking}^{commit}`],
        `Reading the head of ${branch}`,
      );
      return objectId(out, `the head of ${branch}`);
    },
    async resetTo(commit) {
      await local(['reset', '--quiet', '--hard', commit], `Resetting to the head of ${branch}`);
      await local(['clean', '--quiet', '-d', '--force', '-x'], 'Removing untracked files');
    },
    async fetchAndReset() {
      const head = await workdir.fetchHead();
      await workdir.resetTo(head);
      return head;
    },
    async remoteHead(name) {
      assertBranchName(name);
      const out = await remote(
        ['ls-remote', '--heads', 'origin', `refs/heads/${name}`],
        `Looking up branch ${name}`,
      );
      const sha = out.split('\n')[0]?.split('\t')[0]?.trim();
      return sha ? sha : undefined;
    },
    async tryRemoteTree(name) {
      if ((await workdir.remoteHead(name)) === undefined) return undefined;
      const tracking = `refs/remotes/origin/${name}`;
      try {
        await remote(
          ['fetch', '--quiet', '--depth', '1', '--no-tags', 'origin', `+refs/heads/${name}:${tracking}`],
          `Fetching branch ${name}`,
        );
      } catch (error) {
        if (isGitError(error, 'branch-not-found')) return undefined;
        throw error;
      }
      return (await local(['rev-parse', `${tracking}^{tree}`], `Reading the tree of ${name}`)).trim();
    },
  };
  return workdir;
}

/** What an edit did on one head; computed again each time the edit is re-applied. */
export interface AppliedEdit {
  /** The commit message for this edit on this head (old → new values may differ between heads). */
  message: string;
}

export interface BackoffOptions {
  /** First delay; doubles each attempt. */
  baseMs: number;
  maxMs: number;
}

export interface PushWithRetryOptions<E extends AppliedEdit> {
  /** Makes the edit in the work tree. Throws `conflictError(...)` when it cannot apply on this head. */
  apply: (workdir: string) => Promise<E>;
  author: GitAuthor;
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Push with `--force-with-lease` against the head the edit was made on. */
  forcePush?: boolean;
  backoff?: BackoffOptions;
  log: Logger;
  signal?: AbortSignal;
}

export interface PushWithRetryResult<E extends AppliedEdit> {
  /** The pushed commit; undefined when the branch already held the edit (nothing to commit). */
  commit: string | undefined;
  /** What the edit did on the head it was finally applied to. */
  edit: E;
  attempts: number;
}

const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 300, maxMs: 5_000 };

/** Failures no state of the branch can explain: retrying or checking the branch cannot help. */
const FINAL_FAILURES: ReadonlySet<GitFailure> = new Set(['auth', 'repository-not-found', 'branch-not-found']);

/** Failures worth another attempt even when the branch did not move: a lock held by a concurrent push, a broken transfer. */
const TEMPORARY_FAILURES: ReadonlySet<GitFailure> = new Set(['rejected', 'network']);

/** Wide jitter over an exponential ceiling, so concurrent pipelines spread out instead of colliding again. */
function pushBackoffDelay(retry: number, backoff: BackoffOptions): number {
  return backoffDelay(retry, { baseDelayMs: backoff.baseMs, maxDelayMs: backoff.maxMs, minShare: 0.2 });
}

function short(sha: string): string {
  return sha.slice(0, 12);
}

async function failureOf(promise: Promise<void>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error ?? new Error('git failed'),
  );
}

/**
 * Applies the edit, commits and pushes. When the push fails, the branch is fetched and its head compared
 * with the commit the edit was made on: if the branch holds our commit, the push landed; if it moved, the
 * edit is applied again on the new head, committed and pushed again after a jittered backoff, up to
 * `maxAttempts` attempts in all. A branch that did not move ends the run with git's error, except for
 * temporary failures (a ref lock held by a concurrent push, a broken transfer), which are retried too.
 * Write order is edit → commit → push, and every attempt starts from the remote's head, so running it
 * twice is safe: the second run finds nothing to commit.
 */
export async function pushWithRetry<E extends AppliedEdit>(
  work: GitWorkdir,
  options: PushWithRetryOptions<E>,
): Promise<PushWithRetryResult<E>> {
  const { log } = options;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const maxAttempts = Math.max(1, Math.floor(options.maxAttempts));
  let base = await work.head();
  for (let attempt = 1; ; attempt++) {
    let edit: E;
    try {
      edit = await options.apply(work.dir);
    } catch (error) {
      if (attempt > 1 && isGitError(error, 'conflict')) {
        throw new GitError(
          `Updating branch ${work.branch} of ${work.url} failed: the branch moved while this pipeline was pushing, and the edit no longer applies on its new head ${short(base)}: ${error.message} Resolve the change on the branch by hand, then re-run the pipeline.`,
          'conflict',
          error,
        );
      }
      throw error;
    }
    const commit = await work.commitAll({
      message: edit.message,
      authorName: options.author.name,
      authorEmail: options.author.email,
    });
    if (commit === undefined) return { commit: undefined, edit, attempts: attempt };
    const failure = await failureOf(work.push(options.forcePush ? { forceWithLease: base } : {}));
    if (failure === undefined) return { commit, edit, attempts: attempt };
    if (!isGitError(failure) || FINAL_FAILURES.has(failure.reason)) throw failure;

    // What happened is read from the branch, not from git's wording of the failure. The backoff comes
    // first, so the fetch that decides is also the freshest head to apply the edit on again.
    const last = attempt >= maxAttempts;
    if (!last) await sleep(pushBackoffDelay(attempt, backoff), undefined, { signal: options.signal });
    const head = await work.fetchHead().catch(() => undefined);
    if (head === undefined) throw failure;
    if (head === commit) {
      log.info(
        `git reported the push to ${work.branch} as failed, but the branch holds ${short(commit)}: the push landed.`,
      );
      return { commit, edit, attempts: attempt };
    }
    const moved = head !== base;
    if (!moved && !TEMPORARY_FAILURES.has(failure.reason)) throw failure;
    if (last) {
      throw new GitError(
        moved
          ? `Pushing to branch ${work.branch} of ${work.url} failed: the branch kept moving; gave up after ${maxAttempts} attempts. Raise maxPushAttempts, or run fewer pipelines against this branch at once.`
          : `Pushing to branch ${work.branch} of ${work.url} failed ${maxAttempts} times; gave up. Last failure: ${failure.message} Raise maxPushAttempts if the server is busy.`,
        'rejected',
        failure,
      );
    }
    const next = `attempt ${attempt + 1} of ${maxAttempts}`;
    log.info(
      moved
        ? `Push to ${work.branch} rejected: the branch moved from ${short(base)} to ${short(head)} meanwhile. Applying the edit again on its new head (${next}).`
        : `Push to ${work.branch} failed while the branch stayed at ${short(base)}: ${failure.message} Trying again (${next}).`,
    );
    await work.resetTo(head);
    base = head;
  }
}

export interface PushBranchOptions {
  /** The branch to create or update, e.g. `ferry/<stage>/<image>`. */
  branch: string;
  log: Logger;
}

export interface PushBranchResult {
  /** False when the branch already held exactly this content, so nothing was pushed. */
  pushed: boolean;
  commit: string;
}

/**
 * Pushes HEAD (the edit committed on the base branch) to a branch of its own for a pull request:
 * created if missing, otherwise replaced with a lease on the head we saw, so a concurrent update of the
 * same branch is refused rather than lost. Content identical to the branch's is not pushed again.
 */
export async function pushBranch(work: GitWorkdir, options: PushBranchOptions): Promise<PushBranchResult> {
  assertBranchName(options.branch);
  const commit = await work.head();
  const existing = await work.remoteHead(options.branch);
  if (existing !== undefined) {
    const tree = await work.tryRemoteTree(options.branch);
    if (tree !== undefined && tree === (await work.headTree())) {
      options.log.info(`Branch ${options.branch} already holds this change; not pushing it again.`);
      return { pushed: false, commit: existing };
    }
  }
  const failure = await failureOf(
    work.push({ remoteBranch: options.branch, forceWithLease: existing ?? '' }),
  );
  if (failure === undefined) return { pushed: true, commit };
  if (!isGitError(failure) || FINAL_FAILURES.has(failure.reason)) throw failure;
  // Decided from the branch: ours landed, someone else's did, or neither (git's own error stands).
  const now = await work.remoteHead(options.branch).catch(() => existing);
  if (now === commit) return { pushed: true, commit };
  if (now !== existing) {
    throw new GitError(
      `Pushing branch ${options.branch} to ${work.url} failed: another pipeline updated it at the same time. Re-run the pipeline to update the pull request.`,
      'rejected',
      failure,
    );
  }
  throw failure;
}
