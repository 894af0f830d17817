// Image references as they are written in users' files: split the text into name, tag and digest
// without rewriting it, compare repositories the way registries do, and render the new reference.
import { tryParseReference, parseReference, type ImageReference } from '../../oci/reference';
import { usage } from '../../util/errors';
import type { ImageTarget, ReferenceForm, UpdateOptions } from './types';

export interface WrittenReference {
  /** The name exactly as written (`nginx`, `localhost:5000/app`). */
  name: string;
  tag: string | undefined;
  digest: string | undefined;
}

/** Splits `name[:tag][@digest]` as text; the registry port is never mistaken for a tag. */
export function splitReference(text: string): WrittenReference {
  let rest = text.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { name: rest, tag, digest };
}

/** `registry/repository` with Docker Hub's defaults (`nginx` → `docker.io/library/nginx`), or undefined. */
export function canonicalName(text: string): string | undefined {
  const name = splitReference(text).name;
  if (name === '') return undefined;
  // Files repeat the same few names thousands of times; parse each once.
  if (canonicalCache.has(name)) return canonicalCache.get(name);
  if (canonicalCache.size > 10_000) canonicalCache.clear();
  const canonical = tryParseReference(name)?.name;
  canonicalCache.set(name, canonical);
  return canonical;
}

const canonicalCache = new Map<string, string | undefined>();

/**
 * A kustomize image name that is not a valid repository (mixed case: `myFancyDeployment`), matched as
 * written; kustomize itself compares `images[].name` as text.
 */
export function kustomizeName(text: string): string | undefined {
  const name = splitReference(text).name;
  return /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(name) && name !== name.toLowerCase() ? name : undefined;
}

/** A target ready to apply: what it matches and the parts it writes. */
export interface ResolvedTarget {
  /** Canonical `registry/repository` the target replaces. */
  match: string;
  /** The new name as the user wrote it. */
  name: string;
  canonical: string;
  /** Registry and path of the new name, for Helm charts that keep them apart. */
  registry: string;
  path: string;
  tag: string | undefined;
  digest: string | undefined;
  form: ReferenceForm;
  /** The text the target came from, for messages. */
  source: string;
  /**
   * The reference named no repository of its own (`app=sha256:…`, kustomize's `app=*@sha256:…`,
   * `app=*:1.2`): keep whatever name the file already writes for the image (a kustomization's
   * `newName` included) and change only its tag or digest.
   */
  keepName: boolean;
}

/** Validates a target once, at the edge, into the parts every updater needs. */
export function resolveTarget(
  target: ImageTarget,
  options: Pick<UpdateOptions, 'referenceForm' | 'keepTag'>,
): ResolvedTarget {
  const source = `${target.repository}=${target.reference.toString()}`;
  const own = splitReference(target.repository).name;
  let written: WrittenReference;
  let parsed: ImageReference;
  let keepName = false;
  if (typeof target.reference === 'string') {
    // A bare digest pins the repository itself: `app=sha256:…` is `app=app@sha256:…`; `*` stands for
    // the name the file already has, as in `kustomize edit set image app=*@sha256:…`.
    keepName = /^@?sha256:/.test(target.reference) || /^\*[:@]/.test(target.reference);
    const reference = /^@?sha256:/.test(target.reference)
      ? `${own}@${target.reference.replace(/^@/, '')}`
      : /^\*[:@]/.test(target.reference)
        ? `${own}${target.reference.slice(1)}`
        : target.reference;
    written = splitReference(reference);
    parsed = parseReference(reference);
  } else {
    // A parsed reference from the pipeline's image record: used as it is, not re-parsed.
    parsed = target.reference;
    written = { name: parsed.name, tag: parsed.tag, digest: parsed.digest };
  }
  // A name kustomize matches as written (`images[].name: myFancyDeployment`) need not be a repository.
  const matched = canonicalName(target.repository) ?? kustomizeName(target.repository);
  if (matched === undefined)
    throw usage(
      `Invalid image '${source}': '${target.repository}' is not a repository. Write REPOSITORY=REFERENCE, e.g. app=registry.example.com/app@sha256:<64 hex>.`,
    );
  const form: ReferenceForm =
    options.referenceForm ?? (!parsed.digest ? 'tag' : options.keepTag ? 'tag+digest' : 'digest');
  if (form !== 'tag' && !parsed.digest)
    throw usage(
      `Invalid image '${source}': reference form '${form}' needs a digest. Give REFERENCE as name@sha256:<64 hex>, or ask for the 'tag' form.`,
    );
  if (form === 'tag' && !parsed.tag)
    throw usage(`Invalid image '${source}': reference form 'tag' needs a tag. Give REFERENCE as name:tag.`);
  const firstSlash = written.name.indexOf('/');
  const first = firstSlash < 0 ? '' : written.name.slice(0, firstSlash);
  const hasRegistry = /[.:]/.test(first) || first === 'localhost';
  return {
    match: matched,
    name: written.name,
    canonical: parsed.name,
    registry: hasRegistry ? written.name.slice(0, firstSlash) : parsed.registry,
    path: hasRegistry ? written.name.slice(firstSlash + 1) : written.name,
    tag: parsed.tag,
    digest: parsed.digest,
    form,
    source,
    keepName,
  };
}

/**
 * The reference to write in place of `current`. The name is kept as written when it already names
 * the target's repository, so `nginx:1` becomes `nginx@sha256:…`, not `docker.io/library/nginx@…`.
 */
export function renderReference(current: string, target: ResolvedTarget): string {
  const written = splitReference(current);
  const name = target.keepName || canonicalName(current) === target.canonical ? written.name : target.name;
  switch (target.form) {
    case 'tag':
      return `${name}:${target.tag ?? ''}`;
    case 'tag+digest': {
      const tag = target.tag ?? written.tag;
      return `${name}${tag ? `:${tag}` : ''}@${target.digest ?? ''}`;
    }
    case 'digest':
      return `${name}@${target.digest ?? ''}`;
  }
}

/** The first target whose repository is the one this image names. */
export function findTarget(current: string, targets: readonly ResolvedTarget[]): ResolvedTarget | undefined {
  const name = canonicalName(current);
  if (name === undefined) return undefined;
  return targets.find((t) => t.match === name || t.canonical === name);
}
