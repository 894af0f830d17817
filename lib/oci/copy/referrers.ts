// Copies referrers (signatures, SBOMs, attestations) of copied manifests, recursively: each referrer is
// a small image of its own, written after its blobs. Where the target has no referrers API, the
// `sha256-<hex>` tag index is updated so OCI 1.1 clients still find them.
import { FerryError } from '../../util/errors';
import { digestHex } from '../digest';
import { MEDIA_TYPES } from '../types';
import type { Descriptor, Repository } from '../types';
import { copyBlobs, type BlobStats } from './blobs';
import { writeManifest } from './write';
import { fetchTree, treeContents } from './plan';

export interface CopyReferrersOptions {
  source: Repository;
  target: Repository;
  jobs: number;
  signal?: AbortSignal;
  stats: BlobStats;
}

/** Returns how many referrer manifests were written (already present ones are not counted). */
export async function copyReferrers(
  subjects: readonly string[],
  options: CopyReferrersOptions,
): Promise<number> {
  const { source, target } = options;
  const seen = new Set<string>(subjects);
  let queue = [...subjects];
  let written = 0;
  while (queue.length > 0) {
    const next: string[] = [];
    for (const subject of queue) {
      const referrers = await source.referrers(subject);
      const added: Descriptor[] = [];
      for (const referrer of referrers) {
        if (seen.has(referrer.digest)) continue;
        seen.add(referrer.digest);
        next.push(referrer.digest);
        if (await target.manifestHead(referrer.digest)) continue;
        const tree = await fetchTree(source, referrer.digest, referrer);
        const contents = treeContents(tree);
        await copyBlobs(
          contents.blobs,
          { source, target, jobs: options.jobs, signal: options.signal },
          options.stats,
        );
        for (const m of contents.manifests) await writeManifest(target, m.descriptor.digest, m);
        await writeManifest(target, tree.descriptor.digest, tree);
        added.push(referrer);
        written++;
      }
      if (added.length > 0) await ensureListed(target, subject, added);
    }
    queue = next;
  }
  return written;
}

/** When the target does not list the new referrers (no referrers API), adds them to the fallback tag index. */
async function ensureListed(
  target: Repository,
  subject: string,
  added: readonly Descriptor[],
): Promise<void> {
  const listed = new Set((await target.referrers(subject)).map((d) => d.digest));
  const missing = added.filter((d) => !listed.has(d.digest));
  if (missing.length === 0) return;
  const tag = `sha256-${digestHex(subject)}`;
  let manifests: Descriptor[] = [];
  if (await target.manifestHead(tag)) {
    const current = await target.manifestGet(tag);
    const doc: unknown = JSON.parse(Buffer.from(current.bytes).toString('utf8'));
    if (typeof doc === 'object' && doc !== null && 'manifests' in doc && Array.isArray(doc.manifests)) {
      manifests = doc.manifests.filter(
        (d): d is Descriptor => typeof d === 'object' && d !== null && 'digest' in d,
      );
    }
  }
  const known = new Set(manifests.map((d) => d.digest));
  const entries = [...manifests, ...missing.filter((d) => !known.has(d.digest)).map(stripDescriptor)];
  const bytes = Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: entries }),
  );
  try {
    await target.manifestPut(tag, MEDIA_TYPES.ociIndex, bytes);
  } catch (error) {
    throw new FerryError(
      `Referrers of ${subject} could not be listed at ${target.display}: writing tag ${tag} failed. Check push rights on the target.`,
      {
        code: 'REGISTRY',
        cause: error,
      },
    );
  }
}

function stripDescriptor(d: Descriptor): Descriptor {
  const out: Descriptor = { mediaType: d.mediaType, digest: d.digest, size: d.size };
  if (d.artifactType) out.artifactType = d.artifactType;
  if (d.annotations) out.annotations = d.annotations;
  return out;
}
