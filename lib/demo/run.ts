// The whole chain on one machine: two embedded registries and a GitOps repository in a temp dir, then
// stage Build (native build, push to staging, promote to target) and stage Acceptance (commit the
// digest) through the runner, and a read-back of what each server now holds.
import { randomBytes } from 'node:crypto';
import { constants, access, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PipelineEnvironment, readPromotedImages, referenceOf } from '../env';
import type { StageDefinition } from '../config';
import type { Logger } from '../log';
import type { StepCatalog } from '../step';
import { createKeychain, createRegistryClient, parseReference } from '../oci';
import { startRegistry } from '../registry';
import { failureMessage, runStage } from '../runner';
import { errorMessage, exitCodeOf, FerryError } from '../util/errors';
import { exec as defaultExec, type Environment, type Exec } from '../util/exec';
import {
  ACCEPTANCE_FILE,
  deploymentManifest,
  GIT_USER,
  GITOPS_BRANCH,
  GITOPS_REPOSITORY,
  IMAGE_NAME,
  pipelineConfig,
  PRODUCTION_FILE,
  REGISTRY_USER,
} from './files';
import { startGitServer } from './git-server';

export const DEMO_STAGES = ['Build', 'Acceptance'] as const;

export interface DemoOptions {
  log: Logger;
  /** The steps and stage definitions the demo's stages run (ferry's, from the entry point). */
  catalog: StepCatalog;
  stages: readonly StageDefinition[];
  /** Where the demo's own report goes, one line per call. Lines are masked before they get here. */
  print: (line: string) => void;
  /** PATH for git and git http-backend, handed in by the entry point. */
  path: string;
  /** Build context used as the app; default examples/hello of this ferry checkout. */
  appDir?: string;
  /** Keep the temp dir (app workspace, GitOps repository) instead of removing it. */
  keep?: boolean;
  signal?: AbortSignal;
  exec?: Exec;
  /** The environment git and the steps' programs start with, handed in by the entry point. */
  environment?: Environment;
}

export interface DemoImage {
  reference: string;
  digest: string;
}

export interface DemoResult {
  /** 0 success, 1 a step or check failed, 2 a usage or setup problem (no app directory, no git). */
  exitCode: number;
  /** One line on what failed. */
  failure?: string;
  workDir: string;
  built?: DemoImage;
  /** Read back from the staging registry. */
  staging?: DemoImage;
  /** Read back from the target registry. */
  target?: DemoImage;
  commit?: string;
  /** `git show --unified=0` of the GitOps commit. */
  diff?: string;
  /** Addresses (`host:port`) the demo listened on; all closed when runDemo returns. */
  listened: string[];
  seconds: number;
}

/** A failure the demo itself finds (not a step's): its message is the whole line printed. */
class DemoError extends FerryError {
  constructor(message: string, options: { usage?: boolean } = {}) {
    super(message, options.usage ? { code: 'USAGE', usage: true } : { code: 'STEP_FAILED' });
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** The first executable `name` in the directories of `path` (a PATH value), if any. */
async function findOnPath(name: string, path: string): Promise<string | undefined> {
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; try the next directory
    }
  }
  return undefined;
}

export const GIT_MISSING =
  'git was not found on PATH; the demo serves its GitOps repository with git http-backend and commits with git. Install git (Debian/Ubuntu: apt-get install -y git; macOS: xcode-select --install) and run it again.';

/** examples/hello of the checkout this module runs from (lib/demo in source, dist/ when bundled). */
export async function findExampleApp(): Promise<string | undefined> {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    const candidate = join(dir, 'examples', 'hello');
    if (await exists(join(candidate, 'Dockerfile'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/** Password-like: 24 random bytes, URL-safe base64. */
function generatePassword(): string {
  return randomBytes(24).toString('base64url');
}

function hostOf(url: string): string {
  return new URL(url).host;
}

export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const started = performance.now();
  const { log } = options;
  const baseExec = options.exec ?? defaultExec;
  const exec: Exec = (command, args, execOptions) =>
    baseExec(command, args, {
      ...(options.environment ? { environment: options.environment } : {}),
      ...execOptions,
    });
  // Checked first, before a temp dir or a server exists: without git nothing else can work.
  if ((await findOnPath('git', options.path)) === undefined)
    return { exitCode: 2, failure: GIT_MISSING, workDir: '', listened: [], seconds: 0 };
  const print = (line: string): void => options.print(log.mask(line));
  const workDir = await mkdtemp(join(tmpdir(), 'ferry-demo-'));
  const result: DemoResult = { exitCode: 0, workDir, listened: [], seconds: 0 };
  const closers: (() => Promise<void>)[] = [];

  // Registered before any server starts or any step runs, so no line can print them.
  const registryPassword = generatePassword();
  const gitPassword = generatePassword();
  log.addSecret(registryPassword);
  log.secrets.addBasicAuth(REGISTRY_USER, registryPassword);
  log.addSecret(gitPassword);
  log.secrets.addBasicAuth(GIT_USER, gitPassword);

  // git runs with a private HOME: no user or system configuration (signing, hooks, templates) applies.
  const home = join(workDir, 'home');
  const gitEnv: Record<string, string> = {
    HOME: home,
    XDG_CONFIG_HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: 'ferry demo',
    GIT_AUTHOR_EMAIL: 'demo@ferry.invalid',
    GIT_COMMITTER_NAME: 'ferry demo',
    GIT_COMMITTER_EMAIL: 'demo@ferry.invalid',
  };
  const git = async (args: readonly string[], cwd?: string): Promise<string> =>
    (await exec('git', args, { env: gitEnv, ...(cwd ? { cwd } : {}) })).stdout;

  try {
    const appSource = options.appDir ?? (await findExampleApp());
    if (appSource === undefined || !(await exists(join(appSource, 'Dockerfile'))))
      throw new DemoError(
        `no app to build: ${appSource ? `${appSource} has no Dockerfile` : 'examples/hello was not found next to ferry'}. Run it from a ferry checkout (npm run demo) or pass --app DIR.`,
        { usage: true },
      );
    await mkdir(home, { recursive: true });

    const staging = await startRegistry({ log });
    closers.push(() => staging.close());
    const target = await startRegistry({
      auth: { username: REGISTRY_USER, password: registryPassword },
      log,
    });
    closers.push(() => target.close());
    const repos = join(workDir, 'git');
    await mkdir(repos, { recursive: true });
    const gitServer = await startGitServer({
      root: repos,
      auth: { username: GIT_USER, password: gitPassword },
      path: options.path,
    });
    closers.push(() => gitServer.close());
    result.listened.push(staging.host, target.host, hostOf(gitServer.url));
    const gitopsUrl = `${gitServer.url}/${GITOPS_REPOSITORY}.git`;

    print('ferry demo: build an image, promote it by digest, deploy it through GitOps. All on this machine.');
    print(`  workspace         ${workDir}`);
    print(`  staging registry  ${staging.url} (embedded, anonymous)`);
    print(`  target registry   ${target.url} (embedded, Basic auth, generated password)`);
    print(`  GitOps repository ${gitopsUrl} (git http-backend, Basic auth, generated password)`);

    // The GitOps repository: one Deployment per environment, running an older version.
    const previous = `${target.host}/${IMAGE_NAME}:0.9.0`;
    const bare = join(repos, `${GITOPS_REPOSITORY}.git`);
    const seed = join(workDir, 'gitops-seed');
    await git(['init', '-q', '--bare', '-b', GITOPS_BRANCH, bare]);
    await git(['init', '-q', '-b', GITOPS_BRANCH, seed]);
    for (const [file, environment] of [
      [ACCEPTANCE_FILE, 'acceptance'],
      [PRODUCTION_FILE, 'production'],
    ] as const) {
      await mkdir(dirname(join(seed, file)), { recursive: true });
      await writeFile(join(seed, file), deploymentManifest(environment, previous));
    }
    await git(['add', '-A'], seed);
    await git(['commit', '-q', '-m', 'hello 0.9.0 in acceptance and production'], seed);
    await git(['push', '-q', bare, `HEAD:refs/heads/${GITOPS_BRANCH}`], seed);
    await rm(seed, { recursive: true, force: true });

    // The app: the example's build context, its pipeline config, a git history for the tag and labels.
    const app = join(workDir, 'app');
    await cp(appSource, app, { recursive: true });
    await mkdir(join(app, '.pipeline'), { recursive: true });
    await writeFile(
      join(app, '.pipeline', 'config.yml'),
      pipelineConfig({ stagingUrl: staging.url, targetUrl: target.url, gitopsUrl }),
    );
    await git(['init', '-q', '-b', 'main'], app);
    await git(['add', '-A'], app);
    await git(['commit', '-q', '-m', 'hello: first version'], app);
    print(`  app               ${appSource} (copied to ${app}, with .pipeline/config.yml)`);

    // Passwords reach the steps as a CI job passes secrets: FERRY_<param> variables, never the file.
    const vars = { FERRY_targetRegistryPassword: registryPassword, FERRY_password: gitPassword };
    for (const stage of DEMO_STAGES) {
      print('');
      const report = await runStage(stage, {
        workspace: app,
        catalog: options.catalog,
        stages: options.stages,
        vars,
        ...(options.environment ? { environment: options.environment } : {}),
        log,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      if (report.error !== undefined) {
        const failed = report.outcomes.find((o) => o.status === 'failed');
        result.exitCode = exitCodeOf(report.error);
        result.failure = `stage ${stage} failed: ${failed ? failureMessage(failed) : errorMessage(report.error)}`;
        return result;
      }
    }

    await readBack(result, {
      app,
      stagingHost: staging.host,
      targetHost: target.host,
      registryPassword,
      log,
    });
    const commit = result.commit ?? '';
    result.diff = await git(['--git-dir', bare, 'show', '--format=', '--unified=0', '--no-color', commit]);
    const subject = (await git(['--git-dir', bare, 'log', '-1', '--format=%s', commit])).trim();
    checkDiff(result.diff);

    print('');
    print('What happened');
    const { built, staging: atStaging, target: atTarget } = result;
    if (built && atStaging && atTarget) {
      const width = Math.max(built.reference.length, atStaging.reference.length, atTarget.reference.length);
      print(`  built    ${built.reference.padEnd(width)}  ${built.digest}  (recorded by build)`);
      print(`  staging  ${atStaging.reference.padEnd(width)}  ${atStaging.digest}  (read back)`);
      print(`  target   ${atTarget.reference.padEnd(width)}  ${atTarget.digest}  (read back)`);
      print('  same digest at both registries: yes');
    }
    print(`  GitOps commit ${commit} on ${GITOPS_BRANCH}: ${subject}`);
    // git's own header lines (diff --git, index) say nothing the file names below do not.
    for (const line of result.diff.trimEnd().split('\n'))
      if (!/^(diff --git|index) /.test(line)) print(`    ${line}`);
    return result;
  } catch (error) {
    result.exitCode = exitCodeOf(error);
    result.failure = error instanceof DemoError ? error.message : errorMessage(error);
    return result;
  } finally {
    await Promise.allSettled(closers.reverse().map((close) => close()));
    if (!options.keep) await rm(workDir, { recursive: true, force: true });
    result.seconds = (performance.now() - started) / 1000;
  }
}

/** Reads the pipeline environment the stages wrote and each registry's manifest for the image. */
async function readBack(
  result: DemoResult,
  options: { app: string; stagingHost: string; targetHost: string; registryPassword: string; log: Logger },
): Promise<void> {
  const env = await PipelineEnvironment.load(options.app);
  const nameTag = env.get('container/imageNameTag');
  const builtDigest = env.get('container/imageDigest');
  const promoted = readPromotedImages(env)[0];
  const targetReference = promoted
    ? referenceOf({
        registry: promoted.target.registry,
        repository: promoted.target.repository,
        tags: promoted.target.tags,
      }).toString()
    : undefined;
  const commit = env.get('gitops/commitId');
  if (!nameTag || !builtDigest || !targetReference || !commit)
    throw new DemoError(
      'the stages succeeded but the pipeline environment lacks container/imageNameTag, container/imageDigest, promotion/images or gitops/commitId. This is a bug in ferry; please report it.',
    );
  result.built = { reference: `${options.stagingHost}/${nameTag}`, digest: builtDigest };
  result.commit = commit;

  const client = createRegistryClient({
    keychain: createKeychain({
      credentials: { [options.targetHost]: { username: REGISTRY_USER, password: options.registryPassword } },
      secrets: options.log.secrets,
    }),
    secrets: options.log.secrets,
    log: options.log,
  });
  try {
    const digestAt = async (text: string): Promise<DemoImage> => {
      const reference = parseReference(text);
      const { descriptor } = await client.repository(reference).manifestGet(reference.identifier);
      return { reference: text, digest: descriptor.digest };
    };
    result.staging = await digestAt(result.built.reference);
    result.target = await digestAt(targetReference);
  } finally {
    await client.close();
  }
  if (result.staging.digest !== builtDigest || result.target.digest !== builtDigest)
    throw new DemoError(
      `digests differ: built ${builtDigest}, staging ${result.staging.digest}, target ${result.target.digest}. This is a bug in ferry; please report it.`,
    );
}

/** The commit must change the image line of the acceptance file and nothing else. */
function checkDiff(diff: string): void {
  const changed = diff
    .split('\n')
    .filter((line) => /^[-+]/.test(line) && !line.startsWith('---') && !line.startsWith('+++'));
  const files = diff.split('\n').filter((line) => line.startsWith('+++ '));
  const onlyImage =
    changed.length === 2 &&
    changed.every((line) => /^[-+]\s+image: /.test(line)) &&
    files.length === 1 &&
    files[0] === `+++ b/${ACCEPTANCE_FILE}`;
  if (!onlyImage)
    throw new DemoError(
      `the GitOps commit changed more than the image line of ${ACCEPTANCE_FILE}. This is a bug in ferry; please report it.`,
    );
}
