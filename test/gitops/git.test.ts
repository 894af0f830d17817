// The GitOps git workflow against a real `git http-backend` with Basic auth: clone, commit, push,
// retry when the branch moved, PR branches, typed errors, and no credential leaking anywhere.
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, createMemorySink, type Logger } from '../../lib/log';
import {
  cloneBranch,
  conflictError,
  GitError,
  isGitError,
  pushBranch,
  pushWithRetry,
  type GitRemote,
  type GitWorkdir,
} from '../../lib/gitops/git';
import { haveBinaries } from '../helpers/binaries';
import { createServerPki } from '../helpers/pki';
import { startGitServer, type GitServer } from '../helpers/servers/git';

const USER = 'deployer';
const PASSWORD = 'pw-Zq81-never-print-me';
const BASIC = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
const AUTHOR = { name: 'Ferry Bot', email: 'ferry@example.test' };
const FAST = { baseMs: 20, maxMs: 300 };
// Ten pushers on a loaded machine: spread out enough that most attempts are not wasted.
const CROWD = { baseMs: 100, maxMs: 2_000 };
// Ten clones and a few dozen pushes through git http-backend: minutes when both cores are busy.
const CROWD_TIMEOUT_MS = 600_000;
const QUERY_TOKEN = 'qtok-Hq71-never-print';

const ok = haveBinaries('git');
const tlsOk = ok && haveBinaries('openssl');

describe.skipIf(!ok)('git workflow over HTTP (git http-backend)', () => {
  let server: GitServer;
  let scratch: string;
  const sink = createMemorySink();
  const log: Logger = createLogger({ sink, debug: true });
  const argv: string[][] = [];
  const errors: string[] = [];
  let seq = 0;

  beforeAll(async () => {
    server = await startGitServer({ username: USER, password: PASSWORD });
    scratch = await mkdtemp(join(tmpdir(), 'ferry-git-test-'));
  });

  afterAll(async () => {
    await server?.stop();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  const remote = (name: string, password = PASSWORD): GitRemote => ({
    url: `${server.url}/${name}.git`,
    credentials: { username: USER, password },
  });

  const tempDir = async (): Promise<string> => mkdtemp(join(scratch, `run-${seq++}-`));

  const clone = async (name: string, branch = 'main', password = PASSWORD): Promise<GitWorkdir> =>
    cloneBranch({
      remote: remote(name, password),
      branch,
      tempDir: await tempDir(),
      log,
      onCommand: (a) => argv.push([...a]),
    });

  const expectGitError = async (promise: Promise<unknown>): Promise<GitError> => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GitError);
    if (!(error instanceof GitError)) throw new Error('unreachable');
    errors.push(error.message, String(error.cause));
    return error;
  };

  it('clones shallow, commits with the given author, and pushes over HTTP with Basic auth', async () => {
    await server.createRepo('basic', { 'apps/web.yaml': 'image: web:1\n', 'README.md': 'hello\n' });
    const work = await clone('basic');
    expect(await readFile(join(work.dir, 'apps/web.yaml'), 'utf8')).toBe('image: web:1\n');
    expect((await stat(join(work.dir, '.git/shallow'))).isFile()).toBe(true);

    const result = await pushWithRetry(work, {
      apply: async (dir) => {
        await writeFile(join(dir, 'apps/web.yaml'), 'image: web@sha256:1111\n');
        return { message: 'Deploy web@sha256:1111' };
      },
      author: AUTHOR,
      maxAttempts: 3,
      log,
    });

    expect(result.attempts).toBe(1);
    const history = await server.log('basic', 'main');
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({
      sha: result.commit,
      subject: 'Deploy web@sha256:1111',
      authorName: 'Ferry Bot',
    });
    expect(history[0]?.authorEmail).toBe('ferry@example.test');
    expect(await server.readFile('basic', 'main', 'apps/web.yaml')).toBe('image: web@sha256:1111\n');
    expect(await server.readFile('basic', 'main', 'README.md')).toBe('hello\n');
  });

  it('makes no commit and pushes nothing when the edit changes nothing', async () => {
    await server.createRepo('noop', { 'app.yaml': 'image: app@sha256:aaaa\n' });
    const before = await server.head('noop', 'main');
    const work = await clone('noop');
    expect(await work.commitAll({ message: 'x', authorName: 'a', authorEmail: 'a@b' })).toBeUndefined();

    const result = await pushWithRetry(work, {
      apply: async (dir) => {
        await writeFile(join(dir, 'app.yaml'), 'image: app@sha256:aaaa\n');
        return { message: 'unused' };
      },
      author: AUTHOR,
      maxAttempts: 3,
      log,
    });
    expect(result.commit).toBeUndefined();
    expect(await server.head('noop', 'main')).toBe(before);
    expect(await server.log('noop', 'main')).toHaveLength(1);
  });

  it('fails clearly on a wrong password, without printing it, and pushes nothing', async () => {
    await server.createRepo('locked', { 'a.txt': 'a\n' });
    const before = await server.head('locked', 'main');
    const error = await expectGitError(clone('locked', 'main', 'wrong-password-123'));
    expect(error.reason).toBe('auth');
    expect(error.code).toBe('AUTH');
    expect(error.message).toContain('authentication failed');
    expect(error.message).toContain(`${server.url}/locked.git`);
    expect(error.message).not.toContain('wrong-password-123');
    expect(await server.head('locked', 'main')).toBe(before);
  });

  it('names the missing branch and the URL without credentials', async () => {
    await server.createRepo('branches', { 'a.txt': 'a\n' });
    const error = await expectGitError(clone('branches', 'production'));
    expect(error.reason).toBe('branch-not-found');
    expect(error.code).toBe('GIT');
    expect(error.message).toContain(`branch production not found in ${server.url}/branches.git`);
    expect(await server.head('branches', 'production')).toBeUndefined();
  });

  it('reports a repository that does not exist as NOT_FOUND', async () => {
    const error = await expectGitError(clone('does-not-exist'));
    expect(error.reason).toBe('repository-not-found');
    expect(error.code).toBe('NOT_FOUND');
  });

  it('reports an unreachable server as NETWORK', async () => {
    const error = await expectGitError(
      cloneBranch({
        remote: {
          url: 'http://127.0.0.1:9/nothing.git',
          credentials: { username: USER, password: PASSWORD },
        },
        branch: 'main',
        tempDir: await tempDir(),
        log,
      }),
    );
    expect(error.reason).toBe('network');
    expect(error.code).toBe('NETWORK');
  });

  it('says so when git cannot be started (PATH comes from the environment handed in)', async () => {
    const error = await expectGitError(
      cloneBranch({
        remote: remote('basic', PASSWORD),
        branch: 'main',
        tempDir: await tempDir(),
        log,
        environment: { PATH: '/nonexistent' },
      }),
    );
    expect(error.message).toContain('git could not be started');
  });

  it('refuses a URL that carries credentials, and branch names git would reject', async () => {
    const withUser = cloneBranch({
      remote: { url: `http://${USER}:${PASSWORD}@127.0.0.1:1/x.git` },
      branch: 'main',
      tempDir: await tempDir(),
      log,
    });
    const error = await expectGitError(withUser);
    expect(error.message).toContain('holds credentials');
    expect(error.message).not.toContain(PASSWORD);
    await expectGitError(
      cloneBranch({ remote: remote('basic'), branch: '--upload-pack=evil', tempDir: await tempDir(), log }),
    );
  });

  it(
    'lands ten concurrent pushers editing different files of the same branch',
    async () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 10; i++) files[`apps/app-${i}.yaml`] = `image: app-${i}:old\n`;
      await server.createRepo('busy', files);

      // Every pipeline has cloned before any pushes: all but the first push must be rejected and retried.
      const clones = await Promise.all(Array.from({ length: 10 }, () => clone('busy')));
      const results = await Promise.all(
        clones.map((work, i) =>
          pushWithRetry(work, {
            apply: async (dir) => {
              await writeFile(
                join(dir, `apps/app-${i}.yaml`),
                `image: app-${i}@sha256:${String(i).repeat(8)}\n`,
              );
              return { message: `Deploy app-${i}` };
            },
            author: AUTHOR,
            maxAttempts: 15,
            backoff: CROWD,
            log,
          }),
        ),
      );

      expect(results.every((r) => r.commit !== undefined)).toBe(true);
      expect(results.filter((r) => r.attempts === 1)).toHaveLength(1);
      const history = await server.log('busy', 'main');
      expect(history).toHaveLength(11);
      expect(new Set(history.slice(0, 10).map((c) => c.subject))).toEqual(
        new Set(Array.from({ length: 10 }, (_, i) => `Deploy app-${i}`)),
      );
      for (let i = 0; i < 10; i++) {
        expect(await server.readFile('busy', 'main', `apps/app-${i}.yaml`)).toBe(
          `image: app-${i}@sha256:${String(i).repeat(8)}\n`,
        );
      }
    },
    CROWD_TIMEOUT_MS,
  );

  it('re-applies the edit on the new head when another pipeline pushed meanwhile', async () => {
    await server.createRepo('moved', { 'a.yaml': 'image: a:1\n', 'b.yaml': 'image: b:1\n' });
    const work = await clone('moved');
    let calls = 0;
    const result = await pushWithRetry(work, {
      apply: async (dir) => {
        calls++;
        await writeFile(join(dir, 'a.yaml'), 'image: a:2\n');
        // Another pipeline pushes between our clone and our push, once.
        if (calls === 1) await server.commitFiles('moved', 'main', { 'b.yaml': 'image: b:2\n' }, 'Deploy b');
        return { message: 'Deploy a' };
      },
      author: AUTHOR,
      maxAttempts: 5,
      backoff: FAST,
      log,
    });
    expect(result.attempts).toBe(2);
    expect((await server.log('moved', 'main')).map((c) => c.subject)).toEqual([
      'Deploy a',
      'Deploy b',
      'Initial content',
    ]);
    expect(await server.readFile('moved', 'main', 'b.yaml')).toBe('image: b:2\n');
  });

  it('fails clearly when the concurrent change conflicts with the edit, and pushes nothing of its own', async () => {
    await server.createRepo('conflict', { 'app.yaml': 'image: app:1\n' });
    const work = await clone('conflict');
    let calls = 0;
    const attempt = pushWithRetry(work, {
      apply: async (dir) => {
        calls++;
        const path = join(dir, 'app.yaml');
        const text = await readFile(path, 'utf8');
        if (!text.includes('image: app:1')) {
          throw conflictError(`app.yaml no longer holds 'image: app:1' (found '${text.trim()}').`);
        }
        await writeFile(path, text.replace('image: app:1', 'image: app:2'));
        if (calls === 1)
          await server.commitFiles('conflict', 'main', { 'app.yaml': 'image: other:9\n' }, 'Someone else');
        return { message: 'Deploy app:2' };
      },
      author: AUTHOR,
      maxAttempts: 5,
      backoff: FAST,
      log,
    });
    const error = await expectGitError(attempt);
    expect(error.reason).toBe('conflict');
    expect(error.code).toBe('GITOPS');
    expect(error.message).toContain('the branch moved');
    expect(error.message).toContain("no longer holds 'image: app:1'");
    expect((await server.log('conflict', 'main')).map((c) => c.subject)).toEqual([
      'Someone else',
      'Initial content',
    ]);
  });

  it('forcePush uses a lease: a branch that moved is not overwritten', async () => {
    await server.createRepo('lease', { 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 1\n' });
    const work = await clone('lease');
    const seen: string[][] = [];
    let calls = 0;
    const result = await pushWithRetry(work, {
      apply: async (dir) => {
        calls++;
        await writeFile(join(dir, 'a.yaml'), 'a: 2\n');
        if (calls === 1) await server.commitFiles('lease', 'main', { 'b.yaml': 'b: 2\n' }, 'Moved');
        return { message: 'Forced a' };
      },
      author: AUTHOR,
      maxAttempts: 4,
      forcePush: true,
      backoff: FAST,
      log: {
        ...log,
        info: (m: string) => {
          seen.push([m]);
          log.info(m);
        },
      },
    });
    expect(result.attempts).toBe(2);
    expect((await server.log('lease', 'main')).map((c) => c.subject)).toEqual([
      'Forced a',
      'Moved',
      'Initial content',
    ]);
    expect(
      argv.some((a) => a[0] === 'push' && a.some((x) => x.startsWith('--force-with-lease=refs/heads/main:'))),
    ).toBe(true);
    expect(seen.flat().join('\n')).toContain('rejected');
  });

  it('gives up after maxAttempts with a clear message', async () => {
    await server.createRepo('racing', { 'a.yaml': 'a: 0\n', 'b.yaml': 'b: 0\n' });
    const work = await clone('racing');
    let calls = 0;
    const error = await expectGitError(
      pushWithRetry(work, {
        apply: async (dir) => {
          calls++;
          await writeFile(join(dir, 'a.yaml'), 'a: mine\n');
          await server.commitFiles('racing', 'main', { 'b.yaml': `b: ${calls}\n` }, `Other ${calls}`);
          return { message: 'Mine' };
        },
        author: AUTHOR,
        maxAttempts: 2,
        backoff: FAST,
        log,
      }),
    );
    expect(error.reason).toBe('rejected');
    expect(error.message).toContain('gave up after 2 attempts');
    expect(error.message).toContain('maxPushAttempts');
  });

  const installHook = async (repo: string, hook: string, script: string): Promise<void> => {
    const path = join(server.root, `${repo}.git`, 'hooks', hook);
    await writeFile(path, `#!/bin/sh\n${script}`);
    await chmod(path, 0o755);
  };

  it('re-applies the edit when the ref moves under the push (cannot lock ref: is at … but expected …)', async () => {
    await server.createRepo('lock', { 'a.yaml': 'a: 1\n' });
    // Another pipeline's commit lands while receive-pack runs: the ref update then finds the ref at a
    // commit it did not expect, as when two pushes race for the lock. Once only.
    await installHook(
      'lock',
      'pre-receive',
      `[ -e moved-once ] && exit 0
touch moved-once
unset GIT_QUARANTINE_PATH GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES
head=$(git rev-parse refs/heads/main)
new=$(echo 'Other pipeline' | GIT_AUTHOR_NAME=o GIT_AUTHOR_EMAIL=o@example.test GIT_COMMITTER_NAME=o GIT_COMMITTER_EMAIL=o@example.test git commit-tree "$head^{tree}" -p "$head")
git update-ref refs/heads/main "$new" "$head"
`,
    );
    const work = await clone('lock');
    const lines: string[] = [];
    const result = await pushWithRetry(work, {
      apply: async (dir) => {
        await writeFile(join(dir, 'a.yaml'), 'a: 2\n');
        return { message: 'Deploy a' };
      },
      author: AUTHOR,
      maxAttempts: 3,
      backoff: FAST,
      log: { ...log, info: (m: string) => lines.push(m) },
    });
    expect(result.attempts).toBe(2);
    expect((await server.log('lock', 'main')).map((c) => c.subject)).toEqual([
      'Deploy a',
      'Other pipeline',
      'Initial content',
    ]);
    expect(lines.join('\n')).toMatch(/the branch moved from [0-9a-f]{12} to [0-9a-f]{12} meanwhile/);
    expect(lines.join('\n')).toContain('(attempt 2 of 3)');
  });

  it('counts attempts truthfully and never logs an attempt beyond the bound', async () => {
    await server.createRepo('count', { 'a.yaml': 'a: 0\n', 'b.yaml': 'b: 0\n' });
    const work = await clone('count');
    const lines: string[] = [];
    let calls = 0;
    const error = await expectGitError(
      pushWithRetry(work, {
        apply: async (dir) => {
          calls++;
          await writeFile(join(dir, 'a.yaml'), 'a: mine\n');
          await server.commitFiles('count', 'main', { 'b.yaml': `b: ${calls}\n` }, `Other ${calls}`);
          return { message: 'Mine' };
        },
        author: AUTHOR,
        maxAttempts: 3,
        backoff: FAST,
        log: { ...log, info: (m: string) => lines.push(m) },
      }),
    );
    expect(calls).toBe(3);
    expect(error.message).toContain('gave up after 3 attempts');
    const counted = lines
      .flatMap((l) => [...l.matchAll(/attempt (\d+) of (\d+)/g)])
      .map((m) => `${m[1]}/${m[2]}`);
    expect(counted).toEqual(['2/3', '3/3']);
  });

  it("keeps every line of a pre-receive hook's reason in the error, and pushes nothing", async () => {
    await server.createRepo('hooked', { 'a.yaml': 'a: 1\n' });
    await installHook(
      'hooked',
      'pre-receive',
      `echo 'Deploys to main need a change ticket in the commit message.' >&2
echo 'Ticket format: OPS-1234.' >&2
echo 'Policy: https://wiki.example.test/gitops?token=${QUERY_TOKEN}' >&2
echo 'Ask #platform if this is urgent.' >&2
exit 1
`,
    );
    const before = await server.head('hooked', 'main');
    const work = await clone('hooked');
    const error = await expectGitError(
      pushWithRetry(work, {
        apply: async (dir) => {
          await writeFile(join(dir, 'a.yaml'), 'a: 2\n');
          return { message: 'Deploy a' };
        },
        author: AUTHOR,
        maxAttempts: 5,
        backoff: FAST,
        log,
      }),
    );
    for (const reason of [
      'remote: Deploys to main need a change ticket in the commit message.',
      'remote: Ticket format: OPS-1234.',
      'remote: Policy: https://wiki.example.test/gitops?token=***',
      'remote: Ask #platform if this is urgent.',
      'pre-receive hook declined',
    ])
      expect(error.message).toContain(reason);
    expect(error.message).not.toContain(QUERY_TOKEN);
    expect(String(error.cause)).not.toContain(QUERY_TOKEN);
    expect(await server.head('hooked', 'main')).toBe(before);
  });

  it("never prints a token from the remote URL's query, in git said: or the debug log", async () => {
    await server.createRepo('query', { 'a.yaml': 'a: 1\n' });
    const querySink = createMemorySink();
    const queryLog = createLogger({ sink: querySink, debug: true });
    const url = `${server.url}/query.git?private_token=${QUERY_TOKEN}`;
    const commands: string[][] = [];
    const seen = server.requests.length;
    const outcome = await cloneBranch({
      remote: { url, credentials: { username: USER, password: PASSWORD } },
      branch: 'no-such-branch',
      tempDir: await tempDir(),
      log: queryLog,
      onCommand: (a) => commands.push([...a]),
    }).then(
      () => 'cloned',
      (e: unknown) => (e instanceof Error ? `${e.message}\n${String(e.cause)}` : String(e)),
    );
    expect(outcome).not.toBe('cloned');
    expect(outcome).toContain('failed');
    expect(outcome).not.toContain(QUERY_TOKEN);
    expect(querySink.text()).toContain('git clone');
    expect(querySink.text()).not.toContain(QUERY_TOKEN);
    expect(queryLog.secrets.has(QUERY_TOKEN)).toBe(true);
    // git got the query from its environment (url.<full>.insteadOf), not from argv.
    expect(commands.flat()).toContain(`${server.url}/query.git`);
    expect(commands.flat().join(' ')).not.toContain(QUERY_TOKEN);
    expect(server.requests.slice(seen).some((r) => r.url.includes(QUERY_TOKEN))).toBe(true);
  });

  it('sends a password over plain http:// only to loopback, unless allowInsecureHttp', async () => {
    const remote = (allowInsecureHttp: boolean): GitRemote => ({
      url: 'http://git.example.invalid/org/deploy.git',
      credentials: { username: USER, password: PASSWORD },
      allowInsecureHttp,
    });
    const commands: string[][] = [];
    const refused = await expectGitError(
      cloneBranch({
        remote: remote(false),
        branch: 'main',
        tempDir: await tempDir(),
        log,
        onCommand: (a) => commands.push([...a]),
      }),
    );
    expect(refused.message).toContain('plain HTTP');
    expect(refused.message).toContain('allowInsecureHttp');
    expect(refused.message).not.toContain(PASSWORD);
    expect(commands).toEqual([]);
    // With the opt-in git runs, and fails only because the host does not exist.
    const allowed = await expectGitError(
      cloneBranch({
        remote: remote(true),
        branch: 'main',
        tempDir: await tempDir(),
        log,
        onCommand: (a) => commands.push([...a]),
      }),
    );
    expect(allowed.reason).toBe('network');
    expect(commands.map((a) => a[0])).toEqual(['clone']);
  });

  it('pushes a pull-request branch once, then leaves it alone when it already holds the change', async () => {
    await server.createRepo('prs', { 'app.yaml': 'image: app:1\n' });
    const first = await clone('prs');
    await writeFile(join(first.dir, 'app.yaml'), 'image: app:2\n');
    await first.commitAll({ message: 'Deploy app:2', authorName: AUTHOR.name, authorEmail: AUTHOR.email });
    const pushed = await pushBranch(first, { branch: 'ferry/dev/app', log });
    expect(pushed.pushed).toBe(true);
    expect(await server.head('prs', 'ferry/dev/app')).toBe(pushed.commit);
    expect(await server.log('prs', 'main')).toHaveLength(1);

    const second = await clone('prs');
    await writeFile(join(second.dir, 'app.yaml'), 'image: app:2\n');
    await second.commitAll({ message: 'Deploy app:2', authorName: AUTHOR.name, authorEmail: AUTHOR.email });
    const again = await pushBranch(second, { branch: 'ferry/dev/app', log });
    expect(again.pushed).toBe(false);
    expect(await server.head('prs', 'ferry/dev/app')).toBe(pushed.commit);

    const third = await clone('prs');
    await writeFile(join(third.dir, 'app.yaml'), 'image: app:3\n');
    await third.commitAll({ message: 'Deploy app:3', authorName: AUTHOR.name, authorEmail: AUTHOR.email });
    const updated = await pushBranch(third, { branch: 'ferry/dev/app', log });
    expect(updated.pushed).toBe(true);
    expect(await server.readFile('prs', 'ferry/dev/app', 'app.yaml')).toBe('image: app:3\n');
  });

  it('never lets the password or its base64 reach argv, logs, errors, URLs or the clone on disk', async () => {
    // Runs last: everything the tests above did is in the captured output.
    expect(argv.length).toBeGreaterThan(20);
    expect(isGitError(new Error('x'))).toBe(false);
    const haystacks: [string, string][] = [
      ['argv', argv.map((a) => a.join(' ')).join('\n')],
      ['log', sink.text()],
      ['errors', errors.join('\n')],
      ['request URLs', server.requests.map((r) => r.url).join('\n')],
    ];
    // Every clone's .git directory, config and all.
    const gitFiles: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else if (entry.isFile() && path.includes('/.git/')) gitFiles.push(path);
      }
    };
    await walk(scratch);
    expect(gitFiles.some((p) => p.endsWith('/.git/config'))).toBe(true);
    for (const path of gitFiles) haystacks.push([path, (await readFile(path)).toString('latin1')]);
    for (const [where, text] of haystacks) {
      expect(text.includes(PASSWORD), `password in ${where}`).toBe(false);
      expect(text.includes(BASIC), `base64 credential in ${where}`).toBe(false);
    }
    // The logger knows both forms, so nothing it prints can carry them.
    expect(log.secrets.has(PASSWORD)).toBe(true);
    expect(log.secrets.has(BASIC)).toBe(true);
    // The credential did travel, as a header: the server saw authorised requests.
    expect(server.requests.some((r) => r.authorized)).toBe(true);
    expect(sink.text()).toContain('git clone');
  });
});

describe.skipIf(!tlsOk)('git workflow over HTTPS with a private CA', () => {
  let server: GitServer;
  let scratch: string;
  let caFile: string;
  let pkiDir: string | undefined;
  const log = createLogger({ sink: createMemorySink() });

  beforeAll(async () => {
    const pki = createServerPki();
    pkiDir = pki.dir;
    caFile = pki.caFile;
    server = await startGitServer({
      username: USER,
      password: PASSWORD,
      tls: { certFile: pki.certFile, keyFile: pki.keyFile },
    });
    scratch = await mkdtemp(join(tmpdir(), 'ferry-git-tls-'));
    await server.createRepo('tls', { 'a.yaml': 'a: 1\n' });
  });
  afterAll(async () => {
    await server?.stop();
    if (scratch) await rm(scratch, { recursive: true, force: true });
    // The CA's private key must not stay behind in the temp directory.
    if (pkiDir) await rm(pkiDir, { recursive: true, force: true });
  });

  it('refuses the untrusted certificate as a NETWORK error that names the CA bundle', async () => {
    const error = await cloneBranch({
      remote: { url: `${server.url}/tls.git`, credentials: { username: USER, password: PASSWORD } },
      branch: 'main',
      tempDir: await mkdtemp(join(scratch, 'a-')),
      log,
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isGitError(error, 'network')).toBe(true);
    expect(String(error)).toContain('CA bundle');
  });

  it('clones and pushes when given the CA bundle', async () => {
    const work = await cloneBranch({
      remote: { url: `${server.url}/tls.git`, credentials: { username: USER, password: PASSWORD }, caFile },
      branch: 'main',
      tempDir: await mkdtemp(join(scratch, 'b-')),
      log,
    });
    const result = await pushWithRetry(work, {
      apply: async (dir) => {
        await writeFile(join(dir, 'a.yaml'), 'a: 2\n');
        return { message: 'over TLS' };
      },
      author: AUTHOR,
      maxAttempts: 2,
      log,
    });
    expect((await server.log('tls', 'main'))[0]?.sha).toBe(result.commit);
  });
});
