// The body of build: choose the builder (and say why), build, push to the staging registry, and only
// then record the images by digest, with git provenance, in the pipeline environment.
import { readFile, stat } from 'node:fs/promises';
import { arch } from 'node:os';
import { join } from 'node:path';
import {
  buildNative,
  buildWithBuildah,
  buildWithDocker,
  buildWithKaniko,
  buildWithPack,
  chooseBuilder,
  createIndex,
  groupByRepository,
  ociLabels,
  nativeBuildOptions,
  attachReferrer,
  imageSbom,
  platformManifests,
  syftCommand,
  SPDX_JSON,
  parseRegistryMirrors,
  mirrorHosts,
  mirrorReferences,
  type MirrorRule,
  parseDockerfile,
  planTargets,
  pushImage,
  pushIndex,
  readGitInfo,
  writeAuthFile,
  BUILDER_PROGRAMS,
  type BuildRequest,
  type BuildResult,
  type BuilderChoice,
  type BuiltImage,
  type GitInfo,
  type RegistryLogin,
  type TargetPlan,
} from '../../lib/build';
import { writeBuiltImages, type ImageProvenance, type ImageRecord, type ReferrerRecord } from '../../lib/env';
import type { Logger } from '../../lib/log';
import { createKeychain, credentialPair, readDockerConfigFile, type DockerConfig } from '../../lib/oci/auth';
import { createRegistryClient, type RegistryClient } from '../../lib/oci/registry';
import { assertPlainHttpAllowed, isLoopbackHost } from '../../lib/oci/transport';
import type { Platform, Repository } from '../../lib/oci/types';
import { parseReference, type ImageReference } from '../../lib/oci/reference';
import type { ParamValues, StepContext } from '../../lib/step';
import { FerryError, errorMessage, usage } from '../../lib/util/errors';
import { imageJobs, workspacePath } from './jobs';
import type { params } from './metadata';

type Params = ParamValues<typeof params>;

/**
 * The builder options: Piper's deprecated containerBuildOptions, when set, replaces buildOptions,
 * split at spaces (kanikoExecute: `strings.Split(config.ContainerBuildOptions, " ")`).
 */
export function builderOptions(
  p: Pick<Params, 'buildOptions' | 'containerBuildOptions'>,
  warn: (message: string) => void,
): string[] {
  const joined = p.containerBuildOptions?.trim();
  if (!joined) return [...p.buildOptions];
  warn('build: containerBuildOptions is deprecated (as in Piper); use buildOptions, a list, instead.');
  return joined.split(' ').filter((o) => o.length > 0);
}

function parsePlatform(text: string): Platform {
  const [os, architecture, variant] = text.trim().split('/');
  if (!os || !architecture)
    throw usage(`build: platform '${text}' is not os/arch[/variant]. Write e.g. linux/amd64.`);
  const platform: Platform = { os, architecture };
  if (variant) platform.variant = variant;
  return platform;
}

/** The host platform, the default when `platforms` is empty. */
function hostPlatform(): Platform {
  const map: Record<string, string> = {
    x64: 'amd64',
    arm64: 'arm64',
    arm: 'arm',
    ppc64: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
  };
  return { os: 'linux', architecture: map[arch()] ?? arch() };
}

function login(p: Params, registry: string, log: Logger): RegistryLogin | undefined {
  const pair = credentialPair({
    user: p.containerRegistryUser,
    password: p.containerRegistryPassword,
    userParam: 'containerRegistryUser',
    passwordParam: 'containerRegistryPassword',
    step: 'build',
    log,
  });
  return pair && { registry, ...pair };
}

/** True when the program is installed, asked through the exec chokepoint (no PATH reading here). */
function whichVia(ctx: StepContext): (program: string) => Promise<boolean> {
  return async (program) => {
    const result = await ctx
      .exec('sh', ['-c', 'command -v "$1"', 'sh', program], { allowFailure: true })
      .catch(() => undefined);
    return result?.exitCode === 0;
  };
}

interface Built {
  result: BuildResult;
  builder: string;
}

interface BuildInputs {
  p: Params;
  ctx: StepContext;
  plan: TargetPlan;
  dockerfile: string;
  context: string;
  labels: Record<string, string>;
  timestamp?: number;
  platforms: string[];
  insecure: string[];
  login?: RegistryLogin;
  dockerConfig?: DockerConfig;
  /** registryMirrors, parsed: where base images are pulled from first. */
  mirrors: MirrorRule[];
}

/**
 * The repository a base image is read from: the first mirror that has it (asked with one HEAD), else
 * its own registry, as kaniko's --registry-mirror falls back. A mirror that fails is logged and skipped.
 */
async function openBase(
  client: RegistryClient,
  reference: ImageReference,
  mirrors: readonly MirrorRule[],
  log: Logger,
): Promise<Repository> {
  for (const candidate of mirrorReferences(reference, mirrors)) {
    const repository = client.repository(candidate);
    try {
      if (await repository.manifestHead(reference.identifier)) {
        log.info(`build: base ${reference.toString()} from mirror ${candidate.registry}`);
        return repository;
      }
      log.info(`build: mirror ${candidate.registry} has no ${candidate.toString()}; trying the next source.`);
    } catch (error) {
      log.warn(
        `build: mirror ${candidate.registry} failed for ${reference.toString()} (${errorMessage(error)}); trying the next source.`,
      );
    }
  }
  return client.repository(reference);
}

/** A registry client for the staging registry and the bases, with the step's credentials. */
function stagingClient(inputs: BuildInputs): RegistryClient {
  const { ctx, plan } = inputs;
  const credentials: Record<string, { username: string; password: string }> = {};
  if (inputs.login)
    credentials[plan.registry] = { username: inputs.login.username, password: inputs.login.password };
  return createRegistryClient({
    keychain: createKeychain({
      credentials,
      dockerConfigs: inputs.dockerConfig ? [inputs.dockerConfig] : [],
      exec: ctx.exec,
      secrets: ctx.log.secrets,
      log: ctx.log,
    }),
    insecureRegistries: inputs.insecure,
    ...(plan.secure === undefined ? {} : { secure: { [plan.registry]: plan.secure } }),
    secrets: ctx.log.secrets,
    log: ctx.log,
    signal: ctx.signal,
  });
}

/**
 * createBOM: an SPDX document per image manifest (syft's when syft is installed, else ferry's), pushed
 * to every repository the image went to as a referrer of that manifest. Returns them per repository.
 */
async function attachSboms(inputs: BuildInputs, result: BuildResult): Promise<Map<string, ReferrerRecord[]>> {
  const { ctx, plan } = inputs;
  const attached = new Map<string, ReferrerRecord[]>();
  const client = stagingClient(inputs);
  const syft = await whichVia(ctx)('syft');
  const created = new Date((inputs.timestamp ?? 0) * 1000).toISOString().replace(/\.000Z$/, 'Z');
  try {
    for (const group of groupByRepository(plan.targets)) {
      const repository = client.repository(group.reference, { push: true });
      const list: ReferrerRecord[] = [];
      for (const { descriptor, manifest } of await platformManifests(repository, result.digest)) {
        const name = `${group.reference.registry}/${group.reference.repository}`;
        let content: Buffer;
        if (syft) {
          const output = join(await ctx.tempDir(), 'sbom.spdx.json');
          const command = syftCommand({
            reference: `${name}@${descriptor.digest}`,
            output,
            plainHttp: inputs.insecure.includes(group.reference.registry),
            ...(inputs.login ? { credentials: inputs.login } : {}),
          });
          await ctx.exec('syft', command.args, { env: command.env, log: ctx.log });
          content = await readFile(output);
        } else {
          content = await imageSbom({
            repository,
            name,
            descriptor,
            manifest,
            created,
            workDir: await ctx.tempDir(),
            // Through the same mirrors the build read the base from.
            openBase: async (base) => {
              let reference: ImageReference;
              try {
                reference = parseReference(base);
              } catch {
                return undefined;
              }
              return openBase(client, reference, inputs.mirrors, ctx.log);
            },
            log: ctx.log,
          });
        }
        const referrer = await attachReferrer(repository, descriptor, {
          artifactType: SPDX_JSON,
          mediaType: SPDX_JSON,
          content,
          annotations: { 'org.opencontainers.image.created': created },
        });
        ctx.log.info(
          `build: SBOM (${syft ? 'syft' : 'ferry'}, SPDX 2.3) ${referrer.digest} attached to ${name}@${descriptor.digest}${referrer.tag ? ` and listed in tag ${referrer.tag}` : ''}`,
        );
        list.push({ digest: referrer.digest, artifactType: referrer.artifactType });
      }
      attached.set(group.reference.repository, list);
    }
  } finally {
    await client.close();
  }
  return attached;
}

async function buildNatively(given: BuildInputs, dockerfileText: string): Promise<BuildResult> {
  // buildOptions (and containerBuildOptions) that say what to build apply; the rest is refused by name.
  const extra = nativeBuildOptions(given.p.buildOptions);
  if (extra.ignored.length)
    given.ctx.log.warn(
      `build: buildOptions ${extra.ignored.join(', ')} have no effect on the native builder (it has no cache, snapshots or executor to tune, and builds reproducibly); accepted.`,
    );
  const target = extra.target ?? given.p.target;
  const inputs: BuildInputs = {
    ...given,
    p: { ...given.p, buildArgs: { ...given.p.buildArgs, ...extra.buildArgs }, ...(target ? { target } : {}) },
    labels: { ...given.labels, ...extra.labels },
    platforms: extra.platforms.length ? extra.platforms : given.platforms,
    insecure: [...new Set([...given.insecure, ...extra.insecureRegistries])],
  };
  const { p, ctx, plan } = inputs;
  const client = stagingClient(inputs);
  try {
    const platforms = inputs.platforms.length ? inputs.platforms.map(parsePlatform) : [hostPlatform()];
    const images: BuiltImage[] = [];
    for (const platform of platforms) {
      const workDir = await ctx.tempDir();
      const image = await ctx.log.group(
        `native build ${[platform.os, platform.architecture, platform.variant].filter(Boolean).join('/')}`,
        () =>
          buildNative({
            contextDir: inputs.context,
            dockerfilePath: inputs.dockerfile,
            dockerfileText,
            buildArgs: p.buildArgs,
            ...(p.target ? { target: p.target } : {}),
            platform,
            ...(inputs.timestamp === undefined ? {} : { timestamp: inputs.timestamp }),
            labels: inputs.labels,
            annotations: inputs.labels,
            openRepository: (reference) => openBase(client, reference, inputs.mirrors, ctx.log),
            workDir,
            log: ctx.log,
          }),
      );
      images.push(image);
    }
    const first = images[0];
    if (!first)
      throw usage('build: no platform to build. Set platforms, or leave it empty for the host platform.');
    const index = images.length > 1 ? createIndex(images, inputs.labels) : undefined;
    let digest: string | undefined;
    let pushedTo: string | undefined;
    const bases = [
      ...new Set(
        images
          .flatMap((i) => i.layers)
          .flatMap((l) => (l.source.kind === 'base' ? [l.source.repository] : [])),
      ),
    ];
    for (const group of groupByRepository(plan.targets)) {
      // Base layers in the same registry are mounted, not sent: the token must cover pulling from there.
      const probe = client.repository(group.reference);
      const mountFrom = [
        ...new Set([
          ...bases.filter((b) => b.sameStoreAs(probe)).map((b) => b.path),
          ...(pushedTo ? [pushedTo] : []),
        ]),
      ].filter((path) => path !== group.reference.repository);
      const target = client.repository(group.reference, {
        push: true,
        ...(mountFrom.length ? { mountFrom } : {}),
      });
      const push = (): Promise<string> =>
        index
          ? pushIndex(index, target, { tags: group.tags, log: ctx.log })
          : pushImage(first, target, { tags: group.tags, log: ctx.log });
      const pushed = await ctx.log.group(`push ${group.reference.name}:${group.tags.join(',')}`, push);
      if (digest !== undefined && pushed !== digest) {
        throw new FerryError(
          `build: ${group.reference.name} was stored as ${pushed}, not ${digest}. Check the registry.`,
          { code: 'DIGEST_MISMATCH' },
        );
      }
      digest = pushed;
      pushedTo ??= group.reference.repository;
    }
    if (digest === undefined) throw usage('build: nothing to push. Set containerImageName.');
    const result: BuildResult = { digest };
    if (index) result.platforms = [...inputs.platforms];
    return result;
  } finally {
    await client.close();
  }
}

async function buildExternally(
  builder: Exclude<BuilderChoice['builder'], 'native'>,
  inputs: BuildInputs,
): Promise<BuildResult> {
  const { p, ctx, plan } = inputs;
  const tempDir = await ctx.tempDir();
  const authFile =
    inputs.login || inputs.dockerConfig
      ? await writeAuthFile(
          join(tempDir, 'auth'),
          inputs.login ? [inputs.login] : [],
          ctx.log,
          inputs.dockerConfig,
        )
      : undefined;
  const request: BuildRequest = {
    dockerfile: inputs.dockerfile,
    context: inputs.context,
    buildArgs: p.buildArgs,
    ...(p.target ? { target: p.target } : {}),
    platforms: inputs.platforms,
    labels: inputs.labels,
    images: plan.targets.map((t) => t.reference.toString()),
    extraOptions: p.buildOptions,
    ...(inputs.timestamp === undefined ? {} : { timestamp: inputs.timestamp }),
    ...(inputs.mirrors.length ? { registryMirrors: inputs.mirrors } : {}),
  };
  if (inputs.mirrors.length && (builder === 'docker' || builder === 'pack'))
    ctx.log.warn(
      `build: registryMirrors are not passed to ${builder}: configure mirrors in ${builder === 'docker' ? "the BuildKit daemon's buildkitd.toml" : "pack's config (pack config registry-mirrors add)"}; base images are pulled from their own registries.`,
    );
  const common = { exec: ctx.exec, log: ctx.log, tempDir, ...(authFile ? { authFile } : {}) };
  switch (builder) {
    case 'buildah':
      return buildWithBuildah(request, {
        ...common,
        insecureRegistries: inputs.insecure,
        registry: plan.registry,
        buildah: { root: join(tempDir, 'storage'), runroot: join(tempDir, 'runroot') },
      });
    case 'docker':
      return buildWithDocker(request, common);
    case 'kaniko':
      return buildWithKaniko(request, { ...common, insecureRegistries: inputs.insecure });
    case 'pack':
      return buildWithPack(
        {
          images: request.images,
          path: p.path ? await workspacePath(ctx.workspace, p.path, 'path') : inputs.context,
          buildpacks: p.buildpacks,
          env: p.buildEnvVars,
          ...(p.projectDescriptor ? { descriptor: p.projectDescriptor } : {}),
          ...(inputs.platforms[0] ? { platform: inputs.platforms[0] } : {}),
          extraOptions: p.buildOptions,
        },
        common,
      );
  }
}

/** Registries reached over plain HTTP: the ones listed, http:// URLs, and loopback (as the transport allows). */
function insecureRegistries(
  p: Params,
  plan: TargetPlan,
  dockerfileText: string | undefined,
  mirrors: readonly MirrorRule[],
): string[] {
  const insecure = new Set(p.insecureRegistries);
  for (const mirror of mirrorHosts(mirrors)) {
    if (mirror.secure === false) assertPlainHttpAllowed(mirror.host, p.insecureRegistries);
    if (mirror.secure === false || isLoopbackHost(mirror.host)) insecure.add(mirror.host);
  }
  // An http:// URL alone is not enough beyond loopback: nothing goes out in clear text unless listed.
  if (plan.secure === false) assertPlainHttpAllowed(plan.registry, p.insecureRegistries);
  if (plan.secure === false || isLoopbackHost(plan.registry)) insecure.add(plan.registry);
  // Bases on a loopback registry (a local mirror, the tests' registry) are pulled over plain HTTP too.
  for (const m of (dockerfileText ?? '').matchAll(/^\s*FROM\s+(?:--\S+\s+)*([^\s/]+)\//gim)) {
    const host = m[1] ?? '';
    if (/[.:]/.test(host) && isLoopbackHost(host)) insecure.add(host);
  }
  return [...insecure];
}

function records(plan: TargetPlan, result: BuildResult, source: ImageProvenance): ImageRecord[] {
  return groupByRepository(plan.targets).map((group) => {
    const record: ImageRecord = {
      registry: group.reference.registry,
      repository: group.reference.repository,
      tags: [...group.tags],
      digest: result.digest,
    };
    if (result.platforms && result.platforms.length > 1) record.platforms = [...result.platforms];
    if (Object.keys(source).length > 0) record.source = { ...source };
    return record;
  });
}

/** Parameters as the phases use them: containerBuildOptions folded in, credentials masked. */
function prepare(params: Params, log: Logger): Params {
  const p: Params = { ...params, buildOptions: builderOptions(params, (m) => log.warn(m)) };
  for (const secret of [p.containerRegistryUser, p.containerRegistryPassword]) log.addSecret(secret);
  if (p.containerRegistryUser && p.containerRegistryPassword)
    log.secrets.addBasicAuth(p.containerRegistryUser, p.containerRegistryPassword);
  return p;
}

/** Where the image goes: registry, names and tags (the git commit when no tag is given). */
function planImage(p: Params, git: GitInfo, log: Logger): TargetPlan {
  const plan = planTargets({
    ...(p.containerRegistryUrl ? { registryUrl: p.containerRegistryUrl } : {}),
    ...(p.containerImageName ? { imageName: p.containerImageName } : {}),
    ...(p.containerImageTag ? { imageTag: p.containerImageTag } : {}),
    ...(p.containerImage ? { image: p.containerImage } : {}),
    nameTags: p.containerImageNameTags ?? [],
    tagLatest: p.tagLatest,
    additionalTags: p.additionalTags,
    ...(git.shortId ? { defaultTag: git.shortId } : {}),
  });
  if (plan.chosenTag)
    log.info(
      `build: no containerImageTag or artifactVersion; tagging with the git commit ${plan.chosenTag}.`,
    );
  return plan;
}

/** The Dockerfile and the build context, resolved inside the workspace and checked. */
interface Sources {
  dockerfile: string;
  context: string;
  /** The Dockerfile's text; absent for pack, which builds without one. */
  dockerfileText?: string;
}

async function readSources(p: Params, ctx: StepContext): Promise<Sources> {
  const dockerfile = await workspacePath(ctx.workspace, p.dockerfilePath, 'dockerfilePath');
  const context = await workspacePath(ctx.workspace, p.buildContext, 'buildContext');
  if (p.builder === 'pack') return { dockerfile, context };
  let dockerfileText: string;
  try {
    dockerfileText = await readFile(dockerfile, 'utf8');
  } catch (error) {
    throw new FerryError(
      `build: Dockerfile ${p.dockerfilePath} cannot be read. Set dockerfilePath to the Dockerfile, relative to the workspace.`,
      {
        code: 'PATH',
        usage: true,
        cause: error,
      },
    );
  }
  if (
    !(await stat(context).then(
      (s) => s.isDirectory(),
      () => false,
    ))
  ) {
    throw usage(
      `build: buildContext '${p.buildContext}' is not a directory. Set it to the build context, relative to the workspace.`,
    );
  }
  return { dockerfile, context, dockerfileText };
}

/** The builder: the parameter's, or (auto, or kanikoExecute without kaniko) the one the Dockerfile needs. */
async function pickBuilder(p: Params, ctx: StepContext, sources: Sources): Promise<BuilderChoice> {
  // Checked against its possibleValues when resolved: auto or a BuilderName.
  const builderParam = p.builder;
  const chooseAuto = (): Promise<BuilderChoice> =>
    chooseBuilder({
      dockerfile: parseDockerfile(sources.dockerfileText ?? '', { file: p.dockerfilePath }),
      dockerfilePath: p.dockerfilePath,
      ...(p.target ? { target: p.target } : {}),
      which: whichVia(ctx),
    });
  let choice: BuilderChoice;
  if (builderParam === 'auto') {
    choice = await chooseAuto();
  } else if (
    builderParam === 'kaniko' &&
    ctx.invokedAs === 'kanikoExecute' &&
    !(await whichVia(ctx)(BUILDER_PROGRAMS.kaniko))
  ) {
    // Piper runs kanikoExecute inside kaniko's image; elsewhere a Piper config must still build.
    const auto = await chooseAuto();
    ctx.log.warn(
      `build: kanikoExecute asks for kaniko, but ${BUILDER_PROGRAMS.kaniko} is not installed here (Piper runs it inside kaniko's image); building the same Dockerfile with ${auto.builder} instead.`,
    );
    choice = { builder: auto.builder, reason: `kaniko not installed; ${auto.reason}` };
  } else {
    choice = { builder: builderParam, reason: 'set by the builder parameter' };
    if (builderParam !== 'native' && !(await whichVia(ctx)(BUILDER_PROGRAMS[builderParam]))) {
      throw new FerryError(
        `build: builder ${builderParam} needs ${BUILDER_PROGRAMS[builderParam]}, which is not installed. Install it, or use builder: auto.`,
        {
          code: 'BUILD',
          usage: true,
        },
      );
    }
  }
  ctx.log.info(`build: builder ${choice.builder} (${choice.reason})`);
  return choice;
}

/** Everything a builder needs: labels from git, the reproducible timestamp, credentials, insecure registries. */
async function buildInputs(
  p: Params,
  ctx: StepContext,
  plan: TargetPlan,
  sources: Sources,
  git: GitInfo,
): Promise<BuildInputs> {
  const version = plan.targets[0]?.reference.tag;
  const firstName = plan.targets[0]?.reference.repository;
  const labels = {
    ...ociLabels({ git, ...(version ? { version } : {}), ...(firstName ? { imageName: firstName } : {}) }),
    ...p.labels,
  };
  // BuildKit's convention: SOURCE_DATE_EPOCH as a build arg; else the commit time keeps builds reproducible.
  const epoch = p.buildArgs.SOURCE_DATE_EPOCH;
  const timestamp = epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) : git.commitTime;
  const dockerConfig = p.dockerConfigJSON
    ? await readDockerConfigFile(p.dockerConfigJSON, { workspace: ctx.workspace, step: 'build' })
    : undefined;
  const registryLogin = login(p, plan.registry, ctx.log);
  const mirrors = parseRegistryMirrors(p.registryMirrors);
  return {
    p,
    ctx,
    plan,
    dockerfile: sources.dockerfile,
    context: sources.context,
    labels,
    ...(timestamp === undefined ? {} : { timestamp }),
    platforms: [...p.platforms],
    insecure: insecureRegistries(p, plan, sources.dockerfileText, mirrors),
    mirrors,
    ...(registryLogin ? { login: registryLogin } : {}),
    ...(dockerConfig ? { dockerConfig } : {}),
  };
}

/** One image built and pushed. */
interface BuiltJob {
  p: Params;
  plan: TargetPlan;
  built: Built;
  /** createBOM: the SBOM referrers pushed, per repository. */
  referrers?: Map<string, ReferrerRecord[]>;
}

/** Builds and pushes one image: plan, sources, builder, inputs, build. */
async function buildImage(p: Params, ctx: StepContext, git: GitInfo): Promise<BuiltJob> {
  const plan = planImage(p, git, ctx.log);
  const sources = await readSources(p, ctx);
  const choice = await pickBuilder(p, ctx, sources);
  const inputs = await buildInputs(p, ctx, plan, sources, git);
  const built: Built = {
    builder: choice.builder,
    result:
      choice.builder === 'native'
        ? await buildNatively(inputs, sources.dockerfileText ?? '')
        : await buildExternally(choice.builder, inputs),
  };
  ctx.log.info(
    `build: pushed ${plan.targets.map((t) => t.reference.toString()).join(', ')} as ${built.result.digest}`,
  );
  if (!p.createBOM) return { p, plan, built };
  const referrers = await ctx.log.group('SBOM', () => attachSboms(inputs, built.result));
  return { p, plan, built, referrers };
}

/** Writes the pushed images and the git facts to the pipeline environment, and the job summary. */
function recordBuild(
  p: Params,
  ctx: StepContext,
  images: readonly BuiltJob[],
  imageNameTag: string | null | undefined,
  git: GitInfo,
): void {
  const { env, log } = ctx;
  const all = images.flatMap(({ p: pi, plan, built, referrers }) => {
    const source: ImageProvenance = { builder: built.builder };
    if (git.commitId) source.revision = git.commitId;
    if (git.remoteUrl) source.repository = git.remoteUrl;
    if (pi.builder !== 'pack') source.dockerfile = pi.dockerfilePath;
    return records(plan, built.result, source).map((record) => {
      const attached = referrers?.get(record.repository);
      return attached?.length ? { ...record, referrers: attached } : record;
    });
  });
  const first = images[0]?.plan;
  // Several images share the step's registry URL (Piper writes containerRegistryUrl).
  const registryUrl = (images.length > 1 ? p.containerRegistryUrl : undefined) ?? first?.registryUrl ?? '';
  writeBuiltImages(env, registryUrl, all, imageNameTag === undefined ? {} : { imageNameTag });
  const chosenTag = images.find((i) => i.plan.chosenTag)?.plan.chosenTag;
  if (chosenTag) env.set('artifactVersion', chosenTag);
  if (git.commitId) env.set('git/commitId', git.commitId);
  if (git.remoteUrl) env.set('git/remoteUrl', git.remoteUrl);
  if (git.dirty !== undefined) env.set('git/dirty', git.dirty);
  if (git.dirty)
    log.warn(
      'build: the workspace has uncommitted changes; the image is labelled with a revision it does not match exactly.',
    );
  ctx.summary.table(
    'Build',
    images.flatMap(({ plan, built }) =>
      plan.targets.map((t) => ({
        Image: t.reference.toString(),
        Digest: built.result.digest,
        Builder: built.builder,
      })),
    ),
  );
}

export async function run(params: Params, ctx: StepContext): Promise<void> {
  const { log } = ctx;
  const p = prepare(params, log);
  const git: GitInfo = await readGitInfo(ctx.workspace, ctx.exec);
  if (!git.commitId)
    log.warn('build: the workspace is not a git repository: no revision labels, no git/commitId.');
  const { jobs, imageNameTag } = await imageJobs(p, ctx, git);
  const images: BuiltJob[] = [];
  for (const job of jobs) {
    images.push(
      jobs.length > 1
        ? await log.group(`image ${images.length + 1} of ${jobs.length}`, () => buildImage(job, ctx, git))
        : await buildImage(job, ctx, git),
    );
  }
  // Only now, with every image pushed, does the pipeline environment change.
  recordBuild(p, ctx, images, imageNameTag, git);
}
