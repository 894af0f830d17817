// The one-command bundles of the `ferry` binary (dist/cli/copy.cjs, dist/cli/set-image.cjs, built by
// `npm ci`): dist/cli.js runs them when argv names the command, and they must behave exactly as the
// shared ES module build does: same output, same exit codes, output complete when they exit at once.
// Real docker-registry servers on loopback for the copy.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBinaries } from '../helpers/binaries';
import { ferry } from '../helpers/cli';
import { createTestImage, skopeoPush } from '../helpers/images';
import { createServerPki, type ServerPki } from '../helpers/pki';
import { startRegistry, type RegistryServer } from '../helpers/servers/registry';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const CLI = join(DIST, 'cli.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function node(args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd, maxBuffer: 64 << 20, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('the one-command bundles', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ferry-bundles-'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('exist for copy and set-image only, each one file well under the whole CLI', async () => {
    expect((await readdir(join(DIST, 'cli'))).sort()).toEqual(['copy.cjs', 'set-image.cjs']);
    for (const file of ['copy.cjs', 'set-image.cjs'])
      expect((await stat(join(DIST, 'cli', file))).size).toBeLessThan(1 << 20);
  });

  it.each([
    [['copy', '--help']],
    [['set-image', '--help']],
    [['copy', 'only-one-argument']],
    [['copy', 'a', 'b', '--bogus']],
    [['set-image', 'x.yaml', '--image', 'not a pair']],
    [['copy', 'a', 'b', '--json', '--jobs', 'many']],
  ])('dist/cli.js %j prints and exits as the shared build does', async (args) => {
    const bundled = await node([CLI, ...args], work);
    const shared = await ferry(args, { cwd: work, env: { HOME: work } });
    expect(bundled.code).toBe(shared.code);
    expect(bundled.stdout).toBe(shared.stdout);
    expect(bundled.stderr).toBe(shared.stderr);
  });

  it('commands without a bundle still run from dist/cli.js (and a flag before the command)', async () => {
    const version = await node([CLI, '--version'], work);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
    const help = await node([CLI, '--verbose', 'copy', '--help'], work);
    expect(help.code).toBe(0);
    expect(help.stdout).toBe((await ferry(['copy', '--help'], { cwd: work })).stdout);
  });

  it('runs from an install path with a space and non-ASCII letters in it', async () => {
    const install = join(work, 'tools dir é');
    await cp(DIST, join(install, 'dist'), { recursive: true });
    await writeFile(join(install, 'package.json'), '{"type":"module"}');
    const moved = await node([join(install, 'dist', 'cli.js'), 'copy', '--help'], work);
    expect(moved.stderr).toBe('');
    expect(moved.code).toBe(0);
    expect(moved.stdout).toBe((await ferry(['copy', '--help'], { cwd: work })).stdout);
  });

  it('a bundle asked for another command says it holds only its own', async () => {
    const wrong = await node([join(DIST, 'cli', 'copy.cjs'), 'run', 'build'], work);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain("dist/cli/copy.cjs runs only 'copy'");
  });

  it('set-image writes all of a long report before it exits', async () => {
    // ~2,000 changed lines (well past a pipe's 64 KiB): exiting at once must not cut the report short.
    const docs = Array.from(
      { length: 2000 },
      (_, i) =>
        `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example/team/app:1.0\n`,
    ).join('---\n');
    const file = join(work, 'many.yaml');
    const digest = `sha256:${'ab'.repeat(32)}`;
    const args = [
      'set-image',
      file,
      '--image',
      `registry.example/team/app=registry.example/team/app@${digest}`,
    ];
    await writeFile(file, docs);
    const bundled = await node([CLI, ...args], work);
    await writeFile(file, docs);
    const shared = await ferry(args, { cwd: work });
    expect(bundled.code).toBe(0);
    expect(bundled.stdout.split('\n').length).toBeGreaterThan(2000);
    expect(bundled.stdout).toBe(shared.stdout);
  });

  describe.skipIf(!haveBinaries('docker-registry', 'skopeo'))('copy between real registries', () => {
    let source: RegistryServer;
    let target: RegistryServer;
    let pki: ServerPki;
    let secure: RegistryServer;
    beforeAll(async () => {
      pki = createServerPki();
      [source, target, secure] = await Promise.all([
        startRegistry(),
        startRegistry(),
        startRegistry({ tls: true, pki }),
      ]);
      const image = await createTestImage(join(work, 'image'), { layers: 2, layerSize: 40_000, tag: 'v1' });
      await skopeoPush(image, `${source.host}/team/app:v1`);
    });
    afterAll(async () => {
      await Promise.all([source.stop(), target.stop(), secure.stop()]);
      await rm(pki.dir, { recursive: true, force: true });
    });

    it("keeps the bundle's compiled code in the user's cache, and runs the same from it", async () => {
      const home = join(work, 'home-cache');
      const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home };
      const run = (args: readonly string[]): Promise<Run> =>
        new Promise((resolve) => {
          execFile(process.execPath, [CLI, ...args], { cwd: work, env }, (error, stdout, stderr) =>
            resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
          );
        });
      const dir = join(home, '.cache', 'ferry', 'node-compile-cache');
      const listed = async (): Promise<string[]> => (await readdir(dir, { recursive: true })).sort();
      // ferry's own V8 code cache on every Node version (Node 22+'s compile cache would keep only the
      // code compiled before the bundle runs), in a directory per Node version.
      const file = new RegExp(
        `^${process.version.replaceAll('.', '\\.')}-${process.arch}/copy-[0-9a-f]{8}\\.v8$`,
      );
      const first = await run(['copy', '--help']);
      expect(first.code).toBe(0);
      const [cache, ...others] = (await listed()).filter((f) => f.endsWith('.v8'));
      expect(cache).toMatch(file);
      expect(others).toEqual([]);
      const afterHelp = await stat(join(dir, cache ?? ''));
      expect(await run(['copy', '--help'])).toEqual(first);
      // --help compiled part of the bundle: it is not marked complete, and runs from it change nothing.
      expect(await listed()).not.toContainEqual(`${cache ?? ''}.complete`);
      expect((await stat(join(dir, cache ?? ''))).mtimeMs).toBe(afterHelp.mtimeMs);

      // A run that does the command's work writes the cache once more, with that work in it, and marks it.
      const src = `${source.host}/team/app:v1`;
      const copied = await run(['copy', src, `${target.host}/team/cached:v1`]);
      expect(copied.code).toBe(0);
      expect(copied.stdout).toMatch(/^Copied /);
      expect(await listed()).toContainEqual(`${cache ?? ''}.complete`);
      const afterCopy = await stat(join(dir, cache ?? ''));
      expect(afterCopy.size).toBeGreaterThan(afterHelp.size);
      const again = await run(['copy', src, `${target.host}/team/cached:v1`]);
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/^Nothing to copy: /);
      expect((await stat(join(dir, cache ?? ''))).mtimeMs).toBe(afterCopy.mtimeMs);
    });

    it('copies to a token-auth registry with credentials from the environment, never printing them', async () => {
      const password = 'bundle-pw-7f31c2';
      const guarded = await startRegistry({ auth: 'token', users: { robot: password } });
      try {
        const run = await new Promise<Run>((resolve) => {
          execFile(
            process.execPath,
            [CLI, 'copy', `${source.host}/team/app:v1`, `${guarded.host}/prod/app:v1`, '--json', '--verbose'],
            {
              cwd: work,
              env: { PATH: process.env.PATH ?? '', HOME: work, FERRY_DEST_CREDS: `robot:${password}` },
            },
            (error, stdout, stderr) => resolve({ code: error ? 1 : 0, stdout, stderr }),
          );
        });
        expect(run.code).toBe(0);
        expect(`${run.stdout}${run.stderr}`).not.toContain(password);
        const denied = await node(
          [CLI, 'copy', `${source.host}/team/app:v1`, `${guarded.host}/prod/app:v2`],
          work,
        );
        expect(denied.code).not.toBe(0);
        expect(denied.stderr).toMatch(/credentials/i);
      } finally {
        await guarded.stop();
      }
    });

    it('copies to and from an HTTPS registry (TLS loaded late, as a registry asks for it)', async () => {
      const to = `${secure.host}/prod/app:v1`;
      const ca = ['--ca-file', pki.caFile];
      const up = await node([CLI, 'copy', `${source.host}/team/app:v1`, to, '--json', ...ca], work);
      expect(up.stderr).not.toContain('Error');
      expect(up.code).toBe(0);
      const back = await node([CLI, 'copy', to, `${target.host}/back/app:v1`, '--json', ...ca], work);
      expect(back.code).toBe(0);
      const { sourceDigest, targetDigest } = JSON.parse(back.stdout) as Record<string, string>;
      expect(targetDigest).toBe(sourceDigest);
      expect(targetDigest).toBe((JSON.parse(up.stdout) as Record<string, string>).targetDigest);
    });

    it('copies, prints the whole JSON result and exits 0, then a re-run is a no-op', async () => {
      const args = [CLI, 'copy', `${source.host}/team/app:v1`, `${target.host}/prod/app:v1`, '--json'];
      const first = await node(args, work);
      expect(first.code).toBe(0);
      expect(first.stderr).toContain('written');
      const result = JSON.parse(first.stdout) as {
        targetDigest: string;
        sourceDigest: string;
        noop: boolean;
      };
      expect(result.targetDigest).toBe(result.sourceDigest);
      expect(result.noop).toBe(false);
      const again = await node(args, work);
      expect(again.code).toBe(0);
      expect((JSON.parse(again.stdout) as { noop: boolean }).noop).toBe(true);
    });
  });
});
