// Bundles ferry into dist/: the CLI (bin), the GitHub Action entry and the library entry, sharing
// chunks so each command loads only what it uses. Output is reproducible (content-hashed chunk names,
// no timestamps, no absolute paths), so CI can compare it with a fresh build.
import { build } from 'esbuild';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

// Bundled CommonJS dependencies call require(); give every ESM output file one.
const requireShim =
  "import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);";

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'lib/cli/main.ts', action: 'lib/action/main.ts', index: 'index.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'warning',
  banner: { js: requireShim },
});
writeFileSync('dist/cli.js', `#!/usr/bin/env node\n${readFileSync('dist/cli.js', 'utf8')}`);
chmodSync('dist/cli.js', 0o755);
