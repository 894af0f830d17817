// The images one run of build makes, each as the parameters of a single-image build: one image, or
// several from one repository (containerMultiImageBuild, multipleImages), as Piper's kanikoExecute has them.
import { stat } from 'node:fs/promises';
import { posix } from 'node:path';
import { findDockerfiles, multiImageList, parseMultipleImages, tagOf, type GitInfo } from '../../lib/build';
import type { ParamValues, StepContext } from '../../lib/step';
import { usage } from '../../lib/util/errors';
import { resolveInside } from '../../lib/util/paths';
import type { params } from './metadata';

type Params = ParamValues<typeof params>;

/** A path parameter resolved in the workspace; leaving it, also through a symbolic link, is refused. */
export function workspacePath(workspace: string, path: string, parameter: string): Promise<string> {
  return resolveInside(workspace, path, { what: `build: ${parameter} '${path}'`, where: 'the workspace' });
}

/** The images the step builds, each as the parameters of a single-image build. */
export interface ImageJobs {
  jobs: Params[];
  /**
   * Piper's `container/imageNameTag` for several images: the "root" image's `name:tag` (null: none);
   * undefined: the first image's, as for one image.
   */
  imageNameTag?: string | null;
}

/** The parameters of one image of a multi-image build: its name, Dockerfile and context, nothing else. */
function single(p: Params, overrides: Partial<Params>): Params {
  return {
    ...p,
    containerImage: undefined,
    containerImageName: undefined,
    containerImageTag: undefined,
    containerImageNameTags: [],
    ...overrides,
  };
}

/**
 * containerMultiImageBuild: one image per `**\/Dockerfile*` in the build context, all with the same tag
 * and the build context as context (Piper builds them all from the workspace).
 */
async function multiImageBuildJobs(p: Params, ctx: StepContext, git: GitInfo): Promise<ImageJobs> {
  const imageName = p.containerImageName?.trim();
  if (!imageName)
    throw usage(
      'build: containerMultiImageBuild needs containerImageName, the name the image names start with (e.g. team/app gives team/app, team/app-sub1, …). Set it.',
    );
  const context = await workspacePath(ctx.workspace, p.buildContext, 'buildContext');
  const dockerfiles = await findDockerfiles(context).catch((error: unknown) => {
    throw usage(
      `build: buildContext '${p.buildContext}' cannot be searched for Dockerfiles. Set it to a directory in the workspace.`,
      error,
    );
  });
  const images = multiImageList(imageName, dockerfiles, {
    excludes: p.containerMultiImageBuildExcludes,
    ...(p.containerMultiImageBuildTrimDir ? { trimDir: p.containerMultiImageBuildTrimDir } : {}),
  });
  ctx.log.info(
    `build: containerMultiImageBuild: ${images.map((i) => `${i.name} (${i.dockerfile})`).join(', ')}`,
  );
  const tag = p.containerImageTag?.trim() ? tagOf(p.containerImageTag) : git.shortId;
  const root = images.some((i) => i.name === imageName) && tag ? `${imageName}:${tag}` : null;
  return {
    jobs: images.map((image) =>
      single(p, {
        containerImageName: image.name,
        ...(p.containerImageTag ? { containerImageTag: p.containerImageTag } : {}),
        dockerfilePath: posix.join(p.buildContext, image.dockerfile),
      }),
    ),
    imageNameTag: root,
  };
}

/**
 * multipleImages: one image per entry, built from `contextSubPath` inside the build context with the
 * entry's Dockerfile (else dockerfilePath), found as kaniko finds it: in the workspace, else in the
 * sub-context. An entry names its image by containerImageName (on containerRegistryUrl, with its
 * containerImageTag or the step's) or by a full containerImage.
 */
async function multipleImagesJobs(p: Params, ctx: StepContext): Promise<ImageJobs> {
  const entries = parseMultipleImages(p.multipleImages, (m) => ctx.log.warn(m));
  const jobs: Params[] = [];
  for (const [i, entry] of entries.entries()) {
    const where = `build: multipleImages entry ${i + 1}`;
    if (!entry.contextSubPath && p.builder !== 'pack')
      throw usage(
        `${where} has no contextSubPath (as in Piper, each image names its directory). Set contextSubPath, e.g. /app.`,
      );
    const buildContext = posix.join(p.buildContext, (entry.contextSubPath ?? '').replace(/^\/+/, '')) || '.';
    const wanted = entry.dockerfilePath ?? p.dockerfilePath;
    const inWorkspace = await workspacePath(ctx.workspace, wanted, 'multipleImages dockerfilePath');
    const dockerfilePath = (await exists(inWorkspace)) ? wanted : posix.join(buildContext, wanted);
    let naming: Partial<Params>;
    if (entry.containerImageName) {
      naming = {
        containerImageName: entry.containerImageName,
        ...(entry.containerImageTag || p.containerImageTag
          ? { containerImageTag: entry.containerImageTag ?? p.containerImageTag }
          : {}),
      };
    } else if (entry.containerImage) {
      // A full reference stands alone: its registry, not containerRegistryUrl, is where it goes.
      jobs.push(
        single(p, {
          containerRegistryUrl: undefined,
          containerImage: entry.containerImage,
          dockerfilePath,
          buildContext,
        }),
      );
      continue;
    } else {
      throw usage(
        `${where} names no image. Set containerImageName (with containerImageTag) or containerImage.`,
      );
    }
    jobs.push(
      single(p, {
        ...naming,
        dockerfilePath,
        buildContext,
        ...(entry.path ? { path: entry.path } : {}),
        ...(entry.buildpacks ? { buildpacks: entry.buildpacks } : {}),
        ...(entry.buildEnvVars ? { buildEnvVars: entry.buildEnvVars } : {}),
        ...(entry.projectDescriptor ? { projectDescriptor: entry.projectDescriptor } : {}),
      }),
    );
  }
  // Piper records the step's own containerImageName:containerImageTag as the "root" image here.
  const name = p.containerImageName?.trim();
  const tag = p.containerImageTag?.trim();
  return { jobs, imageNameTag: name && tag ? `${name}:${tagOf(tag)}` : null };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** One image, several from containerMultiImageBuild, or one per multipleImages entry (Piper's order). */
export async function imageJobs(p: Params, ctx: StepContext, git: GitInfo): Promise<ImageJobs> {
  if (p.containerMultiImageBuild) return multiImageBuildJobs(p, ctx, git);
  if (p.multipleImages.length > 0) return multipleImagesJobs(p, ctx);
  return { jobs: [p] };
}
