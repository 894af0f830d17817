// The body of gitOpsUpdateDeployment: pick the images (promotion, build, parameters), clone the GitOps
// branch, pin the images in the files, commit, and push with re-apply on a moved branch — or open a PR.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  branchNameProblem,
  cloneBranch,
  createGitCaBundle,
  displayUrl,
  insecureRemoteProblem,
  pushBranch,
  pushWithRetry,
  type AppliedEdit,
  type GitWorkdir,
} from '../../lib/gitops/git';
import { openOrUpdatePullRequest, parseGitHubRepository } from '../../lib/gitops/github';
import { canonicalName, parseHelmImageKeys, updaters, type Change } from '../../lib/gitops/updaters';
import { readBuiltImages, readPromotedImages } from '../../lib/env';
import type { ParamValues, StepContext } from '../../lib/step';
import { usage } from '../../lib/util/errors';
import { hasGlobMagic } from '../../lib/util/glob';
import { editFiles, type EditTarget } from './edit';
import { renderChart } from './helm';
import { writableInside } from './paths';
import { selectImages, type DeployImage } from './images';
import { checkTemplate, renderCommitMessage, type DeployedImage } from './message';
import type { params as stepParams } from './metadata';

type Params = ParamValues<typeof stepParams>;

interface StepEdit extends AppliedEdit {
  files: string[];
  images: DeployedImage[];
}

/** Lowercase, `[a-z0-9._-]` only: a safe path component for `ferry/<stage>/<image>`. */
function branchComponent(text: string): string {
  const cleaned = text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .replace(/\.{2,}/g, '.');
  return cleaned.slice(0, 60) || 'image';
}

export function pullRequestBranch(stage: string | undefined, images: readonly DeployImage[]): string {
  const names = [...new Set(images.map((i) => branchComponent(i.shortName)))].join('_');
  return `ferry/${branchComponent(stage ?? 'default')}/${names}`;
}

/** The reference form for one image: what the user asked for, or the tag when no digest is known. */
function formFor(
  image: DeployImage,
  asked: Params['referenceForm'],
  warn: (m: string) => void,
): EditTarget['form'] {
  if (asked === 'tag' || image.ref.digest) return asked;
  warn(
    `No digest is known for ${image.ref.toString()}: writing the tag, which can move. Run imagePushToRegistry (or build) before this step, or give the image as name@sha256:….`,
  );
  return 'tag';
}

const IMAGE_FIELDS: ReadonlySet<Change['field']> = new Set(['full', 'registry', 'name', 'tag', 'digest']);

/** What the files held before an image's edit, each distinct value once. */
function previousValues(changes: readonly Change[]): string[] {
  return [
    ...new Set(changes.filter((c) => IMAGE_FIELDS.has(c.field) && c.before.length > 0).map((c) => c.before)),
  ];
}

/** The references to a repository a manifest held before it is re-rendered (tool helm). */
function referencesIn(text: string, repository: string): string[] {
  let found: string[] = [];
  try {
    found = updaters.manifest
      .extract(text)
      .filter((o) => o.field === 'full' && canonicalName(o.value) === repository)
      .map((o) => o.value);
  } catch {
    // Not YAML we can read: nothing to report as previous.
  }
  return [...new Set(found)];
}

/**
 * The repository, branch and credentials, checked before anything is cloned: an HTTP(S) URL naming a
 * repository, with no credentials in it; a branch name git accepts; no password over plain HTTP to
 * another host unless allowed.
 */
function checkRemote(params: Params): void {
  const { serverUrl } = params;
  let url: URL | undefined;
  try {
    url = new URL(serverUrl);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw usage(
      `serverUrl '${displayUrl(serverUrl)}' is not an HTTP(S) URL. Give the GitOps repository's HTTPS URL, e.g. https://github.com/org/deploy.git.`,
    );
  }
  if (url.username || url.password) {
    throw usage(
      `serverUrl '${displayUrl(serverUrl)}' holds credentials (user info before '@'). Remove them from the URL and give them as username and password (or the Vault secret ${params.gitHttpsCredentialVaultSecretName}).`,
    );
  }
  if (url.pathname.replace(/\/+$/, '') === '') {
    throw usage(
      `serverUrl '${displayUrl(serverUrl)}' names a server, not a repository. Set serverUrl to the GitOps repository, e.g. ${url.origin}/org/deploy.git.`,
    );
  }
  const branchProblem = branchNameProblem(params.branchName);
  if (branchProblem !== undefined) {
    throw usage(
      `branchName ${JSON.stringify(params.branchName)} is not a valid git branch name: ${branchProblem}. Set branchName to the branch of the GitOps repository to update, e.g. main.`,
    );
  }
  const insecure = insecureRemoteProblem({
    url: serverUrl,
    credentials: { username: params.username, password: params.password },
    allowInsecureHttp: params.allowInsecureHttp,
  });
  if (insecure !== undefined) throw usage(`serverUrl ${insecure}`);
}

function commitLink(serverUrl: string, sha: string): string {
  const base = displayUrl(serverUrl)
    .replace(/\.git\/?$/, '')
    .replace(/\/$/, '');
  return `${base}/commit/${sha}`;
}

/** What the step settled before anything is cloned: the images, where they go, how the files are edited. */
interface DeployPlan {
  images: DeployImage[];
  targets: EditTarget[];
  /** The remote and branch, as messages name them (no credentials). */
  where: string;
  /** tool helm with a manifest updater: the chart is rendered into filePath first. */
  renderHelm: boolean;
  helmValuesImageKeys: ReturnType<typeof parseHelmImageKeys>[];
  sourceRevision: string | undefined;
}

/**
 * Phase 1, resolve: checks the settings (a mistake is a usage error, before anything is cloned) and
 * picks the images from the promotion and build records or the parameters.
 */
function planDeployment(params: Params, ctx: StepContext): DeployPlan {
  const { log } = ctx;
  // tool, updater and referenceForm were checked against their possibleValues when resolved.
  const helmValuesImageKeys = params.helmValuesImageKeys.map(parseHelmImageKeys);
  if (params.commitMessage) checkTemplate(params.commitMessage);
  checkRemote(params);
  const renderHelm = params.tool === 'helm' && (params.updater === 'auto' || params.updater === 'manifest');
  if (renderHelm && !params.chartPath) {
    throw usage(
      'gitOpsUpdateDeployment: tool helm renders a chart, and chartPath is not set. Set chartPath, or set updater: helm-values to edit a values file.',
    );
  }
  if (renderHelm && hasGlobMagic(params.filePath)) {
    throw usage(`filePath '${params.filePath}': tool helm renders into one file; give its path, not a glob.`);
  }

  // Piper's precedence: a value set for this step (its steps or stages section, a flag, a variable,
  // Vault) ranks above the pipeline environment, so it wins over the promotion and build records too.
  // A `general` containerRegistryUrl is usually the build's staging registry: it alone does not.
  const explicit = (name: string, generalCounts: boolean): boolean => {
    const origin = ctx.paramOrigins?.[name];
    if (origin === undefined || origin.kind === 'env' || origin.kind === 'default') return false;
    return generalCounts || (origin.section !== 'general' && origin.kind !== 'defaults');
  };
  const images = selectImages({
    images: params.images,
    containerRegistryUrl: params.containerRegistryUrl,
    containerImageNameTag: params.containerImageNameTag,
    explicit: explicit('containerImageNameTag', true) || explicit('containerRegistryUrl', false),
    promoted: readPromotedImages(ctx.env),
    built: readBuiltImages(ctx.env),
  });
  // Kustomize's `images[].name` is matched as written (Piper passes deploymentName to `kustomize edit
  // set image` unchanged), so a mixed-case name is a name, not a malformed repository.
  const kustomizeAlias =
    params.tool === 'kustomize' && params.deploymentName && images.length === 1
      ? params.deploymentName
      : undefined;
  const targets: EditTarget[] = images.map((image) => ({
    repository: kustomizeAlias ?? image.repository,
    reference: image.ref,
    form: formFor(image, params.referenceForm, (m) => log.warn(m)),
  }));
  for (const image of images) log.info(`Deploying ${image.ref.toString()} (from ${image.source})`);
  return {
    images,
    targets,
    where: `${displayUrl(params.serverUrl)} (branch ${params.branchName})`,
    renderHelm,
    helmValuesImageKeys,
    sourceRevision: ctx.env.get('git/commitId') ?? ctx.env.get('git/headCommitId'),
  };
}

/** Phase 2, clone: the branch, shallow, with the CA bundle and credentials of the remote. */
async function cloneGitOpsBranch(params: Params, ctx: StepContext, plan: DeployPlan): Promise<GitWorkdir> {
  const temp = await ctx.tempDir();
  const caFile = await createGitCaBundle({
    links: params.customTlsCertificateLinks,
    workspace: ctx.workspace,
    dir: temp,
    signal: ctx.signal,
  });
  return ctx.log.group(`Clone ${plan.where}`, () =>
    cloneBranch({
      remote: {
        url: params.serverUrl,
        credentials: { username: params.username, password: params.password },
        caFile,
        allowInsecureHttp: params.allowInsecureHttp,
      },
      branch: params.branchName,
      tempDir: temp,
      log: ctx.log,
      signal: ctx.signal,
      ...(ctx.environment ? { environment: ctx.environment } : {}),
    }),
  );
}

/**
 * Phase 3, edit: pins the images in a checkout (rendering the chart first for tool helm) and writes
 * the commit message. Run again on each attempt's checkout when a push finds the branch moved.
 */
function createEdit(params: Params, ctx: StepContext, plan: DeployPlan): (dir: string) => Promise<StepEdit> {
  const { log } = ctx;
  const { images } = plan;
  const [firstImage] = images;
  const chartPath = params.chartPath ?? '';
  return async (dir) => {
    let previousRendered: string[][] | undefined;
    // Piper looks the chart up in the GitOps clone, so it is rendered from each attempt's checkout.
    const rendered =
      plan.renderHelm && firstImage
        ? await log.group('helm template', () =>
            renderChart(
              ctx.exec,
              { clone: dir, workspace: ctx.workspace },
              {
                releaseName: params.deploymentName ?? firstImage.shortName,
                chartPath,
                valuesFiles: params.helmValues,
                image: firstImage,
              },
            ),
          )
        : undefined;
    if (rendered !== undefined) {
      const target = await writableInside(dir, params.filePath);
      const old = await readFile(target, 'utf8').catch(() => '');
      previousRendered = images.map((image) => referencesIn(old, image.repository));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, rendered);
    }
    const outcome = await editFiles(dir, {
      filePath: params.filePath,
      updater: rendered !== undefined ? 'manifest' : params.updater,
      tool: params.tool,
      targets: plan.targets,
      containerName: params.containerName,
      imagePullSecret: params.imagePullSecret,
      helmValuesImageKeys: plan.helmValuesImageKeys,
      log,
      where: plan.where,
    });
    const files = rendered !== undefined ? [params.filePath] : outcome.changedFiles;
    const deployed: DeployedImage[] = images.map((image, i) => ({
      reference: image.ref.toString(),
      name: image.ref.name,
      shortName: image.shortName,
      digest: image.ref.digest,
      tag: image.ref.tag,
      previous: previousRendered?.[i] ?? previousValues(outcome.edits[i]?.changes ?? []),
    }));
    const message = renderCommitMessage({
      template: params.commitMessage,
      images: deployed,
      files,
      sourceRevision: plan.sourceRevision,
    });
    return { message, files, images: deployed };
  };
}

/** Piper commits as the git username (no e-mail); authorName/authorEmail override it. */
function authorOf(params: Params): { name: string; email: string } {
  return { name: params.authorName ?? (params.username || 'ferry'), email: params.authorEmail ?? '' };
}

/** Phase 4 in pull-request mode: commit on a branch of its own, push it, open or update one PR. */
async function proposeByPullRequest(
  params: Params,
  ctx: StepContext,
  plan: DeployPlan,
  work: GitWorkdir,
  apply: (dir: string) => Promise<StepEdit>,
): Promise<void> {
  const { log } = ctx;
  const author = authorOf(params);
  const edit = await apply(work.dir);
  const commit = await work.commitAll({
    message: edit.message,
    authorName: author.name,
    authorEmail: author.email,
  });
  if (commit === undefined) {
    nothingToDo(ctx, plan.where, plan.images, await work.head());
    return;
  }
  const branch = pullRequestBranch(ctx.stage, plan.images);
  const pushed = await log.group(`Push ${branch}`, () => pushBranch(work, { branch, log }));
  const [title = edit.message, ...body] = edit.message.split('\n');
  const pr = await log.group('Pull request', () =>
    openOrUpdatePullRequest({
      repository: parseGitHubRepository(params.serverUrl),
      token: params.password,
      head: branch,
      base: params.branchName,
      title,
      body: body.join('\n').trim(),
      log,
    }),
  );
  // Phase 5, report.
  ctx.env.set('gitops/commitId', pushed.commit);
  ctx.env.set('gitops/files', edit.files);
  ctx.env.set('gitops/pullRequestUrl', pr.url);
  log.info(
    `${pr.created ? 'Opened' : 'Updated'} pull request ${pr.url} from ${branch} into ${params.branchName}.`,
  );
  summarize(
    ctx,
    edit,
    `Pull request [#${pr.number}](${pr.url}) from \`${branch}\` into \`${params.branchName}\``,
  );
}

/** Phase 4: commit and push to the branch, re-applying the edit on a moved branch (bounded, with backoff). */
async function commitAndPush(
  params: Params,
  ctx: StepContext,
  plan: DeployPlan,
  work: GitWorkdir,
  apply: (dir: string) => Promise<StepEdit>,
): Promise<void> {
  const { log } = ctx;
  const result = await log.group(`Commit and push to ${params.branchName}`, () =>
    pushWithRetry(work, {
      apply,
      author: authorOf(params),
      maxAttempts: params.maxPushAttempts,
      forcePush: params.forcePush,
      log,
      signal: ctx.signal,
    }),
  );
  if (result.commit === undefined) {
    nothingToDo(ctx, plan.where, plan.images, await work.head());
    return;
  }
  // Phase 5, report.
  ctx.env.set('gitops/commitId', result.commit);
  ctx.env.set('gitops/files', result.edit.files);
  log.info(`Pushed ${result.commit} to ${plan.where}: ${result.edit.files.join(', ')}.`);
  summarize(
    ctx,
    result.edit,
    `Commit [${result.commit.slice(0, 12)}](${commitLink(params.serverUrl, result.commit)}) on \`${params.branchName}\``,
  );
}

export async function run(params: Params, ctx: StepContext): Promise<void> {
  ctx.log.addSecret(params.password);
  const plan = planDeployment(params, ctx);
  const work = await cloneGitOpsBranch(params, ctx, plan);
  const apply = createEdit(params, ctx, plan);
  if (params.pullRequest) await proposeByPullRequest(params, ctx, plan, work, apply);
  else await commitAndPush(params, ctx, plan, work, apply);
}

function nothingToDo(ctx: StepContext, where: string, images: readonly DeployImage[], head: string): void {
  const refs = images.map((i) => i.ref.toString()).join(', ');
  ctx.log.info(`Nothing to change: ${where} already deploys ${refs}. No commit, no push.`);
  ctx.env.set('gitops/commitId', head);
  ctx.env.set('gitops/files', []);
  ctx.summary.line(`gitOpsUpdateDeployment: ${where} already deploys ${refs}; nothing committed.`);
}

function summarize(ctx: StepContext, edit: StepEdit, link: string): void {
  ctx.summary.table(
    'gitOpsUpdateDeployment',
    edit.images.map((image) => ({
      Image: image.reference,
      Previous: image.previous.join(', ') || '(none)',
      Files: edit.files.join(', '),
    })),
  );
  ctx.summary.line(link);
}
