/** Registers a temp file or directory to remove if the process has to exit before its owner cleans up. */
export declare function trackTempPath(path: string): void;
/** Forgets a path its owner removed. */
export declare function untrackTempPath(path: string): void;
/** The paths still registered (tests). */
export declare function trackedTempPaths(): readonly string[];
/** Removes every registered path now, synchronously (for process exit paths). Never throws. */
export declare function removeTrackedTempPathsSync(): void;
