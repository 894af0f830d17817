// The entry of a one-command bundle (dist/cli/<command>.cjs, see scripts/build.mjs): main.ts with only
// that command inside. dist/cli.js requires it when argv names the command.
import { main } from './main';

void main({ exitWhenDone: true });
