// createBOM: an SPDX 2.3 document of a pushed image (the files its own layers add, with checksums, and
// the base image as a package), or syft's where syft is installed, attached to the image as an OCI
// referrer: an artifact manifest whose `subject` is the image, listed in the `sha256-<hex>` tag index
// when the registry has no referrers API. Layers stream to temp files; nothing is held whole.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { Logger } from '../log';
import { readTarEntries } from '../oci/archive/tar';
import { platformMatches } from '../oci/copy/platform';
import { createDigestVerifier, sha256Digest } from '../oci/digest';
import { ensureReferrersListed } from '../oci/copy/referrers';
import {
  MEDIA_TYPES,
  type Descriptor,
  type ImageIndex,
  type ImageManifest,
  type Platform,
  type Repository,
} from '../oci/types';
import { FerryError } from '../util/errors';

export const SPDX_JSON = 'application/spdx+json';
const EMPTY_CONFIG = Buffer.from('{}');
const MAX_JSON = 4 << 20;
const BASE_NAME = 'org.opencontainers.image.base.name';
const BASE_DIGEST = 'org.opencontainers.image.base.digest';
const TAR_LAYERS = new Set<string>([MEDIA_TYPES.ociLayer, 'application/vnd.docker.image.rootfs.diff.tar']);
const GZIP_LAYERS = new Set<string>([MEDIA_TYPES.ociLayerGzip, MEDIA_TYPES.dockerLayerGzip]);

/** One regular file of the image, as SPDX lists it. */
export interface SbomFile {
  /** Absolute path in the image. */
  path: string;
  sha1: string;
  sha256: string;
}

export interface SpdxOptions {
  /** The image as named, `registry/repository`. */
  name: string;
  /** The manifest the document describes. */
  digest: string;
  /** RFC 3339; the build's timestamp, so the same image gives the same document. */
  created: string;
  files: readonly SbomFile[];
  base?: { name: string; digest?: string };
  platform?: Platform;
}

function purl(name: string, digest: string): string {
  const slash = name.indexOf('/');
  const repository = name.slice(slash + 1);
  const last = repository.split('/').pop() ?? repository;
  return `pkg:oci/${last}@${encodeURIComponent(digest)}?repository_url=${encodeURIComponent(name)}`;
}

/** `registry/repository` of a reference as written (tag and digest dropped). */
function repositoryOf(name: string): string {
  const bare = name.replace(/@.*$/, '');
  const colon = bare.lastIndexOf(':');
  return colon > bare.lastIndexOf('/') ? bare.slice(0, colon) : bare;
}

/** An SPDX 2.3 JSON document (pure: the same input gives the same bytes). */
export function spdxDocument(options: SpdxOptions): Record<string, unknown> {
  const files = [...options.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const verification = createHash('sha1')
    .update(
      files
        .map((f) => f.sha1)
        .sort()
        .join(''),
    )
    .digest('hex');
  const image: Record<string, unknown> = {
    SPDXID: 'SPDXRef-Image',
    name: options.name,
    versionInfo: options.digest,
    downloadLocation: 'NOASSERTION',
    filesAnalyzed: files.length > 0,
    ...(files.length > 0 ? { packageVerificationCode: { packageVerificationCodeValue: verification } } : {}),
    checksums: [{ algorithm: 'SHA256', checksumValue: options.digest.replace(/^sha256:/, '') }],
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: 'NOASSERTION',
    copyrightText: 'NOASSERTION',
    primaryPackagePurpose: 'CONTAINER',
    externalRefs: [
      {
        referenceCategory: 'PACKAGE-MANAGER',
        referenceType: 'purl',
        referenceLocator: purl(options.name, options.digest),
      },
    ],
  };
  const packages: Record<string, unknown>[] = [image];
  const relationships: Record<string, unknown>[] = [
    { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: 'SPDXRef-Image' },
  ];
  if (options.base) {
    const base: Record<string, unknown> = {
      SPDXID: 'SPDXRef-BaseImage',
      name: options.base.name,
      versionInfo: options.base.digest ?? options.base.name,
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: 'NOASSERTION',
      copyrightText: 'NOASSERTION',
      primaryPackagePurpose: 'CONTAINER',
      comment: `Base image ${options.base.name}`,
    };
    if (options.base.digest)
      base.externalRefs = [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceType: 'purl',
          referenceLocator: purl(repositoryOf(options.base.name), options.base.digest),
        },
      ];
    packages.push(base);
    relationships.push({
      spdxElementId: 'SPDXRef-Image',
      relationshipType: 'DESCENDANT_OF',
      relatedSpdxElement: 'SPDXRef-BaseImage',
    });
  }
  const spdxFiles = files.map((file, i) => {
    relationships.push({
      spdxElementId: 'SPDXRef-Image',
      relationshipType: 'CONTAINS',
      relatedSpdxElement: `SPDXRef-File-${i + 1}`,
    });
    return {
      fileName: file.path,
      SPDXID: `SPDXRef-File-${i + 1}`,
      checksums: [
        { algorithm: 'SHA1', checksumValue: file.sha1 },
        { algorithm: 'SHA256', checksumValue: file.sha256 },
      ],
      licenseConcluded: 'NOASSERTION',
      copyrightText: 'NOASSERTION',
    };
  });
  const platform = options.platform
    ? ` (${[options.platform.os, options.platform.architecture, options.platform.variant].filter(Boolean).join('/')})`
    : '';
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: `${options.name}@${options.digest}${platform}`,
    documentNamespace: `https://spdx.org/spdxdocs/ferry/${options.name}/${options.digest.replace(/^sha256:/, '')}`,
    creationInfo: { created: options.created, creators: ['Tool: ferry'] },
    packages,
    files: spdxFiles,
    relationships,
  };
}

async function readJson(repository: Repository, digest: string): Promise<unknown> {
  const fetched = await repository.manifestGet(digest);
  if (fetched.bytes.byteLength > MAX_JSON)
    throw new FerryError(`createBOM: manifest ${digest} is too large.`, { code: 'BUILD' });
  return JSON.parse(Buffer.from(fetched.bytes).toString('utf8'));
}

async function readConfig(repository: Repository, descriptor: Descriptor): Promise<Record<string, unknown>> {
  const { body } = await repository.blobGet(descriptor.digest);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buffer.length;
    if (total > MAX_JSON) {
      body.destroy();
      throw new FerryError(`createBOM: config ${descriptor.digest} is too large.`, { code: 'BUILD' });
    }
    chunks.push(buffer);
  }
  const bytes = Buffer.concat(chunks);
  if (sha256Digest(bytes) !== descriptor.digest)
    throw new FerryError(`createBOM: config ${descriptor.digest} does not match its digest.`, {
      code: 'DIGEST_MISMATCH',
    });
  const value: unknown = JSON.parse(bytes.toString('utf8'));
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** The image manifests below `digest`: itself, or each platform manifest of an index. */
export async function platformManifests(
  repository: Repository,
  digest: string,
): Promise<{ descriptor: Descriptor; manifest: ImageManifest }[]> {
  const fetched = await repository.manifestGet(digest);
  const doc = JSON.parse(Buffer.from(fetched.bytes).toString('utf8')) as Partial<ImageManifest & ImageIndex>;
  if (Array.isArray(doc.manifests)) {
    const out: { descriptor: Descriptor; manifest: ImageManifest }[] = [];
    for (const child of doc.manifests) {
      if (child.platform?.os === 'unknown') continue;
      out.push({ descriptor: child, manifest: (await readJson(repository, child.digest)) as ImageManifest });
    }
    return out;
  }
  return [{ descriptor: fetched.descriptor, manifest: doc as ImageManifest }];
}

/** Layer digests of the base, for the platform, so only the build's own layers are listed. */
async function baseLayers(
  openBase: ((name: string) => Promise<Repository | undefined>) | undefined,
  name: string | undefined,
  digest: string | undefined,
  platform: Platform | undefined,
  log: Logger | undefined,
): Promise<Set<string>> {
  if (!name || !digest || !openBase) return new Set();
  try {
    const repository = await openBase(name);
    if (!repository) return new Set();
    let doc = (await readJson(repository, digest)) as Partial<ImageManifest & ImageIndex>;
    if (Array.isArray(doc.manifests)) {
      const child = platform
        ? doc.manifests.find((m) => platformMatches(platform, m.platform))
        : doc.manifests[0];
      if (!child) return new Set();
      doc = (await readJson(repository, child.digest)) as Partial<ImageManifest>;
    }
    return new Set((doc.layers ?? []).map((l) => l.digest));
  } catch (error) {
    log?.warn(
      `createBOM: the base ${name} could not be read (${error instanceof Error ? error.message : String(error)}); its layers are listed with the image's.`,
    );
    return new Set();
  }
}

async function hashFile(
  file: string,
  start: number,
  size: number,
): Promise<{ sha1: string; sha256: string }> {
  const sha1 = createHash('sha1');
  const sha256 = createHash('sha256');
  if (size > 0) {
    for await (const chunk of createReadStream(file, { start, end: start + size - 1 })) {
      const buffer = chunk as Buffer;
      sha1.update(buffer);
      sha256.update(buffer);
    }
  }
  return { sha1: sha1.digest('hex'), sha256: sha256.digest('hex') };
}

/** Applies one layer (streamed to a temp tar) to the file map: adds, replaces, whiteouts. */
async function applyLayer(
  repository: Repository,
  layer: Descriptor,
  files: Map<string, SbomFile>,
  workDir: string,
): Promise<void> {
  const tar = join(workDir, `.sbom-${randomBytes(6).toString('hex')}.tar`);
  try {
    const { body } = await repository.blobGet(layer.digest);
    const verifier = createDigestVerifier({
      digest: layer.digest,
      size: layer.size,
      what: `layer ${layer.digest}`,
    });
    const stages: NodeJS.ReadWriteStream[] = [verifier];
    if (GZIP_LAYERS.has(layer.mediaType)) stages.push(createGunzip());
    await pipeline([body, ...stages, createWriteStream(tar)] as unknown as [Readable, NodeJS.WritableStream]);
    for (const entry of await readTarEntries(tar)) {
      const path = `/${entry.name.replace(/^\/+/, '')}`;
      const base = posix.basename(path);
      const dir = posix.dirname(path);
      if (base === '.wh..wh..opq') {
        for (const key of [...files.keys()])
          if (key.startsWith(`${dir === '/' ? '' : dir}/`)) files.delete(key);
        continue;
      }
      if (base.startsWith('.wh.')) {
        const gone = posix.join(dir, base.slice(4));
        for (const key of [...files.keys()])
          if (key === gone || key.startsWith(`${gone}/`)) files.delete(key);
        continue;
      }
      if (entry.type !== '0' && entry.type !== '7') {
        files.delete(path);
        continue;
      }
      files.set(path, { path, ...(await hashFile(tar, entry.offset, entry.size)) });
    }
  } finally {
    await rm(tar, { force: true });
  }
}

export interface ImageSbomOptions {
  repository: Repository;
  /** `registry/repository`, as the document names the image. */
  name: string;
  descriptor: Descriptor;
  manifest: ImageManifest;
  created: string;
  workDir: string;
  /** Opens a base image's repository by name (for its layer list); undefined to list every layer. */
  openBase?: (name: string) => Promise<Repository | undefined>;
  log?: Logger;
}

/** ferry's SPDX document of one image manifest: the files of its own layers and its base. */
export async function imageSbom(options: ImageSbomOptions): Promise<Buffer> {
  const { repository, manifest } = options;
  const config = await readConfig(repository, manifest.config);
  const platform: Platform | undefined =
    typeof config.os === 'string' && typeof config.architecture === 'string'
      ? {
          os: config.os,
          architecture: config.architecture,
          ...(typeof config.variant === 'string' ? { variant: config.variant } : {}),
        }
      : undefined;
  const annotations = manifest.annotations ?? {};
  const baseName = annotations[BASE_NAME];
  const baseDigest = annotations[BASE_DIGEST];
  const skip = await baseLayers(options.openBase, baseName, baseDigest, platform, options.log);
  const files = new Map<string, SbomFile>();
  for (const layer of manifest.layers) {
    if (skip.has(layer.digest)) continue;
    if (!GZIP_LAYERS.has(layer.mediaType) && !TAR_LAYERS.has(layer.mediaType)) {
      options.log?.warn(`createBOM: layer ${layer.digest} is ${layer.mediaType}; its files are not listed.`);
      continue;
    }
    await applyLayer(repository, layer, files, options.workDir);
  }
  const doc = spdxDocument({
    name: options.name,
    digest: options.descriptor.digest,
    created: options.created,
    files: [...files.values()],
    ...(baseName ? { base: { name: baseName, ...(baseDigest ? { digest: baseDigest } : {}) } } : {}),
    ...(platform ? { platform } : {}),
  });
  return Buffer.from(`${JSON.stringify(doc, null, 2)}\n`);
}

/** What attaching a referrer wrote. */
export interface AttachedReferrer {
  digest: string;
  artifactType: string;
  /** The referrers tag index written (`sha256-<hex>`) when the registry has no referrers API. */
  tag?: string;
}

/**
 * Pushes `content` as an artifact manifest referring to `subject` (blobs, then the manifest by digest)
 * and makes sure the registry lists it: through its referrers API, else in the `sha256-<hex>` tag index,
 * merged with what that tag holds. Safe to run twice: the same content gives the same digest.
 */
export async function attachReferrer(
  repository: Repository,
  subject: Descriptor,
  artifact: {
    artifactType: string;
    mediaType: string;
    content: Buffer;
    annotations?: Record<string, string>;
  },
): Promise<AttachedReferrer> {
  const emptyDescriptor: Descriptor = {
    mediaType: MEDIA_TYPES.ociEmpty,
    digest: sha256Digest(EMPTY_CONFIG),
    size: EMPTY_CONFIG.length,
  };
  const layer: Descriptor = {
    mediaType: artifact.mediaType,
    digest: sha256Digest(artifact.content),
    size: artifact.content.length,
  };
  for (const [descriptor, bytes] of [
    [emptyDescriptor, EMPTY_CONFIG],
    [layer, artifact.content],
  ] as const) {
    if (!(await repository.blobHead(descriptor.digest)))
      await repository.blobPut(descriptor, async () => Readable.from([bytes]));
  }
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    artifactType: artifact.artifactType,
    config: emptyDescriptor,
    layers: [layer],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    ...(artifact.annotations ? { annotations: artifact.annotations } : {}),
  };
  const bytes = Buffer.from(JSON.stringify(manifest));
  const digest = sha256Digest(bytes);
  const stored = await repository.manifestPut(digest, MEDIA_TYPES.ociManifest, bytes);
  if (stored !== digest)
    throw new FerryError(`createBOM: ${repository.display} stored the SBOM as ${stored}, not ${digest}.`, {
      code: 'DIGEST_MISMATCH',
    });
  const result: AttachedReferrer = { digest, artifactType: artifact.artifactType };
  const tag = await ensureReferrersListed(repository, subject.digest, [
    {
      mediaType: MEDIA_TYPES.ociManifest,
      digest,
      size: bytes.length,
      artifactType: artifact.artifactType,
      ...(artifact.annotations ? { annotations: artifact.annotations } : {}),
    },
  ]);
  if (tag !== undefined) result.tag = tag;
  return result;
}

/** syft's argv and environment to scan a pushed image (`registry:`), SPDX JSON to `output`. */
export function syftCommand(options: {
  reference: string;
  output: string;
  plainHttp: boolean;
  credentials?: { registry: string; username: string; password: string };
}): { args: string[]; env: Record<string, string> } {
  const env: Record<string, string> = { SYFT_CHECK_FOR_APP_UPDATE: 'false' };
  if (options.plainHttp) env.SYFT_REGISTRY_INSECURE_USE_HTTP = 'true';
  if (options.credentials) {
    env.SYFT_REGISTRY_AUTH_AUTHORITY = options.credentials.registry;
    env.SYFT_REGISTRY_AUTH_USERNAME = options.credentials.username;
    env.SYFT_REGISTRY_AUTH_PASSWORD = options.credentials.password;
  }
  return { args: ['scan', `registry:${options.reference}`, '-o', `spdx-json=${options.output}`, '-q'], env };
}
