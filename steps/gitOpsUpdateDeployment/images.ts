// Which images gitOpsUpdateDeployment deploys, as parsed references: the `images` parameter; else an
// explicit containerImageNameTag/containerRegistryUrl (Piper: configuration ranks above the pipeline
// environment); else the promotion record; else the build record; else the pair from the pipeline
// environment. A digest the pipeline knows for the same image is added.
import {
  locationMatches,
  referenceOf,
  type ImageLocation,
  type ImageRecord,
  type PromotedImage,
} from '../../lib/env';
import { normalizeRegistryUrl, parseReference, type ImageReference } from '../../lib/oci/reference';
import { isFerryError, usage } from '../../lib/util/errors';

export type ImageSource = 'images' | 'promotion' | 'build' | 'parameters';

export interface DeployImage {
  /** The repository to find in the files, canonical (`registry/path`). */
  repository: string;
  /** What to write, parsed once: `registry/path[:tag][@sha256:…]`. */
  ref: ImageReference;
  /** The last path component, for branch names and short messages. */
  shortName: string;
  source: ImageSource;
}

export interface ImageSelectionInput {
  /** The `images` parameter: `name@sha256:…`, `name:tag`, `name:tag@sha256:…`, or `REPOSITORY=REFERENCE`. */
  images?: readonly string[] | undefined;
  containerRegistryUrl?: string | undefined;
  containerImageNameTag?: string | undefined;
  /**
   * True when containerImageNameTag or containerRegistryUrl was set by configuration, a flag, an
   * environment variable or Vault rather than taken from the pipeline environment: Piper's precedence
   * then makes them win over the promotion and build records.
   */
  explicit?: boolean;
  promoted?: readonly PromotedImage[] | undefined;
  built?: readonly ImageRecord[] | undefined;
}

function shortNameOf(ref: ImageReference): string {
  return ref.repository.split('/').pop() ?? ref.repository;
}

function toImage(ref: ImageReference, source: ImageSource, repository = ref.name): DeployImage {
  return { repository, ref, shortName: shortNameOf(ref), source };
}

/** Every location the pipeline environment knows a digest for, to pin an image given by tag. */
function knownLocations(input: ImageSelectionInput): ImageLocation[] {
  const known: ImageLocation[] = [];
  for (const p of input.promoted ?? []) {
    known.push(p.target);
    // The source is the same image: a promotion copies by digest.
    known.push(p);
  }
  known.push(...(input.built ?? []));
  return known.filter((k) => k.digest !== undefined);
}

/** Adds the digest the pipeline recorded for this name (and tag, when given), if there is one. */
function pin(ref: ImageReference, known: readonly ImageLocation[]): ImageReference {
  if (ref.digest) return ref;
  const match = known.find((k) => locationMatches(k, ref));
  return match?.digest ? ref.withDigest(match.digest) : ref;
}

/**
 * Piper's image from containerRegistryUrl + containerImageNameTag (buildRegistryPlusImage): the
 * registry URL's host only, its path dropped (`https://myregistry.com/registry/containers` +
 * `app:1` → `myregistry.com/app:1`); no registry URL: the name:tag as given.
 */
export function piperImage(registryUrl: string | undefined, nameTag: string): ImageReference {
  const what = `containerRegistryUrl '${registryUrl ?? ''}' + containerImageNameTag '${nameTag}'`;
  try {
    if (!registryUrl?.trim()) return parseReference(nameTag);
    const host = normalizeRegistryUrl(registryUrl).host;
    let name = nameTag.trim().replace(/^\/+/, '');
    // Some pipelines already put the host into imageNameTag; do not repeat it.
    const first = name.split('/')[0] ?? '';
    if (name.includes('/') && first.toLowerCase() === host) name = name.slice(first.length + 1);
    return parseReference(`${host}/${name}`);
  } catch (error) {
    if (isFerryError(error) && error.code === 'REFERENCE')
      throw usage(`gitOpsUpdateDeployment: ${what}: ${error.message}`, error);
    throw error;
  }
}

/**
 * The images to deploy, in the order of precedence the step documents. Throws a usage error naming the
 * parameters to set when there is nothing to deploy.
 */
export function selectImages(input: ImageSelectionInput): DeployImage[] {
  const known = knownLocations(input);
  if (input.images && input.images.length > 0) {
    return input.images.map((entry) => {
      const eq = entry.indexOf('=');
      const repositoryText = eq >= 0 ? entry.slice(0, eq) : undefined;
      const ref = pin(parseReference(eq >= 0 ? entry.slice(eq + 1) : entry), known);
      const repository = repositoryText === undefined ? ref.name : parseReference(repositoryText).name;
      return toImage(ref, 'images', repository);
    });
  }
  const nameTag = input.containerImageNameTag?.trim();
  if (input.explicit && nameTag) {
    return [toImage(pin(piperImage(input.containerRegistryUrl, nameTag), known), 'parameters')];
  }
  if (input.promoted && input.promoted.length > 0) {
    return input.promoted.map((p) => toImage(referenceOf(p.target), 'promotion'));
  }
  if (input.built && input.built.length > 0) {
    return input.built.map((b) => toImage(referenceOf(b), 'build'));
  }
  if (nameTag) {
    return [toImage(pin(piperImage(input.containerRegistryUrl, nameTag), known), 'parameters')];
  }
  throw usage(
    'gitOpsUpdateDeployment: no image to deploy: the pipeline environment has no promoted or built image, and neither images nor containerImageNameTag is set. Run imagePushToRegistry (or build) first, or set containerRegistryUrl and containerImageNameTag.',
  );
}
