// The entry of a one-command bundle (dist/cli/<command>.cjs, see scripts/build.mjs): main.ts with only
// that command inside. dist/cli.js requires it when argv names the command.
//
// `copy` sends its first requests before the rest loads (copy-head-start.ts). Their connections open
// at once, but their bytes are written only when the event loop sees the connections made, so main
// waits for one turn of the loop; and it is required, not imported, so that esbuild evaluates main's
// modules (the copy engine, several ms) only then, while the registries answer.
import { startCopyRequests } from './commands/copy-head-start';
import type * as Main from './main';

function run(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- evaluated here, after the requests are out
  const { main } = require('./main') as typeof Main;
  void main({ exitWhenDone: true });
}

if (process.argv[2] === 'copy' && startCopyRequests(process.argv.slice(3))) setImmediate(run);
else run();
