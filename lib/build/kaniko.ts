// The kaniko builder (inside its executor image): argv with --digest-file and
// --image-name-with-digest-file (pure, table-tested) and the parsers for both files.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Logger } from '../log';
import { FerryError } from '../util/errors';
import type { Exec } from '../util/exec';
import { parseDigestFile } from './buildah';
import { kanikoMirrorArgs } from './mirrors';
import type { BuildRequest, BuildResult } from './types';

export const KANIKO_EXECUTOR = '/kaniko/executor';

export interface KanikoFiles {
  digestFile: string;
  imageNameWithDigestFile: string;
  /** Registries reached over plain HTTP (`--insecure-registry`). */
  insecureRegistries: readonly string[];
}

function sortedEntries(map: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `/kaniko/executor` argv: one --destination per image. */
export function kanikoArgv(request: BuildRequest, files: KanikoFiles): string[] {
  if (request.platforms.length > 1) {
    throw new FerryError(
      `kaniko builds one platform per run, not ${request.platforms.join(', ')}. Use builder: buildah or docker for several platforms.`,
      {
        code: 'BUILD',
        usage: true,
      },
    );
  }
  const args = ['--dockerfile', request.dockerfile, '--context', `dir://${request.context}`];
  for (const image of request.images) args.push('--destination', image);
  for (const [key, value] of sortedEntries(request.buildArgs)) args.push('--build-arg', `${key}=${value}`);
  if (request.target) args.push('--target', request.target);
  for (const [key, value] of sortedEntries(request.labels)) args.push('--label', `${key}=${value}`);
  if (request.platforms[0]) args.push('--custom-platform', request.platforms[0]);
  for (const registry of [...new Set(files.insecureRegistries)].sort())
    args.push('--insecure-registry', registry);
  args.push(...kanikoMirrorArgs(request.registryMirrors ?? []));
  args.push(
    '--digest-file',
    files.digestFile,
    '--image-name-with-digest-file',
    files.imageNameWithDigestFile,
  );
  args.push(...request.extraOptions);
  return args;
}

/** `reference@digest` lines of kaniko's --image-name-with-digest-file. */
export function parseImageNameWithDigest(text: string): { reference: string; digest: string }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.lastIndexOf('@');
      if (at < 0)
        throw new FerryError(
          `kaniko image-name-with-digest file line '${line}' has no @digest. Check the kaniko version.`,
          { code: 'BUILD' },
        );
      return {
        reference: line.slice(0, at),
        digest: parseDigestFile(line.slice(at + 1), 'kaniko image-name-with-digest file'),
      };
    });
}

export interface KanikoRunOptions {
  exec: Exec;
  log: Logger;
  tempDir: string;
  /** A config.json written by writeAuthFile (0600, in its own directory): --authfile or DOCKER_CONFIG. */
  authFile?: string;
  insecureRegistries: readonly string[];
  executor?: string;
}

/** Builds and pushes with the kaniko executor; credentials through a private DOCKER_CONFIG. */
export async function buildWithKaniko(request: BuildRequest, run: KanikoRunOptions): Promise<BuildResult> {
  const files: KanikoFiles = {
    digestFile: join(run.tempDir, 'kaniko-digest'),
    imageNameWithDigestFile: join(run.tempDir, 'kaniko-image-name-with-digest'),
    insecureRegistries: run.insecureRegistries,
  };
  const env: Record<string, string> = {};
  if (run.authFile) env.DOCKER_CONFIG = dirname(run.authFile);
  await run.log.group(`kaniko ${request.images.join(' ')}`, async () => {
    await run.exec(run.executor ?? KANIKO_EXECUTOR, kanikoArgv(request, files), {
      env,
      log: run.log,
      stream: true,
    });
  });
  const digest = parseDigestFile(await readFile(files.digestFile, 'utf8'), 'kaniko digest file');
  for (const pushed of parseImageNameWithDigest(await readFile(files.imageNameWithDigestFile, 'utf8'))) {
    if (pushed.digest !== digest) {
      throw new FerryError(
        `kaniko reports ${pushed.reference} as ${pushed.digest} but the image as ${digest}. Rebuild; check the registry.`,
        {
          code: 'DIGEST_MISMATCH',
        },
      );
    }
  }
  return { digest };
}
