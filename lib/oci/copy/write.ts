// Writes one manifest and checks that the store computed the digest the source has: a registry that
// rewrites a manifest would otherwise hand out a digest nobody signed.
import { FerryError } from '../../util/errors';
import type { Repository } from '../types';
import type { ManifestNode } from './plan';

export async function writeManifest(
  target: Repository,
  reference: string,
  node: ManifestNode,
): Promise<string> {
  const digest = await target.manifestPut(reference, node.descriptor.mediaType, node.bytes);
  if (digest !== node.descriptor.digest)
    throw new FerryError(
      `Manifest copy to ${target.display} failed: the target stored digest ${digest} for ${reference}, but the source digest is ${node.descriptor.digest}. The target rewrote the manifest; use a registry that stores manifests unchanged.`,
      { code: 'DIGEST_MISMATCH' },
    );
  return digest;
}
