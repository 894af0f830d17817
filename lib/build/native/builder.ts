// The native builder: turns a Dockerfile without RUN into an OCI image with no daemon and no root.
// Reproducible by construction: sorted tar entries, fixed owners and times, fixed gzip, fixed `created`.
import { readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import type { Logger } from '../../log';
import { sha256Digest } from '../../oci/digest';
import { parseReference, type ImageReference } from '../../oci/reference';
import { platformMatches } from '../../oci/copy/platform';
import {
  MEDIA_TYPES,
  type Descriptor,
  type ImageIndex,
  type ImageManifest,
  type Platform,
  type Repository,
} from '../../oci/types';
import { FerryError, errorMessage } from '../../util/errors';
import {
  findStage,
  fromParts,
  neededStages,
  parseDockerfile,
  processKeyValues,
  processWord,
  processWords,
  targetStage,
  type Dockerfile,
  type Instruction,
  type Stage,
} from '../dockerfile';
import {
  cleanRelative,
  descendants,
  loadDockerIgnore,
  matchSources,
  readContext,
  resolveInTree,
  type SourceEntry,
  type SourceTree,
} from './context';
import { readArchive } from './archive';
import type { BuiltImage, BuiltLayer } from './image';
import { writeLayer } from './layer';
import type { TarWriteEntry as TarEntry } from '../../oci/archive/tar-writer';

export const DEFAULT_PLATFORM: Platform = { architecture: 'amd64', os: 'linux' };
const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const MAX_CONFIG_BYTES = 16 << 20;

export interface NativeBuildOptions {
  /** The build context directory. */
  contextDir: string;
  /** Path of the Dockerfile (read unless `dockerfileText` is given; names it in messages). */
  dockerfilePath: string;
  dockerfileText?: string;
  buildArgs?: Readonly<Record<string, string>>;
  target?: string;
  /** Platform of the image (default linux/amd64); picks the base image's platform too. */
  platform?: Platform;
  /**
   * Seconds since the epoch for `created` and every file's mtime: SOURCE_DATE_EPOCH when the caller has
   * it, else the commit time; default 0.
   */
  timestamp?: number;
  /** Labels added to the image config, overriding the Dockerfile's (org.opencontainers.image.*). */
  labels?: Readonly<Record<string, string>>;
  /** Annotations on the manifest. */
  annotations?: Readonly<Record<string, string>>;
  /** Opens the repository of a base image (FROM a registry image, `COPY --from=image`). */
  openRepository?: (reference: ImageReference) => Promise<Repository>;
  /** Where new layers are written (a private temp directory). */
  workDir: string;
  log?: Logger;
}

/** Something the native builder cannot do, with the line that needs it. */
export interface NativeProblem {
  line: number;
  keyword: string;
  why: string;
}

const OTHER_ARCHIVE = /\.(tar\.(bz2|xz|zst)|tbz2?|txz|tzst)$/i;
const NUMERIC_OWNER = /^(\d+|root)(:(\d+|root))?$/;

const SUPPORTED_FLAGS: Readonly<Record<string, readonly string[]>> = {
  FROM: ['platform'],
  COPY: ['from', 'chown', 'chmod', 'link'],
  ADD: ['chown', 'chmod', 'link'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};

/** The instructions among the stages a target needs that only a builder with a runtime can do. */
export function nativeProblems(dockerfile: Dockerfile, target?: string): NativeProblem[] {
  const problems: NativeProblem[] = [];
  for (const stage of neededStages(dockerfile, targetStage(dockerfile, target))) {
    for (const instruction of [stage.from, ...stage.instructions]) {
      const { keyword, line } = instruction;
      if (keyword === 'RUN') {
        problems.push({ line, keyword, why: 'RUN needs a container runtime' });
        continue;
      }
      if (keyword === 'ONBUILD') {
        problems.push({ line, keyword, why: 'ONBUILD triggers run in later builds' });
        continue;
      }
      if (instruction.heredocs) {
        problems.push({
          line,
          keyword,
          why: `heredocs (<<${instruction.heredocs[0]?.name ?? ''}) are not supported natively`,
        });
        continue;
      }
      const allowed = SUPPORTED_FLAGS[keyword] ?? [];
      for (const flag of Object.keys(instruction.flags)) {
        if (!allowed.includes(flag))
          problems.push({ line, keyword, why: `${keyword} --${flag} is not supported natively` });
      }
      if (keyword === 'ADD') {
        const words = instruction.json ?? instruction.args.split(/\s+/);
        const sources = words.slice(0, -1);
        if (sources.some((w) => /^(https?|git):\/\/|^git@/.test(w))) {
          problems.push({ line, keyword, why: 'ADD of a URL needs the network at build time' });
        }
        const archive = sources.find((w) => OTHER_ARCHIVE.test(w));
        if (archive)
          problems.push({
            line,
            keyword,
            why: `ADD unpacks '${archive}', and the native builder unpacks plain and gzip tar archives only`,
          });
      }
      const chown = instruction.flags.chown;
      if (
        (keyword === 'COPY' || keyword === 'ADD') &&
        chown !== undefined &&
        !chown.includes('$') &&
        !NUMERIC_OWNER.test(chown)
      ) {
        problems.push({
          line,
          keyword,
          why: `--chown=${chown} names a user, and the native builder does not read the image's /etc/passwd; use numeric ids`,
        });
      }
      if (
        keyword === 'COPY' &&
        instruction.flags.from !== undefined &&
        !findStage(dockerfile, instruction.flags.from, stage.index)
      ) {
        problems.push({
          line,
          keyword,
          why: `COPY --from=${instruction.flags.from} names an image, not a stage`,
        });
      }
    }
  }
  return problems;
}

function unsupported(file: string, problem: NativeProblem): FerryError {
  return new FerryError(
    `Native build of ${file} cannot do line ${problem.line} (${problem.keyword}): ${problem.why}. Set builder: buildah (or docker/kaniko) to build this Dockerfile, or remove the instruction.`,
    { code: 'BUILD', usage: true },
  );
}

interface HistoryEntry {
  created: string;
  created_by: string;
  comment: string;
  empty_layer?: boolean;
}

interface StageState {
  stage: Stage;
  config: Record<string, unknown>;
  layers: BuiltLayer[];
  diffIds: string[];
  /** Base history entries are kept as the base wrote them. */
  history: unknown[];
  /** Files this build put into the stage (from scratch, or on top of a base it cannot read). */
  files: SourceTree;
  /** The stage's base is a registry image whose files the native builder does not read. */
  opaqueBase?: string;
  args: Map<string, string>;
  workdir: string;
  shell: string[];
  author?: string;
  baseAnnotations: Record<string, string>;
}

function rfc3339(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.000Z$/, 'Z');
}

function platformString(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value))
    : {};
}

function envMap(config: Record<string, unknown>): Map<string, string> {
  const map = new Map<string, string>();
  for (const item of stringArray(config.Env)) {
    const eq = item.indexOf('=');
    if (eq > 0) map.set(item.slice(0, eq), item.slice(eq + 1));
  }
  return map;
}

function setEnv(config: Record<string, unknown>, key: string, value: string): void {
  const env = stringArray(config.Env).filter((item) => !item.startsWith(`${key}=`));
  const index = stringArray(config.Env).findIndex((item) => item.startsWith(`${key}=`));
  if (index >= 0) env.splice(index, 0, `${key}=${value}`);
  else env.push(`${key}=${value}`);
  config.Env = env;
}

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

function parseChown(value: string, where: string): { uid: number; gid: number } {
  const [user = '', group] = value.split(':');
  const id = (text: string): number => {
    if (text === 'root') return 0;
    if (/^\d+$/.test(text)) return Number(text);
    throw new FerryError(
      `${where}: --chown=${value} uses a name; the native builder cannot read the image's /etc/passwd. Use numeric ids (--chown=1000:1000) or builder: buildah.`,
      { code: 'BUILD', usage: true },
    );
  };
  const uid = id(user);
  return { uid, gid: group === undefined || group === '' ? uid : id(group) };
}

function parseChmod(value: string, where: string): number {
  if (!/^[0-7]{3,4}$/.test(value)) {
    throw new FerryError(`${where}: --chmod=${value} is not an octal mode. Write e.g. --chmod=0755.`, {
      code: 'BUILD',
      usage: true,
    });
  }
  return parseInt(value, 8);
}

/** Go duration (`30s`, `1m30s`, `500ms`) in nanoseconds, for HEALTHCHECK. */
function durationNs(text: string, where: string): number {
  const units: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
  let total = 0;
  let rest = text;
  while (rest.length > 0) {
    const m = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/.exec(rest);
    if (!m)
      throw new FerryError(`${where}: '${text}' is not a duration. Write e.g. 30s or 1m30s.`, {
        code: 'BUILD',
        usage: true,
      });
    total += Number(m[1]) * (units[m[2] ?? 's'] ?? 1);
    rest = rest.slice(m[0].length);
  }
  return Math.round(total);
}

class NativeBuild {
  private readonly file: string;
  private readonly states = new Map<number, StageState>();
  private readonly usedArgs = new Set<string>();
  private readonly globals = new Map<string, string>();
  private readonly created: string;
  private readonly mtime: number;
  private readonly platform: Platform;
  private context: SourceTree | undefined;

  constructor(
    private readonly options: NativeBuildOptions,
    private readonly dockerfile: Dockerfile,
  ) {
    this.file = options.dockerfilePath;
    this.mtime = options.timestamp ?? 0;
    this.created = rfc3339(this.mtime);
    this.platform = options.platform ?? DEFAULT_PLATFORM;
  }

  private where(instruction: Instruction): string {
    return `${this.file} line ${instruction.line} (${instruction.keyword})`;
  }

  private automaticArgs(): Map<string, string> {
    const p = this.platform;
    const values: [string, string][] = [
      ['TARGETPLATFORM', platformString(p)],
      ['TARGETOS', p.os],
      ['TARGETARCH', p.architecture],
      ['TARGETVARIANT', p.variant ?? ''],
      ['BUILDPLATFORM', platformString(p)],
      ['BUILDOS', p.os],
      ['BUILDARCH', p.architecture],
      ['BUILDVARIANT', p.variant ?? ''],
    ];
    return new Map(values);
  }

  private buildArg(name: string): string | undefined {
    const value = this.options.buildArgs?.[name];
    if (value !== undefined) this.usedArgs.add(name);
    return value;
  }

  async run(target: Stage): Promise<StageState> {
    const automatic = this.automaticArgs();
    for (const [k, v] of automatic) this.globals.set(k, v);
    for (const instruction of this.dockerfile.globalArgs) {
      for (const [name, fallback] of processKeyValues(
        instruction.args,
        this.globals,
        this.dockerfile.escape,
      )) {
        const value = this.buildArg(name) ?? fallback ?? automatic.get(name);
        if (value !== undefined) this.globals.set(name, value);
        else this.globals.delete(name);
      }
    }
    let last: StageState | undefined;
    for (const stage of neededStages(this.dockerfile, target)) {
      last = await this.buildStage(stage);
      this.states.set(stage.index, last);
    }
    if (!last)
      throw new FerryError('Dockerfile has no stage to build. Add a FROM line.', {
        code: 'BUILD',
        usage: true,
      });
    // SOURCE_DATE_EPOCH is BuildKit's reproducibility knob, consumed by the builder, not the Dockerfile.
    const unused = Object.keys(this.options.buildArgs ?? {}).filter(
      (name) => !this.usedArgs.has(name) && name !== 'SOURCE_DATE_EPOCH',
    );
    if (unused.length)
      this.options.log?.warn(`build args not consumed by the Dockerfile: ${unused.join(', ')}`);
    return last;
  }

  private variables(state: StageState): Map<string, string> {
    return new Map([...state.args, ...envMap(state.config)]);
  }

  private history(state: StageState, instruction: Instruction, options: { emptyLayer: boolean }): void {
    const entry: HistoryEntry = {
      created: this.created,
      created_by: `${instruction.original} # ferry`,
      comment: 'ferry native build',
    };
    if (options.emptyLayer) entry.empty_layer = true;
    state.history.push(entry);
  }

  private async fromState(stage: Stage): Promise<StageState> {
    const from = stage.from;
    const image = processWord(fromParts(from).image, this.globals, this.dockerfile.escape);
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
      const wanted = processWord(platformFlag, this.globals, this.dockerfile.escape);
      if (wanted !== platformString(this.platform)) {
        throw unsupported(this.file, {
          line: from.line,
          keyword: 'FROM',
          why: `FROM --platform=${wanted} differs from the target platform ${platformString(this.platform)} (cross-stage platforms)`,
        });
      }
    }
    if (image === 'scratch') {
      const state = fresh({ Env: [DEFAULT_PATH] });
      return state;
    }
    const previous = findStage(this.dockerfile, image, stage.index);
    if (previous) {
      const base = this.states.get(previous.index);
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
    const open = this.options.openRepository;
    const reference = parseReference(image);
    if (!open) {
      throw new FerryError(
        `${this.where(from)}: base image ${image} needs a registry, and none was configured. Pass openRepository to the native builder.`,
        {
          code: 'BUILD',
        },
      );
    }
    const repository = await open(reference);
    const base = await fetchBase(reference, repository, this.platform);
    const config = record(base.config.config);
    if (stringArray(config.OnBuild).length) {
      throw unsupported(this.file, {
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
    this.options.log?.info(
      `base ${reference.toString()}: ${base.digest} (${platformString(this.platform)}, ${base.layers.length} layers, not downloaded)`,
    );
    return state;
  }

  private async buildStage(stage: Stage): Promise<StageState> {
    const state = await this.fromState(stage);
    for (const instruction of stage.instructions) await this.apply(state, instruction);
    return state;
  }

  private async apply(state: StageState, instruction: Instruction): Promise<void> {
    const { keyword } = instruction;
    const escape = this.dockerfile.escape;
    const vars = this.variables(state);
    const config = state.config;
    switch (keyword) {
      case 'ARG': {
        for (const [name, fallback] of processKeyValues(instruction.args, vars, escape)) {
          const value = this.buildArg(name) ?? fallback ?? this.globals.get(name);
          if (value !== undefined) state.args.set(name, value);
        }
        this.history(state, instruction, { emptyLayer: true });
        return;
      }
      case 'ENV': {
        for (const [key, value] of processKeyValues(instruction.args, vars, escape, { legacy: true })) {
          if (value === undefined)
            throw new FerryError(
              `${this.where(instruction)}: '${key}' has no value. Write ENV ${key}=value.`,
              { code: 'BUILD', usage: true },
            );
          setEnv(config, key, value);
        }
        this.history(state, instruction, { emptyLayer: true });
        return;
      }
      case 'LABEL': {
        const labels = record(config.Labels);
        for (const [key, value] of processKeyValues(instruction.args, vars, escape, { legacy: true })) {
          if (value === undefined)
            throw new FerryError(
              `${this.where(instruction)}: '${key}' has no value. Write LABEL ${key}=value.`,
              { code: 'BUILD', usage: true },
            );
          labels[key] = value;
        }
        config.Labels = labels;
        this.history(state, instruction, { emptyLayer: true });
        return;
      }
      case 'WORKDIR': {
        const dir = processWord(instruction.args, vars, escape);
        state.workdir = posix.resolve(state.workdir, dir);
        config.WorkingDir = state.workdir;
        const path = cleanRelative(state.workdir);
        if (path && !state.files.has(path))
          state.files.set(path, { type: 'dir', mode: 0o755, size: 0, uid: 0, gid: 0 });
        this.history(state, instruction, { emptyLayer: true });
        return;
      }
      case 'USER':
        config.User = processWord(instruction.args, vars, escape);
        this.history(state, instruction, { emptyLayer: true });
        return;
      case 'EXPOSE': {
        const ports = record(config.ExposedPorts);
        for (const word of processWords(instruction.args, vars, escape)) {
          const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(word);
          if (!m)
            throw new FerryError(
              `${this.where(instruction)}: '${word}' is not a port. Write e.g. EXPOSE 8080/tcp.`,
              { code: 'BUILD', usage: true },
            );
          const low = Number(m[1]);
          const high = m[2] === undefined ? low : Number(m[2]);
          for (let port = low; port <= high; port++) ports[`${port}/${(m[3] ?? 'tcp').toLowerCase()}`] = {};
        }
        config.ExposedPorts = ports;
        this.history(state, instruction, { emptyLayer: true });
        return;
      }
      case 'VOLUME': {
        const volumes = record(config.Volumes);
        const paths = instruction.json ?? processWords(instruction.args, vars, escape);
        for (const path of paths) volumes[processWord(path, vars, escape)] = {};
        config.Volumes = volumes;
        this.history(state, instruction, { emptyLayer: true });
        return;
      }
      case 'STOPSIGNAL':
        config.StopSignal = processWord(instruction.args, vars, escape);
        this.history(state, instruction, { emptyLayer: true });
        return;
      case 'MAINTAINER':
        state.author = instruction.args;
        this.history(state, instruction, { emptyLayer: true });
        return;
      case 'SHELL':
        if (!instruction.json || instruction.json.length === 0) {
          throw new FerryError(
            `${this.where(instruction)}: SHELL needs the JSON form. Write SHELL ["/bin/sh", "-c"].`,
            { code: 'BUILD', usage: true },
          );
        }
        state.shell = instruction.json;
        config.Shell = instruction.json;
        this.history(state, instruction, { emptyLayer: true });
        return;
      case 'ENTRYPOINT':
      case 'CMD': {
        const command =
          instruction.json ?? (instruction.args === '' ? [] : [...state.shell, instruction.args]);
        if (keyword === 'ENTRYPOINT') {
          config.Entrypoint = command;
          // Docker resets an inherited CMD when the entrypoint changes.
          if (!state.stage.instructions.some((i) => i.keyword === 'CMD' && i.line < instruction.line))
            delete config.Cmd;
        } else config.Cmd = command;
        this.history(state, instruction, { emptyLayer: true });
        return;
      }
      case 'HEALTHCHECK':
        config.Healthcheck = this.healthcheck(instruction);
        this.history(state, instruction, { emptyLayer: true });
        return;
      case 'COPY':
      case 'ADD':
        await this.copy(state, instruction, vars);
        return;
      default:
        throw unsupported(this.file, {
          line: instruction.line,
          keyword,
          why: keyword === 'RUN' ? 'RUN needs a container runtime' : `${keyword} is not supported natively`,
        });
    }
  }

  private healthcheck(instruction: Instruction): Record<string, unknown> {
    const args = instruction.args;
    if (/^none$/i.test(args.trim())) return { Test: ['NONE'] };
    const m = /^CMD\s+([\s\S]*)$/i.exec(args.trim());
    if (!m)
      throw new FerryError(
        `${this.where(instruction)}: expected HEALTHCHECK [options] CMD command, or HEALTHCHECK NONE.`,
        { code: 'BUILD', usage: true },
      );
    const rest = (m[1] ?? '').trim();
    let json: string[] | undefined;
    try {
      const value: unknown = JSON.parse(rest);
      if (Array.isArray(value) && value.every((v): v is string => typeof v === 'string')) json = value;
    } catch {
      json = undefined;
    }
    const result: Record<string, unknown> = { Test: json ? ['CMD', ...json] : ['CMD-SHELL', rest] };
    const where = this.where(instruction);
    const f = instruction.flags;
    if (f.interval) result.Interval = durationNs(f.interval, where);
    if (f.timeout) result.Timeout = durationNs(f.timeout, where);
    if (f['start-period']) result.StartPeriod = durationNs(f['start-period'], where);
    if (f['start-interval']) result.StartInterval = durationNs(f['start-interval'], where);
    if (f.retries) result.Retries = Number(f.retries);
    return result;
  }

  private async sourceTree(
    state: StageState,
    instruction: Instruction,
  ): Promise<{ tree: SourceTree; opaque?: string; label: string }> {
    const from = instruction.flags.from;
    if (from === undefined) {
      if (!this.context) {
        const ignore = await loadDockerIgnore(this.options.contextDir, this.options.dockerfilePath);
        this.context = await readContext(this.options.contextDir, ignore);
      }
      return { tree: this.context, label: 'the build context' };
    }
    const name = processWord(from, this.variables(state), this.dockerfile.escape);
    const stage = findStage(this.dockerfile, name, state.stage.index);
    const source = stage ? this.states.get(stage.index) : undefined;
    if (!source) {
      throw unsupported(this.file, {
        line: instruction.line,
        keyword: instruction.keyword,
        why: `COPY --from=${name} names an image, not an earlier stage`,
      });
    }
    const result: { tree: SourceTree; opaque?: string; label: string } = {
      tree: source.files,
      label: `stage ${name}`,
    };
    if (source.opaqueBase) result.opaque = source.opaqueBase;
    return result;
  }

  private async copy(state: StageState, instruction: Instruction, vars: Map<string, string>): Promise<void> {
    const where = this.where(instruction);
    const escape = this.dockerfile.escape;
    const words = instruction.json
      ? instruction.json.map((w) => processWord(w, vars, escape))
      : processWords(instruction.args, vars, escape);
    if (words.length < 2)
      throw new FerryError(
        `${where}: needs at least one source and a destination. Write ${instruction.keyword} src dest.`,
        { code: 'BUILD', usage: true },
      );
    const dest = words[words.length - 1] ?? '';
    const sources = words.slice(0, -1);
    // Without --chown, context files are root's and stage or archive entries keep their owners.
    const owner =
      instruction.flags.chown === undefined
        ? undefined
        : parseChown(processWord(instruction.flags.chown, vars, escape), where);
    const chmod =
      instruction.flags.chmod === undefined ? undefined : parseChmod(instruction.flags.chmod, where);
    const { tree, opaque, label } = await this.sourceTree(state, instruction);

    const matches: string[] = [];
    for (const source of sources) {
      const found = matchSources(tree, source);
      if (found.length === 0) {
        const hint = opaque
          ? ` Files of the base image ${opaque} are not readable by the native builder; use builder: buildah.`
          : instruction.flags.from === undefined
            ? ' Check the path and .dockerignore.'
            : '';
        throw new FerryError(`${where}: '${source}' not found in ${label}.${hint}`, {
          code: 'BUILD',
          usage: true,
        });
      }
      matches.push(...found);
    }
    const destPath = posix.resolve(state.workdir, dest);
    const destRel = cleanRelative(destPath);
    const destIsDir =
      dest.endsWith('/') ||
      dest === '.' ||
      dest.endsWith('/.') ||
      state.files.get(destRel)?.type === 'dir' ||
      destRel === '';
    if (matches.length > 1 && !destIsDir) {
      throw new FerryError(
        `${where}: several sources need a directory destination ending in '/'. Write '${dest}/'.`,
        { code: 'BUILD', usage: true },
      );
    }

    const entries = new Map<string, TarEntry>();
    const added: [string, SourceEntry][] = [];
    const put = (path: string, source: SourceEntry): void => {
      if (path === '') return;
      const mode = chmod ?? source.mode;
      const entry: TarEntry = {
        path,
        type: source.type,
        mode: source.type === 'symlink' ? 0o777 : mode,
        uid: owner?.uid ?? source.uid,
        gid: owner?.gid ?? source.gid,
        mtime: this.mtime,
        size: source.type === 'file' ? source.size : 0,
      };
      if (source.linkTarget !== undefined) entry.linkTarget = source.linkTarget;
      if (source.open) entry.open = source.open;
      entries.set(path, entry);
      added.push([path, { ...source, mode: entry.mode, uid: entry.uid, gid: entry.gid }]);
    };
    for (const match of matches) {
      const resolved = resolveInTree(tree, match);
      if (!resolved)
        throw new FerryError(
          `${where}: '${match}' is a symlink that leads outside ${label}. Copy the file it points to.`,
          { code: 'BUILD', usage: true },
        );
      const hostPath = resolved.entry.hostPath;
      if (instruction.keyword === 'ADD' && resolved.entry.type === 'file' && hostPath) {
        const archive = await readArchive(hostPath, match, this.options.workDir);
        if (archive) {
          // An archive unpacks into the destination directory, whatever its name ends with.
          for (const path of [...archive.keys()].sort()) {
            const entry = archive.get(path);
            if (entry) put(posix.join(destRel, path), entry);
          }
          continue;
        }
      }
      if (resolved.entry.type === 'dir') {
        put(destRel, resolved.entry);
        for (const child of descendants(tree, resolved.path)) {
          const entry = tree.get(child);
          if (entry) put(posix.join(destRel, child.slice(resolved.path.length).replace(/^\//, '')), entry);
        }
      } else {
        put(destIsDir ? posix.join(destRel, posix.basename(match)) : destRel, resolved.entry);
      }
    }
    for (const path of [...entries.keys()]) {
      for (
        let parent = posix.dirname(path);
        parent !== '.' && parent !== '/';
        parent = posix.dirname(parent)
      ) {
        if (entries.has(parent)) continue;
        entries.set(parent, {
          path: parent,
          type: 'dir',
          mode: 0o755,
          uid: 0,
          gid: 0,
          mtime: this.mtime,
          size: 0,
        });
        if (!state.files.has(parent))
          state.files.set(parent, { type: 'dir', mode: 0o755, size: 0, uid: 0, gid: 0 });
      }
    }
    const sorted = [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const layer = await writeLayer(sorted, this.options.workDir);
    for (const [path, entry] of added) state.files.set(path, entry);
    state.layers.push({
      descriptor: layer.descriptor,
      diffId: layer.diffId,
      source: { kind: 'file', file: layer.file },
    });
    state.diffIds.push(layer.diffId);
    this.history(state, instruction, { emptyLayer: false });
    this.options.log?.debug(
      `${instruction.original}: ${sorted.length} entries, layer ${layer.descriptor.digest}`,
    );
  }

  image(state: StageState): BuiltImage {
    const config = state.config;
    const labels = { ...record(config.Labels), ...(this.options.labels ?? {}) };
    if (Object.keys(labels).length) config.Labels = labels;
    const imageConfig: Record<string, unknown> = { created: this.created };
    if (state.author) imageConfig.author = state.author;
    imageConfig.architecture = this.platform.architecture;
    imageConfig.os = this.platform.os;
    if (this.platform.variant) imageConfig.variant = this.platform.variant;
    imageConfig.config = config;
    imageConfig.rootfs = { type: 'layers', diff_ids: state.diffIds };
    imageConfig.history = state.history;
    const configBytes = Buffer.from(JSON.stringify(imageConfig));
    const configDescriptor: Descriptor = {
      mediaType: MEDIA_TYPES.ociConfig,
      digest: sha256Digest(configBytes),
      size: configBytes.length,
    };
    const manifest: ImageManifest = {
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: configDescriptor,
      layers: state.layers.map((l) => l.descriptor),
    };
    const annotations = { ...state.baseAnnotations, ...(this.options.annotations ?? {}) };
    if (Object.keys(annotations).length) manifest.annotations = annotations;
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    return {
      digest: sha256Digest(manifestBytes),
      mediaType: MEDIA_TYPES.ociManifest,
      manifest,
      manifestBytes,
      config: imageConfig,
      configDescriptor,
      configBytes,
      layers: state.layers,
      platform: this.platform,
    };
  }
}

/**
 * Builds the Dockerfile natively into `workDir` and returns the image, not yet pushed (see pushImage).
 * Throws FerryError code BUILD (usage) naming the line for anything it cannot do, suggesting buildah.
 */
export async function buildNative(options: NativeBuildOptions): Promise<BuiltImage> {
  let text = options.dockerfileText;
  if (text === undefined) {
    try {
      text = await readFile(options.dockerfilePath, 'utf8');
    } catch (error) {
      throw new FerryError(
        `Dockerfile ${options.dockerfilePath} cannot be read: ${errorMessage(error)}. Set dockerfilePath to the Dockerfile.`,
        {
          code: 'BUILD',
          usage: true,
          cause: error,
        },
      );
    }
  }
  const dockerfile = parseDockerfile(text, { file: options.dockerfilePath });
  const problem = nativeProblems(dockerfile, options.target)[0];
  if (problem) throw unsupported(options.dockerfilePath, problem);
  const build = new NativeBuild(options, dockerfile);
  const state = await build.run(targetStage(dockerfile, options.target));
  return build.image(state);
}
