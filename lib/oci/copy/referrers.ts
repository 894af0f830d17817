// Copies referrers (signatures, SBOMs, attestations: manifests whose `subject` is a copied manifest) with
// an image, recursively (a signature of an SBOM follows the SBOM). Each referrer is a small image of its
// own, written blobs first, digest unchanged. Where the target has no referrers API (docker-registry 2.x
// answers 404), the `sha256-<hex>` tag index of the OCI distribution spec's referrers tag schema is
// merged with the new descriptors, so OCI 1.1 clients (oras, regctl, cosign) find them there.
import { FerryError } from '../../util/errors';
import { MEDIA_TYPES } from '../types';
import type { Descriptor, Repository } from '../types';
import { referrersTag } from '../registry/repository';
import { copyBlobs, type BlobStats } from './blobs';
import { fetchManifest, expandTree, treeContents, type ManifestNode } from './plan';
import { writeManifest } from './write';

export interface CopyReferrersOptions {
  source: Repository;
  target: Repository;
  jobs: number;
  signal?: AbortSignal;
  stats: BlobStats;
}

/** One referrer of the copied image, as the target holds it now. */
export interface CopiedReferrer {
  /** Digest of the referrer manifest: the same at the source and the target. */
  digest: string;
  /** Digest of the manifest it refers to (the image, one of its platform manifests, or another referrer). */
  subject: string;
  mediaType: string;
  size: number;
  /** The manifest's `artifactType`, else its config's media type (as the referrers API lists it). */
  artifactType?: string;
  /** False when the target held it already. */
  written: boolean;
}

export interface CopyReferrersResult {
  referrers: CopiedReferrer[];
  /** Fallback tag indexes (`sha256-<hex>`) written at the target because it has no referrers API. */
  tagsWritten: string[];
}

/**
 * The descriptor the referrers API lists for a manifest (distribution spec, "Listing Referrers"):
 * artifactType from the manifest, else (image manifests) its config's media type; its annotations.
 */
export function referrerDescriptor(node: ManifestNode): Descriptor {
  const value = node.parsed.value;
  const artifactType =
    value.artifactType ?? (node.parsed.kind === 'manifest' ? node.parsed.value.config.mediaType : undefined);
  return {
    mediaType: node.descriptor.mediaType,
    digest: node.descriptor.digest,
    size: node.descriptor.size,
    ...(artifactType ? { artifactType } : {}),
    ...(value.annotations && Object.keys(value.annotations).length > 0
      ? { annotations: value.annotations }
      : {}),
  };
}

/** Copies the referrers of `subjects` (and theirs); see CopiedReferrer. */
export async function copyReferrers(
  subjects: readonly string[],
  options: CopyReferrersOptions,
): Promise<CopyReferrersResult> {
  const { source, target } = options;
  const seen = new Set<string>(subjects);
  const result: CopyReferrersResult = { referrers: [], tagsWritten: [] };
  let queue = [...subjects];
  while (queue.length > 0) {
    const next: string[] = [];
    for (const subject of queue) {
      const listed = await source.referrers(subject);
      if (listed.length === 0) continue;
      const atTarget = new Set((await target.referrers(subject)).map((d) => d.digest));
      const unlisted: Descriptor[] = [];
      for (const entry of listed) {
        if (seen.has(entry.digest)) continue;
        seen.add(entry.digest);
        const present = (await target.manifestHead(entry.digest))?.digest === entry.digest;
        if (present && atTarget.has(entry.digest)) {
          next.push(entry.digest);
          result.referrers.push({ ...describe(entry, subject), written: false });
          continue;
        }
        const node = await fetchManifest(source, entry.digest, entry);
        // A listing (a stale tag index, a careless registry) may name a manifest that refers elsewhere.
        if (node.parsed.value.subject?.digest !== subject) continue;
        next.push(entry.digest);
        if (!present) await writeReferrer(node, options);
        const descriptor = referrerDescriptor(node);
        result.referrers.push({ ...describe(descriptor, subject), written: !present });
        if (!atTarget.has(entry.digest)) unlisted.push(descriptor);
      }
      if (unlisted.length > 0) {
        const tag = await ensureReferrersListed(target, subject, unlisted);
        if (tag) result.tagsWritten.push(tag);
      }
    }
    queue = next;
  }
  return result;
}

function describe(d: Descriptor, subject: string): Omit<CopiedReferrer, 'written'> {
  return {
    digest: d.digest,
    subject,
    mediaType: d.mediaType,
    size: d.size,
    ...(d.artifactType ? { artifactType: d.artifactType } : {}),
  };
}

/** Blobs, child manifests (a referrer may be an index), then the referrer itself. */
async function writeReferrer(node: ManifestNode, options: CopyReferrersOptions): Promise<void> {
  const { source, target } = options;
  const tree = await expandTree(source, node);
  const contents = treeContents(tree);
  await copyBlobs(
    contents.blobs,
    { source, target, jobs: options.jobs, signal: options.signal },
    options.stats,
  );
  for (const m of contents.manifests)
    if ((await target.manifestHead(m.descriptor.digest))?.digest !== m.descriptor.digest)
      await writeManifest(target, m.descriptor.digest, m);
  await writeManifest(target, tree.descriptor.digest, tree);
}

/**
 * After the referrers are written: a target with the referrers API lists them by itself. One without it
 * gets the fallback tag index, merged with what the tag holds (other tools' referrers are kept).
 * Returns the tag when it was written.
 */
/**
 * Makes sure `target` lists `added` as referrers of `subject`: through its referrers API when it has one,
 * else by merging them into the `sha256-<hex>` tag index (other entries kept as written). Returns the tag
 * written, if any. Used by the copy and by build's createBOM.
 */
export async function ensureReferrersListed(
  target: Repository,
  subject: string,
  added: readonly Descriptor[],
): Promise<string | undefined> {
  const listed = new Set((await target.referrers(subject)).map((d) => d.digest));
  const missing = added.filter((d) => !listed.has(d.digest));
  if (missing.length === 0) return undefined;
  const tag = referrersTag(subject);
  const manifests = await currentTagIndex(target, tag, subject);
  const known = new Set(manifests.map((d) => d.digest));
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [...manifests, ...missing.filter((d) => !known.has(d.digest))],
    }),
  );
  try {
    await target.manifestPut(tag, MEDIA_TYPES.ociIndex, bytes);
  } catch (error) {
    throw new FerryError(
      `Referrers of ${subject} could not be listed at ${target.display}: writing tag ${tag} failed. Check push rights on the target.`,
      { code: 'REGISTRY', cause: error },
    );
  }
  return tag;
}

/** The entries of the tag index as the target holds it (empty when the tag is missing). */
async function currentTagIndex(target: Repository, tag: string, subject: string): Promise<Descriptor[]> {
  if (!(await target.manifestHead(tag))) return [];
  const current = await target.manifestGet(tag);
  let doc: unknown;
  try {
    doc = JSON.parse(Buffer.from(current.bytes).toString('utf8'));
  } catch {
    doc = undefined;
  }
  const manifests = typeof doc === 'object' && doc !== null && 'manifests' in doc ? doc.manifests : undefined;
  if (current.descriptor.mediaType !== MEDIA_TYPES.ociIndex || !Array.isArray(manifests))
    throw new FerryError(
      `Referrers of ${subject} could not be listed at ${target.display}: tag ${tag} holds a ${current.descriptor.mediaType}, not the OCI index the referrers tag schema needs. Nothing was overwritten; remove or retag it, then copy again.`,
      { code: 'REGISTRY' },
    );
  // Entries are kept as written (other tools' fields included), only deduplicated by digest below.
  return manifests.filter(
    (d): d is Descriptor =>
      typeof d === 'object' && d !== null && 'digest' in d && typeof d.digest === 'string',
  );
}
