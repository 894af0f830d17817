// One validation policy for every entry point: what ferry finds questionable in a config (a key it does
// not know, a Piper parameter it does not implement, a near-miss that leaves a step inactive) is a
// warning with where it was written; `strict` turns the warnings about what a run uses into errors.
import { positionPrefix, type ConfigWarning, type Logger } from '../log';
import { ConfigError } from '../util/errors';

export type { ConfigWarning };

export interface ConfigReporter {
  /**
   * Reports a warning once (the same message twice is said once). With `strict`, a warning about
   * what the run uses (`used`, the default) is a ConfigError instead; others stay warnings.
   */
  warn(warning: ConfigWarning, options?: { used?: boolean }): void;
  /** Every warning reported so far, in order. */
  readonly warnings: readonly ConfigWarning[];
  readonly strict: boolean;
}

export interface ConfigReporterOptions {
  strict?: boolean;
  /** Where warnings go (the CLI prints `file:line: message`, the Action annotates). */
  onWarning: (warning: ConfigWarning) => void;
}

/** `file:line: message` (or less, when file or line are not known), as a terminal shows it. */
export function formatWarning(warning: ConfigWarning): string {
  return `${positionPrefix(warning)}${warning.message}`;
}

/** Where warnings go by default: the logger, with the position for the sink to show. */
export function logWarnings(log: Pick<Logger, 'warn'> | undefined): (warning: ConfigWarning) => void {
  return (w) => {
    const { message, ...where } = w;
    log?.warn(message, where);
  };
}

export function createConfigReporter(options: ConfigReporterOptions): ConfigReporter {
  const seen = new Set<string>();
  const warnings: ConfigWarning[] = [];
  const strict = options.strict ?? false;
  return {
    strict,
    warnings,
    warn(warning, { used = true } = {}) {
      if (strict && used) {
        const { message, ...where } = warning;
        throw new ConfigError(
          `${message} (strict: configuration warnings are errors; fix the configuration or run without --strict)`,
          undefined,
          where,
        );
      }
      const id = formatWarning(warning);
      if (seen.has(id)) return;
      seen.add(id);
      warnings.push(warning);
      options.onWarning(warning);
    },
  };
}
