// Where a build goes: the staging registry and the `name:tag` list, from Piper's parameters
// (containerImageNameTags, or containerImage / containerImageName + containerImageTag, tagLatest,
// additionalTags). Pure, so the step's choices are table-tested.
import {
  normalizeRegistryUrl,
  parseReference,
  referenceFromParts,
  type ImageReference,
} from '../oci/reference';
import { usage } from '../util/errors';

export interface TargetOptions {
  registryUrl?: string;
  imageName?: string;
  imageTag?: string;
  /** Full `registry/name:tag` (Piper's containerImage). */
  image?: string;
  nameTags: readonly string[];
  tagLatest: boolean;
  additionalTags: readonly string[];
  /** Tag used when none is given (the git short SHA). */
  defaultTag?: string;
}

export interface BuildTarget {
  reference: ImageReference;
  /** `name:tag` as Piper records it in container/imageNameTags. */
  nameTag: string;
}

export interface TargetPlan {
  /** The registry URL as the pipeline environment records it (as given, else from containerImage). */
  registryUrl: string;
  /** host[:port] */
  registry: string;
  /** true for https://, false for http://, undefined when no scheme was written. */
  secure?: boolean;
  targets: BuildTarget[];
  /** The tag when the step chose it itself (git short SHA): recorded as artifactVersion. */
  chosenTag?: string;
}

/** Semver build metadata (`1.0+build.5`) is not a valid tag; Piper writes it with '-'. */
export function tagOf(version: string): string {
  return version.trim().replace(/\+/g, '-');
}

export function planTargets(options: TargetOptions): TargetPlan {
  let registryUrl = options.registryUrl?.trim();
  let imageName = options.imageName?.trim();
  let imageTag = options.imageTag?.trim() ? tagOf(options.imageTag) : undefined;
  if (options.image?.trim()) {
    const full = parseReference(options.image.trim());
    registryUrl ||= full.registry;
    imageName ||= full.repository;
    imageTag ||= full.tag;
  }
  if (!registryUrl) {
    throw usage(
      'build: containerRegistryUrl is not set. Set it to the staging registry, e.g. https://staging.example.com.',
    );
  }
  const registry = normalizeRegistryUrl(registryUrl);
  let chosenTag: string | undefined;
  const nameTags: string[] = [];
  if (options.nameTags.length > 0) {
    for (const entry of options.nameTags) {
      const trimmed = entry.trim();
      if (!/:[^/:]+$/.test(trimmed))
        throw usage(
          `build: containerImageNameTags entry '${entry}' has no tag. Write name:tag, e.g. team/app:1.0.`,
        );
      const colon = trimmed.lastIndexOf(':');
      nameTags.push(`${trimmed.slice(0, colon)}:${tagOf(trimmed.slice(colon + 1))}`);
    }
  } else {
    if (!imageName)
      throw usage(
        'build: no image name. Set containerImageName (e.g. team/app), containerImage, or containerImageNameTags.',
      );
    if (!imageTag) {
      if (!options.defaultTag) {
        throw usage(
          'build: no image tag: containerImageTag and artifactVersion are unset and the workspace is not a git repository. Set containerImageTag.',
        );
      }
      imageTag = options.defaultTag;
      chosenTag = imageTag;
    }
    nameTags.push(`${imageName}:${imageTag}`);
  }
  const extra = [...options.additionalTags.map(tagOf), ...(options.tagLatest ? ['latest'] : [])];
  for (const nameTag of [...nameTags]) {
    const name = nameTag.slice(0, nameTag.lastIndexOf(':'));
    for (const tag of extra) nameTags.push(`${name}:${tag}`);
  }
  const unique = [...new Set(nameTags)];
  const plan: TargetPlan = {
    registryUrl,
    registry: registry.host,
    targets: unique.map((nameTag) => ({
      reference: referenceFromParts(registryUrl ?? '', nameTag),
      nameTag,
    })),
  };
  if (registry.secure !== undefined) plan.secure = registry.secure;
  if (chosenTag) plan.chosenTag = chosenTag;
  return plan;
}

/** Targets grouped by repository, in first-seen order: one push (and one record) per repository. */
export function groupByRepository(
  targets: readonly BuildTarget[],
): { repository: string; reference: ImageReference; tags: string[] }[] {
  const groups = new Map<string, { repository: string; reference: ImageReference; tags: string[] }>();
  for (const target of targets) {
    const key = target.reference.repository;
    const group = groups.get(key) ?? { repository: key, reference: target.reference, tags: [] };
    if (target.reference.tag) group.tags.push(target.reference.tag);
    groups.set(key, group);
  }
  return [...groups.values()];
}
