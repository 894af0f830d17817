// Errors the embedded registry answers with: an HTTP status plus one OCI error code, sent as the
// distribution spec's error body `{"errors":[{"code","message","detail"}]}`.

/** Error codes of the OCI distribution spec (plus SIZE_INVALID's and UNKNOWN's Docker-era siblings). */
export type OciErrorCode =
  | 'BLOB_UNKNOWN'
  | 'BLOB_UPLOAD_INVALID'
  | 'BLOB_UPLOAD_UNKNOWN'
  | 'DIGEST_INVALID'
  | 'MANIFEST_BLOB_UNKNOWN'
  | 'MANIFEST_INVALID'
  | 'MANIFEST_UNKNOWN'
  | 'NAME_INVALID'
  | 'NAME_UNKNOWN'
  | 'SIZE_INVALID'
  | 'UNAUTHORIZED'
  | 'DENIED'
  | 'UNSUPPORTED'
  | 'TOOMANYREQUESTS'
  | 'UNKNOWN';

export class RegistryHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: OciErrorCode,
    message: string,
    readonly detail?: unknown,
    /** Extra response headers (Range on a 416, WWW-Authenticate on a 401). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'RegistryHttpError';
  }

  body(): string {
    const error: { code: OciErrorCode; message: string; detail?: unknown } = {
      code: this.code,
      message: this.message,
    };
    if (this.detail !== undefined) error.detail = this.detail;
    return JSON.stringify({ errors: [error] });
  }
}

export const blobUnknown = (digest: string): RegistryHttpError =>
  new RegistryHttpError(404, 'BLOB_UNKNOWN', 'blob unknown to registry', { digest });

export const uploadUnknown = (): RegistryHttpError =>
  new RegistryHttpError(404, 'BLOB_UPLOAD_UNKNOWN', 'blob upload unknown to registry');

export const manifestUnknown = (reference: string): RegistryHttpError =>
  new RegistryHttpError(404, 'MANIFEST_UNKNOWN', 'manifest unknown', { reference });

export const nameUnknown = (name: string): RegistryHttpError =>
  new RegistryHttpError(404, 'NAME_UNKNOWN', 'repository name not known to registry', { name });

export const digestInvalid = (message: string, detail?: unknown): RegistryHttpError =>
  new RegistryHttpError(400, 'DIGEST_INVALID', message, detail);

export const manifestInvalid = (message: string): RegistryHttpError =>
  new RegistryHttpError(400, 'MANIFEST_INVALID', message);
