// skopeo as the cross-check in tests: the digest of the manifest bytes a registry serves for a reference.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** sha256 of `skopeo inspect --raw docker://REFERENCE` (plain HTTP allowed; `creds` as `user:password`). */
export async function skopeoDigest(reference: string, options: { creds?: string } = {}): Promise<string> {
  const { stdout } = await execFileAsync(
    'skopeo',
    [
      'inspect',
      '--raw',
      '--tls-verify=false',
      ...(options.creds !== undefined ? ['--creds', options.creds] : []),
      `docker://${reference}`,
    ],
    { encoding: 'buffer', maxBuffer: 16 << 20 },
  );
  return `sha256:${createHash('sha256').update(stdout).digest('hex')}`;
}
