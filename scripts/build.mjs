// Bundles ferry into dist/: the CLI (bin), the GitHub Action entry and the library entry, sharing
// chunks so each command loads only what it uses. Output is reproducible (content-hashed chunk names,
// no timestamps, no absolute paths), so CI can compare it with a fresh build.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Bundled CommonJS dependencies call require(); give every ESM output file one. From
// process.getBuiltinModule, not an import: a static import of a built-in builds a facade of all its
// exports, which every ferry process would pay for at start.
const requireShim = "const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);";

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { 'cli-main': 'lib/cli/main.ts', action: 'lib/action/main.ts', index: 'index.ts' },
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
// dist/cli.js, the binary, is built on its own: a file of the shared build imports the chunk of
// esbuild's helpers at least, one more ES module to resolve, read and link in every run (~2 ms), which
// the one-command bundles it hands over to never use. It imports dist/cli-main.js only for the
// commands without a bundle.
await build({
  entryPoints: ['lib/cli/entry.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'warning',
  banner: { js: '#!/usr/bin/env node' },
  plugins: [
    {
      name: 'cli-main',
      setup(b) {
        b.onResolve({ filter: /^\.\/main$/ }, (args) =>
          args.importer.endsWith(join('lib', 'cli', 'entry.ts'))
            ? { path: './cli-main.js', external: true }
            : undefined,
        );
      },
    },
  ],
});
const cliText = readFileSync('dist/cli.js', 'utf8');
if (/^import\s/m.test(cliText) || !cliText.includes('import("./cli-main.js")'))
  throw new Error('dist/cli.js must import nothing statically, and dist/cli-main.js on demand.');

// The short commands also get one CommonJS file each, dist/cli/<command>.cjs, which dist/cli.js runs
// when argv names the command: one file to load instead of a graph of ES modules, about 30 ms of a
// 1 MiB copy. Each holds main.ts with only its own command; the others' modules are left out (a
// bundle is never asked to run them, and says so if it is).
const COMMAND_BUNDLES = ['copy', 'set-image'];
/** esbuild plugin: leaves out of the bundle every CLI command but `command`, and the step catalog. */
function onlyCommand(command) {
  return {
    name: 'only-command',
    setup(b) {
      b.onResolve({ filter: /^\.\/commands\/[a-z-]+$|^\.\.\/\.\.\/steps$/ }, (args) => {
        if (!args.importer.endsWith(join('lib', 'cli', 'cli.ts'))) return undefined;
        if (args.path === `./commands/${command}`) return undefined;
        return { path: args.path, namespace: 'left-out' };
      });
      b.onLoad({ filter: /.*/, namespace: 'left-out' }, (args) => ({
        contents: `throw new Error(${JSON.stringify(`ferry: dist/cli/${command}.cjs runs only '${command}', not ${args.path}; run dist/cli.js.`)});`,
        loader: 'js',
      }));
    },
  };
}
for (const command of COMMAND_BUNDLES) {
  await build({
    entryPoints: ['lib/cli/bundle-main.ts'],
    outfile: `dist/cli/${command}.cjs`,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    legalComments: 'none',
    sourcemap: false,
    logLevel: 'warning',
    plugins: [onlyCommand(command)],
  });
  // On Node 20 dist/cli.js runs the bundle through vm.Script (for V8's code cache), where a dynamic
  // import() has no loader and fails at run time: a built-in needed late is process.getBuiltinModule.
  const dynamic = /\bimport\(\s*["'`]/.exec(readFileSync(`dist/cli/${command}.cjs`, 'utf8'));
  if (dynamic)
    throw new Error(
      `dist/cli/${command}.cjs has a dynamic import(): use process.getBuiltinModule for a built-in, or a static import.`,
    );
}

chmodSync('dist/cli.js', 0o755);

// Type declarations of the library entry (dist/types, `types` in package.json). The source imports
// without extensions (moduleResolution Bundler); Node's ESM resolution, which a consumer's tsc may use
// (node16, nodenext), needs them, so each relative specifier gets the file it names.
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});
function withExtension(file, specifier) {
  const base = join(dirname(file), specifier);
  if (existsSync(`${base}.d.ts`)) return `${specifier}.js`;
  if (existsSync(join(base, 'index.d.ts'))) return `${specifier}/index.js`;
  throw new Error(`${file}: cannot resolve the declaration import '${specifier}'`);
}
for (const entry of readdirSync('dist/types', { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
  const file = join(entry.parentPath, entry.name);
  const text = readFileSync(file, 'utf8');
  const fixed = text.replace(
    /(\bfrom\s+|\bimport\s*\(\s*|^import\s+)(['"])(\.{1,2}(?:\/[^'"]*?)?)\2/gm,
    (_match, lead, quote, specifier) => `${lead}${quote}${withExtension(file, specifier)}${quote}`,
  );
  if (fixed !== text) writeFileSync(file, fixed);
}
