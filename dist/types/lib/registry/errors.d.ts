/** Error codes of the OCI distribution spec (plus SIZE_INVALID's and UNKNOWN's Docker-era siblings). */
export type OciErrorCode = 'BLOB_UNKNOWN' | 'BLOB_UPLOAD_INVALID' | 'BLOB_UPLOAD_UNKNOWN' | 'DIGEST_INVALID' | 'MANIFEST_BLOB_UNKNOWN' | 'MANIFEST_INVALID' | 'MANIFEST_UNKNOWN' | 'NAME_INVALID' | 'NAME_UNKNOWN' | 'SIZE_INVALID' | 'UNAUTHORIZED' | 'DENIED' | 'UNSUPPORTED' | 'TOOMANYREQUESTS' | 'UNKNOWN';
export declare class RegistryHttpError extends Error {
    readonly status: number;
    readonly code: OciErrorCode;
    readonly detail?: unknown | undefined;
    /** Extra response headers (Range on a 416, WWW-Authenticate on a 401). */
    readonly headers: Readonly<Record<string, string>>;
    constructor(status: number, code: OciErrorCode, message: string, detail?: unknown | undefined, 
    /** Extra response headers (Range on a 416, WWW-Authenticate on a 401). */
    headers?: Readonly<Record<string, string>>);
    body(): string;
}
export declare const blobUnknown: (digest: string) => RegistryHttpError;
export declare const uploadUnknown: () => RegistryHttpError;
export declare const manifestUnknown: (reference: string) => RegistryHttpError;
export declare const nameUnknown: (name: string) => RegistryHttpError;
export declare const digestInvalid: (message: string, detail?: unknown) => RegistryHttpError;
export declare const manifestInvalid: (message: string) => RegistryHttpError;
