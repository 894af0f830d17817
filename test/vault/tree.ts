// The example tree of secrets the Vault tests (double and real Vault) and docs/vault.md use: a Piper
// layout with a per-application path, a pipeline folder and GROUP-SECRETS, on a KV v2 and a KV v1 mount.
import type { VaultPathConfig } from '../../lib/vault';

export const DOCKER_CONFIG =
  '{\n  "auths": {\n    "registry.example.com": { "auth": "ZG9ja2VyOmQwY2tlci1jMG5mIWctc2VjcmV0" }\n  }\n}\n';

/** Every secret value in the tree; no test output may contain any of them. */
export const SECRET_VALUES = [
  'app-target-pass-7f3a9c',
  'shop-target-pass-91c2d0',
  'shop-source-pass-55e1b7',
  'group-container-pass-0a8e44',
  'group-source-pass-should-not-win',
  'alias-git-pass-3b9d12',
  'group-api-token-6c1f08',
  'group-db-pass-e2a7d5',
  'v1-target-pass-4d2c6a',
  DOCKER_CONFIG,
  '"auth": "ZG9ja2VyOmQwY2tlci1jMG5mIWctc2VjcmV0"',
] as const;

/** Secrets by full path (`<mount>/<path>`), for the given mount names. */
export function exampleTree(v2: string, v1: string): Record<string, Record<string, string>> {
  return {
    [`${v2}/ferry/app/docker-registry`]: {
      targetRegistryPassword: 'app-target-pass-7f3a9c',
      targetRegistryUser: 'app-user',
    },
    [`${v2}/ferry/pipelines/shop/docker-registry`]: {
      targetRegistryPassword: 'shop-target-pass-91c2d0',
      sourceRegistryPassword: 'shop-source-pass-55e1b7',
    },
    [`${v2}/ferry/pipelines/GROUP-SECRETS/docker-registry`]: {
      containerRegistryPassword: 'group-container-pass-0a8e44',
      sourceRegistryPassword: 'group-source-pass-should-not-win',
    },
    [`${v2}/ferry/pipelines/GROUP-SECRETS/docker-config`]: { dockerConfigJSON: DOCKER_CONFIG },
    [`${v2}/ferry/pipelines/shop/gitHttpsCredential`]: {
      gitHttpsPassword: 'alias-git-pass-3b9d12',
      username: 'git-bot',
    },
    [`${v2}/ferry/pipelines/GROUP-SECRETS/general`]: {
      'api-token': 'group-api-token-6c1f08',
      'db.password': 'group-db-pass-e2a7d5',
    },
    [`${v1}/ferry/app/docker-registry`]: { targetRegistryPassword: 'v1-target-pass-4d2c6a' },
  };
}

/** All three lookup roots set, as a Piper user would in `general:`. */
export function examplePaths(v2: string): Required<VaultPathConfig> {
  return { vaultPath: `${v2}/ferry/app`, vaultBasePath: `${v2}/ferry/pipelines`, vaultPipelineName: 'shop' };
}
