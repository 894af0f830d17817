/** Entries (files and folders) looked at before the walk gives up, so a huge workspace stays fast. */
export declare const MAX_WORKSPACE_ENTRIES = 20000;
export interface WorkspaceFiles {
    /** Workspace-relative, '/'-separated; per folder its files sorted, then its subfolders in order. */
    files: readonly string[];
    /** True when the walk stopped at `limit` entries: a file not listed may still exist. */
    truncated: boolean;
    limit: number;
}
/** Lists the workspace's files once, skipping VCS and dependency folders, up to `maxEntries` entries. */
export declare function listWorkspaceFiles(workspace: string, options?: {
    maxEntries?: number;
}): WorkspaceFiles;
/** The first file (workspace-relative, `/`-separated, sorted walk) matching one of the patterns. */
export declare function findMatchingFile(workspace: string, patterns: readonly string[]): string | undefined;
