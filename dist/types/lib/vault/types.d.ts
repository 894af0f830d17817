/** Piper's path variables; a candidate path whose variables are unset is skipped. */
export interface VaultPathConfig {
    vaultPath?: string;
    vaultBasePath?: string;
    vaultPipelineName?: string;
}
export interface VaultSecretRequest {
    /** The parameter to fill, e.g. `targetRegistryPassword`. */
    param: string;
    /** Fields to try in order: the parameter's name, then its aliases. */
    fields: readonly string[];
    /** Secret name: the value of the step's `…VaultSecretName` parameter, or its default. */
    secretName: string;
    /** File-valued secret: the value is written to a 0600 temp file and the parameter gets its path. */
    file: boolean;
}
export interface VaultSecretValue {
    /** The secret itself, or the temp file path for a file-valued secret. */
    value: string;
    /** `<mount>/<path>` it was read from, for `ferry config` ("*** (vault: path#field)"). */
    path: string;
    field: string;
}
/** A logged-in Vault session as parameter resolution sees it. */
export interface VaultLookup {
    /** Looks each request up along Piper's candidate paths; requests not found are absent. */
    lookup(requests: readonly VaultSecretRequest[], paths: VaultPathConfig): Promise<Map<string, VaultSecretValue>>;
}
/** What happened at one candidate path, for the error a mandatory parameter raises when nothing matched. */
export interface VaultLookupAttempt {
    /** The candidate path as read (`<mount>/<path>`). */
    path: string;
    /** `not-found`: no secret there; `field-missing`: a secret without any of the fields; `denied`: 403. */
    result: 'not-found' | 'field-missing' | 'denied';
}
/** A lookup that also says where it looked; `createVaultSession` returns one. */
export interface VaultLookupWithReport extends VaultLookup {
    /** Candidate paths tried for `param` in the last lookup that asked for it, in order. */
    triedPaths(param: string): readonly VaultLookupAttempt[];
}
