// Metadata of build: the parameters of Piper's kanikoExecute (and the common ones of cnbBuild) plus
// ferry's builder choice; Piper's step names kanikoExecute and cnbBuild are aliases that preset `builder`.
import type { EnvKey } from '../../lib/env';
import type { ParamSpecs, Scope, StepAlias } from '../../lib/step';

const SCOPES_PSS = ['parameters', 'stages', 'steps'] as const;
const SCOPES_ALL = ['general', 'parameters', 'stages', 'steps'] as const;
const SCOPES_PS = ['parameters', 'steps'] as const;
const REGISTRY_VAULT = {
  secretNameParam: 'registryCredentialsVaultSecretName',
  defaultSecretName: 'docker-registry',
};
const CNB_ONLY = 'a Cloud Native Buildpacks setting of cnbBuild; ferry runs `pack build` without it.';

export const name = 'build';

export const description =
  'Builds an image from a Dockerfile, pushes it to the staging registry and records it, by digest, in the pipeline environment.';

// The Vault secret names of the resource references: Piper reads them from every section (mixinVaultConfig).
const VAULT_NAMES = {
  registryCredentialsVaultSecretName: SCOPES_ALL,
  dockerConfigFileVaultSecretName: SCOPES_ALL,
} as const;

/** The parameters of Piper's kanikoExecute (resources/metadata/kanikoExecute.yaml), with its scopes. */
const KANIKO_EXECUTE: Readonly<Record<string, readonly Scope[]>> = {
  buildOptions: SCOPES_PSS,
  buildSettingsInfo: SCOPES_PSS,
  containerBuildOptions: SCOPES_PSS,
  containerImage: SCOPES_PSS,
  containerImageName: SCOPES_ALL,
  containerImageTag: SCOPES_ALL,
  multipleImages: SCOPES_PS,
  containerMultiImageBuild: SCOPES_ALL,
  containerMultiImageBuildExcludes: SCOPES_ALL,
  containerMultiImageBuildTrimDir: SCOPES_PSS,
  containerPreparationCommand: SCOPES_PSS,
  containerRegistryUrl: SCOPES_ALL,
  containerRegistryUser: SCOPES_ALL,
  containerRegistryPassword: SCOPES_ALL,
  customTlsCertificateLinks: SCOPES_PSS,
  dockerConfigJSON: SCOPES_PSS,
  dockerfilePath: SCOPES_PSS,
  readImageDigest: SCOPES_PSS,
  createBOM: SCOPES_ALL,
  syftDownloadUrl: SCOPES_PS,
  createBuildArtifactsMetadata: SCOPES_PSS,
  registryMirrors: SCOPES_PSS,
  ...VAULT_NAMES,
};

/** The parameters of Piper's cnbBuild (resources/metadata/cnbBuild.yaml), with its scopes. */
const CNB_BUILD: Readonly<Record<string, readonly Scope[]>> = {
  containerImageName: SCOPES_ALL,
  containerImageAlias: SCOPES_ALL,
  containerImageTag: SCOPES_ALL,
  containerRegistryUrl: SCOPES_ALL,
  buildpacks: SCOPES_PSS,
  preBuildpacks: SCOPES_PSS,
  postBuildpacks: SCOPES_PSS,
  buildEnvVars: SCOPES_PSS,
  expandBuildEnvVars: SCOPES_PSS,
  path: SCOPES_PSS,
  projectDescriptor: SCOPES_PSS,
  // Piper: an explicit parameter only; from the pipeline environment as dockerConfigJSONCPE.
  dockerConfigJSON: ['parameters'],
  customTlsCertificateLinks: SCOPES_PSS,
  additionalTags: SCOPES_PSS,
  bindings: SCOPES_PSS,
  multipleImages: SCOPES_PSS,
  preserveFiles: SCOPES_PSS,
  buildSettingsInfo: SCOPES_PSS,
  createBOM: SCOPES_ALL,
  syftDownloadUrl: SCOPES_PS,
  runImage: SCOPES_ALL,
  defaultProcess: SCOPES_ALL,
  ...VAULT_NAMES,
};

export const aliases: readonly StepAlias[] = [
  { name: 'kanikoExecute', presets: { builder: 'kaniko' }, piperParams: KANIKO_EXECUTE },
  {
    name: 'cnbBuild',
    presets: { builder: 'pack' },
    piperParams: CNB_BUILD,
    // Piper's cnbBuild tags with the artifact version, else the commit a Piper step recorded.
    piperFromEnv: { containerImageTag: ['artifactVersion', 'git/commitId'] },
  },
];

export const params = {
  builder: {
    type: 'string',
    description:
      'Builder: `auto` (native when the Dockerfile needs no RUN, else buildah, docker, kaniko, by what is installed), `native`, `buildah`, `docker`, `kaniko` or `pack`.',
    scopes: SCOPES_ALL,
    default: 'auto',
    possibleValues: ['auto', 'native', 'buildah', 'docker', 'kaniko', 'pack'],
    note: 'ferry only: Piper has one step per builder (kanikoExecute, cnbBuild); those names select kaniko and pack.',
  },
  containerImageName: {
    type: 'string',
    description: 'Name (repository) of the image to build, e.g. `team/app`.',
    scopes: SCOPES_ALL,
    aliases: [{ name: 'dockerImageName' }],
  },
  containerImageTag: {
    type: 'string',
    description: 'Tag of the image. By default the artifact version, else the short git commit.',
    scopes: SCOPES_ALL,
    aliases: [{ name: 'artifactVersion' }],
    fromEnv: ['artifactVersion'],
  },
  containerImage: {
    type: 'string',
    description:
      'Full name of the image, `registry/name:tag`; containerRegistryUrl, containerImageName and containerImageTag win.',
    scopes: SCOPES_PSS,
    aliases: [{ name: 'containerImageNameAndTag', deprecated: true }],
  },
  containerImageNameTags: {
    type: 'string[]',
    description:
      'Several images to build and push as `name:tag`, instead of containerImageName and containerImageTag.',
    scopes: SCOPES_PSS,
  },
  containerRegistryUrl: {
    type: 'string',
    description: 'Staging registry to push to, with or without scheme.',
    scopes: SCOPES_ALL,
    aliases: [{ name: 'dockerRegistryUrl' }],
    fromEnv: ['container/registryUrl'],
  },
  containerRegistryUser: {
    type: 'string',
    description: 'User for the staging registry.',
    scopes: SCOPES_ALL,
    aliases: [{ name: 'dockerRegistryUser' }],
    secret: true,
    fromEnv: ['container/repositoryUsername'],
    vault: REGISTRY_VAULT,
  },
  containerRegistryPassword: {
    type: 'string',
    description: 'Password for the staging registry.',
    scopes: SCOPES_ALL,
    aliases: [{ name: 'dockerRegistryPassword' }],
    secret: true,
    fromEnv: ['container/repositoryPassword'],
    vault: REGISTRY_VAULT,
  },
  dockerConfigJSON: {
    type: 'string',
    description: 'Path of a Docker `config.json` with registry credentials. Read, never modified.',
    scopes: SCOPES_PSS,
    secret: true,
    fromEnv: ['custom/dockerConfigJSON'],
    vault: {
      secretNameParam: 'dockerConfigFileVaultSecretName',
      defaultSecretName: 'docker-config',
      file: true,
    },
  },
  dockerfilePath: {
    type: 'string',
    description: 'Dockerfile, relative to the workspace.',
    scopes: SCOPES_PSS,
    aliases: [{ name: 'dockerfile' }],
    default: 'Dockerfile',
  },
  buildContext: {
    type: 'string',
    description: 'Build context directory, relative to the workspace.',
    scopes: SCOPES_PSS,
    default: '.',
    note: 'ferry only: kaniko builds from the workspace.',
  },
  buildArgs: {
    type: 'map',
    description: 'Build arguments (`ARG`), `NAME: value`.',
    scopes: SCOPES_PSS,
    default: {},
    note: 'ferry only.',
  },
  target: {
    type: 'string',
    description: 'Stage of a multi-stage Dockerfile to build.',
    scopes: SCOPES_PSS,
    note: 'ferry only.',
  },
  platforms: {
    type: 'string[]',
    description:
      'Platforms to build, `os/arch[/variant]`; several make an index. By default the host platform.',
    scopes: SCOPES_PS,
    aliases: [{ name: 'targetArchitectures' }],
    default: [],
    note: "ferry only. Not read from general or stage sections: there `targetArchitectures` is golangBuild's.",
  },
  labels: {
    type: 'map',
    description: 'Labels added to the image, after the OCI labels ferry sets from git.',
    scopes: SCOPES_PSS,
    default: {},
    note: 'ferry only.',
  },
  tagLatest: {
    type: 'boolean',
    description: 'Also push the image as `latest`.',
    scopes: SCOPES_PS,
    default: false,
    note: "ferry only. Not read from stage sections: there `tagLatest` is imagePushToRegistry's.",
  },
  buildOptions: {
    type: 'string[]',
    description:
      'Extra options passed to the builder (kaniko, buildah, docker, pack) as they are; the native builder honours `--build-arg`, `--target`, `--label`, `--platform`, `--insecure-registry`, accepts kaniko tuning options without effect and refuses others by name.',
    scopes: SCOPES_PSS,
    default: [],
    note: "Piper's default for kanikoExecute (`--skip-tls-verify-pull`) is not ferry's: ferry verifies TLS unless a registry is listed as insecure.",
  },
  containerMultiImageBuild: {
    type: 'boolean',
    description:
      'Build every `**/Dockerfile*` in the build context, one image each: `Dockerfile` as containerImageName, `sub/Dockerfile` as `<containerImageName>-sub`, `Dockerfile_x` as `<containerImageName>-x`.',
    scopes: SCOPES_ALL,
    default: false,
  },
  containerMultiImageBuildExcludes: {
    type: 'string[]',
    description:
      'Dockerfiles left out of containerMultiImageBuild: paths relative to the build context, as Piper compares them, or globs.',
    scopes: SCOPES_ALL,
    default: [],
  },
  customTlsCertificateLinks: {
    type: 'string[]',
    description: 'CA certificates (files or URLs) to trust for the registries.',
    scopes: SCOPES_PSS,
    default: [],
  },
  insecureRegistries: {
    type: 'string[]',
    description:
      'Registries (`host[:port]`) reached over plain HTTP. Loopback registries are always allowed.',
    scopes: SCOPES_ALL,
    default: [],
    note: 'ferry only.',
  },
  containerPreparationCommand: {
    type: 'string',
    description: 'Command Piper runs in the kaniko container before the build.',
    scopes: SCOPES_PSS,
    default: 'rm -f /kaniko/.docker/config.json',
    notImplemented: 'ferry never runs it: it keeps no credentials in the executor image.',
  },
  readImageDigest: {
    type: 'boolean',
    description: 'Read the digest of the pushed image.',
    scopes: SCOPES_PSS,
    default: false,
    notImplemented: 'ferry always records the digest the builder reports.',
  },
  containerBuildOptions: {
    type: 'string',
    description:
      'Deprecated in Piper: builder options as one string (`--label a=b`), split at spaces as Piper does; when set it replaces buildOptions.',
    scopes: SCOPES_PSS,
    note: 'Piper (kanikoExecute) splits it at single spaces and uses it instead of buildOptions; ferry does the same (empty pieces dropped) and warns that buildOptions is the current form.',
  },
  multipleImages: {
    type: 'map[]',
    description:
      'Several images from one repository, one entry each: `contextSubPath` (its directory in the build context), `dockerfilePath`, and `containerImageName` [+ `containerImageTag`] or a full `containerImage` (cnbBuild: `path`, `buildpacks`, …).',
    scopes: SCOPES_PSS,
    aliases: [{ name: 'images' }],
    default: [],
  },
  containerMultiImageBuildTrimDir: {
    type: 'string',
    description:
      'Leading directory cut from each Dockerfile path when naming the images of containerMultiImageBuild.',
    scopes: SCOPES_PSS,
  },
  registryMirrors: {
    type: 'string[]',
    description:
      'Mirrors to pull base images from before their own registry, tried in order: `host[:port][/path]` mirrors Docker Hub (kaniko --registry-mirror), `registry=host[/path]` another registry (kaniko --registry-map).',
    scopes: SCOPES_PSS,
    default: [],
  },
  createBOM: {
    type: 'boolean',
    description:
      "Create an SPDX SBOM of each image (syft's when syft is installed, else ferry's: the image's files with checksums and its base) and attach it to the image as an OCI referrer.",
    scopes: SCOPES_ALL,
    default: false,
    note: 'Piper writes CycloneDX files (bom-docker-N.xml) to the workspace; ferry attaches SPDX JSON to the image, where imagePushToRegistry promotes it with the image.',
  },
  syftDownloadUrl: {
    type: 'string',
    description: 'Where Piper downloads syft from to create the SBOM.',
    scopes: ['parameters', 'steps'],
    default: 'https://github.com/anchore/syft/releases/download/v1.44.0/syft_1.44.0_linux_amd64.tar.gz',
    notImplemented: 'ferry downloads nothing during a run; it uses syft when it is on the PATH.',
  },
  createBuildArtifactsMetadata: {
    type: 'boolean',
    description: "Piper's build-artifacts metadata for its reporting.",
    scopes: SCOPES_PSS,
    default: false,
    notImplemented: 'ferry records every image in container/images instead.',
  },
  buildSettingsInfo: {
    type: 'string',
    description: "Piper's build settings record (JSON), read from the pipeline environment.",
    scopes: SCOPES_PSS,
    fromEnv: ['custom/buildSettingsInfo'],
    notImplemented: 'not used for the build.',
  },
  containerImageAlias: {
    type: 'string',
    description: 'Logical name of the image in a multi-image build (cnbBuild).',
    scopes: SCOPES_ALL,
    notImplemented: CNB_ONLY,
  },
  preBuildpacks: {
    type: 'string[]',
    description: 'Buildpacks to run before the others (cnbBuild).',
    scopes: SCOPES_PSS,
    fromEnv: ['container/preBuildpacks'],
    default: [],
    notImplemented: CNB_ONLY,
  },
  postBuildpacks: {
    type: 'string[]',
    description: 'Buildpacks to run after the others (cnbBuild).',
    scopes: SCOPES_PSS,
    fromEnv: ['container/postBuildpacks'],
    default: [],
    notImplemented: CNB_ONLY,
  },
  expandBuildEnvVars: {
    type: 'boolean',
    description: 'Expand environment variables in buildEnvVars (cnbBuild).',
    scopes: SCOPES_PSS,
    default: false,
    notImplemented: CNB_ONLY,
  },
  bindings: {
    type: 'object',
    description: 'Service bindings for the buildpacks (cnbBuild).',
    scopes: SCOPES_PSS,
    default: {},
    notImplemented: CNB_ONLY,
  },
  preserveFiles: {
    type: 'string[]',
    description: 'Files kept in the workspace after the build (cnbBuild).',
    scopes: SCOPES_PSS,
    default: [],
    notImplemented: CNB_ONLY,
  },
  runImage: {
    type: 'string',
    description: 'Run image of the buildpacks build (cnbBuild).',
    scopes: SCOPES_ALL,
    notImplemented: CNB_ONLY,
  },
  defaultProcess: {
    type: 'string',
    description: 'Default process type of the image (cnbBuild).',
    scopes: SCOPES_ALL,
    notImplemented: CNB_ONLY,
  },
  buildpacks: {
    type: 'string[]',
    description: 'Buildpacks for the pack builder, `host/repo[:tag]`.',
    scopes: SCOPES_PSS,
    fromEnv: ['container/buildpacks'],
    default: [],
  },
  buildEnvVars: {
    type: 'map',
    description: 'Environment variables for the pack builder.',
    scopes: SCOPES_PSS,
    default: {},
  },
  path: {
    type: 'string',
    description: 'Sources (directory or archive) for the pack builder.',
    scopes: SCOPES_PSS,
  },
  projectDescriptor: {
    type: 'string',
    description: 'project.toml for the pack builder, relative to `path`.',
    scopes: SCOPES_PSS,
    default: 'project.toml',
  },
  additionalTags: {
    type: 'string[]',
    description: 'More tags pushed besides containerImageTag, e.g. `latest`.',
    scopes: SCOPES_PSS,
    default: [],
  },
  registryCredentialsVaultSecretName: {
    type: 'string',
    description: 'Name of the Vault secret holding the staging registry credentials.',
    scopes: SCOPES_ALL,
    default: 'docker-registry',
  },
  dockerConfigFileVaultSecretName: {
    type: 'string',
    description: 'Name of the Vault secret holding a Docker config.json (field: dockerConfigJSON).',
    scopes: SCOPES_ALL,
    default: 'docker-config',
  },
} as const satisfies ParamSpecs;

export const outputs: readonly EnvKey[] = [
  'container/registryUrl',
  'container/imageNames',
  'container/imageNameTag',
  'container/imageNameTags',
  'container/imageDigest',
  'container/imageDigests',
  'container/images',
  'artifactVersion',
  'git/commitId',
  'git/remoteUrl',
  'git/dirty',
];

export const metadata = { name, description, aliases, params, outputs } as const;
