// The buildah builder: argv for `buildah build` and `buildah push --digestfile` from typed options (pure,
// table-tested), and the run that executes them through lib/util/exec. vfs storage + chroot isolation
// work unprivileged on CI runners and as root in containers.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../log';
import { isDigest } from '../oci/digest';
import { FerryError } from '../util/errors';
import type { Exec } from '../util/exec';
import type { MirrorRule } from './mirrors';
import type { BuildRequest, BuildResult } from './types';

export interface BuildahOptions {
  /** Storage driver (default `vfs`: needs no kernel overlay or fuse). */
  storageDriver?: string;
  /** Storage root and run root; a private pair keeps builds apart from the host's images. */
  root?: string;
  runroot?: string;
  /** RUN isolation (default `chroot`: no user namespaces needed). */
  isolation?: 'chroot' | 'oci' | 'rootless';
  /** Cache intermediate layers (`--layers`, default true; never for several platforms). */
  layers?: boolean;
  /** containers-auth.json with the registry credentials (never --creds in argv). */
  authFile?: string;
}

/** Global flags that go before the buildah subcommand. */
export function buildahGlobalArgs(options: BuildahOptions): string[] {
  const args = ['--storage-driver', options.storageDriver ?? 'vfs'];
  if (options.root) args.push('--root', options.root);
  if (options.runroot) args.push('--runroot', options.runroot);
  return args;
}

function sortedEntries(map: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `buildah build` argv. Several platforms build into a local manifest list named after the first image. */
export function buildahBuildArgv(request: BuildRequest, options: BuildahOptions): string[] {
  const first = request.images[0];
  if (!first)
    throw new FerryError('buildah: no image to build. Set containerImageName or containerImageNameTags.', {
      code: 'USAGE',
      usage: true,
    });
  const args = [...buildahGlobalArgs(options), 'build', '--isolation', options.isolation ?? 'chroot'];
  // buildah 1.28's layer cache ignores the platform: with --layers a multi-platform build reuses the first
  // platform's image for the others and the list ends up holding one of them.
  if ((options.layers ?? true) && request.platforms.length <= 1) args.push('--layers');
  args.push('--file', request.dockerfile);
  for (const [key, value] of sortedEntries(request.buildArgs)) args.push('--build-arg', `${key}=${value}`);
  if (request.target) args.push('--target', request.target);
  for (const [key, value] of sortedEntries(request.labels)) args.push('--label', `${key}=${value}`);
  if (request.timestamp !== undefined) args.push('--timestamp', String(request.timestamp));
  if (options.authFile) args.push('--authfile', options.authFile);
  if (request.platforms.length > 1) {
    args.push('--platform', request.platforms.join(','), '--manifest', first);
  } else {
    if (request.platforms[0]) args.push('--platform', request.platforms[0]);
    args.push('--tag', first);
  }
  args.push(...request.extraOptions, request.context);
  return args;
}

export interface BuildahPushOptions {
  /** Local image or manifest list name. */
  local: string;
  /** Target reference (`host:port/name:tag`). */
  destination: string;
  digestFile: string;
  /** false only for loopback or insecure registries: `--tls-verify=false`. */
  tlsVerify: boolean;
  /** Push a manifest list with all its images (`buildah manifest push --all`). */
  manifestList?: boolean;
}

/** `buildah push` (or `buildah manifest push --all`) argv with `--digestfile`. */
export function buildahPushArgv(push: BuildahPushOptions, options: BuildahOptions): string[] {
  const args = [...buildahGlobalArgs(options)];
  args.push(...(push.manifestList ? ['manifest', 'push', '--all'] : ['push']));
  args.push('--digestfile', push.digestFile);
  if (!push.tlsVerify) args.push('--tls-verify=false');
  if (options.authFile) args.push('--authfile', options.authFile);
  args.push(push.local, `docker://${push.destination}`);
  return args;
}

/** The digest a builder wrote to its digest file, checked to be one. */
export function parseDigestFile(text: string, what: string): string {
  const digest = text.trim();
  if (!isDigest(digest) || !digest.startsWith('sha256:')) {
    throw new FerryError(
      `${what} holds '${digest.slice(0, 80)}', not a sha256 digest. The push may have failed; see the builder's output above.`,
      {
        code: 'BUILD',
      },
    );
  }
  return digest;
}

/**
 * registries.conf for the pulls during a build (CONTAINERS_REGISTRIES_CONF): registries marked plain-HTTP,
 * and each mirrored registry with its mirrors, tried in order before it (registryMirrors).
 */
export function registriesConf(
  insecureRegistries: readonly string[],
  mirrors: readonly MirrorRule[] = [],
): string {
  const insecure = new Set(insecureRegistries);
  const lines = ['unqualified-search-registries = ["docker.io"]', 'short-name-mode = "permissive"', ''];
  const mirrored = new Set(mirrors.map((r) => r.registry));
  for (const registry of [...insecure].sort()) {
    if (mirrored.has(registry)) continue;
    lines.push('[[registry]]', `location = ${JSON.stringify(registry)}`, 'insecure = true', '');
  }
  for (const rule of mirrors) {
    lines.push(
      '[[registry]]',
      `prefix = ${JSON.stringify(rule.registry)}`,
      `location = ${JSON.stringify(rule.registry)}`,
    );
    if (insecure.has(rule.registry)) lines.push('insecure = true');
    lines.push('');
    for (const mirror of rule.mirrors) {
      const location = mirror.path ? `${mirror.host}/${mirror.path}` : mirror.host;
      lines.push('[[registry.mirror]]', `location = ${JSON.stringify(location)}`);
      if (mirror.secure === false || insecure.has(mirror.host)) lines.push('insecure = true');
      lines.push('');
    }
  }
  return lines.join('\n');
}

export interface BuildahRunOptions {
  exec: Exec;
  log: Logger;
  /** A private temp directory for the digest file, auth file and registries.conf. */
  tempDir: string;
  /** A config.json written by writeAuthFile (0600, in its own directory): --authfile or DOCKER_CONFIG. */
  authFile?: string;
  /** Registries reached over plain HTTP (loopback ones included by the caller). */
  insecureRegistries: readonly string[];
  /** The registry of `request.images` (host[:port]). */
  registry: string;
  buildah?: BuildahOptions;
}

/**
 * Builds with buildah and pushes every image, reading each digest from `--digestfile`. All tags must
 * give the same digest; the first image's is returned.
 */
export async function buildWithBuildah(request: BuildRequest, run: BuildahRunOptions): Promise<BuildResult> {
  const options: BuildahOptions = { ...run.buildah };
  if (run.authFile) options.authFile = run.authFile;
  const conf = join(run.tempDir, 'registries.conf');
  await writeFile(conf, registriesConf(run.insecureRegistries, request.registryMirrors), { mode: 0o600 });
  const env = { CONTAINERS_REGISTRIES_CONF: conf };
  const manifestList = request.platforms.length > 1;
  const local = request.images[0] ?? '';
  await run.log.group(`buildah build ${local}`, async () => {
    await run.exec('buildah', buildahBuildArgv(request, options), {
      env,
      log: run.log,
      stream: true,
      cwd: request.context,
    });
  });
  const tlsVerify = !run.insecureRegistries.includes(run.registry);
  let digest: string | undefined;
  for (const [i, destination] of request.images.entries()) {
    const digestFile = join(run.tempDir, `digest-${i}`);
    await run.log.group(`buildah push ${destination}`, async () => {
      await run.exec(
        'buildah',
        buildahPushArgv({ local, destination, digestFile, tlsVerify, manifestList }, options),
        { env, log: run.log, stream: true },
      );
    });
    const pushed = parseDigestFile(
      await readFile(digestFile, 'utf8'),
      `buildah digest file for ${destination}`,
    );
    if (digest !== undefined && pushed !== digest) {
      throw new FerryError(
        `buildah pushed ${destination} as ${pushed} but ${request.images[0] ?? ''} as ${digest}. Push one tag and add the others by digest.`,
        {
          code: 'DIGEST_MISMATCH',
        },
      );
    }
    digest = pushed;
  }
  if (digest === undefined)
    throw new FerryError('buildah: nothing was pushed. Set containerImageName.', {
      code: 'USAGE',
      usage: true,
    });
  const result: BuildResult = { digest };
  if (manifestList) result.platforms = [...request.platforms];
  return result;
}
