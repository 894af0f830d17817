// Which images gitOpsUpdateDeployment deploys: the `images` parameter, else the promotion, else the
// build, else Piper's containerRegistryUrl + containerImageNameTag; a digest known anywhere is used.
import type { ImageRecord, PromotionRecord } from '../../lib/env';
import { parseReference, referenceFromParts, type ImageReference } from '../../lib/oci/reference';
import { usage } from '../../lib/util/errors';

export type ImageSource = 'images' | 'promotion' | 'build' | 'parameters';

export interface DeployImage {
  /** The repository to find in the files, canonical (`registry/path`). */
  repository: string;
  /** What to write: `registry/path[:tag]@sha256:…`, or `registry/path:tag` when no digest is known. */
  reference: string;
  tag: string | undefined;
  digest: string | undefined;
  /** The last path component, for branch names and short messages. */
  shortName: string;
  source: ImageSource;
}

export interface ImageSelectionInput {
  /** The `images` parameter: `name@sha256:…`, `name:tag`, `name:tag@sha256:…`, or `REPOSITORY=REFERENCE`. */
  images?: readonly string[] | undefined;
  containerRegistryUrl?: string | undefined;
  containerImageNameTag?: string | undefined;
  promotion?: readonly PromotionRecord[] | undefined;
  built?: readonly ImageRecord[] | undefined;
  /** Piper's `container/imageDigest`: the digest of `container/imageNameTag`. */
  builtDigest?: string | undefined;
  builtNameTag?: string | undefined;
}

interface KnownDigest {
  name: string;
  tags: readonly string[];
  digest: string;
}

function shortNameOf(repository: string): string {
  return repository.split('/').pop() ?? repository;
}

function toImage(ref: ImageReference, source: ImageSource, repository = ref.name): DeployImage {
  return {
    repository,
    reference: ref.toString(),
    tag: ref.tag,
    digest: ref.digest,
    shortName: shortNameOf(ref.repository),
    source,
  };
}

function fromRecord(
  registry: string,
  name: string,
  tags: readonly string[],
  digest: string,
  source: ImageSource,
): DeployImage {
  const tag = tags[0];
  return toImage(parseReference(`${registry}/${name}${tag ? `:${tag}` : ''}@${digest}`), source);
}

/** Every digest the pipeline environment knows, to pin an image given by tag. */
function knownDigests(input: ImageSelectionInput): KnownDigest[] {
  const known: KnownDigest[] = [];
  for (const p of input.promotion ?? []) {
    known.push({
      name: parseReference(`${p.target.registry}/${p.target.name}`).name,
      tags: p.target.tags,
      digest: p.target.digest,
    });
    // The source digest is the same image: a promotion copies by digest.
    const source = parseReference(p.source.reference);
    known.push({ name: source.name, tags: source.tag ? [source.tag] : [], digest: p.source.digest });
  }
  for (const b of input.built ?? []) {
    known.push({ name: parseReference(`${b.registry}/${b.name}`).name, tags: b.tags, digest: b.digest });
  }
  if (input.builtDigest && input.builtNameTag && input.containerRegistryUrl) {
    const ref = referenceFromParts(input.containerRegistryUrl, input.builtNameTag);
    known.push({ name: ref.name, tags: ref.tag ? [ref.tag] : [], digest: input.builtDigest });
  }
  return known;
}

/** Adds the digest the pipeline recorded for this name (and tag, when given), if there is one. */
function pin(ref: ImageReference, known: readonly KnownDigest[]): ImageReference {
  if (ref.digest) return ref;
  const match =
    known.find((k) => k.name === ref.name && ref.tag !== undefined && k.tags.includes(ref.tag)) ??
    (ref.tag === undefined ? known.find((k) => k.name === ref.name) : undefined);
  return match ? ref.withDigest(match.digest) : ref;
}

/**
 * The images to deploy, in the order of precedence the step documents. Throws a usage error naming the
 * parameters to set when there is nothing to deploy.
 */
export function selectImages(input: ImageSelectionInput): DeployImage[] {
  const known = knownDigests(input);
  if (input.images && input.images.length > 0) {
    return input.images.map((entry) => {
      const eq = entry.indexOf('=');
      const repositoryText = eq >= 0 ? entry.slice(0, eq) : undefined;
      const ref = pin(parseReference(eq >= 0 ? entry.slice(eq + 1) : entry), known);
      const repository = repositoryText === undefined ? ref.name : parseReference(repositoryText).name;
      return toImage(ref, 'images', repository);
    });
  }
  if (input.promotion && input.promotion.length > 0) {
    return input.promotion.map((p) =>
      fromRecord(p.target.registry, p.target.name, p.target.tags, p.target.digest, 'promotion'),
    );
  }
  if (input.built && input.built.length > 0) {
    return input.built.map((b) => fromRecord(b.registry, b.name, b.tags, b.digest, 'build'));
  }
  if (input.containerImageNameTag) {
    const ref = input.containerRegistryUrl
      ? referenceFromParts(input.containerRegistryUrl, input.containerImageNameTag)
      : parseReference(input.containerImageNameTag);
    const pinned =
      !ref.digest && input.builtDigest && input.builtNameTag === input.containerImageNameTag
        ? ref.withDigest(input.builtDigest)
        : pin(ref, known);
    return [toImage(pinned, 'parameters')];
  }
  throw usage(
    'gitOpsUpdateDeployment: no image to deploy: the pipeline environment has no promoted or built image, and neither images nor containerImageNameTag is set. Run imagePushToRegistry (or build) first, or set containerRegistryUrl and containerImageNameTag.',
  );
}
