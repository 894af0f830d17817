// One image as a scripted registry in a test serves it: a config blob, one layer, and the OCI manifest
// naming both. For the hostile sources of test/oci (lying, slow, chunked), which real registries are not.
import { createHash } from 'node:crypto';
import { MEDIA_TYPES } from '../../lib/oci/types';

/** The sha256 digest of some bytes, as a descriptor writes it. */
export const sha = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

export interface OneLayerImage {
  config: Buffer;
  layer: Buffer;
  manifest: Buffer;
}

export function oneLayerImage(layer: Buffer): OneLayerImage {
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers' } }),
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: { mediaType: MEDIA_TYPES.ociConfig, digest: sha(config), size: config.length },
      layers: [{ mediaType: MEDIA_TYPES.ociLayer, digest: sha(layer), size: layer.length }],
    }),
  );
  return { config, layer, manifest };
}
