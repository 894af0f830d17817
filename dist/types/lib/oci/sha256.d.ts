/** The hex SHA-256 of the bytes. */
export declare function sha256Hex(bytes: Uint8Array): string;
