// Makes a small base image from Debian's busybox-static (/bin/busybox, one static binary, plus /bin/sh
// and friends as symlinks) with the native builder and pushes it to a test registry, for builds FROM it.
import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildNative, pushImage } from '../../lib/build/native';
import { createKeychain } from '../../lib/oci/auth';
import { parseReference } from '../../lib/oci/reference';
import { createRegistryClient } from '../../lib/oci/registry';
import { findBinary } from './binaries';

/** The applets linked into /bin: enough for RUN lines in tests. */
const APPLETS = [
  'sh',
  'echo',
  'cat',
  'ls',
  'mkdir',
  'cp',
  'env',
  'true',
  'test',
  'printf',
  'touch',
  'chmod',
  'id',
];

export interface BaseImage {
  /** `127.0.0.1:PORT/repo:tag` */
  reference: string;
  digest: string;
}

export interface BaseImageOptions {
  /** `host:port` of a plain-HTTP loopback registry. */
  registry: string;
  repository?: string;
  tag?: string;
  /** For a registry with basic or token auth. */
  credentials?: { username: string; password: string };
}

/** Builds the busybox base natively and pushes it; returns its reference and digest. */
export async function pushBusyboxBase(options: BaseImageOptions): Promise<BaseImage> {
  const busybox = findBinary('busybox');
  if (!busybox) throw new Error('busybox is missing: apt-get install -y busybox-static');
  const dir = await mkdtemp(join(tmpdir(), 'ferry-base-'));
  try {
    const context = join(dir, 'context');
    await mkdir(join(context, 'bin'), { recursive: true });
    await mkdir(join(context, 'etc'), { recursive: true });
    await copyFile(busybox, join(context, 'bin', 'busybox'));
    for (const applet of APPLETS) await symlink('busybox', join(context, 'bin', applet));
    await writeFile(join(context, 'etc', 'passwd'), 'root:x:0:0:root:/root:/bin/sh\n');
    await writeFile(join(context, 'etc', 'group'), 'root:x:0:\n');
    const dockerfile = [
      'FROM scratch',
      'COPY --chmod=0755 bin /bin/',
      'COPY etc /etc/',
      'CMD ["/bin/sh"]',
    ].join('\n');
    const image = await buildNative({
      contextDir: context,
      dockerfilePath: join(context, 'Dockerfile'),
      dockerfileText: dockerfile,
      workDir: dir,
    });
    const reference = parseReference(
      `${options.registry}/${options.repository ?? 'base/busybox'}:${options.tag ?? '1'}`,
    );
    const client = createRegistryClient({
      insecureRegistries: [options.registry],
      ...(options.credentials
        ? { keychain: createKeychain({ credentials: { [options.registry]: options.credentials } }) }
        : {}),
    });
    try {
      const digest = await pushImage(image, client.repository(reference, { push: true }), {
        tags: [reference.tag ?? '1'],
      });
      return { reference: reference.toString(), digest };
    } finally {
      await client.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
