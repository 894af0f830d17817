// Reads the source image as a tree (index → manifests → blobs) and, when platforms are chosen, derives
// what the target gets: one platform is that platform's own manifest (its digest as the index lists it,
// as crane copies it); several are a reduced index with a new digest (as regctl writes it). Manifest
// bytes are kept exactly as fetched, so an unfiltered copy keeps its digest.
import { FerryError } from '../../util/errors';
import { sha256Digest } from '../digest';
import type { Descriptor, Platform, Repository } from '../types';
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
  /** What the target receives as its top (the source's, one platform's manifest, or a reduced index). */
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
  // By tag, the digest the store names for it (a layout's index.json entry) must hold as well.
  const claimed = reference.startsWith('sha256:') ? reference : fetched.descriptor.digest;
  if (claimed.startsWith('sha256:') && digest !== claimed)
    throw new FerryError(
      `Manifest ${source.display}${claimed === reference ? '@' : ':'}${reference} failed verification: its bytes have digest ${digest}, not ${claimed}. The source served other content; retry or check the source.`,
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

function platformNotFound(display: string, asked: string, holds: readonly string[]): FerryError {
  return new FerryError(
    `Platform ${asked} not found in ${display}: it holds ${holds.join(', ') || 'no platforms'}. Choose one of those.`,
    { code: 'NOT_FOUND', usage: true },
  );
}

/** The platforms an index lists, as users type them (attestations' `unknown/unknown` left out). */
function listedPlatforms(entries: readonly Descriptor[]): string[] {
  return [
    ...new Set(
      entries.filter((d) => d.platform && d.platform.os !== 'unknown').map((d) => formatPlatform(d.platform)),
    ),
  ];
}

/** The index entries of each asked platform (the first entry that matches it, as crane and regctl pick). */
function matchEntries(top: ManifestNode, wanted: readonly string[], display: string): Descriptor[] {
  if (top.parsed.kind !== 'index') return [];
  const entries = top.parsed.value.manifests;
  return wanted.map((text) => {
    const spec = parsePlatform(text);
    const match = entries.find((d) => platformMatches(spec, d.platform));
    if (!match) throw platformNotFound(display, text, listedPlatforms(entries));
    return match;
  });
}

/** Keeps the chosen index entries, plus attestation manifests that refer to a kept one. */
function reduceIndex(top: ManifestNode, chosen: readonly Descriptor[], display: string): ManifestNode {
  if (top.parsed.kind !== 'index') return top;
  const entries = top.parsed.value.manifests;
  const kept = new Set(chosen.map((d) => d.digest));
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

const MAX_CONFIG_BYTES = 4 << 20;

/** The platform an image manifest's config names (read with a limit and verified), if it names one. */
async function configPlatform(source: Repository, node: ManifestNode): Promise<Platform | undefined> {
  if (node.parsed.kind !== 'manifest') return undefined;
  const config = node.parsed.value.config;
  if (config.size > MAX_CONFIG_BYTES) return undefined;
  const { body } = await source.blobGet(config.digest);
  const chunks: Buffer[] = [];
  let total = 0;
  const failed = (why: string): FerryError =>
    new FerryError(
      `Blob ${source.display}@${config.digest} failed verification: ${why}. The source served different content than its descriptor names; retry, and check the source.`,
      { code: 'DIGEST_MISMATCH' },
    );
  for await (const chunk of body) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    total += bytes.length;
    if (total > config.size) {
      body.destroy();
      throw failed(`more than the expected ${config.size} bytes`);
    }
    chunks.push(bytes);
  }
  const digest = sha256Digest(Buffer.concat(chunks));
  if (total !== config.size) throw failed(`${total} bytes instead of ${config.size}`);
  if (config.digest.startsWith('sha256:') && digest !== config.digest)
    throw failed(`its content has digest ${digest}`);
  let doc: unknown;
  try {
    doc = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof doc !== 'object' || doc === null) return undefined;
  const { os, architecture, variant } = doc as Record<string, unknown>;
  if (typeof os !== 'string' || typeof architecture !== 'string') return undefined;
  return typeof variant === 'string' && variant ? { os, architecture, variant } : { os, architecture };
}

export function platformsOf(top: ManifestNode): string[] {
  if (top.parsed.kind !== 'index') return [];
  return top.parsed.value.manifests
    .filter((d) => d.platform && d.platform.os !== 'unknown')
    .map((d) => formatPlatform(d.platform));
}

export interface Tops {
  sourceTop: ManifestNode;
  top: ManifestNode;
  /** The platforms the target receives, when they were chosen. */
  platforms?: string[];
}

/**
 * The source's top manifest and what the target receives as its top: the whole source without
 * platforms; with one platform of an index, that platform's manifest (fetched by the digest the index
 * lists, so the target digest equals the entry's); with several, a reduced index. A platform the source
 * lacks is an error naming the platforms it has. A single-platform source is checked against its config.
 */
export async function resolveTops(
  source: Repository,
  reference: string,
  asked: readonly string[],
  indexPlatform?: string,
): Promise<Tops> {
  const sourceTop = await fetchManifest(source, reference);
  const platforms =
    asked.length === 0 && indexPlatform && sourceTop.parsed.kind === 'index' ? [indexPlatform] : asked;
  if (platforms.length === 0) return { sourceTop, top: sourceTop };
  const display = `${source.display}${reference.includes(':') ? '@' : ':'}${reference}`;
  if (sourceTop.parsed.kind !== 'index') {
    const own = await configPlatform(source, sourceTop);
    if (own) {
      const missing = platforms.find((text) => !platformMatches(parsePlatform(text), own));
      if (missing !== undefined && platforms.length === 1)
        throw platformNotFound(`${display} (a single-platform image)`, missing, [formatPlatform(own)]);
      if (!platforms.some((text) => platformMatches(parsePlatform(text), own)))
        throw platformNotFound(`${display} (a single-platform image)`, platforms.join(', '), [
          formatPlatform(own),
        ]);
    }
    return { sourceTop, top: sourceTop, platforms: own ? [formatPlatform(own)] : [] };
  }
  const chosen = matchEntries(sourceTop, platforms, display);
  const first = chosen[0];
  if (platforms.length === 1 && first) {
    const top = await fetchManifest(source, first.digest, first);
    return { sourceTop, top, platforms: [formatPlatform(first.platform)] };
  }
  const top = reduceIndex(sourceTop, chosen, display);
  return { sourceTop, top, platforms: platformsOf(top) };
}

/** Fetches everything below the top and lists what must move; only needed when the target lacks the image. */
export async function planCopy(source: Repository, tops: Tops): Promise<CopyPlan> {
  const top = await expandTree(source, tops.top);
  return { sourceTop: tops.sourceTop, top, ...collect(top), platforms: tops.platforms ?? platformsOf(top) };
}

/** The blobs and manifests of a tree other than the top (for referrers, which are small trees of their own). */
export function treeContents(top: ManifestNode): { manifests: ManifestNode[]; blobs: Descriptor[] } {
  return collect(top);
}
