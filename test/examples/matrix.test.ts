// examples/.github/workflows/matrix.yml run job by job as a runner would: each matrix job in a fresh
// checkout runs the bundled action (dist/action.js: INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY)
// and its `run:` steps in bash; artifacts are handed from job to job through a directory, as the artifact
// actions do. Real servers on loopback: two docker-registry, git http-backend. The deploy job must pin
// both services' promoted digests in one GitOps commit.
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBinaries } from '../helpers/binaries';
import { skopeoInspectRaw } from '../helpers/images';
import { startGitServer, type GitServer } from '../helpers/servers/git';
import { startRegistry, type RegistryServer } from '../helpers/servers/registry';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const ACTION = join(ROOT, 'dist', 'action.js');
const WORKFLOW = join(ROOT, 'examples', '.github', 'workflows', 'matrix.yml');
const GIT_PASSWORD = 'matrix-git-pw-5d21';
const SERVICES = ['api', 'web'];
const ok = haveBinaries('docker-registry', 'git', 'skopeo');

type Yaml = Record<string, unknown>;
interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  strategy?: { matrix?: Record<string, string[]> };
  steps: Step[];
}

/** Reads `name=value` and `name<<DELIMITER` blocks, as the runner reads GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([\w-]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const end = lines.indexOf(delimiter ?? '', i + 1);
      if (end < 0) throw new Error(`GITHUB_OUTPUT: ${name} has no closing ${delimiter}`);
      outputs[name] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (/^[\w-]+=/.test(line)) {
      const eq = line.indexOf('=');
      outputs[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return outputs;
}

/** `${{ matrix.x }}` and `${{ steps.id.outputs.name }}`; any other expression is a test failure. */
function substitute(
  text: string,
  context: { matrix: Record<string, string>; steps: Map<string, Record<string, string>> },
): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_m, expression: string) => {
    const matrix = /^matrix\.([\w-]+)$/.exec(expression);
    if (matrix) {
      const value = context.matrix[matrix[1] ?? ''];
      if (value === undefined) throw new Error(`no matrix value ${expression}`);
      return value;
    }
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
    if (output) return context.steps.get(output[1] ?? '')?.[output[2] ?? ''] ?? '';
    throw new Error(`the test runner does not evaluate \${{ ${expression} }}`);
  });
}

interface JobRun {
  logs: string[];
  steps: Map<string, Record<string, string>>;
}

describe.skipIf(!ok)('examples/.github/workflows/matrix.yml, job by job', () => {
  let staging: RegistryServer;
  let target: RegistryServer;
  let git: GitServer;
  let base: string;
  let repository: string;
  let artifacts: string;

  /** Runs one job (one matrix combination) in a fresh workspace, step by step. */
  async function runJob(job: Job, matrix: Record<string, string>, name: string): Promise<JobRun> {
    const jobDir = join(base, 'jobs', name);
    const workspace = join(jobDir, 'workspace');
    await mkdir(workspace, { recursive: true });
    const steps = new Map<string, Record<string, string>>();
    const logs: string[] = [];
    const context = { matrix, steps };
    for (const [index, step] of job.steps.entries()) {
      const inputs = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([k, v]) => [k, substitute(String(v), context)]),
      );
      const outputFile = join(jobDir, `output-${index}`);
      const summaryFile = join(jobDir, `summary-${index}`);
      await writeFile(outputFile, '');
      await writeFile(summaryFile, '');
      const env: Record<string, string> = {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: jobDir,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        // What Vault supplies in the real workflow (vaultJwtRole): the git password.
        FERRY_password: GIT_PASSWORD,
      };
      if (step.uses?.startsWith('actions/checkout@')) {
        await cp(repository, workspace, { recursive: true });
      } else if (step.uses?.startsWith('actions/upload-artifact@')) {
        const dir = join(artifacts, inputs.name ?? '');
        await mkdir(dir, { recursive: true });
        await cp(join(workspace, inputs.path ?? ''), join(dir, inputs.path ?? ''));
      } else if (step.uses?.startsWith('actions/download-artifact@')) {
        // With a pattern and no merge-multiple, each artifact lands in PATH/<artifact name>/.
        const pattern = new RegExp(
          `^${(inputs.pattern ?? '*').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`,
        );
        for (const artifact of await readdir(artifacts))
          if (pattern.test(artifact))
            await cp(join(artifacts, artifact), join(workspace, inputs.path ?? '.', artifact), {
              recursive: true,
            });
      } else if (step.uses?.startsWith('ferry-ci/ferry@')) {
        for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
        const result = await run(process.execPath, [ACTION], { env, cwd: workspace }).then(
          (r) => ({ code: 0, stdout: r.stdout }),
          (e: { code?: number; stdout?: string }) => ({ code: e.code ?? 1, stdout: e.stdout ?? '' }),
        );
        logs.push(result.stdout);
        expect(result.code, `${name}: ferry failed:\n${result.stdout}`).toBe(0);
      } else if (step.run !== undefined) {
        for (const [k, v] of Object.entries(step.env ?? {})) env[k] = substitute(String(v), context);
        await run('bash', ['-e', '-c', substitute(step.run, context)], { env, cwd: workspace });
      } else {
        throw new Error(`${name}: the test runner does not know step ${JSON.stringify(step)}`);
      }
      if (step.id) steps.set(step.id, parseOutputs(await readFile(outputFile, 'utf8')));
    }
    return { logs, steps };
  }

  beforeAll(async () => {
    [staging, target, git] = await Promise.all([
      startRegistry(),
      startRegistry(),
      startGitServer({ username: 'deployer', password: GIT_PASSWORD }),
    ]);
    base = await mkdtemp(join(tmpdir(), 'ferry-matrix-'));
    repository = join(base, 'repository');
    artifacts = join(base, 'artifacts');
    await mkdir(artifacts, { recursive: true });
    const deployment = (service: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${service}
spec:
  template:
    spec:
      containers:
        - name: ${service}
          image: ${target.host}/team/${service}:0.9 # set by the pipeline
`;
    const gitopsUrl = await git.createRepo('deployments', {
      'acceptance.yaml': SERVICES.map(deployment).join('---\n'),
    });
    for (const service of SERVICES) {
      const dir = join(repository, 'services', service);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, `${service}.txt`), `${service}\n`);
      await writeFile(
        join(dir, 'Dockerfile'),
        `FROM scratch\nCOPY ${service}.txt /srv/\nENTRYPOINT ["/srv/${service}"]\n`,
      );
    }
    await mkdir(join(repository, '.pipeline'), { recursive: true });
    await writeFile(
      join(repository, '.pipeline', 'config.yml'),
      `general:
  containerRegistryUrl: ${staging.url}
stages:
  Build:
    imagePushToRegistry: true
  Acceptance:
    filePath: acceptance.yaml
steps:
  build:
    containerImageTag: '1.0'
  imagePushToRegistry:
    targetRegistryUrl: ${target.url}
    targetImageTag: '1.0'
  gitOpsUpdateDeployment:
    serverUrl: ${gitopsUrl}
    branchName: main
    username: deployer
`,
    );
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 'a',
      GIT_AUTHOR_EMAIL: 'a@e',
      GIT_COMMITTER_NAME: 'a',
      GIT_COMMITTER_EMAIL: 'a@e',
    };
    for (const args of [
      ['init', '-q', '-b', 'main'],
      ['add', '-A'],
      ['commit', '-q', '-m', 'services'],
    ])
      execFileSync('git', ['-C', repository, ...args], { env });
  });

  afterAll(async () => {
    await Promise.all([staging?.stop(), target?.stop(), git?.stop()]);
    if (base) await rm(base, { recursive: true, force: true });
  });

  it('builds and promotes each service in its own job, then pins both in one GitOps commit', async () => {
    const workflow = load(await readFile(WORKFLOW, 'utf8')) as { jobs: Record<string, Job & Yaml> };
    expect(Object.keys(workflow.jobs)).toEqual(['image', 'deploy']);
    const imageJob = workflow.jobs.image;
    const deployJob = workflow.jobs.deploy;
    if (!imageJob || !deployJob) throw new Error('jobs');
    expect(imageJob.strategy?.matrix?.service).toEqual(SERVICES);

    const promoted: string[] = [];
    for (const service of SERVICES) {
      const job = await runJob(imageJob, { service }, `image-${service}`);
      const outputs = job.steps.get('ferry') ?? {};
      const references = JSON.parse(outputs.promoted ?? '[]') as string[];
      expect(references).toEqual([
        expect.stringMatching(new RegExp(`^${target.host}/team/${service}:1\\.0@sha256:[0-9a-f]{64}$`)),
      ]);
      expect(outputs.digest).toBe(references[0]?.split('@')[1]);
      expect(JSON.parse(outputs.images ?? '[]')).toEqual([
        `${staging.host}/team/${service}:1.0@${outputs.digest}`,
      ]);
      // One group per step, never nested.
      let depth = 0;
      for (const line of job.logs.join('\n').split('\n')) {
        if (line.startsWith('::group::')) expect(++depth, line).toBe(1);
        if (line.startsWith('::endgroup::')) depth--;
      }
      promoted.push(...references);
    }
    const before = (await git.log('deployments', 'main')).length;
    const deploy = await runJob(deployJob, {}, 'deploy');
    expect(deploy.steps.get('envs')?.all?.split('\n')).toHaveLength(2);

    const log = await git.log('deployments', 'main');
    expect(log.length - before).toBe(1);
    const manifest = await git.readFile('deployments', 'main', 'acceptance.yaml');
    for (const reference of promoted) {
      const [name, digest] = reference.split('@');
      const repository = (name ?? '').replace(/:1\.0$/, '');
      expect(manifest).toContain(`image: ${repository}@${digest} # set by the pipeline`);
      // The digest committed is the one the target registry serves.
      const raw = await skopeoInspectRaw(reference.replace(/@.*/, ''));
      expect(`sha256:${createHash('sha256').update(raw).digest('hex')}`).toBe(digest);
    }
    const shown = deploy.logs
      .join('\n')
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'));
    expect(shown.join('\n')).not.toContain(GIT_PASSWORD);
  }, 240_000);
});
