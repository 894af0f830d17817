// The logger every step and library function writes through. It masks registered secrets before a
// line reaches its sink; sinks are the plain terminal (CLI) and GitHub Actions (lib/action).
import { SecretRegistry } from './secrets';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * Where a message comes from: a config file, its line, the key at fault. A message given with a
 * `file` does not repeat it: sinks show it (`file:line: message` on a terminal, an annotation with
 * `file=` and `line=` in GitHub Actions).
 */
export interface SourcePosition {
  /** As the user names it: relative to the workspace, or absolute. */
  file?: string;
  /** 1-based. */
  line?: number;
  key?: string;
}

/** A configuration warning and where it comes from: `{ message, file?, line?, key? }`. */
export interface ConfigWarning extends SourcePosition {
  message: string;
}

/** `file:line: ` (or `file: `) for a message that has a position; '' without one. */
export function positionPrefix(where: SourcePosition | undefined): string {
  if (!where?.file) return '';
  return where.line !== undefined ? `${where.file}:${where.line}: ` : `${where.file}: `;
}

/** Where log lines go. Receives text that is already masked. */
export interface LogSink {
  write(level: LogLevel, text: string, where?: SourcePosition): void;
  startGroup(name: string): void;
  endGroup(): void;
  /** Told of every secret form, so a sink like GitHub Actions can register it (::add-mask::). */
  registerSecret?(value: string): void;
}

export interface Logger {
  readonly secrets: SecretRegistry;
  debug(message: string): void;
  info(message: string): void;
  warn(message: string, where?: SourcePosition): void;
  error(message: string, where?: SourcePosition): void;
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
  const emit = (level: LogLevel, message: string, where?: SourcePosition): void => {
    if (level === 'debug' && !options.debug) return;
    if (where === undefined) sink.write(level, secrets.mask(message));
    else {
      const masked: SourcePosition = { ...where };
      if (where.file !== undefined) masked.file = secrets.mask(where.file);
      if (where.key !== undefined) masked.key = secrets.mask(where.key);
      sink.write(level, secrets.mask(message), masked);
    }
  };
  return {
    secrets,
    debug: (m) => emit('debug', m),
    info: (m) => emit('info', m),
    warn: (m, where) => emit('warn', m, where),
    error: (m, where) => emit('error', m, where),
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
    write(level, text, where) {
      const prefix =
        level === 'warn' ? 'warning: ' : level === 'error' ? 'error: ' : level === 'debug' ? 'debug: ' : '';
      (level === 'info' || level === 'debug' ? out : err).write(`${prefix}${positionPrefix(where)}${text}\n`);
    },
    startGroup(name) {
      out.write(`== ${name}\n`);
    },
    endGroup() {},
  };
}

/** A sink that keeps lines in memory: for tests, and for library users who collect output. */
export function createMemorySink(): LogSink & {
  lines: { level: LogLevel; text: string; where?: SourcePosition }[];
  text(): string;
} {
  const lines: { level: LogLevel; text: string; where?: SourcePosition }[] = [];
  return {
    lines,
    write(level, text, where) {
      lines.push(where === undefined ? { level, text } : { level, text, where });
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
