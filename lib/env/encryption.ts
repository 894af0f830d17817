// Piper's encrypted pipeline environment: `piper readPipelineEnv` with PIPER_pipelineEnv_SECRET set
// prints base64(iv || AES-256-CFB(JSON)) with the key sha256(secret). ferry reads that form on import.
import { createDecipheriv, createHash } from 'node:crypto';
import { FerryError } from '../util/errors';

const IV_LENGTH = 16;

/** True when `text` is not JSON but could be Piper's encrypted form (base64). */
export function looksEncrypted(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && !t.startsWith('{') && /^[A-Za-z0-9+/=\s]+$/.test(t);
}

/** Decrypts the output of `piper readPipelineEnv` made with PIPER_pipelineEnv_SECRET. */
export function decryptPiperEnvironment(text: string, secret: string): string {
  const bytes = Buffer.from(text.trim(), 'base64');
  if (bytes.length <= IV_LENGTH) {
    throw new FerryError(
      'The encrypted pipeline environment is too short to hold an IV and data. Pass the output of `piper readPipelineEnv` unchanged.',
      { code: 'ENV', usage: true },
    );
  }
  const key = createHash('sha256').update(secret, 'utf8').digest();
  const decipher = createDecipheriv('aes-256-cfb', key, bytes.subarray(0, IV_LENGTH));
  return Buffer.concat([decipher.update(bytes.subarray(IV_LENGTH)), decipher.final()]).toString('utf8');
}
