/** An environment as the entry points hand it down (`process.env` has this shape). */
export type Environment = Readonly<Record<string, string | undefined>>;
/**
 * This process's environment, for a caller that was handed none: the one read of `process.env`
 * below the entry points. A library caller (`runStep` without `vars`, `createKeychain` without
 * `exec`) gets what spawn would give its programs anyway; runs started by the CLI or the Action
 * never get here, since their environment is handed down.
 */
export declare function inheritedEnvironment(): Environment;
