// Several images from one repository, as Piper's kanikoExecute builds them: containerMultiImageBuild
// (one image per `**/Dockerfile*`, named after its directory or suffix) and multipleImages (one entry per
// image: contextSubPath, dockerfilePath, containerImageName[+Tag] or containerImage). Naming is pure;
// findDockerfiles walks the workspace.
import { readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { globToRegExp, hasGlobMagic } from '../util/glob';
import { isRecord } from '../util/is-record';
import { usage } from '../util/errors';

/** One image of a containerMultiImageBuild: its name and the Dockerfile it is built from. */
export interface DiscoveredImage {
  /** `imageName`, `imageName-<dir>` or `imageName-<suffix>`. */
  name: string;
  /** Workspace-relative, '/'-separated. */
  dockerfile: string;
}

/** Directories never searched: they hold no one's Dockerfile and can be large. */
const SKIP_DIRS = new Set(['.git']);

/**
 * Every file matching `**\/Dockerfile*` below `root` (Piper's pattern), as sorted workspace-relative
 * paths. Symbolic links are not followed, so the walk stays inside the workspace.
 */
export async function findDockerfiles(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) await walk(join(dir, entry.name), path);
      } else if (entry.isFile() && entry.name.startsWith('Dockerfile')) found.push(path);
    }
  };
  await walk(root, '');
  return found.sort();
}

function excluded(path: string, excludes: readonly string[]): boolean {
  return excludes.some((pattern) => {
    const clean = pattern.trim().replace(/^\.\//, '');
    // Piper compares the path as written; a pattern (ferry) matches as a glob.
    return clean === path || (hasGlobMagic(clean) && globToRegExp(clean).test(path));
  });
}

/**
 * The images of a containerMultiImageBuild, as Piper's docker.ImageListWithFilePath names them:
 * `Dockerfile` → imageName; `sub/dir/Dockerfile` → `imageName-sub-dir` (trimDir cut from the front);
 * `[dir/]Dockerfile_x` or `Dockerfile-x` → `imageName-x`. Sorted by Dockerfile path (Piper's order is a
 * Go map's, random); a Dockerfile named otherwise (`Dockerfile.dev`) is an error, as in Piper.
 */
export function multiImageList(
  imageName: string,
  dockerfiles: readonly string[],
  options: { excludes: readonly string[]; trimDir?: string },
): DiscoveredImage[] {
  if (dockerfiles.length === 0)
    throw usage(
      'build: containerMultiImageBuild found no Dockerfile (pattern **/Dockerfile*) in the workspace. Add one, or turn containerMultiImageBuild off.',
    );
  const images: DiscoveredImage[] = [];
  const trim = options.trimDir?.trim() ? options.trimDir.trim().replace(/\//g, '-') : undefined;
  for (const dockerfile of [...dockerfiles].sort()) {
    if (excluded(dockerfile, options.excludes)) continue;
    let name: string;
    const base = posix.basename(dockerfile);
    if (dockerfile === 'Dockerfile') name = imageName;
    else if (base === 'Dockerfile') {
      let sub = posix.dirname(dockerfile).replace(/\//g, '-');
      if (trim) sub = (sub.startsWith(trim) ? sub.slice(trim.length) : sub).replace(/^-/, '');
      name = `${imageName}-${sub}`;
    } else {
      const parts = base.split(/[-_]/).filter((part) => part.length > 0);
      if (parts.length < 2)
        throw usage(
          `build: containerMultiImageBuild cannot name an image for '${dockerfile}': a Dockerfile must sit in a sub-directory or be named Dockerfile_<name> or Dockerfile-<name> (as in Piper). Rename it, or list it in containerMultiImageBuildExcludes.`,
        );
      name = [imageName, ...parts.slice(1)].join('-');
    }
    const twin = images.find((image) => image.name === name);
    if (twin)
      throw usage(
        `build: containerMultiImageBuild names both '${twin.dockerfile}' and '${dockerfile}' '${name}'. Rename one, or list one in containerMultiImageBuildExcludes.`,
      );
    images.push({ name, dockerfile });
  }
  if (images.length === 0)
    throw usage(
      `build: containerMultiImageBuild has no Dockerfile left to build: containerMultiImageBuildExcludes (${options.excludes.join(', ')}) excludes all of ${dockerfiles.join(', ')}. Check the exclude list.`,
    );
  return images;
}

/** One entry of multipleImages (kanikoExecute's multipleImageConf; cnbBuild's keys beside them). */
export interface MultipleImageEntry {
  /** Sub-directory of the build context (kaniko's --context-sub-path); a leading '/' is the context's root. */
  contextSubPath?: string;
  dockerfilePath?: string;
  containerImageName?: string;
  containerImageTag?: string;
  containerImage?: string;
  /** cnbBuild: sources for pack. */
  path?: string;
  buildpacks?: string[];
  buildEnvVars?: Record<string, string>;
  projectDescriptor?: string;
}

const STRING_KEYS = [
  'contextSubPath',
  'dockerfilePath',
  'containerImageName',
  'containerImageTag',
  'containerImage',
  'path',
  'projectDescriptor',
] as const;

/** Keys of Piper's multipleImages entries that ferry reads; others are reported and ignored. */
export const MULTIPLE_IMAGE_KEYS: readonly string[] = [...STRING_KEYS, 'buildpacks', 'buildEnvVars'];

/**
 * Reads multipleImages entries, checking each known key's type (Piper decodes them with mapstructure,
 * which ignores unknown keys: ferry does too, and says so through `warn`).
 */
export function parseMultipleImages(
  entries: readonly Readonly<Record<string, unknown>>[],
  warn: (message: string) => void,
): MultipleImageEntry[] {
  return entries.map((raw, i) => {
    const where = `build: multipleImages entry ${i + 1}`;
    const entry: MultipleImageEntry = {};
    for (const key of STRING_KEYS) {
      const value = raw[key];
      if (value === undefined || value === null) continue;
      if (typeof value !== 'string' && typeof value !== 'number')
        throw usage(
          `${where}: ${key} must be a string, not ${Array.isArray(value) ? 'a list' : typeof value}.`,
        );
      const text = String(value).trim();
      if (text) entry[key] = text;
    }
    const buildpacks = raw.buildpacks;
    if (buildpacks !== undefined && buildpacks !== null) {
      if (!Array.isArray(buildpacks) || !buildpacks.every((b) => typeof b === 'string'))
        throw usage(`${where}: buildpacks must be a list of strings.`);
      entry.buildpacks = [...buildpacks];
    }
    const env = raw.buildEnvVars;
    if (env !== undefined && env !== null) {
      if (!isRecord(env)) throw usage(`${where}: buildEnvVars must be a mapping.`);
      entry.buildEnvVars = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)]));
    }
    const unknown = Object.keys(raw).filter((key) => !MULTIPLE_IMAGE_KEYS.includes(key));
    if (unknown.length)
      warn(
        `${where}: ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not used by ferry; ignored.`,
      );
    return entry;
  });
}
