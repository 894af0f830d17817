// The body of imagePushToRegistry: plans the copies (plan.ts), copies each image whole (or one platform)
// with all its tags in one copy, images in parallel with a bound, then records what was promoted.
import { clearPromotedImages, locationOf, writePromotedImages, type PromotedImage } from '../../lib/env';
import type { Logger } from '../../lib/log';
import { createKeychain, credentialPair, readDockerConfigFile, type DockerConfig } from '../../lib/oci/auth';
import { findNetworkError } from '../../lib/oci/errors';
import { copyImage, formatBytes, type CopyResult } from '../../lib/oci/copy';
import { createRegistryClient, type RegistryClient } from '../../lib/oci/registry';
import { assertPlainHttpAllowed } from '../../lib/oci/transport';
import type { Repository } from '../../lib/oci/types';
import type { ParamValues, StepContext, SummaryRow } from '../../lib/step';
import { FerryError, errorMessage, isFerryError, type ErrorCode } from '../../lib/util/errors';
import { openLocalSource, type LocalSource } from './local';
import type { params } from './metadata';
import { planPush, type PlannedCopy, type PushPlan } from './plan';
import { createCaBundle } from '../../lib/util/ca-bundle';
import { runBounded } from '../../lib/util/pool';

type Params = ParamValues<typeof params>;

interface Outcome {
  copy: PlannedCopy;
  /** The source as recorded: `registry/repo:tag@digest`, `oci:DIR:tag` or `docker-archive:FILE`. */
  source: string;
  result?: CopyResult;
  error?: unknown;
}

/** Registers every credential before anything can print, including the base64 forms basic auth uses. */
function registerSecrets(p: Params, log: Logger): void {
  for (const value of [
    p.sourceRegistryUser,
    p.sourceRegistryPassword,
    p.targetRegistryUser,
    p.targetRegistryPassword,
  ])
    log.addSecret(value);
  if (p.sourceRegistryUser && p.sourceRegistryPassword)
    log.secrets.addBasicAuth(p.sourceRegistryUser, p.sourceRegistryPassword);
  if (p.targetRegistryUser && p.targetRegistryPassword)
    log.secrets.addBasicAuth(p.targetRegistryUser, p.targetRegistryPassword);
}

/** The user/password pair of one side, or undefined when neither is set. */
function pair(
  user: string | undefined,
  password: string | undefined,
  side: 'source' | 'target',
  log: Logger,
): { username: string; password: string } | undefined {
  return credentialPair({
    user,
    password,
    userParam: `${side}RegistryUser`,
    passwordParam: `${side}RegistryPassword`,
    step: 'imagePushToRegistry',
    log,
    // The staging pair often arrives half: an exported pipeline environment leaves the password out.
    ...(side === 'source' ? { ignoreHalf: 'the source is read with dockerConfigJSON or anonymously' } : {}),
  });
}

async function credentialsOf(
  p: Params,
  plan: PushPlan,
  workspace: string,
  log: Logger,
): Promise<{
  credentials: Record<string, { username: string; password: string }>;
  dockerConfigs: DockerConfig[];
}> {
  const credentials: Record<string, { username: string; password: string }> = {};
  const source = plan.sourceRegistry
    ? pair(p.sourceRegistryUser, p.sourceRegistryPassword, 'source', log)
    : undefined;
  if (source && plan.sourceRegistry) credentials[plan.sourceRegistry.host] = source;
  const target = pair(p.targetRegistryUser, p.targetRegistryPassword, 'target', log);
  if (target) {
    if (source && plan.sourceRegistry?.host === plan.targetRegistry.host)
      log.info(
        `Source and target are the same registry (${plan.targetRegistry.host}): using the target credentials for both.`,
      );
    credentials[plan.targetRegistry.host] = target;
  }
  const dockerConfigs = p.dockerConfigJSON
    ? [await readDockerConfigFile(p.dockerConfigJSON, { workspace, step: 'imagePushToRegistry' })]
    : [];
  return { credentials, dockerConfigs };
}

/**
 * `http://` and `https://` URLs choose the scheme; plain HTTP still needs a loopback registry or one
 * listed in insecureRegistries (the transport refuses it otherwise, before anything is sent).
 */
function transportSettings(
  p: Params,
  plan: PushPlan,
): { insecure: string[]; secure: Record<string, boolean> } {
  const secure: Record<string, boolean> = {};
  for (const registry of [plan.sourceRegistry, plan.targetRegistry]) {
    if (registry?.secure === undefined) continue;
    secure[registry.host] = registry.secure;
    if (!registry.secure) assertPlainHttpAllowed(registry.host, p.insecureRegistries);
  }
  return { insecure: [...p.insecureRegistries], secure };
}

function describeResult(outcome: Outcome, result: CopyResult): string {
  const target = `${outcome.copy.target.name}:${outcome.copy.tags.join(',')}`;
  if (result.noop) return `${target} was already there with ${result.targetDigest}: nothing sent.`;
  if (result.blobsUploaded === 0 && result.blobsMounted === 0 && result.manifestsWritten === 0)
    return `${target}: the image was already there (${result.targetDigest}); wrote tag${
      result.tagsWritten.length === 1 ? '' : 's'
    } ${result.tagsWritten.join(', ')}, no blob sent.`;
  return (
    `${outcome.source} → ${target} (${result.targetDigest}): ${formatBytes(result.bytesSent)} sent, ` +
    `${result.blobsUploaded} blob(s) uploaded, ${result.blobsSkipped} already there, ${result.blobsMounted} mounted` +
    (result.platforms.length > 0 ? `; platforms ${result.platforms.join(', ')}` : '') +
    '.'
  );
}

/** The build's record of the image (or one made from the source) extended with where it went. */
function record(outcome: Outcome, result: CopyResult): PromotedImage {
  const { target, tags, source } = outcome.copy;
  const promotedTo = { ...locationOf(target, tags, result.targetDigest), digest: result.targetDigest };
  const base =
    source.kind === 'registry'
      ? (source.record ??
        locationOf(source.reference, source.reference.tag ? [source.reference.tag] : [], result.sourceDigest))
      : { ...promotedTo, source: { archive: outcome.source } };
  const entry: PromotedImage = { ...base, digest: result.sourceDigest, target: promotedTo };
  if (result.platforms.length > 0) entry.platforms = [...result.platforms];
  return entry;
}

function summaryRow(outcome: Outcome): SummaryRow {
  const { result, copy } = outcome;
  const row: SummaryRow = {
    Source: outcome.source,
    Target: copy.target.name,
    Tags: copy.tags.join(', '),
    Digest: result ? result.targetDigest : '',
    'Bytes sent': result ? formatBytes(result.bytesSent) : '',
    Skipped: result ? String(result.blobsSkipped) : '',
    Mounted: result ? String(result.blobsMounted) : '',
    Result: result ? (result.noop ? 'already there' : 'copied') : `failed: ${errorMessage(outcome.error)}`,
  };
  return row;
}

/** The engine's messages name no option; say which step parameters fix a TLS failure. */
function parameterHint(error: unknown): string {
  if (findNetworkError(error)?.kind === 'tls')
    return ' (In imagePushToRegistry, a CA bundle is customTlsCertificateLinks; insecureRegistries lists registries to reach without verification.)';
  return '';
}

/** One error for every failed image; masked, since an error message may be printed by anyone. */
function failure(outcomes: Outcome[], log: Logger): FerryError {
  const failed = outcomes.filter((o) => o.error !== undefined);
  const first = failed[0]?.error;
  const code: ErrorCode = isFerryError(first) ? first.code : 'STEP_FAILED';
  const usageError = failed.every((o) => isFerryError(o.error) && o.error.usage);
  const lines = failed.map((o) =>
    log.mask(`${o.source} → ${o.copy.target.name}: ${errorMessage(o.error)}${parameterHint(o.error)}`),
  );
  const done = outcomes.length - failed.length;
  return new FerryError(
    `imagePushToRegistry: ${failed.length} of ${outcomes.length} image(s) failed to copy` +
      (done > 0 ? ` (${done} copied and recorded in promotion/images)` : '') +
      `:\n  ${lines.join('\n  ')}`,
    { code, usage: usageError, cause: first },
  );
}

async function copyOne(
  copy: PlannedCopy,
  client: RegistryClient,
  local: LocalSource | undefined,
  p: Params,
  ctx: StepContext,
): Promise<Outcome> {
  let sourceRepo: Repository;
  let identifier: string;
  let source: string;
  if (copy.source.kind === 'registry') {
    sourceRepo = client.repository(copy.source.reference);
    identifier = copy.source.identifier;
    source = copy.source.reference.toString();
  } else if (local) {
    sourceRepo = local.repository;
    identifier = local.identifier;
    source = local.display;
  } else {
    throw new FerryError('imagePushToRegistry: the local image was not opened.', { code: 'STEP_FAILED' });
  }
  const outcome: Outcome = { copy, source };
  try {
    // Within one registry a blob is mounted from the source repository instead of sent again.
    const sameRegistry =
      copy.source.kind === 'registry' && copy.source.reference.registry === copy.target.registry;
    const target = client.repository(copy.target, {
      push: true,
      ...(sameRegistry ? { mountFrom: [sourceRepo.path] } : {}),
    });
    const platforms =
      copy.platforms.length > 0 ? ` (platform ${copy.platforms.join(', ')})` : ' (every platform)';
    ctx.log.info(`Copying ${source} → ${copy.target.name} as ${copy.tags.join(', ')}${platforms}`);
    const result = await copyImage({
      source: sourceRepo,
      sourceReference: identifier,
      target,
      tags: copy.tags,
      platforms: copy.platforms,
      // The build attached referrers (createBOM's SBOM): they travel with the image.
      referrers:
        p.referrers || (copy.source.kind === 'registry' && (copy.source.record?.referrers?.length ?? 0) > 0),
      signal: ctx.signal,
    });
    outcome.result = result;
    ctx.log.info(describeResult(outcome, result));
  } catch (error) {
    outcome.error = error;
    // The step's error lists every failed image; here only a debug line, so nothing is said twice.
    ctx.log.debug(`${source} → ${copy.target.name}: ${errorMessage(error)}${parameterHint(error)}`);
  }
  return outcome;
}

export async function run(p: Params, ctx: StepContext): Promise<void> {
  const { log } = ctx;
  registerSecrets(p, log);
  // Records describe this run only: a stale one from an earlier run must not outlive a failure.
  clearPromotedImages(ctx.env);
  const plan = planPush(p, ctx.env);
  for (const note of plan.notes) log.warn(note);
  const { credentials, dockerConfigs } = await credentialsOf(p, plan, ctx.workspace, log);
  const { insecure, secure } = transportSettings(p, plan);
  const keychain = createKeychain({
    credentials,
    dockerConfigs,
    secrets: log.secrets,
    exec: ctx.exec,
    log,
  });
  // The registry transport adds these to the system roots itself.
  const caFile = await createCaBundle({
    links: p.customTlsCertificateLinks,
    workspace: ctx.workspace,
    dir: p.customTlsCertificateLinks.length > 0 ? await ctx.tempDir() : '',
    fileName: 'registry-ca.pem',
    signal: ctx.signal,
  });
  const client = createRegistryClient({
    keychain,
    ...(caFile ? { caFile } : {}),
    insecureRegistries: insecure,
    secure,
    secrets: log.secrets,
    log,
    signal: ctx.signal,
  });
  let outcomes: Outcome[];
  try {
    const first = plan.copies[0]?.source;
    const local =
      first?.kind === 'local' ? await openLocalSource(ctx.workspace, first.path, first.tag) : undefined;
    // copyOne returns a failed copy as an outcome, so every copy runs and each is reported.
    const settled: Outcome[] = [];
    await runBounded([...plan.copies.keys()], Math.max(1, Math.floor(p.jobs)), async (i) => {
      const copy = plan.copies[i];
      if (copy) settled[i] = await copyOne(copy, client, local, p, ctx);
    });
    outcomes = settled;
  } finally {
    await client.close();
  }

  // Only images that arrived are recorded, so the GitOps step never deploys one that did not.
  const records = outcomes.flatMap((o) => (o.result ? [record(o, o.result)] : []));
  if (records.length > 0) {
    writePromotedImages(ctx.env, plan.targetRegistryUrl, records);
  }
  ctx.summary.table(`imagePushToRegistry → ${plan.targetRegistryUrl}`, outcomes.map(summaryRow));
  if (outcomes.some((o) => o.error !== undefined)) throw failure(outcomes, log);
  const fresh = outcomes.filter((o) => o.result && !o.result.noop).length;
  log.info(
    fresh === 0
      ? `All ${outcomes.length} image(s) were already at ${plan.targetRegistryUrl}: nothing to do.`
      : `Promoted ${fresh} of ${outcomes.length} image(s) to ${plan.targetRegistryUrl}; recorded in promotion/images.`,
  );
}
