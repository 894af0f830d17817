// The one typed image record and its journey: build writes it (`container/images`), imagePushToRegistry
// extends it with the target (`promotion/images`), gitOpsUpdateDeployment reads it as a parsed
// reference. Piper's flat keys (`container/imageNameTags`, `imageDigests`, …) are written from the
// records and read into them here, and only here, so a registry spelling is normalised once.
import { isDigest } from '../oci/digest';
import { ImageReference, normalizeRegistryUrl, parseReference } from '../oci/reference';
import { isRecord } from '../util/is-record';
import type { EnvKey, EnvKeys } from './keys';

/** Where an image is: registry host, repository path, tags, digest. */
export interface ImageLocation {
  /** `host[:port]`, lowercase, no scheme (`docker.io` for Docker Hub). */
  registry: string;
  /** Path in the registry, e.g. `team/app`. */
  repository: string;
  tags: string[];
  /** Manifest or index digest, `sha256:…`; absent only for images Piper's steps recorded without one. */
  digest?: string;
}

/** Where an image came from. */
export interface ImageProvenance {
  /** Git commit of the source. */
  revision?: string;
  /** Git remote of the source (credentials never included). */
  repository?: string;
  dockerfile?: string;
  builder?: string;
  /** Base images the build started from, as written in the Dockerfile. */
  baseImages?: string[];
  /** For an image pushed from a file: `oci:DIR[:tag]` or `docker-archive:FILE`. */
  archive?: string;
}

/** An artifact attached to the image through the OCI referrers API (an SBOM, a signature). */
export interface ReferrerRecord {
  digest: string;
  artifactType: string;
}

/** One image: where it is, what it holds, where it came from and (after a promotion) where it went. */
export interface ImageRecord extends ImageLocation {
  /** Platforms of an index, e.g. `linux/amd64`; absent for a single-platform manifest. */
  platforms?: string[];
  source?: ImageProvenance;
  /** Set by imagePushToRegistry: where the image was promoted to (same digest unless platforms were chosen). */
  target?: ImageLocation;
  referrers?: ReferrerRecord[];
}

/** A record after imagePushToRegistry: the target is set. */
export type PromotedImage = ImageRecord & { target: ImageLocation & { digest: string } };

/** Read access to the pipeline environment (PipelineEnvironment satisfies it). */
export interface EnvReader {
  get<K extends EnvKey>(key: K): EnvKeys[K] | undefined;
}

/** Write access to the pipeline environment. */
export interface EnvWriter extends EnvReader {
  set<K extends EnvKey>(key: K, value: EnvKeys[K] | undefined): void;
}

/** The parsed reference of a location, `registry/repository[:tag][@digest]`, built from its parts. */
export function referenceOf(
  location: ImageLocation,
  tag: string | undefined = location.tags[0],
): ImageReference {
  return new ImageReference({
    registry: location.registry,
    repository: location.repository,
    ...(tag === undefined ? {} : { tag }),
    ...(location.digest === undefined ? {} : { digest: location.digest }),
  });
}

/** The location of a parsed reference with the given tags and digest. */
export function locationOf(
  ref: ImageReference,
  tags: readonly string[],
  digest: string | undefined,
): ImageLocation {
  const location: ImageLocation = { registry: ref.registry, repository: ref.repository, tags: [...tags] };
  const d = digest ?? ref.digest;
  if (d !== undefined) location.digest = d;
  return location;
}

/** True when `ref` names this location: same registry and repository and, when `ref` has a tag, that tag. */
export function locationMatches(location: ImageLocation, ref: ImageReference): boolean {
  if (location.registry !== ref.registry || location.repository !== ref.repository) return false;
  return ref.tag === undefined || location.tags.includes(ref.tag);
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...value] : undefined;
}

/** A location from a stored object; accepts ferry's earlier `name` for `repository`. */
function readLocation(value: unknown): ImageLocation | undefined {
  if (!isRecord(value)) return undefined;
  const registry = typeof value.registry === 'string' ? value.registry : undefined;
  const repositoryText =
    typeof value.repository === 'string'
      ? value.repository
      : typeof value.name === 'string'
        ? value.name
        : undefined;
  if (!registry || !repositoryText) return undefined;
  let ref: ImageReference;
  try {
    // Normalised once, here: `Registry.Example.com`, `index.docker.io` and a leading '/' all settle.
    ref = parseReference(`${normalizeRegistryUrl(registry).host}/${repositoryText.replace(/^\/+/, '')}`);
  } catch {
    return undefined;
  }
  const tags = (strings(value.tags) ?? []).map((t) => t.replace(/\+/g, '-'));
  const digest = typeof value.digest === 'string' && isDigest(value.digest) ? value.digest : undefined;
  return locationOf(ref, tags, digest);
}

function readRecord(value: unknown): ImageRecord | undefined {
  const location = readLocation(value);
  if (!location || !isRecord(value)) return undefined;
  const record: ImageRecord = location;
  const platforms = strings(value.platforms);
  if (platforms && platforms.length > 0) record.platforms = platforms;
  if (isRecord(value.source)) {
    const s = value.source;
    const source: ImageProvenance = {};
    for (const key of ['revision', 'repository', 'dockerfile', 'builder', 'archive'] as const) {
      const v = s[key];
      if (typeof v === 'string' && v.length > 0) source[key] = v;
    }
    const bases = strings(s.baseImages);
    if (bases && bases.length > 0) source.baseImages = bases;
    if (Object.keys(source).length > 0) record.source = source;
  }
  const target = readLocation(value.target);
  if (target) record.target = target;
  if (Array.isArray(value.referrers)) {
    const referrers = value.referrers.flatMap((r): ReferrerRecord[] =>
      isRecord(r) && typeof r.digest === 'string' && isDigest(r.digest) && typeof r.artifactType === 'string'
        ? [{ digest: r.digest, artifactType: r.artifactType }]
        : [],
    );
    if (referrers.length > 0) record.referrers = referrers;
  }
  return record;
}

/**
 * ferry's earlier promotion record (`source.reference` as a string, `target.name`): read once into
 * the typed record so a workspace written by an older ferry still deploys.
 */
function readLegacyPromotion(value: unknown): ImageRecord | undefined {
  if (!isRecord(value) || !isRecord(value.source) || typeof value.source.reference !== 'string')
    return undefined;
  const target = readLocation(value.target);
  if (!target) return undefined;
  let source: ImageRecord | undefined;
  try {
    const ref = parseReference(value.source.reference);
    const digest =
      typeof value.source.digest === 'string' && isDigest(value.source.digest)
        ? value.source.digest
        : undefined;
    source = locationOf(ref, ref.tag ? [ref.tag] : [], digest);
  } catch {
    // A local archive (`oci:DIR`): the target stands for the image.
    source = { ...target, source: { archive: value.source.reference } };
  }
  const platforms = strings(value.platforms);
  return { ...source, target, ...(platforms && platforms.length > 0 ? { platforms } : {}) };
}

/** `host[:port]` of a registry URL as Piper's steps use it (docker.ContainerRegistryFromURL: the host only). */
function piperRegistryHost(url: string): string | undefined {
  try {
    return normalizeRegistryUrl(url).host;
  } catch {
    return undefined;
  }
}

/**
 * Records from Piper's flat keys, for ferry running after Piper's kanikoExecute or cnbBuild:
 * `container/registryUrl` + `container/imageNameTags` (paired with `container/imageDigests` when both
 * lists have the same length, as Piper fills them in one loop), else `container/imageNameTag` +
 * `container/imageDigest`. Piper pushes to the registry URL's host, so its path is not a prefix.
 */
function recordsFromPiperKeys(env: EnvReader): ImageRecord[] {
  const url = env.get('container/registryUrl');
  const host = url ? piperRegistryHost(url) : undefined;
  if (!host) return [];
  const nameTags = env.get('container/imageNameTags') ?? [];
  const digests = env.get('container/imageDigests') ?? [];
  const single = env.get('container/imageNameTag');
  const singleDigest = env.get('container/imageDigest');
  const pairs: { nameTag: string; digest: string | undefined }[] =
    nameTags.length > 0
      ? nameTags.map((nameTag, i) => ({
          nameTag,
          digest:
            nameTags.length === digests.length ? digests[i] : nameTag === single ? singleDigest : undefined,
        }))
      : single
        ? [{ nameTag: single, digest: singleDigest }]
        : [];
  const records: ImageRecord[] = [];
  for (const { nameTag, digest } of pairs) {
    let ref: ImageReference;
    try {
      let name = nameTag.trim().replace(/^\/+/, '').replace(/\+/g, '-');
      const first = name.split('/')[0] ?? '';
      if (name.includes('/') && piperRegistryHost(first) === host) name = name.slice(first.length + 1);
      ref = parseReference(`${host}/${name}`);
    } catch {
      continue;
    }
    const d = digest && isDigest(digest.trim()) ? digest.trim() : undefined;
    const same = records.find((r) => r.repository === ref.repository && r.digest === d);
    if (same) {
      if (ref.tag && !same.tags.includes(ref.tag)) same.tags.push(ref.tag);
      continue;
    }
    records.push(locationOf(ref, ref.tag ? [ref.tag] : [], d));
  }
  return records;
}

/** The images a build recorded: `container/images`, else what Piper's build steps left in the flat keys. */
export function readBuiltImages(env: EnvReader): ImageRecord[] {
  const stored = (env.get('container/images') ?? []).map(readRecord).filter((r): r is ImageRecord => !!r);
  return stored.length > 0 ? stored : recordsFromPiperKeys(env);
}

/** The images imagePushToRegistry promoted, each with its target. */
export function readPromotedImages(env: EnvReader): PromotedImage[] {
  return (env.get('promotion/images') ?? [])
    .map((v) =>
      isRecord(v) && isRecord(v.source) && typeof v.source.reference === 'string'
        ? readLegacyPromotion(v)
        : readRecord(v),
    )
    .filter((r): r is PromotedImage => r?.target?.digest !== undefined);
}

export interface WriteBuiltImagesOptions {
  /**
   * `container/imageNameTag` of a multi-image build: Piper writes the step's own ("root") image there,
   * `null` when it built none; by default the first record's first `name:tag`.
   */
  imageNameTag?: string | null;
}

/**
 * Writes what a build produced: `container/images` and, from the same records, Piper's flat keys
 * (`imageNameTag(s)`, `imageNames`, `imageDigest(s)`, `registryUrl`) so Piper's steps read them.
 * `imageNameTags[i]` and `imageDigests[i]` come from the same record, so they cannot fall out of step.
 */
export function writeBuiltImages(
  env: EnvWriter,
  registryUrl: string,
  records: readonly ImageRecord[],
  options: WriteBuiltImagesOptions = {},
): void {
  const entries = records.flatMap((r) =>
    r.tags.map((tag) => ({ nameTag: `${r.repository}:${tag}`, digest: r.digest ?? '' })),
  );
  env.set(
    'container/images',
    records.map((r) => ({ ...r })),
  );
  env.set('container/registryUrl', registryUrl);
  const single = options.imageNameTag === undefined ? entries[0]?.nameTag : options.imageNameTag;
  env.set('container/imageNameTag', single ?? undefined);
  env.set(
    'container/imageNameTags',
    entries.map((e) => e.nameTag),
  );
  env.set('container/imageNames', [...new Set(records.map((r) => r.repository))]);
  env.set('container/imageDigest', records[0]?.digest);
  env.set(
    'container/imageDigests',
    entries.map((e) => e.digest),
  );
}

/** Writes what a promotion produced: `promotion/registryUrl` and `promotion/images`. */
export function writePromotedImages(
  env: EnvWriter,
  registryUrl: string,
  records: readonly PromotedImage[],
): void {
  env.set('promotion/registryUrl', registryUrl);
  env.set(
    'promotion/images',
    records.map((r) => ({ ...r })),
  );
}

/** Clears the promotion keys (a stale record from an earlier run must not outlive a failure). */
export function clearPromotedImages(env: EnvWriter): void {
  env.set('promotion/registryUrl', undefined);
  env.set('promotion/images', undefined);
}
