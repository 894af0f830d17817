// Cancellation for the entry points (CLI, Action): SIGINT and SIGTERM abort one AbortController whose
// signal reaches every request, program and git call; cleanup (temp files, Vault token) then runs in
// the normal `finally` paths. A second signal, or a run that has not stopped after a grace period,
// exits at once after removing the temp files still registered.
import { CancelledError } from './errors';
import { removeTrackedTempPathsSync } from './cleanup';

/** Exit codes by shell convention: 128 + the signal number. */
export const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

export type CancelSignalName = keyof typeof SIGNAL_EXIT_CODES;

export interface SignalCancellation {
  readonly signal: AbortSignal;
  /** The first signal received, if any. */
  readonly received: CancelSignalName | undefined;
  /** The exit code for the signal received (130, 143), or undefined when none came. */
  readonly exitCode: number | undefined;
  /** Removes the handlers (end of the run). */
  dispose(): void;
}

export interface SignalCancellationOptions {
  /** Told once when the first signal arrives. */
  onSignal?: (name: CancelSignalName) => void;
  /**
   * After the first signal, how long the run may take to stop and clean up before the process exits
   * anyway. Default 6 s: GitHub sends SIGTERM 7.5 s after SIGINT and kills 2.5 s later.
   */
  graceMs?: number;
  /** Injected for tests; default process.exit. */
  exit?: (code: number) => void;
  /** Injected for tests; default the process. */
  target?: Pick<NodeJS.Process, 'on' | 'off'>;
}

const DEFAULT_GRACE_MS = 6_000;

export function cancelOnSignals(options: SignalCancellationOptions = {}): SignalCancellation {
  const controller = new AbortController();
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const target = options.target ?? process;
  let received: CancelSignalName | undefined;
  const handlers = new Map<CancelSignalName, () => void>();
  const exitNow = (code: number): void => {
    removeTrackedTempPathsSync();
    exit(code);
  };
  for (const name of Object.keys(SIGNAL_EXIT_CODES) as CancelSignalName[]) {
    const handler = (): void => {
      if (received !== undefined) {
        exitNow(SIGNAL_EXIT_CODES[name]);
        return;
      }
      received = name;
      options.onSignal?.(name);
      controller.abort(new CancelledError(`Cancelled by ${name}.`));
      // Unref'd: it never keeps a finished process alive, it only ends one that does not stop.
      setTimeout(() => exitNow(SIGNAL_EXIT_CODES[name]), options.graceMs ?? DEFAULT_GRACE_MS).unref();
    };
    handlers.set(name, handler);
    target.on(name, handler);
  }
  return {
    signal: controller.signal,
    get received() {
      return received;
    },
    get exitCode() {
      return received === undefined ? undefined : SIGNAL_EXIT_CODES[received];
    },
    dispose() {
      for (const [name, handler] of handlers) target.off(name, handler);
    },
  };
}
