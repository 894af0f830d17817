// The typed keys of the pipeline environment. Names and file layout follow Piper's
// commonPipelineEnvironment so Piper steps and ferry steps can share a workspace; ferry's own keys
// record what Piper does not (the promotion, the GitOps commit).

import type { ImageRecord } from './images';

export interface EnvKeys {
  artifactVersion: string;
  'git/commitId': string;
  'git/branch': string;
  'git/remoteUrl': string;
  'git/headCommitId': string;
  'git/dirty': boolean;
  'container/registryUrl': string;
  'container/imageNameTag': string;
  'container/imageNameTags': string[];
  'container/imageNames': string[];
  'container/imageDigest': string;
  'container/imageDigests': string[];
  'container/repositoryUsername': string;
  'container/repositoryPassword': string;
  'custom/dockerConfigJSON': string;
  'container/images': ImageRecord[];
  'promotion/registryUrl': string;
  'promotion/images': ImageRecord[];
  'gitops/commitId': string;
  'gitops/pullRequestUrl': string;
  'gitops/files': string[];
}

export type EnvKey = keyof EnvKeys;

/** How a key is stored: `string` as a plain file `<category>/<name>`, others as `<name>.json`. */
export type EnvKeyKind = 'string' | 'boolean' | 'string[]' | 'records';

export interface EnvKeySpec {
  kind: EnvKeyKind;
  description: string;
  /** Never exported (JSON output, job outputs) and never printed. */
  secret?: boolean;
  /** Written by Piper too; false for keys only ferry knows. */
  piper: boolean;
}

export const ENV_KEYS: { readonly [K in EnvKey]: EnvKeySpec } = {
  artifactVersion: { kind: 'string', piper: true, description: 'Version of the artifact being built.' },
  'git/commitId': { kind: 'string', piper: true, description: 'Commit the pipeline runs on.' },
  'git/branch': { kind: 'string', piper: true, description: 'Branch the pipeline runs on.' },
  'git/remoteUrl': { kind: 'string', piper: true, description: 'Remote URL of the source repository.' },
  'git/headCommitId': { kind: 'string', piper: true, description: 'HEAD commit of the source repository.' },
  'git/dirty': {
    kind: 'boolean',
    piper: false,
    description: 'True when the build ran on a tree with uncommitted changes.',
  },
  'container/registryUrl': {
    kind: 'string',
    piper: true,
    description: 'Staging registry URL the build pushed to.',
  },
  'container/imageNameTag': { kind: 'string', piper: true, description: 'First built image as name:tag.' },
  'container/imageNameTags': { kind: 'string[]', piper: true, description: 'Built images as name:tag.' },
  'container/imageNames': { kind: 'string[]', piper: true, description: 'Built image names (repositories).' },
  'container/imageDigest': { kind: 'string', piper: true, description: 'Digest of the first built image.' },
  'container/imageDigests': { kind: 'string[]', piper: true, description: 'Digests of the built images.' },
  'container/repositoryUsername': {
    kind: 'string',
    piper: true,
    description: 'User for the staging registry.',
  },
  'container/repositoryPassword': {
    kind: 'string',
    piper: true,
    secret: true,
    description: 'Password for the staging registry (secret: never exported).',
  },
  'custom/dockerConfigJSON': {
    kind: 'string',
    piper: true,
    description: 'Path of a Docker config.json with registry credentials.',
  },
  'container/images': {
    kind: 'records',
    piper: false,
    description:
      'One record per built image: registry, repository, tags, digest, platforms, source provenance.',
  },
  'promotion/registryUrl': {
    kind: 'string',
    piper: false,
    description: 'Target registry the images were promoted to.',
  },
  'promotion/images': {
    kind: 'records',
    piper: false,
    description:
      'The built image records extended by imagePushToRegistry with their target (registry, repository, tags, digest).',
  },
  'gitops/commitId': {
    kind: 'string',
    piper: false,
    description: 'Commit the GitOps step made in the deployment repository.',
  },
  'gitops/pullRequestUrl': {
    kind: 'string',
    piper: false,
    description: 'Pull request the GitOps step opened or updated.',
  },
  'gitops/files': { kind: 'string[]', piper: false, description: 'Files the GitOps step changed.' },
};

export function isEnvKey(key: string): key is EnvKey {
  return Object.prototype.hasOwnProperty.call(ENV_KEYS, key);
}

/** Keys not declared here are treated as secret when their name says so (Piper writes custom keys). */
export function isSecretKey(key: string): boolean {
  if (isEnvKey(key)) return ENV_KEYS[key].secret === true;
  return /password|token|secret|credential/i.test(key);
}
