// One logged-in Vault session per run: resolves parameters along Piper's candidate paths, reads each
// path at most once, writes file-valued secrets to 0600 temp files, and cleans up (files, token) at close.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../log';
import { trackTempPath, untrackTempPath } from '../util/cleanup';
import { FerryError } from '../util/errors';
import { isVaultError, sanitizeVaultPath, type VaultClient } from './client';
import type {
  VaultLookupAttempt,
  VaultLookupWithReport,
  VaultPathConfig,
  VaultSecretRequest,
  VaultSecretValue,
} from './types';

/** Piper's lookup roots, in order; a root whose variables are unset (or empty) is skipped. */
export const VAULT_ROOT_PATHS: readonly (readonly (keyof VaultPathConfig | 'GROUP-SECRETS')[])[] = [
  ['vaultPath'],
  ['vaultBasePath', 'vaultPipelineName'],
  ['vaultBasePath', 'GROUP-SECRETS'],
];

/** The paths a secret is looked up at, in Piper's order, without duplicates. */
export function candidatePaths(secretName: string, paths: VaultPathConfig): string[] {
  const out: string[] = [];
  for (const root of VAULT_ROOT_PATHS) {
    const parts: string[] = [];
    let complete = true;
    for (const part of root) {
      const value = part === 'GROUP-SECRETS' ? part : paths[part]?.trim();
      if (value === undefined || value.length === 0) {
        complete = false;
        break;
      }
      parts.push(value);
    }
    if (!complete) continue;
    const path = sanitizeVaultPath([...parts, secretName].join('/'));
    if (!out.includes(path)) out.push(path);
  }
  return out;
}

type PathOutcome =
  { kind: 'found'; data: Readonly<Record<string, string>> } | { kind: 'not-found' } | { kind: 'denied' };

export interface VaultSessionOptions {
  client: VaultClient;
  log: Logger;
  /** Where the private directory for file-valued secrets is made. Default: the OS temp dir. */
  tempRoot?: string;
}

export interface VaultSession extends VaultLookupWithReport {
  readonly client: VaultClient;
  /** Reads one path (cached for the session). A 403 reads as `denied`, so the caller can try the next path. */
  readPath(path: string): Promise<PathOutcome>;
  /** Removes secret files and revokes the login token. Never throws: a failure is a warning. Idempotent. */
  close(): Promise<void>;
}

export type { PathOutcome };

/** The error for a mandatory parameter Vault did not have: lists every path tried and what was there. */
export function vaultSecretNotFoundError(
  request: Pick<VaultSecretRequest, 'param' | 'fields' | 'secretName'>,
  attempts: readonly VaultLookupAttempt[],
): FerryError {
  const fields = request.fields.join("', '");
  const tried =
    attempts.length === 0
      ? 'no candidate path (vaultPath, or vaultBasePath with vaultPipelineName, must be set)'
      : attempts.map((a) => `${a.path} (${a.result.replace('-', ' ')})`).join(', ');
  return new FerryError(
    `Parameter '${request.param}' was not found in Vault: secret '${request.secretName}' with field '${fields}' at ${tried}. ` +
      `Store it at one of these paths under field '${request.fields[0] ?? request.param}', or set the parameter in the configuration.`,
    { code: 'MISSING_PARAMETER' },
  );
}

export function createVaultSession(options: VaultSessionOptions): VaultSession {
  const { client, log } = options;
  const reads = new Map<string, Promise<PathOutcome>>();
  const files = new Map<string, Promise<string>>();
  const tried = new Map<string, VaultLookupAttempt[]>();
  let dir: Promise<string> | undefined;
  let closed = false;

  function readPath(rawPath: string): Promise<PathOutcome> {
    const path = sanitizeVaultPath(rawPath);
    let pending = reads.get(path);
    if (!pending) {
      pending = (async (): Promise<PathOutcome> => {
        try {
          const data = await client.read(path);
          return data === undefined ? { kind: 'not-found' } : { kind: 'found', data };
        } catch (error) {
          // Piper goes on to the next candidate when one path is refused: a policy may grant only some.
          if (isVaultError(error, 'denied')) {
            log.debug(`Vault: no access to ${path}`);
            return { kind: 'denied' };
          }
          throw error;
        }
      })();
      reads.set(path, pending);
      // A failed read (Vault unreachable) is not remembered, so a later call may try again.
      pending.catch(() => reads.delete(path));
    }
    return pending;
  }

  function secretFile(param: string, path: string, field: string, value: string): Promise<string> {
    const key = `${path}#${field}`;
    let pending = files.get(key);
    if (!pending) {
      pending = (async () => {
        dir ??= mkdtemp(join(options.tempRoot ?? tmpdir(), 'ferry-vault-')).then((d) => {
          // Removed at close; also when the process has to exit at once (a second SIGINT).
          trackTempPath(d);
          return d;
        });
        const file = join(await dir, `${param.replace(/[^A-Za-z0-9_-]/g, '_')}-${files.size}`);
        await writeFile(file, value, { mode: 0o600, flag: 'wx' });
        return file;
      })();
      files.set(key, pending);
    }
    return pending;
  }

  async function lookupOne(
    request: VaultSecretRequest,
    paths: VaultPathConfig,
  ): Promise<VaultSecretValue | undefined> {
    const attempts: VaultLookupAttempt[] = [];
    tried.set(request.param, attempts);
    for (const path of candidatePaths(request.secretName, paths)) {
      const outcome = await readPath(path);
      if (outcome.kind !== 'found') {
        attempts.push({ path, result: outcome.kind });
        continue;
      }
      for (const field of request.fields) {
        const value = outcome.data[field];
        // Piper's rule: an empty field counts as absent.
        if (value === undefined || value.length === 0) continue;
        log.addSecret(value);
        log.debug(`Vault: '${request.param}' from ${path}#${field}`);
        const resolved = request.file ? await secretFile(request.param, path, field, value) : value;
        return { value: resolved, path, field };
      }
      attempts.push({ path, result: 'field-missing' });
    }
    return undefined;
  }

  return {
    client,
    readPath,
    async lookup(requests, paths) {
      if (closed)
        throw new FerryError('Vault session is closed: open a new one for this run.', { code: 'VAULT' });
      const results = await Promise.all(
        requests.map(async (r) => [r.param, await lookupOne(r, paths)] as const),
      );
      const out = new Map<string, VaultSecretValue>();
      for (const [param, value] of results) if (value) out.set(param, value);
      return out;
    },
    triedPaths(param) {
      return tried.get(param) ?? [];
    },
    async close() {
      if (closed) return;
      closed = true;
      if (dir) {
        const d = await dir.catch(() => undefined);
        if (d)
          await rm(d, { recursive: true, force: true }).then(
            () => untrackTempPath(d),
            (e: unknown) => log.warn(`Vault: could not remove secret files: ${String(e)}`),
          );
      }
      try {
        await client.revoke();
      } catch (error) {
        log.warn(log.mask(error instanceof Error ? error.message : String(error)));
      }
      await client.close().catch(() => undefined);
    },
  };
}
