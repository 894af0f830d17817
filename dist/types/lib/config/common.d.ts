export declare const COMMON_PARAMS: {
    readonly verbose: {
        readonly type: "boolean";
        readonly description: "Print debug output.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly default: false;
    };
    readonly vaultServerUrl: {
        readonly type: "string";
        readonly description: "URL of the Vault server. Without it, nothing is read from Vault.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
    };
    readonly vaultNamespace: {
        readonly type: "string";
        readonly description: "Vault Enterprise namespace.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
    };
    readonly vaultPath: {
        readonly type: "string";
        readonly description: "First place secrets are looked up: `$(vaultPath)/<secretName>`.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
    };
    readonly vaultBasePath: {
        readonly type: "string";
        readonly description: "Base of the next places secrets are looked up: `$(vaultBasePath)/$(vaultPipelineName)/<secretName>`, then `$(vaultBasePath)/GROUP-SECRETS/<secretName>`.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
    };
    readonly vaultPipelineName: {
        readonly type: "string";
        readonly description: "Pipeline folder under vaultBasePath.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
    };
    readonly skipVault: {
        readonly type: "boolean";
        readonly description: "Read nothing from Vault, even when it is configured.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly default: false;
    };
    readonly vaultDisableOverwrite: {
        readonly type: "boolean";
        readonly description: "A parameter that already has a value is not overwritten by Vault.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly default: false;
    };
    readonly vaultCredentialPath: {
        readonly type: "yaml";
        readonly description: "Secret whose keys (vaultCredentialKeys) are exported as environment variables to the step; a list exports several secrets (then vaultCredentialKeys is a list of lists).";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
    };
    readonly vaultCredentialKeys: {
        readonly type: "yaml";
        readonly description: "Keys of vaultCredentialPath to export, as `<vaultCredentialEnvPrefix><KEY>` and `…_BASE64`: a list, or one list per path.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
    };
    readonly vaultCredentialEnvPrefix: {
        readonly type: "yaml";
        readonly description: "Prefix of the exported credential variables (also exported under the default prefix); a list gives one per path.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly default: "PIPER_VAULTCREDENTIAL_";
    };
    readonly vaultTestCredentialPath: {
        readonly type: "yaml";
        readonly description: "Secret whose keys (vaultTestCredentialKeys) are exported as test credentials, `<vaultTestCredentialEnvPrefix><KEY>`; string or list, as vaultCredentialPath.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
    };
    readonly vaultTestCredentialKeys: {
        readonly type: "yaml";
        readonly description: "Keys of vaultTestCredentialPath to export: a list, or one list per path.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
    };
    readonly vaultTestCredentialEnvPrefix: {
        readonly type: "yaml";
        readonly description: "Prefix of the exported test credential variables; a list gives one per path.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly default: "PIPER_TESTCREDENTIAL_";
    };
    readonly vaultToken: {
        readonly type: "string";
        readonly description: "Vault token (login by token). Pass it as `PIPER_vaultToken`, never in a file.";
        readonly scopes: readonly ["parameters"];
        readonly secret: true;
    };
    readonly vaultAppRoleID: {
        readonly type: "string";
        readonly description: "AppRole role ID (login by AppRole). Pass it as `PIPER_vaultAppRoleID`.";
        readonly scopes: readonly ["parameters"];
        readonly secret: true;
    };
    readonly vaultAppRoleSecretID: {
        readonly type: "string";
        readonly description: "AppRole secret ID (login by AppRole). Pass it as `PIPER_vaultAppRoleSecretID`.";
        readonly scopes: readonly ["parameters"];
        readonly secret: true;
    };
    readonly vaultJwtRole: {
        readonly type: "string";
        readonly description: "Vault role for a JWT login with the GitHub Actions OIDC token.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly note: "ferry only.";
    };
    readonly vaultJwtMountPath: {
        readonly type: "string";
        readonly description: "Mount path of the JWT auth method in Vault.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly default: "jwt";
        readonly note: "ferry only.";
    };
    readonly vaultJwtAudience: {
        readonly type: "string";
        readonly description: "Audience to request for the GitHub Actions OIDC token; it must match the Vault role's bound_audiences. Default: GitHub's (the repository owner URL).";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly note: "ferry only.";
    };
    readonly vaultAppRoleMountPath: {
        readonly type: "string";
        readonly description: "Mount path of the AppRole auth method in Vault.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly default: "approle";
        readonly note: "ferry only.";
    };
    readonly vaultCaFile: {
        readonly type: "string";
        readonly description: "PEM file of CA certificates to trust for the Vault server, in addition to the system roots.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly note: "ferry only.";
    };
    readonly vaultAppRoleTokenCredentialsId: {
        readonly type: "string";
        readonly description: "Jenkins credentials ID of the AppRole role ID.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly note: "Jenkins only in Piper; accepted so Piper configurations load, unused by ferry.";
    };
    readonly vaultAppRoleSecretTokenCredentialsId: {
        readonly type: "string";
        readonly description: "Jenkins credentials ID of the AppRole secret ID.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly note: "Jenkins only in Piper; accepted so Piper configurations load, unused by ferry.";
    };
    readonly vaultTokenCredentialsId: {
        readonly type: "string";
        readonly description: "Jenkins credentials ID of a Vault token.";
        readonly scopes: readonly ["general", "parameters", "stages", "steps"];
        readonly note: "Jenkins only in Piper; accepted so Piper configurations load, unused by ferry.";
    };
};
export type CommonParamName = keyof typeof COMMON_PARAMS;
