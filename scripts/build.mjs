// Bundles ferry into dist/: the CLI (bin), the GitHub Action entry and the library entry.
// Output is reproducible: no timestamps, no absolute paths, so CI can compare it with a fresh build.
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';

const banner = {
  js: "import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);",
};

rmSync('dist', { recursive: true, force: true });
const entries = {
  cli: { in: 'lib/cli/main.ts', shebang: true },
  action: { in: 'lib/action/main.ts', shebang: false },
  index: { in: 'index.ts', shebang: false },
};
for (const [name, entry] of Object.entries(entries)) {
  await build({
    entryPoints: [entry.in],
    outfile: `dist/${name}.js`,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    legalComments: 'none',
    sourcemap: false,
    logLevel: 'warning',
    banner: entry.shebang ? { js: `#!/usr/bin/env node\n${banner.js}` } : banner,
  });
}
chmodSync('dist/cli.js', 0o755);
