// The Cloud Native Buildpacks builder: `pack build --publish --report-output-dir` argv (pure, table-tested)
// and the digest read from report.toml's [image] section.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Logger } from '../log';
import { FerryError } from '../util/errors';
import type { Exec } from '../util/exec';
import { parseDigestFile } from './buildah';
import type { BuildResult } from './types';

export interface PackRequest {
  /** Images to publish; the first is the name, the others go as --tag. */
  images: readonly string[];
  /** Source directory or archive. */
  path: string;
  /** Builder image (`--builder`); pack's default when absent. */
  builder?: string;
  buildpacks: readonly string[];
  env: Readonly<Record<string, string>>;
  /** project.toml (`--descriptor`), when present. */
  descriptor?: string;
  platform?: string;
  extraOptions: readonly string[];
}

/** `pack build --publish` argv writing report.toml into `reportDir`. */
export function packBuildArgv(request: PackRequest, reportDir: string): string[] {
  const [first, ...more] = request.images;
  if (!first)
    throw new FerryError('pack: no image to build. Set containerImageName.', { code: 'USAGE', usage: true });
  const args = ['build', first, '--publish', '--path', request.path, '--report-output-dir', reportDir];
  if (request.builder) args.push('--builder', request.builder);
  for (const buildpack of request.buildpacks) args.push('--buildpack', buildpack);
  for (const [key, value] of Object.entries(request.env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    args.push('--env', `${key}=${value}`);
  if (request.descriptor) args.push('--descriptor', request.descriptor);
  if (request.platform) args.push('--platform', request.platform);
  for (const tag of more) args.push('--tag', tag);
  args.push(...request.extraOptions);
  return args;
}

/** `digest` of the `[image]` table of pack's report.toml. */
export function parsePackReport(text: string): string {
  let section = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      section = (header[1] ?? '').trim();
      continue;
    }
    const field = /^digest\s*=\s*["']([^"']*)["']/.exec(line);
    if (section === 'image' && field)
      return parseDigestFile(field[1] ?? '', 'pack report.toml [image] digest');
  }
  throw new FerryError(
    'pack report.toml has no [image] digest: the image was not published. Check that pack build --publish succeeded.',
    {
      code: 'BUILD',
    },
  );
}

export interface PackRunOptions {
  exec: Exec;
  log: Logger;
  tempDir: string;
  /** A config.json written by writeAuthFile (0600, in its own directory): --authfile or DOCKER_CONFIG. */
  authFile?: string;
}

/** Builds and publishes with pack; credentials through a private DOCKER_CONFIG. */
export async function buildWithPack(request: PackRequest, run: PackRunOptions): Promise<BuildResult> {
  const reportDir = join(run.tempDir, 'pack-report');
  const env: Record<string, string> = {};
  if (run.authFile) env.DOCKER_CONFIG = dirname(run.authFile);
  await run.log.group(`pack build ${request.images.join(' ')}`, async () => {
    await run.exec('pack', packBuildArgv(request, reportDir), { env, log: run.log, stream: true });
  });
  return { digest: parsePackReport(await readFile(join(reportDir, 'report.toml'), 'utf8')) };
}
