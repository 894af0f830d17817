import type { Logger } from '../../log/index.js';
import { type Environment } from '../../util/environment.js';
export interface GitCredentials {
    username: string;
    password: string;
}
export interface GitRemote {
    /** `https://host/org/repo.git` (or `http://` for loopback test servers). Never holds credentials. */
    url: string;
    credentials?: GitCredentials;
    /** A PEM bundle of CA certificates to trust for this remote (http.sslCAInfo). */
    caFile?: string;
    /**
     * Send the credentials over plain `http://` to a server that is not on loopback. Off by default:
     * anyone on the path (or a proxy) reads a Basic credential sent in clear text.
     */
    allowInsecureHttp?: boolean;
}
/**
 * Why the credentials of `remote` must not be sent, or undefined when they may: a password over plain
 * HTTP to a host other than loopback, unless the user opted in.
 */
export declare function insecureRemoteProblem(remote: GitRemote): string | undefined;
export interface GitRunnerOptions {
    remote: GitRemote;
    /** An empty private directory used as HOME, so no user configuration reaches git. */
    home: string;
    log: Logger;
    signal?: AbortSignal;
    /**
     * The environment handed down from the entry point (`StepContext.environment`); git gets only
     * PATH, TMPDIR and the proxy variables from it. Default: this process's.
     */
    environment?: Environment;
    /** Called with the argv of every git command before it runs: for debugging and for tests. */
    onCommand?: (args: readonly string[]) => void;
    /** Kills a git command that prints nothing for this long. Default 5 minutes. */
    idleTimeoutMs?: number;
}
export interface GitRunOptions {
    /** The directory git runs in. */
    cwd: string;
    /** What the command is doing, for error messages: "clone branch main of https://…". */
    action: string;
    /** Extra environment for this command only (author and committer identity). */
    env?: Readonly<Record<string, string>>;
    /** Send the credential with this command (only commands that talk to the remote need it). */
    authenticate?: boolean;
}
export type GitRunner = (args: readonly string[], options: GitRunOptions) => Promise<string>;
/** The URL as it may be printed: no user info, no query. */
export declare function displayUrl(url: string): string;
/**
 * The URL to give git on its command line: the remote's URL without its query. A query (some servers
 * take `?private_token=…`) may hold a credential, so git learns it from a `url.<full>.insteadOf`
 * setting in its environment instead of argv, and `.git/config` never holds it.
 */
export declare function argvUrl(url: string): string;
/**
 * Creates the runner for one remote. The Basic credential is derived here and registered with the
 * logger's SecretRegistry before any command can run.
 */
export declare function createGitRunner(options: GitRunnerOptions): GitRunner;
