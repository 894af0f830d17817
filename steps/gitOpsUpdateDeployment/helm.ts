// `tool: helm` as Piper means it: render the chart with `helm template` and the image set, into the
// file the GitOps repository deploys. The argv is built by a pure function so it is tested everywhere.
import { isAbsolute, resolve } from 'node:path';
import type { Exec } from '../../lib/util/exec';
import { FerryError, isFerryError } from '../../lib/util/errors';
import { resolveInside } from '../../lib/util/paths';
import type { DeployImage } from './images';

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
export function helmTemplateArgs(options: HelmTemplateOptions): string[] {
  const args = ['template', options.releaseName, options.chartPath];
  for (const file of options.valuesFiles) args.push('--values', file);
  const { image } = options;
  args.push('--set-string', `image.repository=${image.ref.name}`);
  if (image.ref.tag) args.push('--set-string', `image.tag=${image.ref.tag}`);
  if (image.ref.digest) args.push('--set-string', `image.digest=${image.ref.digest}`);
  return args;
}

/** Paths relative to the workspace; URLs as they are (helm fetches them itself). */
export function resolveHelmPath(workspace: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) || isAbsolute(path)) return path;
  return resolve(workspace, path);
}

export interface RenderPlaces {
  /** The GitOps clone: chartPath is looked up here, as Piper does (`filepath.Join(temporaryFolder, chartPath)`). */
  clone: string;
  /** The workspace: helm runs here, so helmValues resolve against it, as in Piper. */
  workspace: string;
}

export async function renderChart(
  exec: Exec,
  places: RenderPlaces,
  options: HelmTemplateOptions,
): Promise<string> {
  const { workspace } = places;
  const chart = /^[a-z][a-z0-9+.-]*:\/\//i.test(options.chartPath)
    ? options.chartPath
    : await resolveInside(places.clone, options.chartPath, {
        what: `chartPath '${options.chartPath}'`,
        where: 'the GitOps repository',
      });
  const args = helmTemplateArgs({
    ...options,
    chartPath: chart,
    valuesFiles: options.valuesFiles.map((f) => resolveHelmPath(workspace, f)),
  });
  try {
    const result = await exec('helm', args, { cwd: workspace });
    return result.stdout;
  } catch (error) {
    if (isFerryError(error) && error.code === 'NOT_FOUND') {
      throw new FerryError(
        'gitOpsUpdateDeployment: tool helm renders the chart with `helm template`, and helm is not on PATH. Install helm (https://helm.sh/docs/intro/install/), or set updater: helm-values to edit a values file without helm.',
        { code: 'NOT_FOUND', cause: error },
      );
    }
    throw new FerryError(
      `gitOpsUpdateDeployment: helm template of ${options.chartPath} failed: ${error instanceof Error ? error.message : String(error)}. Check chartPath, helmValues and deploymentName.`,
      { code: 'GITOPS', cause: error },
    );
  }
}
