// FROM: the state a stage starts from: scratch, an earlier stage, or a base image resolved in its
// registry (index → the platform's manifest → config), whose layers stay there until the push.
import type { Readable } from 'node:stream';
import { sha256Digest } from '../../oci/digest';
import { platformMatches } from '../../oci/copy/platform';
import { parseReference, type ImageReference } from '../../oci/reference';
import {
  MEDIA_TYPES,
  type ImageIndex,
  type ImageManifest,
  type Platform,
  type Repository,
} from '../../oci/types';
import { FerryError } from '../../util/errors';
import { findStage, fromParts, processWord, type Stage } from '../dockerfile';
import type { BuiltLayer } from './image';
import { unsupported } from './problems';
import { platformString, record, stringArray, type BuildSession, type StageState } from './session';

const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const MAX_CONFIG_BYTES = 16 << 20;

async function readAll(body: Readable, limit: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buffer.length;
    if (total > limit) {
      body.destroy();
      throw new FerryError(
        `${what} is larger than ${limit} bytes. It is not an image config; check the base image.`,
        { code: 'BUILD' },
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Fetches a base image's manifest and config for the platform; layers stay in the registry. */
async function fetchBase(
  reference: ImageReference,
  repository: Repository,
  platform: Platform,
): Promise<{ config: Record<string, unknown>; layers: BuiltLayer[]; digest: string }> {
  let fetched = await repository.manifestGet(reference.identifier);
  const topDigest = fetched.descriptor.digest;
  let parsed = JSON.parse(Buffer.from(fetched.bytes).toString('utf8')) as Partial<ImageManifest & ImageIndex>;
  const mediaType = parsed.mediaType ?? fetched.descriptor.mediaType;
  if (
    mediaType === MEDIA_TYPES.ociIndex ||
    mediaType === MEDIA_TYPES.dockerManifestList ||
    Array.isArray(parsed.manifests)
  ) {
    const manifests = parsed.manifests ?? [];
    const child = manifests.find((m) => platformMatches(platform, m.platform));
    if (!child) {
      const available = manifests
        .map((m) => (m.platform ? platformString(m.platform) : 'unknown'))
        .join(', ');
      throw new FerryError(
        `Base image ${reference.toString()} has no ${platformString(platform)} image (it has ${available || 'none'}). Choose a platform the base provides.`,
        { code: 'BUILD', usage: true },
      );
    }
    fetched = await repository.manifestGet(child.digest);
    parsed = JSON.parse(Buffer.from(fetched.bytes).toString('utf8')) as Partial<ImageManifest & ImageIndex>;
  }
  if (!parsed.config || !Array.isArray(parsed.layers)) {
    throw new FerryError(
      `Base image ${reference.toString()} is not an image manifest. Use an image as the base.`,
      { code: 'BUILD' },
    );
  }
  const { body } = await repository.blobGet(parsed.config.digest);
  const bytes = await readAll(body, MAX_CONFIG_BYTES, `Config of ${reference.toString()}`);
  if (sha256Digest(bytes) !== parsed.config.digest) {
    throw new FerryError(
      `Config of base image ${reference.toString()} does not match its digest ${parsed.config.digest}. Retry; check the registry.`,
      {
        code: 'DIGEST_MISMATCH',
      },
    );
  }
  const config = record(JSON.parse(bytes.toString('utf8')));
  const diffIds = stringArray(record(config.rootfs).diff_ids);
  if (diffIds.length !== parsed.layers.length) {
    throw new FerryError(
      `Base image ${reference.toString()} lists ${parsed.layers.length} layers but its config ${diffIds.length} diff_ids. The base image is malformed.`,
      {
        code: 'BUILD',
      },
    );
  }
  const layers = parsed.layers.map((descriptor, i): BuiltLayer => {
    const mediaType =
      descriptor.mediaType === MEDIA_TYPES.dockerLayerGzip ? MEDIA_TYPES.ociLayerGzip : descriptor.mediaType;
    return {
      descriptor: { mediaType, digest: descriptor.digest, size: descriptor.size },
      diffId: diffIds[i] ?? '',
      source: { kind: 'base', repository },
    };
  });
  return { config, layers, digest: topDigest };
}

/** The state a stage starts from, as its FROM line says. */
export async function startStage(session: BuildSession, stage: Stage): Promise<StageState> {
  const from = stage.from;
  const image = processWord(fromParts(from).image, session.globals, session.dockerfile.escape);
  const fresh = (config: Record<string, unknown>): StageState => ({
    stage,
    config,
    layers: [],
    diffIds: [],
    history: [],
    files: new Map([['', { type: 'dir', mode: 0o755, size: 0, uid: 0, gid: 0 }]]),
    args: new Map(),
    workdir: typeof config.WorkingDir === 'string' && config.WorkingDir ? config.WorkingDir : '/',
    shell: stringArray(config.Shell).length ? stringArray(config.Shell) : ['/bin/sh', '-c'],
    baseAnnotations: {},
  });
  const platformFlag = from.flags.platform;
  if (platformFlag !== undefined) {
    const wanted = processWord(platformFlag, session.globals, session.dockerfile.escape);
    if (wanted !== platformString(session.platform)) {
      throw unsupported(session.file, {
        line: from.line,
        keyword: 'FROM',
        why: `FROM --platform=${wanted} differs from the target platform ${platformString(session.platform)} (cross-stage platforms)`,
      });
    }
  }
  if (image === 'scratch') {
    const state = fresh({ Env: [DEFAULT_PATH] });
    return state;
  }
  const previous = findStage(session.dockerfile, image, stage.index);
  if (previous) {
    const base = session.stageState(previous.index);
    if (!base) throw new Error(`stage ${previous.index} was not built before stage ${stage.index}`);
    return {
      ...base,
      stage,
      config: structuredClone(base.config),
      layers: [...base.layers],
      diffIds: [...base.diffIds],
      history: [...base.history],
      files: new Map(base.files),
      args: new Map(),
      shell: [...base.shell],
      baseAnnotations: { ...base.baseAnnotations },
    };
  }
  const open = session.options.openRepository;
  const reference = parseReference(image);
  if (!open) {
    throw new FerryError(
      `${session.where(from)}: base image ${image} needs a registry, and none was configured. Pass openRepository to the native builder.`,
      {
        code: 'BUILD',
      },
    );
  }
  const repository = await open(reference);
  const base = await fetchBase(reference, repository, session.platform);
  const config = record(base.config.config);
  if (stringArray(config.OnBuild).length) {
    throw unsupported(session.file, {
      line: from.line,
      keyword: 'FROM',
      why: `base image ${image} has ONBUILD triggers`,
    });
  }
  const state = fresh(config);
  state.layers = base.layers;
  state.diffIds = base.layers.map((l) => l.diffId);
  state.history = Array.isArray(base.config.history) ? [...base.config.history] : [];
  state.opaqueBase = image;
  if (typeof base.config.author === 'string') state.author = base.config.author;
  state.baseAnnotations = {
    'org.opencontainers.image.base.name': reference.digest
      ? image
      : reference.withTag(reference.tag ?? 'latest').toString(),
    'org.opencontainers.image.base.digest': base.digest,
  };
  session.options.log?.info(
    `base ${reference.toString()}: ${base.digest} (${platformString(session.platform)}, ${base.layers.length} layers, not downloaded)`,
  );
  return state;
}
