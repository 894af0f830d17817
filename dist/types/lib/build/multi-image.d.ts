/** One image of a containerMultiImageBuild: its name and the Dockerfile it is built from. */
export interface DiscoveredImage {
    /** `imageName`, `imageName-<dir>` or `imageName-<suffix>`. */
    name: string;
    /** Workspace-relative, '/'-separated. */
    dockerfile: string;
}
/**
 * Every file matching `**\/Dockerfile*` below `root` (Piper's pattern), as sorted workspace-relative
 * paths. Symbolic links are not followed, so the walk stays inside the workspace.
 */
export declare function findDockerfiles(root: string): Promise<string[]>;
/**
 * The images of a containerMultiImageBuild, as Piper's docker.ImageListWithFilePath names them:
 * `Dockerfile` → imageName; `sub/dir/Dockerfile` → `imageName-sub-dir` (trimDir cut from the front);
 * `[dir/]Dockerfile_x` or `Dockerfile-x` → `imageName-x`. Sorted by Dockerfile path (Piper's order is a
 * Go map's, random); a Dockerfile named otherwise (`Dockerfile.dev`) is an error, as in Piper.
 */
export declare function multiImageList(imageName: string, dockerfiles: readonly string[], options: {
    excludes: readonly string[];
    trimDir?: string;
}): DiscoveredImage[];
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
/** Keys of Piper's multipleImages entries that ferry reads; others are reported and ignored. */
export declare const MULTIPLE_IMAGE_KEYS: readonly string[];
/**
 * Reads multipleImages entries, checking each known key's type (Piper decodes them with mapstructure,
 * which ignores unknown keys: ferry does too, and says so through `warn`).
 */
export declare function parseMultipleImages(entries: readonly Readonly<Record<string, unknown>>[], warn: (message: string) => void): MultipleImageEntry[];
