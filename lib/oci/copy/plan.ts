// Reads the source image as a tree (index → manifests → blobs) and, when platforms are chosen, derives
// the new index. Manifest bytes are kept exactly as fetched, so an unfiltered copy keeps its digest.
import { FerryError } from '../../util/errors';
import { sha256Digest } from '../digest';
import type { Descriptor, Repository } from '../types';
import { formatPlatform, parseManifest, type ParsedManifest } from './manifest';
import { parsePlatform, platformMatches } from './platform';

export interface ManifestNode {
  descriptor: Descriptor;
  bytes: Uint8Array;
  parsed: ParsedManifest;
  /** Child manifests of an index, in index order. */
  children: ManifestNode[];
}

export interface CopyPlan {
  /** The source's top manifest as fetched. */
  sourceTop: ManifestNode;
  /** What the target receives as its top (the source's, or a filtered index). */
  top: ManifestNode;
  /** Every manifest below the top, children before parents, each once. */
  manifests: ManifestNode[];
  /** Every blob (configs, layers) each once, in first-seen order. */
  blobs: Descriptor[];
  platforms: string[];
}

const DOCKER_REFERENCE_DIGEST = 'vnd.docker.reference.digest';

/** Fetches one manifest, verified against its digest when asked by digest; children are not fetched. */
export async function fetchManifest(
  source: Repository,
  reference: string,
  known?: Descriptor,
): Promise<ManifestNode> {
  const fetched = await source.manifestGet(reference);
  const digest = sha256Digest(fetched.bytes);
  if (reference.startsWith('sha256:') && digest !== reference)
    throw new FerryError(
      `Manifest ${source.display}@${reference} failed verification: its bytes have digest ${digest}. The source served other content; retry or check the source.`,
      { code: 'DIGEST_MISMATCH' },
    );
  const mediaType = known?.mediaType ?? fetched.descriptor.mediaType;
  const parsed = parseManifest(fetched.bytes, mediaType, `${source.display}@${digest}`);
  const descriptor: Descriptor = { mediaType: parsed.mediaType, digest, size: fetched.bytes.byteLength };
  return { descriptor, bytes: fetched.bytes, parsed, children: [] };
}

/** Fetches the children of an index (recursively: nested indexes are allowed), in index order. */
export async function expandTree(source: Repository, node: ManifestNode): Promise<ManifestNode> {
  if (node.parsed.kind !== 'index') return node;
  const children = await Promise.all(
    node.parsed.value.manifests.map(async (d) =>
      expandTree(source, await fetchManifest(source, d.digest, d)),
    ),
  );
  return { ...node, children };
}

/** Fetches a manifest and everything below it. */
export async function fetchTree(
  source: Repository,
  reference: string,
  known?: Descriptor,
): Promise<ManifestNode> {
  return expandTree(source, await fetchManifest(source, reference, known));
}

function collect(top: ManifestNode): { manifests: ManifestNode[]; blobs: Descriptor[] } {
  const manifests = new Map<string, ManifestNode>();
  const blobs = new Map<string, Descriptor>();
  const visit = (node: ManifestNode): void => {
    for (const child of node.children) visit(child);
    if (node !== top && !manifests.has(node.descriptor.digest)) manifests.set(node.descriptor.digest, node);
    if (node.parsed.kind === 'manifest') {
      for (const d of [node.parsed.value.config, ...node.parsed.value.layers]) {
        // Foreign layers (with urls) are not stored in the registry and are not copied, as skopeo does.
        if (!blobs.has(d.digest) && !(d.urls && d.urls.length > 0)) blobs.set(d.digest, d);
      }
    }
  };
  visit(top);
  return { manifests: [...manifests.values()], blobs: [...blobs.values()] };
}

/** Keeps the index entries of the asked platforms, plus attestation manifests that refer to a kept one. */
function filterIndex(top: ManifestNode, wanted: readonly string[], display: string): ManifestNode {
  if (top.parsed.kind !== 'index') return top;
  const specs = wanted.map(parsePlatform);
  const entries = top.parsed.value.manifests;
  const kept = new Set<string>();
  for (const spec of specs) {
    const match = entries.filter((d) => platformMatches(spec, d.platform));
    if (match.length === 0) {
      const available = entries.map((d) => formatPlatform(d.platform)).filter((p) => p !== 'unknown/unknown');
      throw new FerryError(
        `Platform ${wanted[specs.indexOf(spec)] ?? ''} not found in ${display}: the index holds ${available.join(', ') || 'no platforms'}. Choose one of those with --platform.`,
        { code: 'NOT_FOUND' },
      );
    }
    for (const d of match) kept.add(d.digest);
  }
  for (const d of entries) {
    const ref = d.annotations?.[DOCKER_REFERENCE_DIGEST];
    if (ref && kept.has(ref)) kept.add(d.digest);
  }
  if (kept.size === entries.length) return top;
  const raw: unknown = JSON.parse(Buffer.from(top.bytes).toString('utf8'));
  if (typeof raw !== 'object' || raw === null || !('manifests' in raw) || !Array.isArray(raw.manifests))
    return top;
  const rawEntries: unknown[] = raw.manifests;
  // Entries are kept as the source wrote them (unknown fields included); only the list shrinks.
  const filtered = rawEntries.filter((_entry, i) => {
    const d = entries[i];
    return d !== undefined && kept.has(d.digest);
  });
  const bytes = Buffer.from(JSON.stringify({ ...raw, manifests: filtered }));
  const parsed = parseManifest(bytes, top.parsed.mediaType, display);
  const children = top.children.filter((c) => kept.has(c.descriptor.digest));
  return {
    descriptor: { mediaType: parsed.mediaType, digest: sha256Digest(bytes), size: bytes.byteLength },
    bytes,
    parsed,
    children,
  };
}

export function platformsOf(top: ManifestNode): string[] {
  if (top.parsed.kind !== 'index') return [];
  return top.parsed.value.manifests
    .filter((d) => d.platform && d.platform.os !== 'unknown')
    .map((d) => formatPlatform(d.platform));
}

/** The source's top manifest and what the target receives as its top (filtered when platforms are given). */
export async function resolveTops(
  source: Repository,
  reference: string,
  platforms: readonly string[],
): Promise<{ sourceTop: ManifestNode; top: ManifestNode }> {
  const sourceTop = await fetchManifest(source, reference);
  const top = platforms.length > 0 ? filterIndex(sourceTop, platforms, source.display) : sourceTop;
  return { sourceTop, top };
}

/** Fetches everything below the top and lists what must move; only needed when the target lacks the image. */
export async function planCopy(
  source: Repository,
  tops: { sourceTop: ManifestNode; top: ManifestNode },
): Promise<CopyPlan> {
  const top = await expandTree(source, tops.top);
  return { sourceTop: tops.sourceTop, top, ...collect(top), platforms: platformsOf(top) };
}

/** The blobs and manifests of a tree other than the top (for referrers, which are small trees of their own). */
export function treeContents(top: ManifestNode): { manifests: ManifestNode[]; blobs: Descriptor[] } {
  return collect(top);
}
