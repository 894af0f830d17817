// The image a native build produces (config, layers, manifest) and how it is pushed: layers first
// (base layers blob-to-blob from the base repository, or mounted), then the config, then the manifest.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { Logger } from '../../log';
import { createDigestVerifier } from '../../oci/digest';
import { sha256Digest } from '../../oci/digest';
import {
  MEDIA_TYPES,
  type Descriptor,
  type ImageIndex,
  type ImageManifest,
  type Platform,
  type Repository,
} from '../../oci/types';
import { FerryError } from '../../util/errors';

/** Where a layer's bytes come from at push time. */
export type LayerSource = { kind: 'file'; file: string } | { kind: 'base'; repository: Repository };

export interface BuiltLayer {
  descriptor: Descriptor;
  diffId: string;
  source: LayerSource;
}

export interface BuiltImage {
  /** The manifest digest: what the registry will report after the push. */
  digest: string;
  mediaType: string;
  manifest: ImageManifest;
  manifestBytes: Uint8Array;
  config: Record<string, unknown>;
  configDescriptor: Descriptor;
  configBytes: Uint8Array;
  layers: BuiltLayer[];
  platform: Platform;
}

export interface PushImageOptions {
  /** Tags to write; with none the manifest is put by digest only. */
  tags: readonly string[];
  log?: Logger;
}

/** Opens a layer's content for upload (again on retry), verifying base blobs as they stream through. */
function opener(layer: BuiltLayer): () => Promise<Readable> {
  const { source, descriptor } = layer;
  if (source.kind === 'file') return async () => createReadStream(source.file);
  return async () => {
    const { body } = await source.repository.blobGet(descriptor.digest);
    const verifier = createDigestVerifier({
      digest: descriptor.digest,
      size: descriptor.size,
      what: `${source.repository.display}@${descriptor.digest}`,
    });
    body.on('error', (error) => verifier.destroy(error));
    return body.pipe(verifier);
  };
}

/**
 * Pushes a built image in integrity order and returns the digest the target confirmed. Blobs already in
 * the target are skipped; base layers are mounted when the target shares the base's store.
 */
export async function pushImage(
  image: BuiltImage,
  target: Repository,
  options: PushImageOptions,
): Promise<string> {
  const { log } = options;
  for (const layer of image.layers) {
    const { digest } = layer.descriptor;
    if (await target.blobHead(digest)) {
      log?.debug(`layer ${digest} already in ${target.display}`);
      continue;
    }
    if (layer.source.kind === 'base' && target.sameStoreAs(layer.source.repository)) {
      if (await target.blobMount(digest, layer.source.repository.path)) {
        log?.debug(`layer ${digest} mounted from ${layer.source.repository.display}`);
        continue;
      }
    }
    await target.blobPut(layer.descriptor, opener(layer));
    log?.debug(`layer ${digest} uploaded to ${target.display}`);
  }
  if (!(await target.blobHead(image.configDescriptor.digest))) {
    const bytes = image.configBytes;
    await target.blobPut(image.configDescriptor, async () => Readable.from([Buffer.from(bytes)]));
  }
  const references = options.tags.length > 0 ? options.tags : [image.digest];
  for (const reference of references) {
    const confirmed = await target.manifestPut(reference, image.mediaType, image.manifestBytes);
    if (confirmed !== image.digest) {
      throw new FerryError(
        `Pushing ${target.display}:${reference}: the registry stored digest ${confirmed} but the built manifest is ${image.digest}. The registry rewrote the manifest; push to a registry that stores manifests unchanged.`,
        { code: 'DIGEST_MISMATCH' },
      );
    }
  }
  return image.digest;
}

/** Several platform images of one build as an OCI index. */
export interface BuiltIndex {
  digest: string;
  mediaType: string;
  bytes: Uint8Array;
  images: BuiltImage[];
}

function platformOf(image: BuiltImage): Platform {
  const platform: Platform = { architecture: image.platform.architecture, os: image.platform.os };
  if (image.platform.variant) platform.variant = image.platform.variant;
  return platform;
}

/** The OCI index over platform images (in the order given, so the digest is reproducible). */
export function createIndex(
  images: readonly BuiltImage[],
  annotations?: Readonly<Record<string, string>>,
): BuiltIndex {
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociIndex,
    manifests: images.map((image) => ({
      mediaType: image.mediaType,
      digest: image.digest,
      size: image.manifestBytes.byteLength,
      platform: platformOf(image),
    })),
  };
  if (annotations && Object.keys(annotations).length) index.annotations = { ...annotations };
  const bytes = Buffer.from(JSON.stringify(index));
  return { digest: sha256Digest(bytes), mediaType: MEDIA_TYPES.ociIndex, bytes, images: [...images] };
}

/** Pushes every platform image by digest, then the index under the tags; returns the confirmed index digest. */
export async function pushIndex(
  index: BuiltIndex,
  target: Repository,
  options: PushImageOptions,
): Promise<string> {
  for (const image of index.images)
    await pushImage(image, target, { tags: [], ...(options.log ? { log: options.log } : {}) });
  const references = options.tags.length > 0 ? options.tags : [index.digest];
  for (const reference of references) {
    const confirmed = await target.manifestPut(reference, index.mediaType, index.bytes);
    if (confirmed !== index.digest) {
      throw new FerryError(
        `Pushing ${target.display}:${reference}: the registry stored digest ${confirmed} but the built index is ${index.digest}. Push to a registry that stores manifests unchanged.`,
        { code: 'DIGEST_MISMATCH' },
      );
    }
  }
  return index.digest;
}
