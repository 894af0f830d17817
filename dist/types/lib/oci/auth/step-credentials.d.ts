import type { Logger } from '../../log/index.js';
import { type DockerConfig } from './docker-config.js';
export interface CredentialPairInput {
    user: string | undefined;
    password: string | undefined;
    /** The parameter names, for messages (e.g. containerRegistryUser). */
    userParam: string;
    passwordParam: string;
    /** The step's name, which starts every message. */
    step: string;
    log: Logger;
    /**
     * Given, half a pair is ignored with a warning saying what happens instead (e.g. "the source is read
     * with dockerConfigJSON or anonymously"); otherwise it is a usage error.
     */
    ignoreHalf?: string;
}
/** The user/password pair, or undefined when neither is set; the password is a secret from here on. */
export declare function credentialPair(input: CredentialPairInput): {
    username: string;
    password: string;
} | undefined;
/**
 * Reads the dockerConfigJSON parameter's file (relative to the workspace) with the one Docker config
 * reader. It is only read, never merged or rewritten (unlike Piper), so a missing or broken file must
 * not pass silently. The keychain and an external builder's auth file take the result as it is.
 */
export declare function readDockerConfigFile(path: string, options: {
    workspace: string;
    step: string;
}): Promise<DockerConfig>;
