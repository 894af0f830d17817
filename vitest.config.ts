import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Two projects. `unit`: in-process tests that run in seconds (`npm run test:unit`). `integration`: tests
// that start real servers or programs (docker-registry, git http-backend, buildah, skopeo, the CLI), the
// test doubles, or child processes; they get generous timeouts. A test file is integration when it
// imports one of those helpers, so a new test lands in the right project without a list to keep.
const INTEGRATION_IMPORT =
  /from\s+['"][^'"]*(?:helpers\/(?:servers|binaries|images|cli|base-image|pki|skopeo|workspace)|doubles\/)[^'"]*['"]|node:child_process/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const integration = testFiles('test').filter((file) => INTEGRATION_IMPORT.test(readFileSync(file, 'utf8')));

export default defineConfig({
  test: {
    pool: 'forks',
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: integration, testTimeout: 20_000 },
      },
      {
        extends: true,
        test: { name: 'integration', include: integration, testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
});
