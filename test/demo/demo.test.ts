// `ferry demo` run in-process: the digest is the same at both registries and as built, the GitOps commit
// changes only the image line, no generated password is printed, and nothing is left listening or on disk.
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoCommand, parseDemoArgs } from '../../lib/cli/commands/demo';
import { createConsoleSink, createLogger, SecretRegistry } from '../../lib/log';
import { UsageError } from '../../lib/util/errors';
import { haveBinaries } from '../helpers/binaries';

const ok = haveBinaries('git');

interface DemoRun {
  code: number;
  stdout: string;
  all: string;
  /** Every secret form the demo registered with the logger. */
  secrets: string[];
}

function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

async function demo(
  args: readonly string[],
  cwd: string,
  env: Record<string, string | undefined> = { PATH: process.env.PATH },
): Promise<DemoRun> {
  const out = capture();
  const err = capture();
  const secrets = new SecretRegistry();
  const registered: string[] = [];
  secrets.onAdd((value) => registered.push(value));
  // Debug on: the most output there can be, so a leak has every chance to show.
  const log = createLogger({
    sink: createConsoleSink({ out: out.stream, err: err.stream }),
    debug: true,
    secrets,
  });
  const code = await demoCommand(args, {
    stdout: out.stream,
    stderr: err.stream,
    env,
    cwd,
    isTTY: false,
    log,
  });
  return { code, stdout: out.text(), all: out.text() + err.text(), secrets: registered };
}

/** The password of a Basic credential the demo registered for `user` (it registers user:password's base64). */
function passwordOf(secrets: readonly string[], user: string): string | undefined {
  for (const value of secrets) {
    if (!/^[A-Za-z0-9+/]+=*$/.test(value)) continue;
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    if (decoded.startsWith(`${user}:`)) return decoded.slice(user.length + 1);
  }
  return undefined;
}

function field(stdout: string, pattern: RegExp): string {
  const match = pattern.exec(stdout);
  if (!match?.[1]) throw new Error(`no match for ${pattern} in:\n${stdout}`);
  return match[1];
}

/** Resolves true when something accepts a TCP connection at host:port. */
function listening(hostPort: string): Promise<boolean> {
  const url = new URL(`http://${hostPort}`);
  return new Promise((resolve) => {
    const socket = connect({ host: url.hostname, port: Number(url.port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

const SERVERS = [
  /staging registry\s+http:\/\/(\S+)/,
  /target registry\s+http:\/\/(\S+)/,
  /GitOps repository\s+http:\/\/([^/\s]+)/,
];

describe.skipIf(!ok)('ferry demo', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'ferry-demo-test-'));
  });
  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  test('builds, promotes and deploys: one digest everywhere, one image line changed, no password printed, nothing left', async () => {
    // How fast the demo is belongs in a benchmark, not here: a loaded machine must not fail this.
    const run = await demo([], scratch);
    expect(run.code, run.all).toBe(0);

    const digest = /(sha256:[a-f0-9]{64})/.source;
    const built = field(run.stdout, new RegExp(`^  built\\s+\\S+\\s+${digest}`, 'm'));
    const staging = field(run.stdout, new RegExp(`^  staging\\s+\\S+\\s+${digest}\\s+\\(read back\\)`, 'm'));
    const target = field(run.stdout, new RegExp(`^  target\\s+\\S+\\s+${digest}\\s+\\(read back\\)`, 'm'));
    expect(staging).toBe(built);
    expect(target).toBe(built);

    // The commit's diff: exactly one line out, one line in, both the image of the acceptance file.
    expect(run.stdout).toMatch(/GitOps commit [0-9a-f]{40} on main/);
    const diff = run.stdout.slice(run.stdout.indexOf('--- a/'));
    const changed = diff
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^[-+]/.test(l) && !/^(---|\+\+\+) /.test(l));
    const targetHost = field(run.stdout, SERVERS[1] ?? /$^/);
    expect(changed).toEqual([
      `-          image: ${targetHost}/demo/hello:0.9.0`.trim(),
      `+          image: ${targetHost}/demo/hello@${built}`.trim(),
    ]);
    expect(diff).toContain('+++ b/manifests/acceptance/deployment.yaml');
    expect(diff).not.toContain('production');

    // The generated passwords were registered as secrets and appear nowhere, in no form.
    const registryPassword = passwordOf(run.secrets, 'demo-registry-robot');
    const gitPassword = passwordOf(run.secrets, 'demo-git-robot');
    expect(registryPassword).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(gitPassword).toMatch(/^[A-Za-z0-9_-]{32}$/);
    for (const secret of run.secrets) expect(run.all).not.toContain(secret);

    // Servers closed, temp dir removed.
    for (const pattern of SERVERS) expect(await listening(field(run.stdout, pattern))).toBe(false);
    expect(await exists(field(run.stdout, /workspace\s+(\S+)/))).toBe(false);
    expect(run.stdout).toMatch(/Done in [\d.]+ s; servers stopped, temp dir removed\./);
  }, 60_000);

  test('--keep keeps the app workspace and the GitOps repository, with no password in the config', async () => {
    const run = await demo(['--keep'], scratch);
    expect(run.code, run.all).toBe(0);
    const workspace = field(run.stdout, /workspace\s+(\S+)/);
    try {
      expect(run.stdout).toContain(`kept ${workspace}`);
      const config = await readFile(join(workspace, 'app', '.pipeline', 'config.yml'), 'utf8');
      expect(config).toMatch(
        /^stages:\n {2}Acceptance:\n {4}filePath: manifests\/acceptance\/deployment\.yaml/m,
      );
      const passwords = [
        passwordOf(run.secrets, 'demo-registry-robot'),
        passwordOf(run.secrets, 'demo-git-robot'),
      ];
      for (const password of passwords) {
        expect(password).toBeDefined();
        expect(config).not.toContain(password);
      }
      expect(await exists(join(workspace, 'git', 'deployments.git', 'HEAD'))).toBe(true);
      for (const pattern of SERVERS) expect(await listening(field(run.stdout, pattern))).toBe(false);
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  }, 60_000);

  test('a failing step exits non-zero with one line naming the stage and the step, and still cleans up', async () => {
    const app = join(scratch, 'broken-app');
    await mkdir(app, { recursive: true });
    await writeFile(join(app, 'Dockerfile'), 'FROM scratch\nCOPY missing.txt /srv/\n');
    const run = await demo(['--app', app], scratch);
    // The step's own exit code, as `ferry run` gives it: a file missing from the context is the user's to fix (2).
    expect(run.code, run.all).toBe(2);
    expect(run.all).toMatch(/^ferry: demo: stage Build failed: build failed: .*missing\.txt/m);
    expect(run.stdout).not.toContain('What happened');
    for (const pattern of SERVERS) expect(await listening(field(run.stdout, pattern))).toBe(false);
    expect(await exists(field(run.stdout, /workspace\s+(\S+)/))).toBe(false);
    for (const secret of run.secrets) expect(run.all).not.toContain(secret);
  }, 60_000);

  test('an app directory without a Dockerfile is a usage error (exit 2) before any server starts', async () => {
    const run = await demo(['--app', join(scratch, 'nothing-here')], scratch);
    expect(run.code).toBe(2);
    expect(run.all).toMatch(/^ferry: demo: no app to build: .*nothing-here has no Dockerfile\. .*--app DIR/m);
    expect(run.stdout).not.toContain('staging registry');
  });
});

describe('ferry demo without git', () => {
  test('says git is missing and how to install it, exit 2, before any server starts', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'ferry-demo-nogit-'));
    try {
      const run = await demo([], empty, { PATH: empty });
      expect(run.code).toBe(2);
      expect(run.all).toMatch(
        /^ferry: demo: git was not found on PATH.*Install git \(Debian\/Ubuntu: apt-get install -y git/m,
      );
      expect(run.stdout).not.toContain('staging registry');
      expect(run.stdout).not.toContain('workspace');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('ferry demo arguments', () => {
  test.each([
    [[], { keep: false, help: false }],
    [['--keep'], { keep: true, help: false }],
    [['--app', 'x'], { keep: false, help: false, app: 'x' }],
    [['--app=y', '-h'], { keep: false, help: true, app: 'y' }],
  ])('%j', (args, expected) => {
    expect(parseDemoArgs(args)).toEqual(expected);
  });

  test.each([[['--bogus']], [['--app']], [['run']]])('%j is a usage error', (args) => {
    expect(() => parseDemoArgs(args)).toThrow(UsageError);
  });
});
