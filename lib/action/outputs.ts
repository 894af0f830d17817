// The Action's short outputs, computed from the pipeline environment after the run: the built digest,
// the built images and the promoted references, each pinned by digest.
import { readBuiltImages, readPromotedImages, type PipelineEnvironment } from '../env';

export interface ShortOutputs {
  /** The built image's digest (`container/imageDigest`), else the first promoted digest; '' if none. */
  digest: string;
  /** JSON list of built images, `registry/repository:tag@digest` for each tag (no tag: `@digest` only). */
  images: string;
  /** JSON list of promoted references, `registry/repository:tag@digest` for each target tag. */
  promoted: string;
}

function pinned(registry: string, repository: string, tags: readonly string[], digest: string): string[] {
  const name = `${registry}/${repository}`;
  return tags.length === 0 ? [`${name}@${digest}`] : tags.map((tag) => `${name}:${tag}@${digest}`);
}

export function shortOutputs(env: PipelineEnvironment): ShortOutputs {
  const built = readBuiltImages(env).flatMap((image) =>
    image.digest === undefined ? [] : pinned(image.registry, image.repository, image.tags, image.digest),
  );
  const promotedRecords = readPromotedImages(env);
  const promoted = promotedRecords.flatMap((p) =>
    pinned(p.target.registry, p.target.repository, p.target.tags, p.target.digest),
  );
  const digest = env.get('container/imageDigest') ?? promotedRecords[0]?.target.digest ?? '';
  return { digest, images: JSON.stringify(built), promoted: JSON.stringify(promoted) };
}
