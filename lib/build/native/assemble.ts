// The last phase: a built stage's config, rootfs and history become the image config, and the
// config and layers the manifest, with the caller's labels and annotations. Pure: no I/O.
import { sha256Digest } from '../../oci/digest';
import { MEDIA_TYPES, type Descriptor, type ImageManifest } from '../../oci/types';
import type { BuiltImage } from './image';
import { record, type BuildSession, type StageState } from './session';

/** The image (config, manifest and their bytes and digests) of the target stage. */
export function assembleImage(session: BuildSession, state: StageState): BuiltImage {
  const config = state.config;
  const labels = { ...record(config.Labels), ...(session.options.labels ?? {}) };
  if (Object.keys(labels).length) config.Labels = labels;
  const imageConfig: Record<string, unknown> = { created: session.created };
  if (state.author) imageConfig.author = state.author;
  imageConfig.architecture = session.platform.architecture;
  imageConfig.os = session.platform.os;
  if (session.platform.variant) imageConfig.variant = session.platform.variant;
  imageConfig.config = config;
  imageConfig.rootfs = { type: 'layers', diff_ids: state.diffIds };
  imageConfig.history = state.history;
  const configBytes = Buffer.from(JSON.stringify(imageConfig));
  const configDescriptor: Descriptor = {
    mediaType: MEDIA_TYPES.ociConfig,
    digest: sha256Digest(configBytes),
    size: configBytes.length,
  };
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    config: configDescriptor,
    layers: state.layers.map((l) => l.descriptor),
  };
  const annotations = { ...state.baseAnnotations, ...(session.options.annotations ?? {}) };
  if (Object.keys(annotations).length) manifest.annotations = annotations;
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  return {
    digest: sha256Digest(manifestBytes),
    mediaType: MEDIA_TYPES.ociManifest,
    manifest,
    manifestBytes,
    config: imageConfig,
    configDescriptor,
    configBytes,
    layers: state.layers,
    platform: session.platform,
  };
}
