// Finds the server and tool binaries integration tests need. On a laptop a missing binary skips the
// suite with a message; in CI (CI=true) it fails the run, never a silent skip.
import { execFileSync } from 'node:child_process';

export function findBinary(name: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Returns true when every binary is present. When one is missing: in CI, throws; elsewhere, prints why
 * and returns false so the caller can `describe.skipIf(!ok)`.
 */
export function haveBinaries(...names: string[]): boolean {
  const missing = names.filter((n) => !findBinary(n));
  if (missing.length === 0) return true;
  const message = `missing ${missing.join(', ')}: install with 'apt-get install -y docker-registry buildah skopeo git openssl busybox-static' (as .ci/run does)`;
  if (process.env.CI === 'true') throw new Error(`${message}. CI must have every server binary.`);
  console.warn(`skipping integration tests: ${message}`);
  return false;
}
