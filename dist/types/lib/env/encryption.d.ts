/** True when `text` is not JSON but could be Piper's encrypted form (base64). */
export declare function looksEncrypted(text: string): boolean;
/** Decrypts the output of `piper readPipelineEnv` made with PIPER_pipelineEnv_SECRET. */
export declare function decryptPiperEnvironment(text: string, secret: string): string;
