// The `ferry` binary (dist/cli.js). A short command that has a bundle of its own (dist/cli/<command>.cjs:
// `copy`, `set-image`) runs from that one CommonJS file, through vm.Script with V8's code cache (see
// runWithCodeCache); every other command runs main.ts from the shared ES module chunks, with Node's
// compile cache (22.1+) turned on before any of them loads.
//
// Built-ins come from process.getBuiltinModule, not `import`: an ES module's static import of a built-in
// builds a facade of all its exports (node:fs's alone loads its stream classes), ~4 ms of every run.
import { compileCacheDir, enableCompileCache, runWithCodeCache } from './compile-cache';

const bundle = commandBundle(process.argv[2]);
if (bundle) {
  // Not Node's compile cache, on any version: it keeps only the code compiled before a module runs,
  // and most of a bundle's functions are compiled while it runs (a no-op copy on Node 24: 60 -> 52 ms).
  const run = runWithCodeCache(bundle, compileCacheDir(process.env));
  // The bundle exits with process.exit once its output is out; the code it ran is compiled by then. A
  // run that did its whole work (not --help, not a failure) leaves a cache that holds that work.
  const help = process.argv.slice(3).some((arg) => arg === '--help' || arg === '-h');
  process.once('exit', (code) => run.save(code === 0 && !help));
} else {
  const nodeModule = process.getBuiltinModule('node:module');
  const nodeCompileCache = (nodeModule as { enableCompileCache?: (dir?: string) => unknown })
    .enableCompileCache;
  enableCompileCache(process.env, nodeCompileCache);
  await (await import('./main')).main();
}

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
