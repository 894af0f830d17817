// Turns the resolved parameters of imagePushToRegistry and what the build recorded into a copy plan: which
// source (pinned by digest when the build recorded one) goes to which target repository under which tags.
// Pure: no I/O, no logging; the notes it returns are logged by run.ts.
import { locationMatches, readBuiltImages, type EnvReader, type ImageRecord } from '../../lib/env';
import { parsePlatform } from '../../lib/oci/copy/platform';
import {
  normalizeRegistryUrl,
  referenceFromParts,
  type ImageReference,
  type NormalizedRegistry,
  isTag,
} from '../../lib/oci/reference';
import type { ParamValues } from '../../lib/step';
import { FerryError, isFerryError, usage } from '../../lib/util/errors';
import type { params } from './metadata';

type StepParams = ParamValues<typeof params>;

/** The parameters the plan reads; all optional so a library caller may pass only what it has. */
export type PlanParams = Partial<
  Pick<
    StepParams,
    | 'sourceImages'
    | 'sourceImageTag'
    | 'sourceRegistryUrl'
    | 'targetRegistryUrl'
    | 'targetImages'
    | 'targetImageTag'
    | 'useImageNameTags'
    | 'sourceImageNameTags'
    | 'targetImageNameTags'
    | 'tagLatest'
    | 'pushLocalDockerImage'
    | 'localDockerImagePath'
    | 'targetArchitecture'
  >
>;

export type { EnvReader };

/** Where a pinned source digest came from: the reference itself, or the build's image record. */
export type DigestOrigin = 'reference' | 'container/images';

export type PlannedSource =
  | {
      kind: 'registry';
      /** The source as named, `registry/repo[:tag][@digest]` (digest set when pinned). */
      reference: ImageReference;
      /** Handed to the copy: the digest when known, else the tag. */
      identifier: string;
      digestFrom?: DigestOrigin;
      /** The build's record of this image, extended with the target once it is copied. */
      record?: ImageRecord;
    }
  | {
      kind: 'local';
      /** localDockerImagePath as given (resolved against the workspace by run.ts). */
      path: string;
      /** Tag to pick in an OCI layout holding several images (sourceImageTag). */
      tag?: string;
    };

export interface PlannedCopy {
  source: PlannedSource;
  /** Target repository, no tag. */
  target: ImageReference;
  /** Every tag written at the target, by one copy. Never empty. */
  tags: string[];
  /** `os/arch[/variant]` to keep; empty: the whole index. */
  platforms: string[];
}

export interface PushPlan {
  targetRegistry: NormalizedRegistry;
  /** The target registry as recorded in promotion/registryUrl: `[scheme://]host[/path]`. */
  targetRegistryUrl: string;
  sourceRegistry?: NormalizedRegistry;
  copies: PlannedCopy[];
  /** Things the user should read (a `+` turned into `-`, ignored targetImages keys). */
  notes: string[];
}

const TAG_RULE = "letters, digits, '_', '.', '-'; at most 128 characters; not starting with '.' or '-'";

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function list(value: readonly string[] | undefined): string[] {
  return (value ?? []).map((v) => v.trim()).filter((v) => v.length > 0);
}

/** Piper's rule: image tags do not allow `+` (semver build metadata), so it becomes `-`. */
function cleanTag(tag: string, what: string, notes: Set<string>): string {
  let out = tag;
  if (tag.includes('+')) {
    out = tag.replace(/\+/g, '-');
    notes.add(
      `${what} '${tag}' contains '+', which image tags do not allow: using '${out}' instead (as Piper does).`,
    );
  }
  if (!isTag(out))
    throw usage(
      `imagePushToRegistry: ${what} '${tag}' is not a valid image tag (${TAG_RULE}). Set a valid ${what}.`,
    );
  return out;
}

/** Wraps a reference error with the parameter it came from, keeping the parser's reason. */
function withParam<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (isFerryError(error) && error.code === 'REFERENCE')
      throw new FerryError(`imagePushToRegistry: ${what}: ${error.message}`, {
        code: 'REFERENCE',
        usage: true,
        cause: error,
      });
    throw error;
  }
}

function registryUrlText(registry: NormalizedRegistry): string {
  const scheme = registry.secure === undefined ? '' : registry.secure ? 'https://' : 'http://';
  return `${scheme}${registry.host}${registry.path ? `/${registry.path}` : ''}`;
}

/** `registry[/path]/name`, as a repository reference with no tag. */
function targetRepository(registry: NormalizedRegistry, name: string, what: string): ImageReference {
  const ref = withParam(what, () => referenceFromParts(registryUrlText(registry), name));
  if (ref.tag !== undefined || ref.digest !== undefined)
    throw usage(
      `imagePushToRegistry: ${what} '${name}' carries a tag or digest. Give the image name only; the tags come from targetImageTag and tagLatest.`,
    );
  return ref;
}

/**
 * The build's record for `ref`: same registry, repository and (when `ref` has one) tag, compared on
 * the parsed parts; the records were normalised once when written or read (lib/env/images).
 */
function recordFor(records: readonly ImageRecord[], ref: ImageReference): ImageRecord | undefined {
  return records.find((r) => locationMatches(r, ref));
}

function registrySource(records: readonly ImageRecord[], ref: ImageReference): PlannedSource {
  const record = recordFor(records, ref);
  const withRecord = record ? { record } : {};
  if (ref.digest !== undefined)
    return {
      kind: 'registry',
      reference: ref,
      identifier: ref.digest,
      digestFrom: 'reference',
      ...withRecord,
    };
  if (record?.digest !== undefined)
    return {
      kind: 'registry',
      reference: ref.withDigest(record.digest),
      identifier: record.digest,
      digestFrom: 'container/images',
      record,
    };
  return { kind: 'registry', reference: ref, identifier: ref.identifier, ...withRecord };
}

function sourceKey(source: PlannedSource): string {
  return source.kind === 'registry' ? source.reference.toString() : `local:${source.path}`;
}

/** Adds a copy, or merges its tags into the copy of the same source to the same target. */
function addCopy(copies: PlannedCopy[], copy: PlannedCopy): void {
  const same = copies.find(
    (c) => sourceKey(c.source) === sourceKey(copy.source) && c.target.name === copy.target.name,
  );
  if (!same) {
    copies.push(copy);
    return;
  }
  for (const tag of copy.tags) if (!same.tags.includes(tag)) same.tags.push(tag);
}

/** The target tags of sourceImages mode: targetImageTag and/or latest (tagLatest, documented default). */
function targetTags(p: PlanParams, env: EnvReader, notes: Set<string>): string[] {
  // An explicit empty targetImageTag means "no version tag"; only an unset one falls back to the build's.
  const targetTag = nonEmpty(p.targetImageTag ?? env.get('artifactVersion'));
  // Piper documents tagLatest as true when no targetImageTag is given; its code never does. ferry does.
  const latest = p.tagLatest ?? targetTag === undefined;
  const tags: string[] = [];
  if (targetTag !== undefined) tags.push(cleanTag(targetTag, 'targetImageTag', notes));
  if (latest && !tags.includes('latest')) tags.push('latest');
  if (tags.length === 0)
    throw usage(
      'imagePushToRegistry: no target tag: targetImageTag is empty and tagLatest is false. Set targetImageTag (a build records it as artifactVersion) or tagLatest: true.',
    );
  return tags;
}

function platformsOf(p: PlanParams): string[] {
  const arch = nonEmpty(p.targetArchitecture);
  if (arch === undefined) return [];
  // Piper's form allows `:osversion`; ferry matches on os/arch[/variant] and drops it.
  const platform = arch.replace(/:[^/]*$/, '');
  try {
    parsePlatform(platform);
  } catch (error) {
    throw usage(
      `imagePushToRegistry: targetArchitecture '${arch}' is not os/arch[/variant]. Give e.g. linux/amd64 or linux/arm64/v8, or leave it empty to copy every platform.`,
      error,
    );
  }
  return [platform];
}

/** The source's name below the source registry's path prefix: what an unmapped target is called. */
function relativeName(registry: NormalizedRegistry, ref: ImageReference): string {
  return registry.path && ref.repository.startsWith(`${registry.path}/`)
    ? ref.repository.slice(registry.path.length + 1)
    : ref.repository;
}

function sourceRegistryOf(p: PlanParams, env: EnvReader): { registry: NormalizedRegistry; url: string } {
  const url = nonEmpty(p.sourceRegistryUrl ?? env.get('container/registryUrl'));
  if (url === undefined)
    throw usage(
      'imagePushToRegistry: sourceRegistryUrl is not set and no build recorded container/registryUrl. Set sourceRegistryUrl (e.g. https://staging.example.com), or pushLocalDockerImage with localDockerImagePath.',
    );
  return { registry: withParam('sourceRegistryUrl', () => normalizeRegistryUrl(url)), url };
}

function planSourceImages(
  p: PlanParams,
  env: EnvReader,
  targetRegistry: NormalizedRegistry,
  notes: Set<string>,
): PlannedCopy[] {
  const { registry, url } = sourceRegistryOf(p, env);
  const sources = list(p.sourceImages ?? env.get('container/imageNames'));
  if (sources.length === 0)
    throw usage(
      'imagePushToRegistry: no source images: sourceImages is empty and no build recorded container/imageNames. Set sourceImages, or useImageNameTags: true to copy sourceImageNameTags.',
    );
  const mapping = p.targetImages ?? {};
  const mapped = Object.keys(mapping).length > 0;
  const rawTag = nonEmpty(p.sourceImageTag ?? env.get('artifactVersion'));
  const sourceTag = rawTag === undefined ? undefined : cleanTag(rawTag, 'sourceImageTag', notes);
  const tags = targetTags(p, env, notes);
  const platforms = platformsOf(p);
  const built = readBuiltImages(env);
  const copies: PlannedCopy[] = [];
  for (const name of sources) {
    let targetName = name;
    if (mapped) {
      const value = nonEmpty(mapping[name]);
      if (value === undefined)
        throw usage(
          `imagePushToRegistry: targetImages has no entry for source image '${name}' (it maps ${Object.keys(
            mapping,
          )
            .map((k) => `'${k}'`)
            .join(
              ', ',
            )}). Add '${name}: <target name>' to targetImages, or leave targetImages empty to keep the source names.`,
        );
      targetName = value;
    }
    let ref = withParam(`sourceImages entry '${name}'`, () => referenceFromParts(url, name));
    if (ref.tag === undefined && ref.digest === undefined) {
      if (sourceTag !== undefined) ref = ref.withTag(sourceTag);
    }
    const source = registrySource(built, ref);
    if (
      source.kind === 'registry' &&
      source.reference.tag === undefined &&
      source.reference.digest === undefined
    )
      throw usage(
        `imagePushToRegistry: no tag for source image '${name}': sourceImageTag is empty, no build recorded artifactVersion or a digest for it. Set sourceImageTag.`,
      );
    const target = mapped
      ? targetRepository(targetRegistry, targetName, `targetImages entry '${name}'`)
      : targetRepository(targetRegistry, relativeName(registry, ref), `sourceImages entry '${name}'`);
    addCopy(copies, { source, target, tags: [...tags], platforms });
  }
  for (const key of Object.keys(mapping))
    if (!sources.includes(key))
      notes.add(
        `targetImages maps '${key}', which is not among the source images (${sources.join(', ')}): ignored.`,
      );
  return copies;
}

function planImageNameTags(
  p: PlanParams,
  env: EnvReader,
  target: NormalizedRegistry,
  notes: Set<string>,
): PlannedCopy[] {
  const { registry, url } = sourceRegistryOf(p, env);
  const sources = list(p.sourceImageNameTags ?? env.get('container/imageNameTags'));
  if (sources.length === 0)
    throw usage(
      'imagePushToRegistry: useImageNameTags is on but sourceImageNameTags is empty and no build recorded container/imageNameTags. Set sourceImageNameTags (name:tag entries), or turn useImageNameTags off and set sourceImages.',
    );
  const targets = list(p.targetImageNameTags);
  if (targets.length > 0 && targets.length !== sources.length)
    throw usage(
      `imagePushToRegistry: targetImageNameTags has ${targets.length} entries for ${sources.length} sourceImageNameTags; they pair up by position. Give one target per source, or leave targetImageNameTags empty to keep the source names and tags.`,
    );
  const platforms = platformsOf(p);
  const built = readBuiltImages(env);
  const copies: PlannedCopy[] = [];
  sources.forEach((nameTag, i) => {
    const [srcName, srcTag] = splitNameTag(nameTag, `sourceImageNameTags entry '${nameTag}'`, notes);
    let ref = withParam(`sourceImageNameTags entry '${nameTag}'`, () => referenceFromParts(url, srcName));
    if (srcTag !== undefined) ref = ref.withTag(srcTag);
    const given = targets[i];
    const what =
      given === undefined ? `sourceImageNameTags entry '${nameTag}'` : `targetImageNameTags entry '${given}'`;
    // Without a target list the source's name (below its registry's path prefix) and tag are kept.
    const [dstName, dstTag] =
      given === undefined ? [relativeName(registry, ref), srcTag] : splitNameTag(given, what, notes);
    const tags = [dstTag ?? srcTag ?? 'latest'];
    if (p.tagLatest === true && !tags.includes('latest')) tags.push('latest');
    addCopy(copies, {
      source: registrySource(built, ref),
      target: targetRepository(target, dstName, what),
      tags,
      platforms,
    });
  });
  return copies;
}

/** Splits `name[:tag]` (a registry host with a port is not a tag), cleaning the tag. */
function splitNameTag(text: string, what: string, notes: Set<string>): [string, string | undefined] {
  const at = text.indexOf('@');
  if (at >= 0)
    throw usage(
      `imagePushToRegistry: ${what} has a digest; give name:tag. The digest is taken from what the build recorded.`,
    );
  const colon = text.lastIndexOf(':');
  if (colon <= text.lastIndexOf('/')) return [text, undefined];
  return [text.slice(0, colon), cleanTag(text.slice(colon + 1), `tag of ${what}`, notes)];
}

function planLocal(
  p: PlanParams,
  env: EnvReader,
  target: NormalizedRegistry,
  notes: Set<string>,
): PlannedCopy[] {
  const path = nonEmpty(p.localDockerImagePath);
  if (path === undefined)
    throw usage(
      'imagePushToRegistry: pushLocalDockerImage is on but localDockerImagePath is empty. Set localDockerImagePath to a `docker save` tarball or an OCI image layout directory.',
    );
  const mapping = p.targetImages ?? {};
  const names = Object.keys(mapping).length > 0 ? Object.values(mapping) : list(p.sourceImages);
  const targets = list(names);
  if (targets.length === 0)
    throw usage(
      'imagePushToRegistry: pushLocalDockerImage needs a target name: set targetImages (e.g. {app: team/app}) or sourceImages.',
    );
  const rawTag = nonEmpty(p.sourceImageTag);
  const tag = rawTag === undefined ? undefined : cleanTag(rawTag, 'sourceImageTag', notes);
  const tags = targetTags(p, env, notes);
  const platforms = platformsOf(p);
  const copies: PlannedCopy[] = [];
  for (const name of targets) {
    const source: PlannedSource = tag === undefined ? { kind: 'local', path } : { kind: 'local', path, tag };
    addCopy(copies, {
      source,
      target: targetRepository(target, name, `target image '${name}'`),
      tags: [...tags],
      platforms,
    });
  }
  return copies;
}

/** Builds the copy plan; throws a usage FerryError naming the parameter and the fix when it cannot. */
export function planPush(p: PlanParams, env: EnvReader): PushPlan {
  const targetUrl = nonEmpty(p.targetRegistryUrl);
  if (targetUrl === undefined)
    throw new FerryError(
      'imagePushToRegistry: targetRegistryUrl is not set. Set it to the registry to promote to, e.g. --targetRegistryUrl https://registry.example.com.',
      { code: 'MISSING_PARAMETER', usage: true },
    );
  const targetRegistry = withParam('targetRegistryUrl', () => normalizeRegistryUrl(targetUrl));
  const notes = new Set<string>();
  let copies: PlannedCopy[];
  let sourceRegistry: NormalizedRegistry | undefined;
  if (p.pushLocalDockerImage === true) {
    copies = planLocal(p, env, targetRegistry, notes);
  } else {
    sourceRegistry = sourceRegistryOf(p, env).registry;
    copies =
      p.useImageNameTags === true
        ? planImageNameTags(p, env, targetRegistry, notes)
        : planSourceImages(p, env, targetRegistry, notes);
  }
  const plan: PushPlan = {
    targetRegistry,
    targetRegistryUrl: registryUrlText(targetRegistry),
    copies,
    notes: [...notes],
  };
  if (sourceRegistry) plan.sourceRegistry = sourceRegistry;
  return plan;
}
