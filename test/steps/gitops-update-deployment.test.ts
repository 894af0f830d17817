// gitOpsUpdateDeployment end to end against a real git server (git http-backend with Basic auth) and
// the GitHub REST API double: digests from the promotion, several images and files, kustomize, Helm
// values and `helm template`, no-op re-runs, concurrent pipelines, conflicts, errors, PRs, secrets.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PipelineEnvironment, type PromotedImage } from '../../lib/env';
import { createLogger, createMemorySink, type Logger } from '../../lib/log';
import { createSummary, runStep, type CollectingSummary } from '../../lib/runner';
import type { ParamValues, StepContext } from '../../lib/step';
import { FerryError } from '../../lib/util/errors';
import { exec as realExec, type Exec } from '../../lib/util/exec';
import { params as specs } from '../../steps/gitOpsUpdateDeployment/metadata';
import { run } from '../../steps/gitOpsUpdateDeployment/run';
import { startGitHubDouble, type GitHubDouble } from '../doubles/github/server';
import { findBinary, haveBinaries } from '../helpers/binaries';
import { createServerPki } from '../helpers/pki';
import { startGitServer, type GitServer } from '../helpers/servers/git';
import { catalog } from '../../steps';

type Params = ParamValues<typeof specs>;

const USER = 'pipeline';
const PASSWORD = 'gitops-Secret-77q-do-not-print';
const BASIC = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
const digest = (n: number): string => `sha256:${n.toString(16).padStart(2, '0').repeat(32)}`;

const deployment = (name: string, image: string): string => `# ${name}: managed by GitOps
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: 2 # keep two
  template:
    spec:
      containers:
        - name: ${name}
          image: ${image}
          ports:
            - containerPort: 8080
`;

const promoted = (name: string, n: number, tag = '1.4'): PromotedImage => ({
  registry: 'staging.example:5000',
  repository: `team/${name}`,
  tags: [tag],
  digest: digest(n),
  target: { registry: 'prod.example', repository: `team/${name}`, tags: [tag], digest: digest(n) },
});

const ok = haveBinaries('git');
// Ten pipelines cloning and pushing through git http-backend: minutes when both cores are busy.
const CROWD_TIMEOUT_MS = 600_000;
const QUERY_TOKEN = 'qtok-Step-5Rm-never-print';

describe.skipIf(!ok)('gitOpsUpdateDeployment against a real git server', () => {
  let git: GitServer;
  let github: GitHubDouble;
  let scratch: string;
  const outputs: string[] = [];
  let counter = 0;

  beforeAll(async () => {
    github = await startGitHubDouble({
      token: PASSWORD,
      branchExists: async (owner, repo, branch) => (await git.head(`${owner}/${repo}`, branch)) !== undefined,
    });
    // One host for git and the API, as GitHub Enterprise Server: /api/v3 goes to the double.
    git = await startGitServer({
      username: USER,
      password: PASSWORD,
      forward: { prefix: '/api/v3', to: github.webUrl },
    });
    scratch = await mkdtemp(join(tmpdir(), 'ferry-gitops-step-'));
  });

  afterAll(async () => {
    await git?.stop();
    await github?.stop();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  interface Harness {
    ctx: StepContext;
    env: PipelineEnvironment;
    log: Logger;
    sink: ReturnType<typeof createMemorySink>;
    summary: CollectingSummary;
  }

  const harness = async (
    promotion: PromotedImage[] | undefined,
    extra: { exec?: Exec; stage?: string; beforePush?: () => Promise<void> } = {},
  ): Promise<Harness> => {
    const env = new PipelineEnvironment();
    if (promotion) env.set('promotion/images', promotion);
    env.set('git/commitId', 'abc1234def');
    const sink = createMemorySink();
    const base = createLogger({ sink, debug: true });
    // A hook between clone and push: another pipeline's commit lands exactly there.
    const log: Logger = extra.beforePush
      ? {
          ...base,
          group: async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
            if (name.startsWith('Commit and push') && extra.beforePush) await extra.beforePush();
            return base.group(name, fn);
          },
        }
      : base;
    const summary = createSummary((t) => base.mask(t));
    const workspace = join(scratch, `ws-${counter++}`);
    await mkdir(workspace, { recursive: true });
    const ctx: StepContext = {
      env,
      log,
      exec: extra.exec ?? realExec,
      signal: new AbortController().signal,
      workspace,
      stage: extra.stage,
      summary,
      tempDir: () => mkdtemp(join(scratch, 'tmp-')),
    };
    return { ctx, env, log, sink, summary };
  };

  const params = (repo: string, overrides: Partial<Params> = {}): Params => ({
    branchName: 'main',
    commitMessage: undefined,
    serverUrl: `${git.url}/${repo}.git`,
    forcePush: false,
    username: USER,
    password: PASSWORD,
    filePath: 'dev/app.yaml',
    containerName: undefined,
    containerRegistryUrl: undefined,
    containerImageNameTag: undefined,
    chartPath: undefined,
    helmValues: [],
    helmValuesImageKeys: [],
    deploymentName: undefined,
    tool: 'kubectl',
    customTlsCertificateLinks: [],
    gitHttpsCredentialVaultSecretName: 'gitHttpsCredential',
    images: undefined,
    updater: 'auto',
    referenceForm: 'digest',
    authorName: undefined,
    authorEmail: undefined,
    pullRequest: false,
    imagePullSecret: undefined,
    maxPushAttempts: specs.maxPushAttempts.default,
    allowInsecureHttp: false,
    ...overrides,
  });

  const runStepWith = async (h: Harness, p: Params): Promise<void> => {
    try {
      await run(p, h.ctx);
    } finally {
      outputs.push(h.sink.text(), h.summary.markdown());
    }
  };

  const failure = async (h: Harness, p: Params): Promise<FerryError> => {
    const error = await runStepWith(h, p).then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(error instanceof FerryError)) throw new Error(`expected a FerryError, got ${String(error)}`);
    outputs.push(error.message);
    return error;
  };

  it('pins the promoted digest, commits once with the default message, and a second run makes no commit', async () => {
    await git.createRepo('single', {
      'dev/app.yaml': deployment('app', 'prod.example/team/app:1.3'),
      'prod/app.yaml': deployment('app', 'prod.example/team/app:1.0'),
    });
    const h = await harness([promoted('app', 1)]);
    await runStepWith(h, params('single'));

    const history = await git.log('single', 'main');
    expect(history).toHaveLength(2);
    const [commit] = history;
    // Piper's default subject (TestRunGitopsUpdateDeploymentWithKubectl "default commit message").
    expect(commit?.subject).toBe('Updated prod.example/team/app to version 1.4');
    expect(commit?.body).toContain(`app: prod.example/team/app:1.3 → prod.example/team/app:1.4@${digest(1)}`);
    expect(commit?.body).toContain('Files: dev/app.yaml');
    expect(commit?.body).toContain('Source revision: abc1234def');
    // Piper commits with the git username as author (CommitFiles(..., config.Username)).
    expect(commit?.authorName).toBe(USER);
    expect(await git.readFile('single', 'main', 'dev/app.yaml')).toBe(
      deployment('app', `prod.example/team/app@${digest(1)}`),
    );
    expect(await git.readFile('single', 'main', 'prod/app.yaml')).toBe(
      deployment('app', 'prod.example/team/app:1.0'),
    );
    expect(h.env.get('gitops/commitId')).toBe(commit?.sha);
    expect(h.env.get('gitops/files')).toEqual(['dev/app.yaml']);
    expect(h.summary.markdown()).toContain(`${git.url}/single/commit/${commit?.sha ?? ''}`);

    const again = await harness([promoted('app', 1)]);
    await runStepWith(again, params('single'));
    expect(await git.log('single', 'main')).toHaveLength(2);
    expect(again.sink.text()).toContain('already deploys');
    expect(again.sink.text()).toContain('No commit, no push');
    expect(again.env.get('gitops/commitId')).toBe(commit?.sha);
    expect(again.env.get('gitops/files')).toEqual([]);
  });

  it('updates several images in several files in one commit', async () => {
    await git.createRepo('multi', {
      'dev/app.yaml': deployment('app', 'prod.example/team/app:1.3'),
      'dev/api.yaml': deployment('api', 'prod.example/team/api:2.0'),
      'dev/notes.txt': 'not yaml at all\n',
    });
    const h = await harness([promoted('app', 1), promoted('api', 2, '2.1')]);
    await runStepWith(h, params('multi', { filePath: 'dev/*.yaml' }));
    const history = await git.log('multi', 'main');
    expect(history).toHaveLength(2);
    expect(history[0]?.subject).toBe(
      'Updated prod.example/team/app to version 1.4, prod.example/team/api to version 2.1',
    );
    expect(await git.readFile('multi', 'main', 'dev/app.yaml')).toContain(
      `image: prod.example/team/app@${digest(1)}`,
    );
    expect(await git.readFile('multi', 'main', 'dev/api.yaml')).toContain(
      `image: prod.example/team/api@${digest(2)}`,
    );
    expect(h.env.get('gitops/files')).toEqual(['dev/api.yaml', 'dev/app.yaml']);
  });

  it('tool kustomize sets the digest in the kustomization images', async () => {
    const kustomization =
      'resources:\n  - deployment.yaml\nimages:\n  - name: prod.example/team/app # pinned by ferry\n    newTag: "1.3"\n';
    await git.createRepo('kustomize', { 'overlays/dev/kustomization.yaml': kustomization });
    const h = await harness([promoted('app', 3)]);
    await runStepWith(
      h,
      params('kustomize', { tool: 'kustomize', filePath: 'overlays/dev/kustomization.yaml' }),
    );
    const text = await git.readFile('kustomize', 'main', 'overlays/dev/kustomization.yaml');
    expect(text).toContain(`digest: ${digest(3)}`);
    expect(text).toContain('# pinned by ferry');
    expect(text).not.toContain('newTag');
  });

  it('updater helm-values edits a values file', async () => {
    await git.createRepo('values', {
      'env/dev/values.yaml': 'image:\n  repository: prod.example/team/app\n  tag: "1.3"\nreplicas: 2\n',
    });
    const h = await harness([promoted('app', 4)]);
    await runStepWith(
      h,
      params('values', {
        updater: 'helm-values',
        referenceForm: 'tag+digest',
        filePath: 'env/dev/values.yaml',
      }),
    );
    expect(await git.readFile('values', 'main', 'env/dev/values.yaml')).toBe(
      `image:\n  repository: prod.example/team/app\n  tag: "1.4@${digest(4)}"\nreplicas: 2\n`,
    );
  });

  it('updater setter edits values marked with ferry:image comments', async () => {
    const text =
      'web:\n  replicas: 2\n  image: prod.example/team/app:1.3 # ferry:image=prod.example/team/app\n';
    await git.createRepo('setter', { 'env/dev.yaml': text });
    const h = await harness([promoted('app', 15)]);
    await runStepWith(h, params('setter', { updater: 'setter', filePath: 'env/dev.yaml' }));
    expect(await git.readFile('setter', 'main', 'env/dev.yaml')).toBe(
      text.replace('prod.example/team/app:1.3', `prod.example/team/app@${digest(15)}`),
    );
  });

  it('tool helm renders the chart with helm template into filePath and pins the digest', async () => {
    // Piper TestRunGitopsUpdateDeploymentWithHelm: the chart is in the GitOps repository.
    await git.createRepo('helm', {
      'README.md': 'rendered manifests\n',
      'helm/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
    });
    const calls: { command: string; args: readonly string[] }[] = [];
    const fakeHelm: Exec = async (command, args) => {
      calls.push({ command, args });
      // What a typical chart renders: repository:tag, no digest.
      return { exitCode: 0, stdout: deployment('web', 'prod.example/team/app:1.4'), stderr: '' };
    };
    const h = await harness([promoted('app', 5)], { exec: fakeHelm });
    await runStepWith(
      h,
      params('helm', {
        tool: 'helm',
        chartPath: 'helm/web',
        deploymentName: 'web',
        helmValues: ['helm/values-dev.yaml'],
        filePath: 'manifests/dev.yaml',
      }),
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]?.command).toBe('helm');
    expect(calls[0]?.args).toEqual([
      'template',
      'web',
      expect.stringMatching(/[/]helm[/]web$/),
      '--values',
      join(h.ctx.workspace, 'helm/values-dev.yaml'),
      '--set-string',
      'image.repository=prod.example/team/app',
      '--set-string',
      'image.tag=1.4',
      '--set-string',
      `image.digest=${digest(5)}`,
    ]);
    expect(calls[0]?.args[2]?.startsWith(h.ctx.workspace)).toBe(false);
    expect(await git.readFile('helm', 'main', 'manifests/dev.yaml')).toBe(
      deployment('web', `prod.example/team/app@${digest(5)}`),
    );
  });

  it('tool helm refuses a filePath outside the clone before writing anything', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'ferry-outside-'));
    try {
      await git.createRepo('helmescape', { 'README.md': 'x\n' });
      const before = await git.head('helmescape', 'main');
      const fakeHelm: Exec = async () => ({
        exitCode: 0,
        stdout: deployment('web', 'prod.example/team/app:1'),
        stderr: '',
      });
      const h = await harness([promoted('app', 7)], { exec: fakeHelm });
      const error = await failure(
        h,
        params('helmescape', {
          tool: 'helm',
          chartPath: 'c',
          deploymentName: 'web',
          filePath: `../../../../../../../..${outside}/escaped.yaml`,
        }),
      );
      expect(error.code).toBe('PATH');
      expect(error.message).toContain('outside the GitOps repository');
      expect(await readdir(outside)).toEqual([]);
      expect(await git.head('helmescape', 'main')).toBe(before);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  // helm is not packaged for Debian, so CI cannot install it: this case runs where helm is on PATH,
  // and the argv ferry gives helm is checked above on every run.
  const helm = findBinary('helm');
  if (!helm) console.warn('skipping "tool helm with the real helm binary": helm is not installed');
  it.skipIf(!helm)('tool helm with the real helm binary', async () => {
    await git.createRepo('realhelm', { 'README.md': 'x\n' });
    const h = await harness([promoted('app', 6)]);
    const chart = join(h.ctx.workspace, 'chart');
    await mkdir(join(chart, 'templates'), { recursive: true });
    await writeFile(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: web\nversion: 0.1.0\n');
    await writeFile(join(chart, 'values.yaml'), 'image:\n  repository: x\n  tag: y\n');
    await writeFile(
      join(chart, 'templates', 'deployment.yaml'),
      deployment('web', '"{{ .Values.image.repository }}:{{ .Values.image.tag }}"'),
    );
    await runStepWith(
      h,
      params('realhelm', { tool: 'helm', chartPath: 'chart', deploymentName: 'web', filePath: 'out.yaml' }),
    );
    expect(await git.readFile('realhelm', 'main', 'out.yaml')).toContain(
      `prod.example/team/app@${digest(6)}`,
    );
  });

  it("takes Piper's containerRegistryUrl + containerImageNameTag, containerName, and a commit message template", async () => {
    await git.createRepo('piper', {
      'dev/app.yaml': deployment('app', 'placeholder/image:latest'),
    });
    const h = await harness(undefined);
    await runStepWith(
      h,
      params('piper', {
        containerRegistryUrl: 'https://prod.example/',
        containerImageNameTag: `team/app:2.0@${digest(13)}`,
        containerName: 'app',
        referenceForm: 'tag+digest',
        commitMessage: 'deploy {{image}} (was {{previous}}) in {{files}} from {{sourceRevision}}',
      }),
    );
    expect(await git.readFile('piper', 'main', 'dev/app.yaml')).toContain(
      `image: prod.example/team/app:2.0@${digest(13)}`,
    );
    expect((await git.log('piper', 'main'))[0]?.subject).toBe(
      `deploy prod.example/team/app:2.0@${digest(13)} (was placeholder/image:latest) in dev/app.yaml from abc1234def`,
    );
  });

  it.skipIf(!haveBinaries('openssl'))('trusts the git server through customTlsCertificateLinks', async () => {
    const pki = createServerPki();
    const tls = await startGitServer({
      username: USER,
      password: PASSWORD,
      tls: { certFile: pki.certFile, keyFile: pki.keyFile },
    });
    try {
      await tls.createRepo('secure', { 'dev/app.yaml': deployment('app', 'prod.example/team/app:1.3') });
      const untrusted = await failure(await harness([promoted('app', 14)]), {
        ...params('secure'),
        serverUrl: `${tls.url}/secure.git`,
      });
      expect(untrusted.code).toBe('NETWORK');
      const h = await harness([promoted('app', 14)]);
      await runStepWith(h, {
        ...params('secure'),
        serverUrl: `${tls.url}/secure.git`,
        customTlsCertificateLinks: [pki.caFile],
      });
      expect(await tls.readFile('secure', 'main', 'dev/app.yaml')).toContain(
        `prod.example/team/app@${digest(14)}`,
      );
    } finally {
      await tls.stop();
      // The CA's private key must not stay behind in the temp directory.
      await rm(pki.dir, { recursive: true, force: true });
    }
  });

  it(
    'lands ten pipelines updating different files of the same branch at the same time, with the defaults',
    async () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 10; i++)
        files[`apps/svc${i}.yaml`] = deployment(`svc${i}`, `prod.example/team/svc${i}:0.9`);
      await git.createRepo('crowd', files);
      await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          const h = await harness([promoted(`svc${i}`, 16 + i)]);
          await runStepWith(h, params('crowd', { filePath: `apps/svc${i}.yaml` }));
        }),
      );
      const history = await git.log('crowd', 'main');
      expect(history).toHaveLength(11);
      for (let i = 0; i < 10; i++) {
        expect(await git.readFile('crowd', 'main', `apps/svc${i}.yaml`)).toContain(
          `prod.example/team/svc${i}@${digest(16 + i)}`,
        );
      }
    },
    CROWD_TIMEOUT_MS,
  );

  it(
    'lands ten pipelines pinning the same file with different digests: each re-applies, the last push wins',
    async () => {
      await git.createRepo('samefile', { 'dev/app.yaml': deployment('app', 'prod.example/team/app:0.9') });
      const harnesses = await Promise.all(
        Array.from({ length: 10 }, (_, i) => harness([promoted('app', 40 + i)])),
      );
      await Promise.all(harnesses.map((h) => runStepWith(h, params('samefile'))));
      const history = await git.log('samefile', 'main');
      // Every run committed its own digest on top of the one before it: ten commits, none lost.
      expect(history).toHaveLength(11);
      // Piper's subject names the tag; the body names the digest each run wrote.
      const digests = Array.from({ length: 10 }, (_, i) => digest(40 + i));
      const wrote = (body: string): string | undefined =>
        digests.find((d) => body.includes(`→ prod.example/team/app:1.4@${d}`));
      expect(new Set(history.slice(0, 10).map((c) => wrote(c.body)))).toEqual(new Set(digests));
      expect(
        history.slice(0, 10).every((c) => c.subject === 'Updated prod.example/team/app to version 1.4'),
      ).toBe(true);
      // The file holds the digest of the newest commit, and the rest of the file is as it was.
      const newest = harnesses.find((h) => h.env.get('gitops/commitId') === history[0]?.sha);
      expect(newest).toBeDefined();
      const winner = wrote(history[0]?.body ?? '');
      expect(await git.readFile('samefile', 'main', 'dev/app.yaml')).toBe(
        deployment('app', `prod.example/team/app@${winner ?? 'none'}`),
      );
      // A re-applied edit names the digest it replaced on the head it was applied to.
      expect(history.slice(0, 9).every((c) => c.body.includes('sha256:') || c.body === '')).toBe(true);
    },
    CROWD_TIMEOUT_MS,
  );

  it('re-applies on a moved branch, and fails clearly when the move conflicts with the edit', async () => {
    await git.createRepo('moving', {
      'dev/app.yaml': deployment('app', 'prod.example/team/app:1.3'),
      'dev/other.yaml': deployment('other', 'prod.example/team/other:1'),
    });
    const h = await harness([promoted('app', 7)], {
      beforePush: async () => {
        await git.commitFiles(
          'moving',
          'main',
          { 'dev/other.yaml': deployment('other', 'prod.example/team/other:2') },
          'Other pipeline',
        );
      },
    });
    await runStepWith(h, params('moving'));
    expect((await git.log('moving', 'main')).map((c) => c.subject)).toEqual([
      'Updated prod.example/team/app to version 1.4',
      'Other pipeline',
      'Initial content',
    ]);
    expect(h.sink.text()).toContain('rejected');

    await git.createRepo('clash', { 'dev/app.yaml': deployment('app', 'prod.example/team/app:1.3') });
    const clash = await harness([promoted('app', 8)], {
      beforePush: async () => {
        // Someone replaces the image with another repository: the edit has nothing left to pin.
        await git.commitFiles(
          'clash',
          'main',
          { 'dev/app.yaml': deployment('app', 'other.example/fork/app:9') },
          'Switch to fork',
        );
      },
    });
    const error = await failure(clash, params('clash'));
    expect(error.code).toBe('GITOPS');
    expect(error.message).toContain('the branch moved');
    expect(error.message).toContain('references prod.example/team/app');
    expect((await git.log('clash', 'main')).map((c) => c.subject)).toEqual([
      'Switch to fork',
      'Initial content',
    ]);
  });

  it('fails clearly, pushing nothing, on a wrong password, a missing branch, or no matching file', async () => {
    await git.createRepo('errors', { 'dev/app.yaml': deployment('app', 'prod.example/team/app:1.3') });
    const before = await git.head('errors', 'main');

    const wrong = await failure(
      await harness([promoted('app', 9)]),
      params('errors', { password: 'not-the-Password-42' }),
    );
    expect(wrong.code).toBe('AUTH');
    expect(wrong.message).not.toContain('not-the-Password-42');

    const branch = await failure(
      await harness([promoted('app', 9)]),
      params('errors', { branchName: 'release' }),
    );
    expect(branch.message).toContain(`branch release not found in ${git.url}/errors.git`);

    const nofile = await failure(
      await harness([promoted('app', 9)]),
      params('errors', { filePath: 'prod/*.yaml' }),
    );
    expect(nofile.message).toContain("filePath 'prod/*.yaml' matches no file");

    const noimage = await failure(await harness([promoted('elsewhere', 9)]), params('errors'));
    expect(noimage.message).toContain('references prod.example/team/elsewhere');

    const server = await failure(await harness([promoted('app', 9)]), {
      ...params('errors'),
      serverUrl: 'https://github.com',
    });
    expect(server.code).toBe('USAGE');
    expect(server.message).toContain('names a server, not a repository');
    const ssh = await failure(await harness([promoted('app', 9)]), {
      ...params('errors'),
      serverUrl: 'git@github.com:o/r.git',
    });
    expect(ssh.message).toContain('is not an HTTP(S) URL');

    const noImageAtAll = await failure(await harness(undefined), params('errors'));
    expect(noImageAtAll.code).toBe('USAGE');

    expect(await git.head('errors', 'main')).toBe(before);
    expect(await git.log('errors', 'main')).toHaveLength(1);
  });

  it('refuses a bad branchName, credentials in serverUrl, or a password over plain http:// with exit 2, before cloning', async () => {
    await git.createRepo('early', { 'dev/app.yaml': deployment('app', 'prod.example/team/app:1.3') });
    const requestsBefore = git.requests.length;
    const cases: [Partial<Params>, RegExp][] = [
      [
        { branchName: 'release..1' },
        /branchName "release\.\.1" is not a valid git branch name: it contains '\.\.'.*Set branchName/,
      ],
      [{ branchName: '--upload-pack=touch /tmp/x' }, /branchName .* starts with '-'/],
      [{ branchName: 'feature/.hidden' }, /component '\.hidden' starts with '\.'/],
      [{ branchName: 'main.lock' }, /ends with '\.lock'/],
      [
        { serverUrl: `http://${USER}:${PASSWORD}@127.0.0.1:1/early.git` },
        /serverUrl 'http:\/\/127\.0\.0\.1:1\/early\.git' holds credentials.*username and password/,
      ],
      [{ serverUrl: `https://${PASSWORD}@git.example.test/early.git` }, /holds credentials/],
      [
        { serverUrl: 'http://git.example.invalid/org/deploy.git' },
        /plain HTTP.*clear text.*https:\/\/ URL, or set allowInsecureHttp: true/,
      ],
    ];
    for (const [overrides, message] of cases) {
      const h = await harness([promoted('app', 30)]);
      const error = await failure(h, params('early', overrides));
      expect(error.code).toBe('USAGE');
      expect(error.exitCode).toBe(2);
      expect(error.message).toMatch(message);
      expect(error.message).not.toContain(PASSWORD);
      expect(h.sink.text()).not.toContain('Clone');
    }
    expect(git.requests.length).toBe(requestsBefore);
    // With the opt-in the refusal is gone: git runs and fails only because the host does not exist.
    const optIn = await failure(
      await harness([promoted('app', 30)]),
      params('early', { serverUrl: 'http://git.example.invalid/org/deploy.git', allowInsecureHttp: true }),
    );
    expect(optIn.code).toBe('NETWORK');
    expect(await git.log('early', 'main')).toHaveLength(1);
  });

  it("never prints a token from serverUrl's query string", async () => {
    await git.createRepo('tokenq', { 'dev/app.yaml': deployment('app', 'prod.example/team/app:1.3') });
    const h = await harness([promoted('app', 31)]);
    const error = await failure(
      h,
      params('tokenq', { serverUrl: `${git.url}/tokenq.git?private_token=${QUERY_TOKEN}` }),
    );
    expect(error.message).toContain('git said:');
    const printed = [error.message, String(error.cause), h.sink.text(), h.summary.markdown()].join('\n');
    expect(printed).toContain('private_token=***');
    expect(printed).not.toContain(QUERY_TOKEN);
  });

  it('pullRequest: pushes ferry/<stage>/<image> and opens one PR, then updates it', async () => {
    await git.createRepo('team/deploy', { 'dev/app.yaml': deployment('app', 'prod.example/team/app:1.3') });
    const first = await harness([promoted('app', 10)], { stage: 'Acceptance' });
    await runStepWith(first, params('team/deploy', { pullRequest: true }));
    expect(await git.log('team/deploy', 'main')).toHaveLength(1);
    expect(await git.readFile('team/deploy', 'ferry/acceptance/app', 'dev/app.yaml')).toContain(
      `prod.example/team/app@${digest(10)}`,
    );
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]).toMatchObject({
      owner: 'team',
      repo: 'deploy',
      head: 'ferry/acceptance/app',
      base: 'main',
      title: 'Updated prod.example/team/app to version 1.4',
    });
    expect(github.pulls[0]?.body).toContain('prod.example/team/app:1.3 →');
    const url = `${github.webUrl}/team/deploy/pull/1`;
    expect(first.env.get('gitops/pullRequestUrl')).toBe(url);
    expect(first.summary.markdown()).toContain(url);

    // A newer digest: the same branch and the same PR, updated.
    const second = await harness([promoted('app', 11)], { stage: 'Acceptance' });
    await runStepWith(second, params('team/deploy', { pullRequest: true }));
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]?.title).toBe('Updated prod.example/team/app to version 1.4');
    expect(github.pulls[0]?.body).toContain(digest(11));
    expect(second.env.get('gitops/pullRequestUrl')).toBe(url);
    expect(await git.readFile('team/deploy', 'ferry/acceptance/app', 'dev/app.yaml')).toContain(
      `prod.example/team/app@${digest(11)}`,
    );
    expect(await git.log('team/deploy', 'main')).toHaveLength(1);
  });

  it('runs from the Piper sample config with tool kubectl: each stage updates its own file', async () => {
    await git.createRepo('team/sample', {
      'manifest-performance-stage.yaml': deployment('app', 'prod.example/team/app:1.0'),
      'manifest-acceptance-stage.yaml': deployment('app', 'prod.example/team/app:1.0'),
      'manifest-release-stage.yaml': deployment('app', 'prod.example/team/app:1.0'),
    });
    const workspace = join(scratch, 'piper-sample');
    await mkdir(join(workspace, '.pipeline'), { recursive: true });
    await writeFile(
      join(workspace, '.pipeline', 'config.yml'),
      `stages:
    Build:
        imagePushToRegistry: true
        kanikoExecute: true
    Performance:
        filePath: manifest-performance-stage.yaml
    Acceptance:
        filePath: manifest-acceptance-stage.yaml
    Release:
        filePath: manifest-release-stage.yaml
steps:
    imagePushToRegistry:
        targetRegistryUrl: https://prod.example
    gitOpsUpdateDeployment:
        forcePush: true
        branchName: main
        serverUrl: ${git.url}/team/sample.git
        tool: kubectl
`,
    );
    const env = new PipelineEnvironment();
    env.set('promotion/images', [promoted('app', 12)]);
    await env.save(workspace);
    const sink = createMemorySink();
    const log = createLogger({ sink });
    for (const stage of ['Performance', 'Acceptance']) {
      const report = await runStep('gitOpsUpdateDeployment', {
        catalog,
        workspace,
        stage,
        log,
        flags: { username: USER, password: PASSWORD },
      });
      outputs.push(sink.text(), report.summary.markdown());
      expect(report.error).toBeUndefined();
    }
    const pinned = deployment('app', `prod.example/team/app@${digest(12)}`);
    expect(await git.readFile('team/sample', 'main', 'manifest-performance-stage.yaml')).toBe(pinned);
    expect(await git.readFile('team/sample', 'main', 'manifest-acceptance-stage.yaml')).toBe(pinned);
    expect(await git.readFile('team/sample', 'main', 'manifest-release-stage.yaml')).toBe(
      deployment('app', 'prod.example/team/app:1.0'),
    );
    expect(await git.log('team/sample', 'main')).toHaveLength(3);
    const saved = await PipelineEnvironment.load(workspace);
    expect(saved.get('gitops/files')).toEqual(['manifest-acceptance-stage.yaml']);
  });

  it('never lets the password or its base64 reach logs, summaries, errors, URLs or the clones', async () => {
    // Runs last: everything above is in the captured output.
    expect(outputs.length).toBeGreaterThan(10);
    const haystacks: [string, string][] = [
      ['output', outputs.join('\n')],
      ['request URLs', git.requests.map((r) => r.url).join('\n')],
    ];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else if (entry.isFile() && path.includes('/.git/'))
          haystacks.push([path, (await readFile(path)).toString('latin1')]);
      }
    };
    await walk(scratch);
    expect(haystacks.some(([where]) => where.endsWith('/.git/config'))).toBe(true);
    for (const [where, text] of haystacks) {
      expect(text.includes(PASSWORD), `password in ${where}`).toBe(false);
      expect(text.includes(BASIC), `base64 credential in ${where}`).toBe(false);
      // The server itself is meant to see the query token; nothing ferry prints or stores may.
      if (where !== 'request URLs')
        expect(text.includes(QUERY_TOKEN), `serverUrl query token in ${where}`).toBe(false);
    }
  });
});
