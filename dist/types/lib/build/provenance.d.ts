import type { Exec } from '../util/exec.js';
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
export declare function sanitizeRemoteUrl(url: string): string;
/** The web URL of a repository (`.git` dropped), as `org.opencontainers.image.source` holds it. */
export declare function sourceUrl(remoteUrl: string): string;
/** Reads what git knows about the workspace; every field is absent when git cannot say (no repository). */
export declare function readGitInfo(workspace: string, exec: Exec): Promise<GitInfo>;
export interface OciLabelOptions {
    git: GitInfo;
    /** The image tag (or artifact version) built. */
    version?: string;
    /** The image name; its last path component is the title. */
    imageName?: string;
}
/** `org.opencontainers.image.*` labels/annotations like docker/metadata-action's, `created` from the commit time. */
export declare function ociLabels(options: OciLabelOptions): Record<string, string>;
