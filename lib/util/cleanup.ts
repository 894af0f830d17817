// Temp paths that must not outlive the process (Vault secret files, step temp dirs). Their owners remove
// them in the normal course; an entry point that has to exit at once (a second SIGINT) removes what is left.
import { rmSync } from 'node:fs';

const tracked = new Set<string>();

/** Registers a temp file or directory to remove if the process has to exit before its owner cleans up. */
export function trackTempPath(path: string): void {
  tracked.add(path);
}

/** Forgets a path its owner removed. */
export function untrackTempPath(path: string): void {
  tracked.delete(path);
}

/** The paths still registered (tests). */
export function trackedTempPaths(): readonly string[] {
  return [...tracked];
}

/** Removes every registered path now, synchronously (for process exit paths). Never throws. */
export function removeTrackedTempPathsSync(): void {
  for (const path of tracked) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // best effort on the way out
    }
    tracked.delete(path);
  }
}
