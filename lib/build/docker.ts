// The docker builder: `docker buildx build --push --metadata-file` argv (pure, table-tested) and the digest
// read from the metadata file's `containerimage.digest`, as docker/build-push-action reads it.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Logger } from '../log';
import { FerryError, errorMessage } from '../util/errors';
import type { Exec } from '../util/exec';
import { parseDigestFile } from './buildah';
import type { BuildRequest, BuildResult } from './types';

function sortedEntries(map: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `docker buildx build --push` argv writing build metadata (with the pushed digest) to `metadataFile`. */
export function dockerBuildArgv(request: BuildRequest, metadataFile: string): string[] {
  const args = ['buildx', 'build', '--push', '--metadata-file', metadataFile, '--file', request.dockerfile];
  for (const [key, value] of sortedEntries(request.buildArgs)) args.push('--build-arg', `${key}=${value}`);
  if (request.target) args.push('--target', request.target);
  for (const [key, value] of sortedEntries(request.labels)) args.push('--label', `${key}=${value}`);
  if (request.platforms.length) args.push('--platform', request.platforms.join(','));
  for (const image of request.images) args.push('--tag', image);
  args.push(...request.extraOptions, request.context);
  return args;
}

/** The pushed digest from a buildx metadata file (`containerimage.digest`). */
export function parseDockerMetadata(text: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new FerryError(
      `docker buildx metadata file is not JSON: ${errorMessage(error)}. Check the buildx version (0.6 or later).`,
      {
        code: 'BUILD',
        cause: error,
      },
    );
  }
  const digest =
    typeof value === 'object' && value !== null && 'containerimage.digest' in value
      ? value['containerimage.digest']
      : undefined;
  if (typeof digest !== 'string') {
    throw new FerryError(
      'docker buildx metadata file has no containerimage.digest: the image was not pushed. Check that --push succeeded.',
      {
        code: 'BUILD',
      },
    );
  }
  return parseDigestFile(digest, 'docker buildx metadata (containerimage.digest)');
}

export interface DockerRunOptions {
  exec: Exec;
  log: Logger;
  tempDir: string;
  /** A config.json written by writeAuthFile (0600, in its own directory): --authfile or DOCKER_CONFIG. */
  authFile?: string;
}

/** Builds and pushes with docker buildx; credentials through a private DOCKER_CONFIG. */
export async function buildWithDocker(request: BuildRequest, run: DockerRunOptions): Promise<BuildResult> {
  const metadataFile = join(run.tempDir, 'buildx-metadata.json');
  const env: Record<string, string> = {};
  if (run.authFile) env.DOCKER_CONFIG = dirname(run.authFile);
  await run.log.group(`docker buildx build ${request.images.join(' ')}`, async () => {
    await run.exec('docker', dockerBuildArgv(request, metadataFile), {
      env,
      log: run.log,
      stream: true,
      cwd: request.context,
    });
  });
  const result: BuildResult = { digest: parseDockerMetadata(await readFile(metadataFile, 'utf8')) };
  if (request.platforms.length > 1) result.platforms = [...request.platforms];
  return result;
}
