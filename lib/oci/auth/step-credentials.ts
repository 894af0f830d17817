// Credential parameters of steps that log in to registries: a user/password pair (both or neither) and
// a dockerConfigJSON file, read once and checked so every step words these mistakes alike.
import { isAbsolute, resolve } from 'node:path';
import type { Logger } from '../../log';
import { FerryError } from '../../util/errors';
import { readDockerConfig, type DockerConfig } from './docker-config';

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
export function credentialPair(
  input: CredentialPairInput,
): { username: string; password: string } | undefined {
  const { user, password, userParam, passwordParam, step, log } = input;
  log.addSecret(password);
  if (user && password) return { username: user, password };
  if (!user && !password) return undefined;
  const given = user ? userParam : passwordParam;
  if (input.ignoreHalf !== undefined) {
    log.warn(
      `${step}: only ${given} is set, so it is not used; ${input.ignoreHalf}. Set both ${userParam} and ${passwordParam} to log in.`,
    );
    return undefined;
  }
  throw new FerryError(
    `${step}: ${userParam} and ${passwordParam} go together, but only ${given} is set. Set both, or neither to use dockerConfigJSON.`,
    { code: 'USAGE', usage: true },
  );
}

/**
 * Reads the dockerConfigJSON parameter's file (relative to the workspace) with the one Docker config
 * reader. It is only read, never merged or rewritten (unlike Piper), so a missing or broken file must
 * not pass silently. The keychain and an external builder's auth file take the result as it is.
 */
export async function readDockerConfigFile(
  path: string,
  options: { workspace: string; step: string },
): Promise<DockerConfig> {
  const file = isAbsolute(path) ? path : resolve(options.workspace, path);
  return readDockerConfig(file, {
    subject: `${options.step}: dockerConfigJSON (${file})`,
    fix: 'Point it at a Docker config.json, or unset it.',
  });
}
