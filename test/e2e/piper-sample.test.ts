// The whole chain as a Piper user runs it: the sample config from Piper's announcement of
// imagePushToRegistry (kanikoExecute and imagePushToRegistry toggled in Build, a file per stage), with
// only its registries and GitOps server pointed at local ones and tool: kubectl. Real docker-registry
// servers (staging anonymous, target with a password) and a real git http-backend.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBinaries } from '../helpers/binaries';
import { localPiperSample } from '../fixtures/piper-sample';
import { ferry } from '../helpers/cli';
import { startGitServer, type GitServer } from '../helpers/servers/git';
import { startRegistry, type RegistryServer } from '../helpers/servers/registry';
import { skopeoInspectRaw, digestOf } from '../helpers/images';

const ok = haveBinaries('docker-registry', 'git', 'skopeo');
const TARGET_PASSWORD = 'target-pw-7f3a9c';
const GIT_PASSWORD = 'git-pw-51d0e2';

const manifest = (stage: string): string => `# ${stage} deployment, kept by ferry
apiVersion: apps/v1
kind: Deployment
metadata:
  name: azure-demo-k8s-go
spec:
  template:
    spec:
      containers:
        - name: azure-demo-k8s-go
          image: IMAGE:0.0.1 # set by the pipeline
          ports:
            - containerPort: 8080
`;

describe.skipIf(!ok)('Piper sample config, Build then Performance', () => {
  let staging: RegistryServer;
  let target: RegistryServer;
  let git: GitServer;
  let work: string;
  let repoUrl: string;

  beforeAll(async () => {
    [staging, target, git] = await Promise.all([
      startRegistry(),
      startRegistry({ auth: 'htpasswd', users: { robot: TARGET_PASSWORD } }),
      startGitServer({ username: 'deployer', password: GIT_PASSWORD }),
    ]);
    const image = `${target.host}/azure-demo-k8s-go`;
    repoUrl = await git.createRepo(
      'deployments',
      {
        'manifest-performance-stage.yaml': manifest('performance').replace('IMAGE', image),
        'manifest-acceptance-stage.yaml': manifest('acceptance').replace('IMAGE', image),
        'manifest-release-stage.yaml': manifest('release').replace('IMAGE', image),
      },
      'master',
    ); // Piper's default branchName, which the sample leaves as it is
    work = await mkdtemp(join(tmpdir(), 'ferry-e2e-'));
    await cp(join(import.meta.dirname, '..', '..', 'examples', 'hello'), work, { recursive: true });
    await mkdir(join(work, '.pipeline'), { recursive: true });
    await writeFile(
      join(work, '.pipeline', 'config.yml'),
      localPiperSample({
        stagingUrl: staging.url,
        targetUrl: target.url,
        targetUser: 'robot',
        gitUrl: repoUrl,
        gitUser: 'deployer',
        imageName: 'azure-demo-k8s-go',
        tool: 'kubectl',
      }),
    );
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 'a',
      GIT_AUTHOR_EMAIL: 'a@e',
      GIT_COMMITTER_NAME: 'a',
      GIT_COMMITTER_EMAIL: 'a@e',
    };
    for (const args of [
      ['init', '-q'],
      ['add', '-A'],
      ['commit', '-q', '-m', 'app'],
    ]) {
      execFileSync('git', ['-C', work, ...args], { env });
    }
  });

  afterAll(async () => {
    await Promise.all([staging?.stop(), target?.stop(), git?.stop()]);
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('builds, pushes, promotes by digest, and commits that digest to the stage file only', async () => {
    const vars = { FERRY_targetRegistryPassword: TARGET_PASSWORD, FERRY_password: GIT_PASSWORD };
    const build = await ferry(['run', '--stage', 'Build'], { cwd: work, env: vars });
    expect(build.stderr).toMatch(/kanikoExecute asks for kaniko/);
    expect(build.code).toBe(0);

    const digest = (await ferry(['env', 'get', 'container/imageDigest'], { cwd: work })).stdout.trim();
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const promoted = JSON.parse((await ferry(['env', 'get', 'promotion/images'], { cwd: work })).stdout) as {
      target: { registry: string; repository: string; digest: string };
    }[];
    expect(promoted[0]?.target.digest).toBe(digest);
    const promotedTarget = promoted[0]?.target;
    const targetRef = promotedTarget
      ? `${promotedTarget.registry}/${promotedTarget.repository}@${promotedTarget.digest}`
      : '';
    const raw = await skopeoInspectRaw(targetRef, ['--creds', `robot:${TARGET_PASSWORD}`]);
    expect(digestOf(raw)).toBe(digest);

    const deploy = await ferry(['run', '--stage', 'Performance'], { cwd: work, env: vars });
    expect(deploy.code).toBe(0);
    const performance = await git.readFile('deployments', 'master', 'manifest-performance-stage.yaml');
    expect(performance).toContain(`image: ${target.host}/azure-demo-k8s-go@${digest} # set by the pipeline`);
    expect(performance).toContain('# performance deployment, kept by ferry');
    const acceptance = await git.readFile('deployments', 'master', 'manifest-acceptance-stage.yaml');
    expect(acceptance).toContain(':0.0.1 # set by the pipeline');

    const again = await ferry(['run', '--stage', 'Performance'], { cwd: work, env: vars });
    expect(again.code).toBe(0);
    expect((await git.log('deployments', 'master')).length).toBe(2);

    for (const output of [build.all, deploy.all, again.all]) {
      expect(output).not.toContain(TARGET_PASSWORD);
      expect(output).not.toContain(GIT_PASSWORD);
    }
  });
});
