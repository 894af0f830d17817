// The one check of an HTTP Basic Authorization header against the expected pair, for ferry's own
// servers (the embedded registry, the demo's git server).
import { createHash, timingSafeEqual } from 'node:crypto';

export interface BasicCredentials {
  username: string;
  password: string;
}

const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** True when the header carries exactly the expected pair; constant time (hashing makes lengths equal). */
export function basicAuthMatches(header: string | undefined, expected: BasicCredentials): boolean {
  const match = /^basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  const user = timingSafeEqual(sha256(decoded.slice(0, colon)), sha256(expected.username));
  const password = timingSafeEqual(sha256(decoded.slice(colon + 1)), sha256(expected.password));
  return user && password;
}
