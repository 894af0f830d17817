// Build provenance from git: commit, remote URL (credentials stripped), commit time and dirtiness, read
// through the exec chokepoint, and the OCI labels docker/metadata-action would set from them.
import type { Exec } from '../util/exec';

export interface GitInfo {
  commitId?: string;
  shortId?: string;
  /** Remote URL with any user information removed; scp-style `git@host:o/r.git` becomes https. */
  remoteUrl?: string;
  /** Commit time, seconds since the epoch. */
  commitTime?: number;
  /** Tracked or untracked changes besides ferry's own `.pipeline/` directory. */
  dirty?: boolean;
}

/** Removes credentials from a remote URL and turns scp-style SSH remotes into https URLs. */
export function sanitizeRemoteUrl(url: string): string {
  const trimmed = url.trim();
  const scp = /^[\w.-]+@([\w.-]+):(?!\/\/)(.+)$/.exec(trimmed);
  if (scp) return `https://${scp[1] ?? ''}/${(scp[2] ?? '').replace(/^\/+/, '')}`;
  try {
    const parsed = new URL(trimmed);
    parsed.username = '';
    parsed.password = '';
    if (parsed.protocol === 'ssh:' || parsed.protocol === 'git:') {
      return `https://${parsed.hostname}${parsed.pathname}`;
    }
    return parsed.toString();
  } catch {
    return trimmed.replace(/\/\/[^/@]*@/, '//');
  }
}

/** The web URL of a repository (`.git` dropped), as `org.opencontainers.image.source` holds it. */
export function sourceUrl(remoteUrl: string): string {
  return remoteUrl.replace(/\.git$/, '');
}

/** Reads what git knows about the workspace; every field is absent when git cannot say (no repository). */
export async function readGitInfo(workspace: string, exec: Exec): Promise<GitInfo> {
  const git = async (...args: string[]): Promise<string | undefined> => {
    const result = await exec('git', ['-C', workspace, ...args], {
      allowFailure: true,
      env: { GIT_TERMINAL_PROMPT: '0' },
    }).catch(() => undefined);
    return result && result.exitCode === 0 ? result.stdout.trim() : undefined;
  };
  const info: GitInfo = {};
  const commitId = await git('rev-parse', 'HEAD');
  if (!commitId || !/^[0-9a-f]{40,64}$/.test(commitId)) return info;
  info.commitId = commitId;
  info.shortId = commitId.slice(0, 7);
  const time = await git('log', '-1', '--format=%ct', commitId);
  if (time && /^\d+$/.test(time)) info.commitTime = Number(time);
  const remote = await git('config', '--get', 'remote.origin.url');
  if (remote) info.remoteUrl = sanitizeRemoteUrl(remote);
  const status = await git('status', '--porcelain', '--', '.', ':(exclude).pipeline');
  if (status !== undefined) info.dirty = status.length > 0;
  return info;
}

function rfc3339(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.000Z$/, 'Z');
}

export interface OciLabelOptions {
  git: GitInfo;
  /** The image tag (or artifact version) built. */
  version?: string;
  /** The image name; its last path component is the title. */
  imageName?: string;
}

/** `org.opencontainers.image.*` labels/annotations like docker/metadata-action's, `created` from the commit time. */
export function ociLabels(options: OciLabelOptions): Record<string, string> {
  const labels: Record<string, string> = {};
  const { git } = options;
  if (options.imageName)
    labels['org.opencontainers.image.title'] = options.imageName.split('/').pop() ?? options.imageName;
  if (git.remoteUrl) labels['org.opencontainers.image.source'] = sourceUrl(git.remoteUrl);
  if (git.commitId) labels['org.opencontainers.image.revision'] = git.commitId;
  if (git.commitTime !== undefined) labels['org.opencontainers.image.created'] = rfc3339(git.commitTime);
  if (options.version) labels['org.opencontainers.image.version'] = options.version;
  return labels;
}
