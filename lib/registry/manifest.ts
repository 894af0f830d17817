// Checks a pushed manifest before the registry stores it: JSON, schema version, media type agreeing
// with Content-Type, descriptors well formed; returns what it references and its referrer facts.
import { isDigest } from '../oci/digest';
import { MEDIA_TYPES, type Descriptor } from '../oci/types';
import { manifestInvalid } from './errors';
import { isRecord } from '../util/is-record';

const INDEX_TYPES: ReadonlySet<string> = new Set([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList]);
const IMAGE_TYPES: ReadonlySet<string> = new Set([MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest]);

export interface InspectedManifest {
  mediaType: string;
  /** Blobs (config, layers) that must be in the repository; foreign layers with `urls` left out. */
  blobs: string[];
  /** Child manifests (of an index) that must be in the repository. */
  manifests: string[];
  subject?: string;
  /** For the referrers list: the manifest's artifactType, else its config's media type. */
  artifactType?: string;
  annotations?: Record<string, string>;
}

function descriptorOf(value: unknown, where: string): Descriptor {
  if (
    !isRecord(value) ||
    typeof value.mediaType !== 'string' ||
    typeof value.digest !== 'string' ||
    !isDigest(value.digest) ||
    typeof value.size !== 'number' ||
    !Number.isInteger(value.size) ||
    value.size < 0
  ) {
    throw manifestInvalid(`manifest invalid: ${where} is not a descriptor with mediaType, digest and size`);
  }
  const descriptor: Descriptor = { mediaType: value.mediaType, digest: value.digest, size: value.size };
  if (Array.isArray(value.urls))
    descriptor.urls = value.urls.filter((u): u is string => typeof u === 'string');
  return descriptor;
}

function stringMap(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** The media type part of a Content-Type header. */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  const value = contentType?.split(';')[0]?.trim().toLowerCase();
  return value ? value : undefined;
}

export function inspectManifest(bytes: Buffer, contentType: string | undefined): InspectedManifest {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw manifestInvalid('manifest invalid: the body is not JSON');
  }
  if (!isRecord(json)) throw manifestInvalid('manifest invalid: the body is not a JSON object');
  if (json.schemaVersion !== 2) throw manifestInvalid('manifest invalid: schemaVersion must be 2');
  const declared = typeof json.mediaType === 'string' ? json.mediaType : undefined;
  const header = mediaTypeOf(contentType);
  if (declared && header && declared !== header)
    throw manifestInvalid(`manifest invalid: mediaType ${declared} differs from Content-Type ${header}`);
  const mediaType =
    header ??
    declared ??
    (Array.isArray(json.manifests)
      ? MEDIA_TYPES.ociIndex
      : isRecord(json.config)
        ? MEDIA_TYPES.ociManifest
        : '');
  const result: InspectedManifest = { mediaType, blobs: [], manifests: [] };

  if (INDEX_TYPES.has(mediaType)) {
    if (!Array.isArray(json.manifests))
      throw manifestInvalid('manifest invalid: an index needs a manifests array');
    result.manifests = json.manifests.map((m, i) => descriptorOf(m, `manifests[${i}]`).digest);
  } else if (IMAGE_TYPES.has(mediaType)) {
    const config = descriptorOf(json.config, 'config');
    if (!Array.isArray(json.layers))
      throw manifestInvalid('manifest invalid: an image manifest needs a layers array');
    const layers = json.layers.map((l, i) => descriptorOf(l, `layers[${i}]`));
    result.blobs = [config, ...layers.filter((l) => !l.urls?.length)].map((d) => d.digest);
    result.artifactType = config.mediaType;
  } else {
    throw manifestInvalid(
      `manifest invalid: media type '${mediaType || 'none'}' is not an OCI or Docker v2 manifest or index`,
    );
  }

  if (json.subject !== undefined) result.subject = descriptorOf(json.subject, 'subject').digest;
  if (typeof json.artifactType === 'string') result.artifactType = json.artifactType;
  const annotations = stringMap(json.annotations);
  if (annotations && Object.keys(annotations).length > 0) result.annotations = annotations;
  return result;
}
