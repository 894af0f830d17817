// One validation policy for every entry point: what ferry finds questionable in a config (a key it does
// not know, a Piper parameter it does not implement, a near-miss that leaves a step inactive) is a
// warning with where it was written; `strict` turns the warnings about what a run uses into errors.
import { ConfigError } from '../util/errors';

/** A config warning, with where it comes from, so the Action can annotate the file and line. */
export interface ConfigWarning {
  message: string;
  /** The config or defaults file, as shown (workspace-relative when inside it). */
  file?: string;
  /** 1-based line of the key in that file. */
  line?: number;
  /** The key's path, e.g. `steps.imagePushToRegistry.targetRegistryUrll`. */
  key?: string;
}

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

/** `file:line: message` (or less, when file or line are not known). */
export function formatWarning(warning: ConfigWarning): string {
  if (warning.file === undefined) return warning.message;
  const where = warning.line === undefined ? warning.file : `${warning.file}:${warning.line}`;
  return warning.message.startsWith(warning.file) ? warning.message : `${where}: ${warning.message}`;
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
        throw new ConfigError(
          `${formatWarning(warning)} (strict: configuration warnings are errors; fix the configuration or run without --strict)`,
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
