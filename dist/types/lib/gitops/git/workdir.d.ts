import type { Logger } from '../../log/index.js';
import type { Environment } from '../../util/environment.js';
import { type GitRemote } from './command.js';
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
export declare function branchNameProblem(name: string): string | undefined;
/** Rejects names git would refuse, before they reach argv. */
export declare function assertBranchName(branch: string, what?: string): void;
/** Clones `branch` of the remote with depth 1 into `<tempDir>/repo`. */
export declare function cloneBranch(options: CloneOptions): Promise<GitWorkdir>;
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
/**
 * Applies the edit, commits and pushes. When the push fails, the branch is fetched and its head compared
 * with the commit the edit was made on: if the branch holds our commit, the push landed; if it moved, the
 * edit is applied again on the new head, committed and pushed again after a jittered backoff, up to
 * `maxAttempts` attempts in all. A branch that did not move ends the run with git's error, except for
 * temporary failures (a ref lock held by a concurrent push, a broken transfer), which are retried too.
 * Write order is edit → commit → push, and every attempt starts from the remote's head, so running it
 * twice is safe: the second run finds nothing to commit.
 */
export declare function pushWithRetry<E extends AppliedEdit>(work: GitWorkdir, options: PushWithRetryOptions<E>): Promise<PushWithRetryResult<E>>;
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
export declare function pushBranch(work: GitWorkdir, options: PushBranchOptions): Promise<PushBranchResult>;
