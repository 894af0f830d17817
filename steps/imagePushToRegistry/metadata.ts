// Metadata of imagePushToRegistry: Piper's parameters (names, types, defaults, scopes, aliases, pipeline
// environment and Vault references) plus ferry's own; `run` lives in run.ts.
import type { EnvKey } from '../../lib/env';
import type { ParamSpecs, StepAlias } from '../../lib/step';

const SCOPES_PSS = ['parameters', 'stages', 'steps'] as const;
const SCOPES_ALL = ['general', 'parameters', 'stages', 'steps'] as const;
const REGISTRY_VAULT = {
  secretNameParam: 'registryCredentialsVaultSecretName',
  defaultSecretName: 'docker-registry',
};

export const name = 'imagePushToRegistry';

export const description =
  'Copies images from the staging registry to the target registry, digest intact, and records what it promoted.';

export const aliases: readonly StepAlias[] = [];

export const params = {
  sourceImages: {
    type: 'string[]',
    description:
      'Names of the images to copy from the source registry; the first maps to the first of targetImages.',
    scopes: SCOPES_PSS,
    fromEnv: ['container/imageNames'],
    note: 'Piper marks it mandatory unless pushLocalDockerImage; ferry also accepts useImageNameTags (sourceImageNameTags) instead, so the step checks it.',
  },
  sourceImageTag: {
    type: 'string',
    description: 'Tag of the source images.',
    scopes: SCOPES_ALL,
    aliases: [{ name: 'artifactVersion' }, { name: 'containerImageTag' }],
    fromEnv: ['artifactVersion'],
    note: "Piper marks it mandatory unless pushLocalDockerImage; ferry prefers the digest the build recorded, so the step checks it. A '+' becomes '-' (as Piper does), and the log says so.",
  },
  sourceRegistryUrl: {
    type: 'string',
    description:
      'URL of the registry to copy from, with or without scheme, e.g. `https://staging.example.com`.',
    scopes: SCOPES_PSS,
    fromEnv: ['container/registryUrl'],
    mandatoryIf: [{ param: 'pushLocalDockerImage', equals: false }],
  },
  sourceRegistryUser: {
    type: 'string',
    description: 'User for the source registry.',
    scopes: SCOPES_PSS,
    secret: true,
    fromEnv: ['container/repositoryUsername'],
    vault: REGISTRY_VAULT,
    note: 'Piper marks it mandatory; ferry also pulls anonymously or with dockerConfigJSON.',
  },
  sourceRegistryPassword: {
    type: 'string',
    description: 'Password for the source registry.',
    scopes: SCOPES_PSS,
    secret: true,
    fromEnv: ['container/repositoryPassword'],
    vault: REGISTRY_VAULT,
    note: 'Piper marks it mandatory; ferry also pulls anonymously or with dockerConfigJSON.',
  },
  targetRegistryUrl: {
    type: 'string',
    description:
      'URL of the registry to copy to, with or without scheme, e.g. `https://registry.example.com`.',
    scopes: SCOPES_PSS,
    mandatory: true,
  },
  targetRegistryUser: {
    type: 'string',
    description: 'User for the target registry.',
    scopes: SCOPES_PSS,
    secret: true,
    vault: REGISTRY_VAULT,
    note: 'Piper marks it mandatory; ferry also accepts the credentials of dockerConfigJSON.',
  },
  targetRegistryPassword: {
    type: 'string',
    description: 'Password for the target registry.',
    scopes: SCOPES_PSS,
    secret: true,
    vault: REGISTRY_VAULT,
    note: 'Piper marks it mandatory; ferry also accepts the credentials of dockerConfigJSON.',
  },
  targetImages: {
    type: 'map',
    description:
      'Target name for each source image (`source: target`). When empty, the source names are used.',
    scopes: SCOPES_PSS,
    note: 'Piper fails when targetImages and sourceImages differ in size; ferry requires an entry for each source image and ignores extra entries with a notice. A target name carries no tag.',
  },
  targetImageTag: {
    type: 'string',
    description: 'Tag of the target images.',
    scopes: SCOPES_ALL,
    aliases: [{ name: 'artifactVersion' }, { name: 'containerImageTag' }],
    fromEnv: ['artifactVersion'],
    mandatoryIf: [{ param: 'tagLatest', equals: false }],
    note: "A '+' becomes '-' (as Piper does), and the log says so. An explicit empty value means no version tag (then latest, see tagLatest).",
  },
  useImageNameTags: {
    type: 'boolean',
    description: 'Copy sourceImageNameTags to targetImageNameTags instead of sourceImages and targetImages.',
    scopes: SCOPES_PSS,
    default: false,
    note: 'Piper ignores targetArchitecture and tagLatest in this mode; ferry applies both.',
  },
  sourceImageNameTags: {
    type: 'string[]',
    description: 'Images to copy as `name:tag`, as a build step records them. Used with useImageNameTags.',
    scopes: SCOPES_PSS,
    fromEnv: ['container/imageNameTags'],
  },
  targetImageNameTags: {
    type: 'string[]',
    description:
      'Target images as `name:tag`, one per source image. Used with useImageNameTags; defaults to sourceImageNameTags.',
    scopes: SCOPES_PSS,
  },
  tagLatest: {
    type: 'boolean',
    description: 'Also tag the target images as `latest`. Without it, targetImageTag is mandatory.',
    scopes: SCOPES_PSS,
    default: false,
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
    note: 'Piper merges the credentials into /root/.docker/config.json; ferry only reads this file and writes nothing.',
  },
  pushLocalDockerImage: {
    type: 'boolean',
    description:
      'Push a local image (`docker save` tarball or OCI layout directory) instead of copying from a registry.',
    scopes: SCOPES_PSS,
    default: false,
  },
  localDockerImagePath: {
    type: 'string',
    description: 'A directory is read as an OCI image layout; a file as a `docker save` tarball.',
    scopes: SCOPES_PSS,
    mandatoryIf: [{ param: 'pushLocalDockerImage', equals: true }],
  },
  targetArchitecture: {
    type: 'string',
    description:
      'Copy only this platform, `os/arch[/variant]` (e.g. `linux/amd64`). By default every platform of the index is copied.',
    scopes: ['parameters', 'steps'],
    note: "Piper's `:osversion` suffix is accepted and ignored. The target gets that platform's own manifest (its digest as the source index lists it, as crane copies it), recorded in promotion/images; a platform the source lacks is an error naming the ones it has.",
  },
  disableHTTP2: {
    type: 'boolean',
    description: 'Talk HTTP/1.1 to the registries, never HTTP/2.',
    scopes: SCOPES_PSS,
    default: false,
    note: "Always honoured: ferry's registry transport speaks HTTP/1.1 only, so `true` changes nothing and `false` does not turn HTTP/2 on.",
  },
  registryCredentialsVaultSecretName: {
    type: 'string',
    description: 'Name of the Vault secret holding the registry credentials (fields: the parameter names).',
    scopes: SCOPES_ALL,
    default: 'docker-registry',
  },
  dockerConfigFileVaultSecretName: {
    type: 'string',
    description: 'Name of the Vault secret holding a Docker config.json (field: dockerConfigJSON).',
    scopes: SCOPES_ALL,
    default: 'docker-config',
  },
  insecureRegistries: {
    type: 'string[]',
    description:
      'Registries (`host[:port]`) reached over plain HTTP. Loopback registries are always allowed.',
    scopes: SCOPES_ALL,
    default: [],
    note: 'ferry only.',
  },
  customTlsCertificateLinks: {
    type: 'string[]',
    description:
      'CA certificates (PEM files, or http(s) URLs to download) trusted for the source and target registries, in addition to the system roots.',
    scopes: SCOPES_PSS,
    default: [],
    note: "The name Piper's kanikoExecute uses; imagePushToRegistry in Piper has no such parameter.",
  },
  jobs: {
    type: 'number',
    description: 'How many images are copied at the same time.',
    scopes: SCOPES_PSS,
    integer: true,
    min: 1,
    max: 64,
    default: 3,
    note: 'ferry only.',
  },
  referrers: {
    type: 'boolean',
    description: 'Also copy the referrers of each image (signatures, SBOMs, attestations).',
    scopes: SCOPES_PSS,
    default: false,
    note: 'ferry only.',
  },
} as const satisfies ParamSpecs;

export const outputs: readonly EnvKey[] = ['promotion/registryUrl', 'promotion/images'];

export const metadata = { name, description, aliases, params, outputs } as const;
