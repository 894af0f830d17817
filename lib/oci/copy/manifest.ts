// Reads manifest bytes into typed values (an index or an image manifest) with type guards, so the copy
// engine and the stores walk children without casts. Bytes are never re-serialised: digests stay put.
import { FerryError } from '../../util/errors';
import { MEDIA_TYPES } from '../types';
import type { Descriptor, ImageIndex, ImageManifest, Platform } from '../types';
import { isRecord } from '../../util/is-record';

export type ParsedManifest =
  | { kind: 'index'; mediaType: string; value: ImageIndex }
  | { kind: 'manifest'; mediaType: string; value: ImageManifest };

const INDEX_TYPES = new Set<string>([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList]);

function isPlatform(value: unknown): value is Platform {
  return isRecord(value) && typeof value.architecture === 'string' && typeof value.os === 'string';
}

export function isDescriptor(value: unknown): value is Descriptor {
  return (
    isRecord(value) &&
    typeof value.mediaType === 'string' &&
    typeof value.digest === 'string' &&
    typeof value.size === 'number' &&
    (value.platform === undefined || isPlatform(value.platform))
  );
}

function descriptorList(value: unknown): Descriptor[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list: Descriptor[] = [];
  for (const item of value) {
    if (!isDescriptor(item)) return undefined;
    list.push(item);
  }
  return list;
}

function invalid(what: string, why: string): FerryError {
  return new FerryError(
    `Manifest ${what} cannot be read: ${why}. The source holds a broken manifest; push the image again.`,
    {
      code: 'REGISTRY',
    },
  );
}

function common(
  doc: Record<string, unknown>,
  subject: Descriptor | undefined,
): { artifactType?: string; subject?: Descriptor; annotations?: Record<string, string> } {
  const out: { artifactType?: string; subject?: Descriptor; annotations?: Record<string, string> } = {};
  if (typeof doc.artifactType === 'string') out.artifactType = doc.artifactType;
  if (subject) out.subject = subject;
  if (isRecord(doc.annotations)) {
    const annotations: Record<string, string> = {};
    for (const [k, v] of Object.entries(doc.annotations)) if (typeof v === 'string') annotations[k] = v;
    out.annotations = annotations;
  }
  return out;
}

/**
 * Parses manifest bytes. `mediaType` is the type the store reported (Content-Type or descriptor); the
 * document's own `mediaType` field wins when present. `what` names the manifest in errors.
 */
export function parseManifest(
  bytes: Uint8Array,
  mediaType: string | undefined,
  what: string,
): ParsedManifest {
  let doc: unknown;
  try {
    doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (error) {
    throw invalid(what, `it is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isRecord(doc)) throw invalid(what, 'it is not a JSON object');
  const type = typeof doc.mediaType === 'string' ? doc.mediaType : (mediaType ?? '');
  const subject = isDescriptor(doc.subject) ? doc.subject : undefined;
  if (INDEX_TYPES.has(type) || (doc.manifests !== undefined && doc.config === undefined)) {
    const manifests = descriptorList(doc.manifests);
    if (!manifests) throw invalid(what, "its 'manifests' are not a list of descriptors");
    const value: ImageIndex = {
      schemaVersion: 2,
      mediaType: type || undefined,
      manifests,
      ...common(doc, subject),
    };
    return { kind: 'index', mediaType: type || MEDIA_TYPES.ociIndex, value };
  }
  const layers = descriptorList(doc.layers ?? []);
  if (!isDescriptor(doc.config) || !layers)
    throw invalid(what, "it has no 'config' descriptor or its 'layers' are not descriptors");
  const value: ImageManifest = { ...doc, schemaVersion: 2, config: doc.config, layers, subject };
  return { kind: 'manifest', mediaType: type || MEDIA_TYPES.ociManifest, value };
}

/** The media type a manifest declares, or undefined (Docker v2 always declares one; OCI may not). */
export function declaredMediaType(bytes: Uint8Array): string | undefined {
  try {
    const doc: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
    if (!isRecord(doc)) return undefined;
    if (typeof doc.mediaType === 'string') return doc.mediaType;
    if (Array.isArray(doc.manifests)) return MEDIA_TYPES.ociIndex;
    if (isRecord(doc.config)) return MEDIA_TYPES.ociManifest;
    return undefined;
  } catch {
    return undefined;
  }
}

/** `os/arch[/variant]`, as users type platforms. */
export function formatPlatform(platform: Platform | undefined): string {
  if (!platform) return 'unknown';
  return [platform.os, platform.architecture, platform.variant].filter((p) => p).join('/');
}
