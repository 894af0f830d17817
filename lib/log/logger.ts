// The logger every step and library function writes through. It masks registered secrets before a
// line reaches its sink; sinks are the plain terminal (CLI) and GitHub Actions (lib/action).
import { SecretRegistry } from './secrets';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Where log lines go. Receives text that is already masked. */
export interface LogSink {
  write(level: LogLevel, text: string): void;
  startGroup(name: string): void;
  endGroup(): void;
  /** Told of every secret form, so a sink like GitHub Actions can register it (::add-mask::). */
  registerSecret?(value: string): void;
}

export interface Logger {
  readonly secrets: SecretRegistry;
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Runs `fn` inside a named, collapsible group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Registers a secret (and its derived forms) so no later line prints it. */
  addSecret(value: string | undefined): void;
  mask(text: string): string;
}

export interface LoggerOptions {
  sink: LogSink;
  debug?: boolean;
  secrets?: SecretRegistry;
}

export function createLogger(options: LoggerOptions): Logger {
  const secrets = options.secrets ?? new SecretRegistry();
  const { sink } = options;
  if (sink.registerSecret) secrets.onAdd((value) => sink.registerSecret?.(value));
  const emit = (level: LogLevel, message: string): void => {
    if (level === 'debug' && !options.debug) return;
    sink.write(level, secrets.mask(message));
  };
  return {
    secrets,
    debug: (m) => emit('debug', m),
    info: (m) => emit('info', m),
    warn: (m) => emit('warn', m),
    error: (m) => emit('error', m),
    async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
      sink.startGroup(secrets.mask(name));
      try {
        return await fn();
      } finally {
        sink.endGroup();
      }
    },
    addSecret: (value) => {
      secrets.add(value);
    },
    mask: (text) => secrets.mask(text),
  };
}

/** Plain terminal sink: info to stdout, warnings and errors to stderr, groups as headings. */
export function createConsoleSink(streams?: {
  out?: NodeJS.WritableStream;
  err?: NodeJS.WritableStream;
}): LogSink {
  const out = streams?.out ?? process.stdout;
  const err = streams?.err ?? process.stderr;
  return {
    write(level, text) {
      const prefix =
        level === 'warn' ? 'warning: ' : level === 'error' ? 'error: ' : level === 'debug' ? 'debug: ' : '';
      (level === 'info' || level === 'debug' ? out : err).write(`${prefix}${text}\n`);
    },
    startGroup(name) {
      out.write(`== ${name}\n`);
    },
    endGroup() {},
  };
}

/** A sink that keeps lines in memory: for tests, and for library users who collect output. */
export function createMemorySink(): LogSink & { lines: { level: LogLevel; text: string }[]; text(): string } {
  const lines: { level: LogLevel; text: string }[] = [];
  return {
    lines,
    write(level, text) {
      lines.push({ level, text });
    },
    startGroup(name) {
      lines.push({ level: 'info', text: `== ${name}` });
    },
    endGroup() {},
    text() {
      return lines.map((l) => l.text).join('\n');
    },
  };
}

/** A logger that prints nothing: for library calls that do not care. */
export function createSilentLogger(): Logger {
  return createLogger({ sink: { write() {}, startGroup() {}, endGroup() {} } });
}
