import { type ConfigWarning, type Logger } from '../log/index.js';
export type { ConfigWarning };
export interface ConfigReporter {
    /**
     * Reports a warning once (the same message twice is said once). With `strict`, a warning about
     * what the run uses (`used`, the default) is a ConfigError instead; others stay warnings.
     */
    warn(warning: ConfigWarning, options?: {
        used?: boolean;
    }): void;
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
export declare function formatWarning(warning: ConfigWarning): string;
/** Where warnings go by default: the logger, with the position for the sink to show. */
export declare function logWarnings(log: Pick<Logger, 'warn'> | undefined): (warning: ConfigWarning) => void;
export declare function createConfigReporter(options: ConfigReporterOptions): ConfigReporter;
