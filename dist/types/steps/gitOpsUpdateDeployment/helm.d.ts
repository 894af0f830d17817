import type { Exec } from '../../lib/util/exec.js';
import type { DeployImage } from './images.js';
export interface HelmTemplateOptions {
    releaseName: string;
    chartPath: string;
    /** Values files (paths or URLs), in order: later files override earlier ones. */
    valuesFiles: readonly string[];
    image: DeployImage;
}
/**
 * `helm template RELEASE CHART --values … --set-string image.repository=… image.tag=… image.digest=…`.
 * Charts that know `image.digest` pin by it; for the others ferry pins the rendered manifests afterwards.
 */
export declare function helmTemplateArgs(options: HelmTemplateOptions): string[];
/** Paths relative to the workspace; URLs as they are (helm fetches them itself). */
export declare function resolveHelmPath(workspace: string, path: string): string;
export interface RenderPlaces {
    /** The GitOps clone: chartPath is looked up here, as Piper does (`filepath.Join(temporaryFolder, chartPath)`). */
    clone: string;
    /** The workspace: helm runs here, so helmValues resolve against it, as in Piper. */
    workspace: string;
}
export declare function renderChart(exec: Exec, places: RenderPlaces, options: HelmTemplateOptions): Promise<string>;
