import { SecretRegistry } from './secrets.js';
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
export declare function positionPrefix(where: SourcePosition | undefined): string;
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
export declare function createLogger(options: LoggerOptions): Logger;
/** Plain terminal sink: info to stdout, warnings and errors to stderr, groups as headings. */
export declare function createConsoleSink(streams?: {
    out?: NodeJS.WritableStream;
    err?: NodeJS.WritableStream;
}): LogSink;
/** A sink that keeps lines in memory: for tests, and for library users who collect output. */
export declare function createMemorySink(): LogSink & {
    lines: {
        level: LogLevel;
        text: string;
        where?: SourcePosition;
    }[];
    text(): string;
};
/** A logger that prints nothing: for library calls that do not care. */
export declare function createSilentLogger(): Logger;
