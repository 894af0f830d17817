// The options of `ferry copy`, apart from the command: its one-file bundle reads them before the engine
// loads, to start the first requests (copy-head-start.ts).
import type { CommandFlags } from '../args';

export const COPY_FLAGS: CommandFlags = {
  values: ['platform', 'tag', 'jobs', 'insecure-registry', 'ca-file', 'src-creds', 'dest-creds', 'authfile'],
  booleans: ['referrers', 'json'],
};
