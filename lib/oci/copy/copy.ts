// copyImage: copies an image (index, manifests, blobs, optionally referrers) from one store to another
// in integrity order — blobs, then child manifests, then the top — so a failure never leaves a manifest
// pointing at a missing blob. A second run finds the top at the target and only writes missing tags.
import { FerryError } from '../../util/errors';
import type { Descriptor, Repository } from '../types';
import { copyBlobs, emptyBlobStats, type BlobEvent, type BlobHeads, type BlobStats } from './blobs';
import { formatPlatform } from './manifest';
import {
  resolveCopyOptions,
  type CopyOptions,
  type CopyPhase,
  type CopyResult,
  type ResolvedCopyOptions,
} from './options';
import {
  expandTree,
  planCopy,
  platformsOf,
  resolveTops,
  treeContents,
  type CopyPlan,
  type ManifestNode,
  type Tops,
} from './plan';
import { runBounded } from '../../util/pool';
import { copyReferrers, type CopyReferrersResult } from './referrers';
import { writeManifest } from './write';

interface Progress {
  emit(phase: CopyPhase, manifest?: ManifestNode, blob?: BlobEvent): void;
  stats: BlobStats;
  blobsDone: number;
}

function createProgress(options: ResolvedCopyOptions, plan: CopyPlan): Progress {
  const bytesTotal = plan.blobs.reduce((n, b) => n + b.size, 0);
  const progress: Progress = {
    stats: emptyBlobStats(),
    blobsDone: 0,
    emit(phase, manifest, blob) {
      options.onProgress({
        ...(blob
          ? {
              blob: {
                digest: blob.descriptor.digest,
                size: blob.descriptor.size,
                sent: blob.sent,
                state: blob.state,
              },
            }
          : {}),
        phase,
        bytesSent: progress.stats.bytesSent,
        bytesTotal,
        blobsDone: progress.blobsDone,
        blobsTotal: plan.blobs.length,
        manifest: manifest
          ? { digest: manifest.descriptor.digest, platform: platformOf(plan, manifest) }
          : undefined,
      });
    },
  };
  return progress;
}

function platformOf(plan: CopyPlan, node: ManifestNode): string | undefined {
  if (plan.top.parsed.kind !== 'index') return node === plan.top ? plan.platforms[0] : undefined;
  const entry = plan.top.parsed.value.manifests.find((d) => d.digest === node.descriptor.digest);
  return entry?.platform ? formatPlatform(entry.platform) : undefined;
}

/** Writes tags that were missing or pointed elsewhere; the bytes are the same, so nothing else is re-sent. */
async function writeTags(target: Repository, top: ManifestNode, tags: readonly string[]): Promise<string[]> {
  for (const tag of tags) await writeManifest(target, tag, top);
  return [...tags];
}

/** A plan for an image the target already holds: nothing to move, children left unfetched. */
function presentPlan(tops: Tops): CopyPlan {
  return {
    sourceTop: tops.sourceTop,
    top: tops.top,
    manifests: [],
    blobs: [],
    platforms: tops.platforms ?? platformsOf(tops.top),
  };
}

/**
 * Whether a target without the image's tags holds the image all the same, and the plan. The top is
 * written last, so a target that holds it holds everything below it. Its digest HEAD goes out while the
 * plan is made (an index's children come from the source meanwhile) and beside the HEADs of the first
 * `jobs` blobs, which copyBlobs takes over: a fresh target costs one round trip less. When the target
 * holds the image, those blob HEADs are dropped.
 */
async function planAgainst(
  options: ResolvedCopyOptions,
  tops: Tops,
): Promise<{ present: boolean; plan: CopyPlan; heads?: BlobHeads }> {
  const { source, target, jobs } = options;
  const digest = tops.top.descriptor.digest;
  let settled = false;
  const held = target
    .manifestHead(digest)
    .finally(() => (settled = true))
    .then((head) => head?.digest === digest);
  // Awaited below; handled here so a plan that fails first leaves no stray rejection.
  held.catch(() => undefined);
  const plan = await planCopy(source, tops);
  const heads = new Map<string, Promise<Descriptor | undefined>>();
  if (!settled)
    for (const blob of plan.blobs.slice(0, jobs)) {
      const head = target.blobHead(blob.digest);
      head.catch(() => undefined);
      heads.set(blob.digest, head);
    }
  if (await held) return { present: true, plan: presentPlan(tops) };
  return { present: false, plan, heads };
}

async function copyContent(
  options: ResolvedCopyOptions,
  plan: CopyPlan,
  progress: Progress,
  heads: BlobHeads | undefined,
): Promise<number> {
  const { source, target, jobs, signal } = options;
  progress.emit('blobs');
  await copyBlobs(
    plan.blobs,
    {
      source,
      target,
      jobs,
      signal,
      heads,
      onBlob: (_stats, done, event) => {
        progress.blobsDone = done;
        progress.emit('blobs', undefined, event);
      },
    },
    progress.stats,
  );
  progress.emit('manifests');
  let written = 0;
  // Children of an index are independent of each other; only their order against the parent matters.
  await runBounded(
    plan.manifests,
    jobs,
    async (node) => {
      if ((await target.manifestHead(node.descriptor.digest))?.digest !== node.descriptor.digest) {
        await writeManifest(target, node.descriptor.digest, node);
        written++;
      }
      progress.emit('manifests', node);
    },
    signal,
  );
  return written;
}

/** Copies one image; see CopyOptions. Throws FerryError (DIGEST_MISMATCH, NOT_FOUND, REGISTRY, AUTH, …). */
export async function copyImage(input: CopyOptions): Promise<CopyResult> {
  const started = performance.now();
  const options = resolveCopyOptions(input);
  const { source, target, tags } = options;
  // The tags' HEADs go out with the source GET: a re-run costs two round trips.
  const [tops, tagHeads] = await Promise.all([
    resolveTops(source, options.sourceReference, options.platforms, options.indexPlatform),
    Promise.all(tags.map((tag) => target.manifestHead(tag))),
  ]);
  const digest = tops.top.descriptor.digest;
  if (options.expectDigest && options.expectDigest !== digest)
    throw new FerryError(
      `Copy to ${target.display}@${options.expectDigest} refused: the image to write has digest ${digest}${tops.top !== tops.sourceTop ? ' (after choosing platforms)' : ''}. Name the target by tag, or by the digest the source has.`,
      { code: 'DIGEST_MISMATCH', usage: true },
    );
  const tagged = tagHeads.some((head) => head?.digest === digest);
  const { present, plan, heads } = tagged
    ? { present: true, plan: presentPlan(tops), heads: undefined }
    : await planAgainst(options, tops);
  const progress = createProgress(options, plan);
  progress.emit('plan');

  let manifestsWritten = 0;
  if (!present) {
    manifestsWritten = await copyContent(options, plan, progress, heads);
    // The top is written by its first tag (or its digest); further tags reuse the same bytes.
    const first = tags[0] ?? plan.top.descriptor.digest;
    await writeManifest(target, first, plan.top);
    manifestsWritten++;
    progress.emit('manifests', plan.top);
  }
  progress.emit('tags');
  const missing = tags.filter((tag, i) => tagHeads[i]?.digest !== digest && (present || i > 0));
  const tagsWritten = await writeTags(target, plan.top, missing);
  if (!present && tags[0]) tagsWritten.unshift(tags[0]);

  let referrers: CopyReferrersResult = { referrers: [], tagsWritten: [] };
  if (options.referrers) {
    progress.emit('referrers');
    // Referrers may attach to any manifest of the image; a present image's children are fetched only now.
    const manifests = present ? treeContents(await expandTree(source, plan.top)).manifests : plan.manifests;
    const subjects = [plan.top.descriptor.digest, ...manifests.map((m) => m.descriptor.digest)];
    referrers = await copyReferrers(subjects, {
      source,
      target,
      jobs: options.jobs,
      signal: options.signal,
      stats: progress.stats,
    });
  }
  progress.emit('done');
  const referrersCopied = referrers.referrers.filter((r) => r.written);

  const stats = progress.stats;
  return {
    sourceDigest: plan.sourceTop.descriptor.digest,
    targetDigest: plan.top.descriptor.digest,
    digestChanged: plan.sourceTop.descriptor.digest !== plan.top.descriptor.digest,
    mediaType: plan.top.descriptor.mediaType,
    tags: [...tags],
    tagsWritten,
    bytesSent: stats.bytesSent,
    blobsSkipped: stats.skipped,
    blobsMounted: stats.mounted,
    blobsUploaded: stats.uploaded,
    manifestsWritten,
    referrersCopied: referrersCopied.length,
    referrers: referrers.referrers,
    referrerTagsWritten: referrers.tagsWritten,
    noop:
      present &&
      tagsWritten.length === 0 &&
      referrersCopied.length === 0 &&
      referrers.tagsWritten.length === 0,
    seconds: (performance.now() - started) / 1000,
    platforms: plan.platforms,
  };
}
