// The one chokepoint through which ferry runs git (via simple-git). It builds git's environment from
// scratch: no terminal prompts, no system or user config, C locale, the CA bundle, and the credential as
// an http.extraHeader in GIT_CONFIG_* variables, so it never reaches argv, a URL, a log or .git/config.
import { simpleGit, type SimpleGitOptions } from 'simple-git';
import type { Logger } from '../../log';
import { isLoopbackHost } from '../../oci/transport/transport';
import { inheritedEnvironment, type Environment } from '../../util/environment';
import { redactUrl } from '../../util/url';
import { classifyGitFailure, GitError, redactGitOutput, type GitFailure } from './errors';

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
export function insecureRemoteProblem(remote: GitRemote): string | undefined {
  if (!remote.credentials?.password || remote.allowInsecureHttp) return undefined;
  let url: URL;
  try {
    url = new URL(remote.url);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' || isLoopbackHost(url.host)) return undefined;
  return `${displayUrl(remote.url)} is plain HTTP, and the git password would cross the network in clear text. Use an https:// URL, or set allowInsecureHttp: true if this network is trusted.`;
}

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

// Environment variables a git command may receive. simple-git strips every other GIT_* variable, so a
// GIT_DIR or GIT_CONFIG_* of the calling process can never redirect ferry's git.
const ALLOWED_GIT_ENV = [
  'GIT_TERMINAL_PROMPT',
  'GIT_CONFIG_NOSYSTEM',
  'GIT_CONFIG_COUNT',
  'GIT_CONFIG_KEY_0',
  'GIT_CONFIG_VALUE_0',
  'GIT_CONFIG_KEY_1',
  'GIT_CONFIG_VALUE_1',
  'GIT_SSL_CAINFO',
  'GIT_AUTHOR_NAME',
  'GIT_AUTHOR_EMAIL',
  'GIT_COMMITTER_NAME',
  'GIT_COMMITTER_EMAIL',
];

// Only what git needs to find programs and proxies; nothing that carries configuration.
const INHERITED_ENV = [
  'PATH',
  'TMPDIR',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
];

const DEFAULT_IDLE_TIMEOUT_MS = 5 * 60_000;

/** The URL as it may be printed: no user info, no query. */
export function displayUrl(url: string): string {
  return redactUrl(url, { query: 'drop' });
}

/**
 * The URL to give git on its command line: the remote's URL without its query. A query (some servers
 * take `?private_token=…`) may hold a credential, so git learns it from a `url.<full>.insteadOf`
 * setting in its environment instead of argv, and `.git/config` never holds it.
 */
export function argvUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.search === '' && parsed.hash === '') return url;
  parsed.search = '';
  parsed.hash = '';
  return parsed.toString();
}

/** Settings as GIT_CONFIG_COUNT / GIT_CONFIG_KEY_n / GIT_CONFIG_VALUE_n: in the environment, never in argv. */
function configEnv(pairs: readonly (readonly [string, string])[]): Record<string, string> {
  if (pairs.length === 0) return {};
  const env: Record<string, string> = { GIT_CONFIG_COUNT: String(pairs.length) };
  pairs.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = key;
    env[`GIT_CONFIG_VALUE_${i}`] = value;
  });
  return env;
}

/** The `http.<origin>/.extraHeader` key: the header goes to this server only, never to a redirect elsewhere. */
function extraHeaderKey(url: string): string {
  const { protocol, host } = new URL(url);
  return `http.${protocol}//${host}/.extraHeader`;
}

function baseEnvironment(home: string, remote: GitRemote, environment: Environment): Record<string, string> {
  const env: Record<string, string> = {};
  // git cannot run without PATH, and proxies are the runner's business; nothing else is passed on.
  for (const name of INHERITED_ENV) {
    const value = environment[name];
    if (value !== undefined) env[name] = value;
  }
  Object.assign(env, {
    HOME: home,
    XDG_CONFIG_HOME: home,
    LC_ALL: 'C',
    LANG: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
  });
  if (remote.caFile) env.GIT_SSL_CAINFO = remote.caFile;
  return env;
}

/**
 * Creates the runner for one remote. The Basic credential is derived here and registered with the
 * logger's SecretRegistry before any command can run.
 */
export function createGitRunner(options: GitRunnerOptions): GitRunner {
  const { remote, log } = options;
  const parsed = new URL(remote.url);
  if (parsed.username || parsed.password) {
    throw new GitError(
      `Git remote ${displayUrl(remote.url)}: the URL holds credentials. Remove them from the URL and pass username and password instead.`,
      'other',
    );
  }
  const insecure = insecureRemoteProblem(remote);
  if (insecure !== undefined) throw new GitError(`Git remote ${insecure}`, 'other');
  // A token in the query (`?private_token=…`) is a credential too: masked wherever it could be printed.
  for (const value of parsed.searchParams.values()) log.addSecret(value);
  const base = baseEnvironment(options.home, remote, options.environment ?? inheritedEnvironment());
  const rewrite: [string, string][] = [];
  if (argvUrl(remote.url) !== remote.url) rewrite.push([`url.${remote.url}.insteadOf`, argvUrl(remote.url)]);
  const auth: [string, string][] = [];
  const { credentials } = remote;
  if (credentials) {
    log.addSecret(credentials.password);
    const basic = Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString('base64');
    log.addSecret(basic);
    auth.push([extraHeaderKey(remote.url), `Authorization: Basic ${basic}`]);
  }
  const plainEnv = configEnv(rewrite);
  const authEnv = configEnv([...rewrite, ...auth]);
  const where = displayUrl(remote.url);

  return async (args, runOptions) => {
    options.onCommand?.(args);
    log.debug(redactGitOutput(`git ${args.join(' ')}`));
    let failure: { exitCode: number; stderr: string } | undefined;
    const config: Partial<SimpleGitOptions> = {
      baseDir: runOptions.cwd,
      maxConcurrentProcesses: 1,
      allowEnvironment: ALLOWED_GIT_ENV,
      // The one url.*.insteadOf ferry sets maps the remote's URL without its query to itself with it.
      unsafe: { allowUnsafeConfigEnvCount: true, allowUnsafeUrlRewrite: rewrite.length > 0 },
      timeout: { block: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS },
      // Done when git's output is closed, not 50 ms after it exits: on a busy machine the output can
      // arrive later than that, and `rev-parse` would seem to print nothing.
      completion: { onClose: true, onExit: false },
      errors(error, result) {
        if (result.exitCode === 0 && error === undefined) return undefined;
        failure = {
          exitCode: result.exitCode,
          stderr: Buffer.concat([...result.stdErr, ...result.stdOut]).toString('utf8'),
        };
        return error instanceof Error ? error : new Error(`git exited with code ${result.exitCode}`);
      },
    };
    if (options.signal) config.abort = options.signal;
    const env = { ...base, ...(runOptions.authenticate ? authEnv : plainEnv), ...(runOptions.env ?? {}) };
    try {
      return await simpleGit(config)
        .env(env)
        .raw([...args]);
    } catch (error) {
      if (options.signal?.aborted) throw new GitError(`${runOptions.action}: cancelled.`, 'other', error);
      // A negative exit code is the spawn's errno: git itself never ran.
      if (failure !== undefined && failure.exitCode < 0) {
        throw new GitError(
          `${runOptions.action} failed: git could not be started. Install git (e.g. apt-get install git) and make sure it is on PATH.`,
          'other',
          error,
        );
      }
      const stderr = failure?.stderr ?? (error instanceof Error ? error.message : String(error));
      const printable = redactGitOutput(log.mask(stderr));
      throw toGitError(runOptions.action, where, classifyGitFailure(stderr), printable, error);
    }
  };
}

const HINTS: Record<GitFailure, string> = {
  auth: 'authentication failed. Check the username and password (or token) and that this user may write to the repository.',
  'repository-not-found': 'the repository does not exist or this user may not see it. Check serverUrl.',
  'branch-not-found': 'the branch does not exist. Check branchName, or create the branch first.',
  rejected: 'the server refused the ref update (the branch moved, or a concurrent push held its lock).',
  conflict: 'the edit no longer applies.',
  network:
    'the server could not be reached or its TLS certificate is not trusted. Check the URL, the network, and the CA bundle (customTlsCertificateLinks).',
  other: '',
};

const MAX_REMOTE_LINES = 20;
const MAX_LINE_LENGTH = 500;

/**
 * What git said, on one line: every `remote:` line (a pre-receive hook's reason is there, and it is the
 * part a user needs), then git's own last lines. Bounded, so a chatty hook cannot flood the log.
 */
function gitSaid(text: string, ownLines: number): string {
  const lines = text
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && line !== 'remote:')
    .map((line) => (line.length > MAX_LINE_LENGTH ? `${line.slice(0, MAX_LINE_LENGTH)}…` : line));
  const remote = lines.filter((line) => line.startsWith('remote:'));
  const own = lines.filter((line) => !line.startsWith('remote:') && line !== 'Done');
  const kept = remote.slice(0, MAX_REMOTE_LINES);
  if (remote.length > kept.length) kept.push(`remote: (${remote.length - kept.length} more lines)`);
  return [...kept, ...own.slice(-ownLines)].join(' | ');
}

function toGitError(
  action: string,
  where: string,
  reason: GitFailure,
  stderr: string,
  cause: unknown,
): GitError {
  const detail = gitSaid(stderr, 3);
  const hint = HINTS[reason];
  const message =
    reason === 'other'
      ? `${action} (${where}) failed: ${detail || 'git gave no reason'}.`
      : `${action} (${where}) failed: ${hint}${detail && reason !== 'auth' ? ` git said: ${detail}` : ''}`;
  // The cause keeps simple-git's error for debugging; its text is the same masked stderr.
  return new GitError(message, reason, cause instanceof Error ? new Error(stderr) : undefined);
}
