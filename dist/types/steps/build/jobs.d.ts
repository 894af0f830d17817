import { type GitInfo } from '../../lib/build/index.js';
import type { ParamValues, StepContext } from '../../lib/step/index.js';
import type { params } from './metadata.js';
type Params = ParamValues<typeof params>;
/** A path parameter resolved in the workspace; leaving it, also through a symbolic link, is refused. */
export declare function workspacePath(workspace: string, path: string, parameter: string): Promise<string>;
/** The images the step builds, each as the parameters of a single-image build. */
export interface ImageJobs {
    jobs: Params[];
    /**
     * Piper's `container/imageNameTag` for several images: the "root" image's `name:tag` (null: none);
     * undefined: the first image's, as for one image.
     */
    imageNameTag?: string | null;
}
/** One image, several from containerMultiImageBuild, or one per multipleImages entry (Piper's order). */
export declare function imageJobs(p: Params, ctx: StepContext, git: GitInfo): Promise<ImageJobs>;
export {};
