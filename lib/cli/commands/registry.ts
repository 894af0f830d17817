// `ferry registry serve`: runs the embedded registry until SIGINT/SIGTERM (io.signal) and prints its URL.
// The password comes from --password or FERRY_REGISTRY_PASSWORD and is masked before anything prints.
import { DEFAULT_REGISTRY_ADDR, parseAddr, startRegistry, type RegistryOptions } from '../../registry';
import { EXIT_USAGE, UsageError } from '../../util/errors';
import { didYouMean } from '../../util/suggest';
import { isLoopbackHost } from '../../util/url';
import { closedOptions, enabled, parseArgs, single, unexpectedArgument, type CommandFlags } from '../args';
import type { Command } from '../command';
import { say, sayError, wantsJson } from '../voice';

export const REGISTRY_HELP = `Usage: ferry registry serve [options]

Runs an OCI distribution registry in this process (for demos and tests, not for production).
Prints its URL, then serves until interrupted (Ctrl-C, SIGTERM).

Options:
  --addr HOST:PORT     where to listen (default ${DEFAULT_REGISTRY_ADDR}: loopback, a free port)
  --root DIR           keep content in DIR (it survives restarts); default: in memory
  --user USER          require Basic auth with this user name
  --password PASSWORD  the password for --user (or env FERRY_REGISTRY_PASSWORD, which keeps it out of argv)
  -h, --help           show this help

Exit status: 0 stopped by a signal, 1 the registry failed, 2 bad usage.
`;

export interface RegistryServeArgs {
  addr: string;
  root?: string;
  user?: string;
  password?: string;
  help: boolean;
}

/** `ferry registry serve`'s options, as REGISTRY_HELP lists them. */
export const REGISTRY_SERVE_FLAGS: CommandFlags = {
  values: ['addr', 'root', 'user', 'password'],
  booleans: [],
};

function unknownSubcommand(sub: string | undefined): UsageError {
  const what =
    sub === undefined
      ? 'Name a subcommand'
      : sub.startsWith('-')
        ? `Unknown option '${sub}'`
        : `Unknown subcommand '${sub}'`;
  const hint = sub !== undefined && !sub.startsWith('-') ? didYouMean(sub, ['serve']) : '';
  return new UsageError(`${what}: expected serve.${hint} Run 'ferry registry --help'.`);
}

/** Parses `ferry registry serve` arguments; messages name the flag, never a password. */
export function parseRegistryArgs(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): RegistryServeArgs {
  const parsed: RegistryServeArgs = { addr: DEFAULT_REGISTRY_ADDR, help: false };
  const [sub, ...rest] = args;
  if (sub === '--help' || sub === '-h' || sub === 'help') return { ...parsed, help: true };
  if (sub !== 'serve') throw unknownSubcommand(sub);
  const options = parseArgs(rest, closedOptions(REGISTRY_SERVE_FLAGS, 'registry serve'));
  if (enabled(options, 'help')) return { ...parsed, help: true };
  const [extra] = options.positionals;
  if (extra !== undefined) throw unexpectedArgument(extra, 'registry serve');
  const addr = single(options, 'addr');
  if (addr !== undefined) {
    parseAddr(addr);
    parsed.addr = addr;
  }
  const root = single(options, 'root');
  if (root !== undefined) parsed.root = root;
  const user = single(options, 'user');
  if (user !== undefined) parsed.user = user;
  const password = single(options, 'password');
  if (password !== undefined) parsed.password = password;
  if (parsed.password !== undefined && parsed.user === undefined)
    throw new UsageError('--password needs --user. Pass both, or neither.');
  // FERRY_REGISTRY_PASSWORD alone (no --user) is ignored: the environment may carry it for other uses.
  const fromEnv = env.FERRY_REGISTRY_PASSWORD;
  if (parsed.password === undefined && parsed.user !== undefined && fromEnv) parsed.password = fromEnv;
  if (parsed.user !== undefined && parsed.password === undefined)
    throw new UsageError('--user needs a password. Set FERRY_REGISTRY_PASSWORD (or pass --password).');
  return parsed;
}

export const registryCommand: Command = async (args, io) => {
  if (args.length === 0) {
    // No subcommand: a usage mistake, so the help goes where errors go.
    io.stderr.write(REGISTRY_HELP);
    return EXIT_USAGE;
  }
  let parsed: RegistryServeArgs;
  try {
    parsed = parseRegistryArgs(args, io.env);
  } catch (error) {
    return sayError(io, args[0] === 'serve' ? 'registry serve' : 'registry', error, {
      json: wantsJson(args),
    });
  }
  if (parsed.help) {
    io.stdout.write(REGISTRY_HELP);
    return 0;
  }
  const options: RegistryOptions = { addr: parsed.addr, log: io.log };
  if (parsed.root) options.root = parsed.root;
  if (parsed.user !== undefined && parsed.password !== undefined) {
    io.log.addSecret(parsed.password);
    options.auth = { username: parsed.user, password: parsed.password };
  }
  const { host } = parseAddr(parsed.addr);
  if (!isLoopbackHost(host)) {
    // The embedded registry speaks plain HTTP: off loopback, anyone on the network can reach it.
    say(
      io,
      'registry serve',
      options.auth
        ? `warning: listening on ${parsed.addr}, beyond loopback, over plain HTTP: the password for ${options.auth.username} crosses the network in clear text. Listen on 127.0.0.1 unless the network is trusted.`
        : `warning: listening on ${parsed.addr}, beyond loopback, without authentication: anyone who can reach this address can pull and push images. Pass --user (with FERRY_REGISTRY_PASSWORD) to require Basic auth, or listen on 127.0.0.1.`,
    );
  }
  try {
    const registry = await startRegistry(options);
    const storage = parsed.root ? `storage ${parsed.root}` : 'in memory';
    const auth = options.auth ? `, basic auth as ${options.auth.username}` : '';
    io.stdout.write(`${registry.url}\n`);
    say(io, 'registry serve', `serving ${registry.url} (${storage}${auth}); stop with Ctrl-C`);
    await new Promise<void>((resolve) => {
      if (!io.signal) return; // without a signal the registry serves until the process ends
      if (io.signal.aborted) resolve();
      else io.signal.addEventListener('abort', () => resolve(), { once: true });
    });
    await registry.close();
    say(io, 'registry serve', 'stopped');
    return 0;
  } catch (error) {
    return sayError(io, 'registry serve', error);
  }
};
