import { defineConfig } from 'vitest/config';

// Integration tests start real servers (docker-registry, git http-backend), so they get generous timeouts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
