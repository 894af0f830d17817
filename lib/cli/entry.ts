// The `ferry` binary (dist/cli.js). Turns on Node's compile cache (22.1+) before any other ferry code
// loads, so the whole CLI is cached, not only the command chunks loaded after it; then runs the command.
// A short command that has a bundle of its own (dist/cli/<command>.cjs: `copy`, `set-image`) runs from
// that one CommonJS file (on Node 20, with V8's code cache kept as Node 22 would keep it); every other
// command runs main.ts from the shared ES module chunks.
//
// Built-ins come from process.getBuiltinModule, not `import`: an ES module's static import of a built-in
// builds a facade of all its exports (node:fs's alone loads its stream classes), ~4 ms of every run.
import { compileCacheDir, enableCompileCache, runWithCodeCache } from './compile-cache';

const nodeModule = process.getBuiltinModule('node:module');
const nodeCompileCache = (nodeModule as { enableCompileCache?: (dir?: string) => unknown })
  .enableCompileCache;
enableCompileCache(process.env, nodeCompileCache);
const bundle = commandBundle(process.argv[2]);
if (bundle && nodeCompileCache) nodeModule.createRequire(import.meta.url)(bundle);
else if (bundle) {
  const run = runWithCodeCache(bundle, compileCacheDir(process.env));
  // The bundle exits with process.exit once its output is out; the code it ran is compiled by then.
  process.once('exit', () => run.save());
} else await (await import('./main')).main();

/**
 * The one-command bundle beside dist/cli.js for this command, if the build made one. Loading one file
 * instead of a graph of ES modules is about 30 ms of a 1 MiB copy (Node resolves, reads and links each
 * module of the graph in turn); run from source there is none.
 */
function commandBundle(command: string | undefined): string | undefined {
  if (command === undefined || !/^[a-z][a-z-]*$/.test(command)) return undefined;
  const file = process
    .getBuiltinModule('node:url')
    .fileURLToPath(new URL(`./cli/${command}.cjs`, import.meta.url));
  return process.getBuiltinModule('node:fs').existsSync(file) ? file : undefined;
}
