// Metadata of gitOpsUpdateDeployment: Piper's gitopsUpdateDeployment parameters plus ferry's own
// (several images, updaters, digest pinning, pull requests); `run` lives in run.ts.
import type { EnvKey } from '../../lib/env';
import type { ParamSpecs, StepAlias } from '../../lib/step';

const SCOPES_PSS = ['parameters', 'stages', 'steps'] as const;
const SCOPES_ALL = ['general', 'parameters', 'stages', 'steps'] as const;
const GIT_VAULT = {
  secretNameParam: 'gitHttpsCredentialVaultSecretName',
  defaultSecretName: 'gitHttpsCredential',
};

export const name = 'gitOpsUpdateDeployment';

export const description =
  'Pins the promoted image by digest in the deployment files of a GitOps repository and commits (or opens a pull request).';

export const aliases: readonly StepAlias[] = [{ name: 'gitopsUpdateDeployment' }];

export const params = {
  branchName: {
    type: 'string',
    description: 'Branch of the GitOps repository to update.',
    scopes: SCOPES_PSS,
    default: 'master',
    mandatory: true,
  },
  commitMessage: {
    type: 'string',
    description:
      'Commit message template: `{{image}}`, `{{digest}}`, `{{previous}}`, `{{files}}`, `{{sourceRevision}}`. By default it lists each image, old → new.',
    scopes: SCOPES_PSS,
  },
  serverUrl: {
    type: 'string',
    description: 'URL of the GitOps repository (HTTP(S)).',
    scopes: SCOPES_ALL,
    aliases: [{ name: 'githubServerUrl' }],
    default: 'https://github.com',
    mandatory: true,
  },
  forcePush: {
    type: 'boolean',
    description:
      'Push even when the branch moved, with `--force-with-lease` so nobody else’s commit is lost silently.',
    scopes: SCOPES_PSS,
    default: false,
  },
  username: {
    type: 'string',
    description: 'User for git authentication.',
    scopes: SCOPES_PSS,
    secret: true,
    mandatory: true,
    vault: GIT_VAULT,
  },
  password: {
    type: 'string',
    description: 'Password or token for git authentication.',
    scopes: SCOPES_PSS,
    secret: true,
    mandatory: true,
    vault: GIT_VAULT,
  },
  filePath: {
    type: 'string',
    description:
      'File(s) to update in the repository, relative to its root. Globs for manifests and kustomizations; for `tool: helm` the file the chart is rendered into.',
    scopes: SCOPES_PSS,
    mandatory: true,
  },
  containerName: {
    type: 'string',
    description:
      'Name of the container whose image is updated (manifests). By default every container using the image.',
    scopes: SCOPES_PSS,
  },
  containerRegistryUrl: {
    type: 'string',
    description: 'Registry of the image to deploy, with or without scheme.',
    scopes: SCOPES_ALL,
    aliases: [{ name: 'dockerRegistryUrl' }],
    fromEnv: ['promotion/registryUrl', 'container/registryUrl'],
    note: 'Piper marks it mandatory; ferry takes the promoted (then the built) image from the pipeline environment first.',
  },
  containerImageNameTag: {
    type: 'string',
    description: 'Image to deploy as `name:tag`, `name@sha256:…` or `name:tag@sha256:…`.',
    scopes: SCOPES_PSS,
    aliases: [{ name: 'image', deprecated: true }, { name: 'containerImage' }],
    fromEnv: ['container/imageNameTag'],
    note: 'Piper marks it mandatory; ferry takes the promoted (then the built) image from the pipeline environment first.',
  },
  chartPath: {
    type: 'string',
    description: 'Helm chart to render with `helm template` (tool: helm).',
    scopes: SCOPES_PSS,
    aliases: [{ name: 'helmChartPath' }],
  },
  helmValues: {
    type: 'string[]',
    description: 'Values files for `helm template` (`--values`), as files or URLs.',
    scopes: SCOPES_PSS,
    default: [],
  },
  deploymentName: {
    type: 'string',
    description: 'Release name for `helm template`; for kustomize, the image name or alias in `images:`.',
    scopes: SCOPES_PSS,
    aliases: [{ name: 'helmDeploymentName' }],
  },
  tool: {
    type: 'string',
    description:
      'Kind of deployment description: `kubectl` (manifests), `kustomize` (kustomization images) or `helm` (render a chart).',
    scopes: SCOPES_PSS,
    default: 'kubectl',
    mandatory: true,
    possibleValues: ['kubectl', 'kustomize', 'helm'],
  },
  customTlsCertificateLinks: {
    type: 'string[]',
    description: 'CA certificates (files or URLs) to trust for the git server.',
    scopes: SCOPES_PSS,
    default: [],
  },
  gitHttpsCredentialVaultSecretName: {
    type: 'string',
    description: 'Name of the Vault secret holding username and password for git.',
    scopes: SCOPES_ALL,
    default: 'gitHttpsCredential',
  },
  images: {
    type: 'string[]',
    description:
      'Images to deploy in one commit (`name@sha256:…` or `name:tag`). By default the promoted images from the pipeline environment.',
    scopes: SCOPES_PSS,
    note: 'ferry only: Piper updates one image per run.',
  },
  updater: {
    type: 'string',
    description:
      'How files are edited: `auto` (from `tool` and the file), `manifest`, `kustomize`, `helm-values`, `setter` (marker comments), `argocd` (Argo CD Application sources and `.argocd-source-<app>.yaml`).',
    scopes: SCOPES_PSS,
    default: 'auto',
    possibleValues: ['auto', 'manifest', 'kustomize', 'helm-values', 'setter', 'argocd'],
    note: 'ferry only.',
  },
  helmValuesImageKeys: {
    type: 'string[]',
    description:
      'Where the images are in Helm values (and Argo CD Helm parameters): each a key path (`worker.image`), or the parts as Argo CD Image Updater names them, `image-name=PATH,image-tag=PATH[,image-digest=PATH][,image-registry=PATH]`. By default every image-like key is found.',
    scopes: SCOPES_PSS,
    default: [],
    note: 'ferry only.',
  },
  referenceForm: {
    type: 'string',
    description:
      'How the image is written: `digest` (`name@sha256:…`), `tag+digest` (`name:tag@sha256:…`) or `tag`.',
    scopes: SCOPES_ALL,
    default: 'digest',
    possibleValues: ['digest', 'tag+digest', 'tag'],
    note: 'ferry only: Piper writes the tag.',
  },
  authorName: {
    type: 'string',
    description: 'Author and committer name of the commit; unset: the git username, as Piper commits.',
    scopes: SCOPES_ALL,
    note: 'ferry only.',
  },
  authorEmail: {
    type: 'string',
    description: 'Author and committer e-mail of the commit; unset: empty, as Piper commits.',
    scopes: SCOPES_ALL,
    note: 'ferry only.',
  },
  pullRequest: {
    type: 'boolean',
    description:
      'Push to a branch `ferry/<stage>/<image>` and open (or update) a pull request instead of pushing to branchName.',
    scopes: SCOPES_PSS,
    default: false,
    note: 'ferry only.',
  },
  imagePullSecret: {
    type: 'string',
    description: 'Name of a Kubernetes image pull secret to set on the updated workloads.',
    scopes: SCOPES_PSS,
    note: 'ferry only.',
  },
  maxPushAttempts: {
    type: 'number',
    description:
      'Attempts in all (the first included) to push to a branch that other pipelines move meanwhile: each retry fetches the new head, applies the edit there again and pushes, after a jittered backoff. The default lets 20 pipelines race on one branch.',
    scopes: SCOPES_PSS,
    integer: true,
    min: 1,
    max: 100,
    default: 20,
    note: 'ferry only.',
  },
  allowInsecureHttp: {
    type: 'boolean',
    description:
      'Send the git username and password over plain `http://` to a server that is not on loopback. Off by default: without TLS anyone on the path reads them. Prefer an `https://` serverUrl.',
    scopes: SCOPES_ALL,
    default: false,
    note: 'ferry only: Piper has no such switch.',
  },
} as const satisfies ParamSpecs;

export const outputs: readonly EnvKey[] = ['gitops/commitId', 'gitops/pullRequestUrl', 'gitops/files'];

export const metadata = { name, description, aliases, params, outputs } as const;
