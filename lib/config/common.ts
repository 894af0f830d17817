// Parameters every step accepts, in every section (Piper reads its Vault settings from general, steps
// and stages alike): logging and the Vault settings that lib/vault logs in and looks secrets up with.
import type { ParamSpecs } from '../step';

const EVERYWHERE = ['general', 'parameters', 'stages', 'steps'] as const;
const JENKINS_ONLY = 'Jenkins only in Piper; accepted so Piper configurations load, unused by ferry.';

export const COMMON_PARAMS = {
  verbose: {
    type: 'boolean',
    description: 'Print debug output.',
    scopes: EVERYWHERE,
    default: false,
  },
  vaultServerUrl: {
    type: 'string',
    description: 'URL of the Vault server. Without it, nothing is read from Vault.',
    scopes: EVERYWHERE,
  },
  vaultNamespace: {
    type: 'string',
    description: 'Vault Enterprise namespace.',
    scopes: EVERYWHERE,
  },
  vaultPath: {
    type: 'string',
    description: 'First place secrets are looked up: `$(vaultPath)/<secretName>`.',
    scopes: EVERYWHERE,
  },
  vaultBasePath: {
    type: 'string',
    description:
      'Base of the next places secrets are looked up: `$(vaultBasePath)/$(vaultPipelineName)/<secretName>`, then `$(vaultBasePath)/GROUP-SECRETS/<secretName>`.',
    scopes: EVERYWHERE,
  },
  vaultPipelineName: {
    type: 'string',
    description: 'Pipeline folder under vaultBasePath.',
    scopes: EVERYWHERE,
  },
  skipVault: {
    type: 'boolean',
    description: 'Read nothing from Vault, even when it is configured.',
    scopes: EVERYWHERE,
    default: false,
  },
  vaultDisableOverwrite: {
    type: 'boolean',
    description: 'A parameter that already has a value is not overwritten by Vault.',
    scopes: EVERYWHERE,
    default: false,
  },
  vaultCredentialPath: {
    type: 'yaml',
    description:
      'Secret whose keys (vaultCredentialKeys) are exported as environment variables to the step; a list exports several secrets (then vaultCredentialKeys is a list of lists).',
    scopes: EVERYWHERE,
  },
  vaultCredentialKeys: {
    type: 'yaml',
    description:
      'Keys of vaultCredentialPath to export, as `<vaultCredentialEnvPrefix><KEY>` and `…_BASE64`: a list, or one list per path.',
    scopes: EVERYWHERE,
  },
  vaultCredentialEnvPrefix: {
    type: 'yaml',
    description:
      'Prefix of the exported credential variables (also exported under the default prefix); a list gives one per path.',
    scopes: EVERYWHERE,
    default: 'PIPER_VAULTCREDENTIAL_',
  },
  vaultTestCredentialPath: {
    type: 'yaml',
    description:
      'Secret whose keys (vaultTestCredentialKeys) are exported as test credentials, `<vaultTestCredentialEnvPrefix><KEY>`; string or list, as vaultCredentialPath.',
    scopes: EVERYWHERE,
  },
  vaultTestCredentialKeys: {
    type: 'yaml',
    description: 'Keys of vaultTestCredentialPath to export: a list, or one list per path.',
    scopes: EVERYWHERE,
  },
  vaultTestCredentialEnvPrefix: {
    type: 'yaml',
    description: 'Prefix of the exported test credential variables; a list gives one per path.',
    scopes: EVERYWHERE,
    default: 'PIPER_TESTCREDENTIAL_',
  },
  vaultToken: {
    type: 'string',
    description: 'Vault token (login by token). Pass it as `PIPER_vaultToken`, never in a file.',
    scopes: ['parameters'],
    secret: true,
  },
  vaultAppRoleID: {
    type: 'string',
    description: 'AppRole role ID (login by AppRole). Pass it as `PIPER_vaultAppRoleID`.',
    scopes: ['parameters'],
    secret: true,
  },
  vaultAppRoleSecretID: {
    type: 'string',
    description: 'AppRole secret ID (login by AppRole). Pass it as `PIPER_vaultAppRoleSecretID`.',
    scopes: ['parameters'],
    secret: true,
  },
  vaultJwtRole: {
    type: 'string',
    description: 'Vault role for a JWT login with the GitHub Actions OIDC token.',
    scopes: EVERYWHERE,
    note: 'ferry only.',
  },
  vaultJwtMountPath: {
    type: 'string',
    description: 'Mount path of the JWT auth method in Vault.',
    scopes: EVERYWHERE,
    default: 'jwt',
    note: 'ferry only.',
  },
  vaultJwtAudience: {
    type: 'string',
    description:
      "Audience to request for the GitHub Actions OIDC token; it must match the Vault role's bound_audiences. Default: GitHub's (the repository owner URL).",
    scopes: EVERYWHERE,
    note: 'ferry only.',
  },
  vaultAppRoleMountPath: {
    type: 'string',
    description: 'Mount path of the AppRole auth method in Vault.',
    scopes: EVERYWHERE,
    default: 'approle',
    note: 'ferry only.',
  },
  vaultCaFile: {
    type: 'string',
    description:
      'PEM file of CA certificates to trust for the Vault server, in addition to the system roots.',
    scopes: EVERYWHERE,
    note: 'ferry only.',
  },
  vaultAppRoleTokenCredentialsId: {
    type: 'string',
    description: 'Jenkins credentials ID of the AppRole role ID.',
    scopes: EVERYWHERE,
    note: JENKINS_ONLY,
  },
  vaultAppRoleSecretTokenCredentialsId: {
    type: 'string',
    description: 'Jenkins credentials ID of the AppRole secret ID.',
    scopes: EVERYWHERE,
    note: JENKINS_ONLY,
  },
  vaultTokenCredentialsId: {
    type: 'string',
    description: 'Jenkins credentials ID of a Vault token.',
    scopes: EVERYWHERE,
    note: JENKINS_ONLY,
  },
} as const satisfies ParamSpecs;

export type CommonParamName = keyof typeof COMMON_PARAMS;
