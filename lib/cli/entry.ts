// The `ferry` binary (dist/cli.js). Turns on Node's compile cache (22.1+) before any other ferry code
// loads, so the whole CLI is cached, not only the command chunks loaded after it; then runs main.ts.
import * as nodeModule from 'node:module';
import { enableCompileCache } from './compile-cache';

enableCompileCache(
  process.env,
  (nodeModule as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache,
);
await import('./main');
