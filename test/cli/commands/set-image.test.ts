// `ferry set-image` and updateFiles in temporary directories: in-place edits, dry-run diffs, JSON,
// exit codes, and paths (globs, directories, symbolic links) that must stay inside the working directory.
import {
  mkdtempSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSetImageArgs, setImageCommand } from '../../../lib/cli/commands/set-image';
import { updateFiles } from '../../../lib/gitops/updaters';
import type { CommandIO } from '../../../lib/cli/command';
import { createLogger, createMemorySink } from '../../../lib/log';
import { FerryError } from '../../../lib/util/errors';

const D1 = `sha256:${'1'.repeat(64)}`;
const DEPLOYMENT = `# web
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          image: registry.example.com/team/app:1.0 # pinned by ferry
        - name: proxy
          image: nginx:1.25
`;

let dir: string;
let outside: string;

function write(relative: string, text: string): string {
  const file = path.join(dir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

function read(relative: string): string {
  return readFileSync(path.join(dir, relative), 'utf8');
}

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const sink = createMemorySink();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const io: CommandIO = { stdout, stderr, env: {}, cwd: dir, isTTY: false, log: createLogger({ sink }) };
  const code = await setImageCommand(args, io);
  return { code, out, err: err + sink.text() };
}

beforeEach(() => {
  dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'ferry-set-image-')));
  outside = realpathSync(mkdtempSync(path.join(tmpdir(), 'ferry-outside-')));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('ferry set-image', () => {
  it('edits in place, reports file and line, and is a no-op the second time', async () => {
    write('deploy/web.yaml', DEPLOYMENT);
    const first = await run(
      'deploy',
      '--image',
      `registry.example.com/team/app=registry.example.com/team/app@${D1}`,
    );
    expect(first.code).toBe(0);
    expect(first.out).toContain(
      `deploy/web.yaml:11: registry.example.com/team/app:1.0 -> registry.example.com/team/app@${D1} (container web)`,
    );
    expect(read('deploy/web.yaml')).toBe(
      DEPLOYMENT.replace('registry.example.com/team/app:1.0', `registry.example.com/team/app@${D1}`),
    );
    const second = await run(
      'deploy',
      '--image',
      `registry.example.com/team/app=registry.example.com/team/app@${D1}`,
    );
    expect(second.code).toBe(0);
    expect(second.out).toContain('Nothing to change');
  });

  it('prints a unified diff with --dry-run and writes nothing', async () => {
    write('web.yaml', DEPLOYMENT);
    const { code, out } = await run('web.yaml', '--image', `nginx=nginx@${D1}`, '--dry-run');
    expect(code).toBe(0);
    expect(out).toContain('--- a/web.yaml\n+++ b/web.yaml\n@@ -10,4 +10,4 @@\n');
    expect(out).toContain(`-          image: nginx:1.25\n+          image: nginx@${D1}\n`);
    expect(out).toContain('dry run, nothing written');
    expect(read('web.yaml')).toBe(DEPLOYMENT);
  });

  it('prints JSON with --json', async () => {
    write('a/web.yaml', DEPLOYMENT);
    write('a/kustomization.yaml', 'resources: [web.yaml]\n');
    const { code, out } = await run(
      'a/*.yaml',
      '--image',
      `nginx=nginx@${D1}`,
      '--json',
      '--container',
      'proxy',
    );
    expect(code).toBe(0);
    const result = JSON.parse(out) as Record<string, unknown>;
    expect(result['changedFiles']).toEqual(['a/web.yaml']);
    expect(result['unchangedFiles']).toEqual(['a/kustomization.yaml']);
    expect(result['changes']).toEqual([
      {
        file: 'a/web.yaml',
        line: 13,
        field: 'full',
        before: 'nginx:1.25',
        after: `nginx@${D1}`,
        container: 'proxy',
        kind: 'manifest',
      },
    ]);
  });

  it('fails with exit 1 when nothing matches, unless --allow-no-match', async () => {
    write('web.yaml', DEPLOYMENT);
    const failed = await run('web.yaml', '--image', `redis=redis@${D1}`);
    expect(failed.code).toBe(1);
    expect(failed.err).toMatch(/no image matched redis.*--allow-no-match/);
    expect((await run('web.yaml', '--image', `redis=redis@${D1}`, '--allow-no-match')).code).toBe(0);
  });

  it.each([
    [['web.yaml', '--image', 'nginx'], /needs a digest|Invalid --image/],
    [['web.yaml', '--image', '=x'], /expected REPOSITORY=REFERENCE/],
    [['web.yaml', '--image', 'nginx=Nginx:1'], /Invalid --image 'nginx=Nginx:1'/],
    [['web.yaml', '--image', `nginx=nginx:1`, '--referenceForm', 'digest'], /needs a digest/],
    [['web.yaml'], /No --image given/],
    [['--image', `nginx=nginx@${D1}`], /No files given/],
    [['web.yaml', '--image', `nginx=nginx@${D1}`, '--kind', 'chart'], /Invalid --kind 'chart'/],
    [['web.yaml', '--image', `nginx=nginx@${D1}`, '--frobnicate'], /Unknown option '--frobnicate'/],
  ])('exits 2 for %j', async (args, message) => {
    write('web.yaml', DEPLOYMENT);
    const { code, err } = await run(...args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(read('web.yaml')).toBe(DEPLOYMENT);
  });

  it('accepts a bare digest for the repository itself', async () => {
    write('web.yaml', DEPLOYMENT);
    const { code } = await run('web.yaml', '--image', `nginx=${D1}`);
    expect(code).toBe(0);
    expect(read('web.yaml')).toContain(`image: nginx@${D1}`);
  });

  it('accepts a bare reference for its own repository', async () => {
    write('web.yaml', DEPLOYMENT);
    const { code } = await run('web.yaml', '--image', `nginx@${D1}`);
    expect(code).toBe(0);
    expect(read('web.yaml')).toContain(`image: nginx@${D1}`);
  });

  it('edits files and directories named outside the working directory', async () => {
    writeFileSync(path.join(outside, 'victim.yaml'), DEPLOYMENT);
    const image = ['--image', `nginx=nginx@${D1}`];
    const named = await run(path.join(outside, 'victim.yaml'), ...image);
    expect(named.code, named.err).toBe(0);
    expect(named.out).toContain(`${path.join(outside, 'victim.yaml')}:13: nginx:1.25 -> nginx@${D1}`);
    expect(readFileSync(path.join(outside, 'victim.yaml'), 'utf8')).toContain(`image: nginx@${D1}`);
    mkdirSync(path.join(outside, 'k8s'));
    writeFileSync(path.join(outside, 'k8s/web.yaml'), DEPLOYMENT);
    const walked = await run(`${path.join(outside, 'k8s')}/`, ...image);
    expect(walked.code, walked.err).toBe(0);
    expect(readFileSync(path.join(outside, 'k8s/web.yaml'), 'utf8')).toContain(`image: nginx@${D1}`);
    const missing = await run('../no-such-file.yaml', ...image);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/does not exist/);
  });

  it('refuses links that leave the directory being walked, and globs that leave the working directory', async () => {
    writeFileSync(path.join(outside, 'victim.yaml'), DEPLOYMENT);
    const image = ['--image', `nginx=nginx@${D1}`];
    // A directory walk that meets the link refuses it, rather than skipping it quietly.
    write('deploy/web.yaml', DEPLOYMENT);
    symlinkSync(path.join(outside, 'victim.yaml'), path.join(dir, 'deploy/evil.yaml'));
    const walk = await run('deploy', ...image);
    expect(walk.code).toBe(2);
    expect(walk.err).toMatch(
      /evil.yaml. is outside the working directory .* \(through a symbolic link to .*victim.yaml\)/,
    );
    const glob = await run('../*.yaml', ...image);
    expect(glob.code).toBe(2);
    expect(glob.err).toMatch(/Refusing glob/);
    expect(readFileSync(path.join(outside, 'victim.yaml'), 'utf8')).toBe(DEPLOYMENT);
    expect(read('deploy/web.yaml')).toBe(DEPLOYMENT);
  });

  it('keeps the containment check for callers that ask for it (the step)', async () => {
    writeFileSync(path.join(outside, 'victim.yaml'), DEPLOYMENT);
    symlinkSync(path.join(outside, 'victim.yaml'), path.join(dir, 'link.yaml'));
    symlinkSync(outside, path.join(dir, 'linkdir'));
    for (const target of [path.join(outside, 'victim.yaml'), '../x.yaml', 'link.yaml', 'linkdir']) {
      const error = await updateFiles({
        root: dir,
        files: [target],
        images: [{ repository: 'nginx', reference: `nginx@${D1}` }],
      }).catch((e: unknown) => e);
      expect(error, target).toBeInstanceOf(FerryError);
      expect((error as FerryError).code, target).toBe('PATH');
    }
    expect(readFileSync(path.join(outside, 'victim.yaml'), 'utf8')).toBe(DEPLOYMENT);
  });

  it('skips a dangling symbolic link in a walk, as Flux does, and walks files named Kustomization', async () => {
    write('deploy/web.yaml', DEPLOYMENT);
    write('deploy/Kustomization', 'resources: [web.yaml]\nimages:\n  - name: nginx\n    newTag: "1.25"\n');
    symlinkSync(path.join(dir, 'deploy/testing.yaml'), path.join(dir, 'deploy/test.yaml'));
    const { code, err } = await run('deploy', '--image', `nginx=nginx@${D1}`);
    expect(code, err).toBe(0);
    expect(err).toMatch(/deploy\/test\.yaml: skipped: it is a symbolic link to a file that does not exist/);
    expect(read('deploy/web.yaml')).toContain(`image: nginx@${D1}`);
    expect(read('deploy/Kustomization')).toBe(
      `resources: [web.yaml]\nimages:\n  - name: nginx\n    digest: ${D1}\n`,
    );
  });

  it('follows links that stay inside', async () => {
    write('real/web.yaml', DEPLOYMENT);
    symlinkSync(path.join(dir, 'real/web.yaml'), path.join(dir, 'alias.yaml'));
    expect((await run('alias.yaml', '--image', `nginx=nginx@${D1}`)).code).toBe(0);
    expect(read('real/web.yaml')).toContain(`nginx@${D1}`);
  });

  it('says the file is the problem when no named file can be read (exit 2)', async () => {
    const broken = 'apiVersion: v1\nkind: Pod\nspec: {containers: [{name: a, image: nginx:1}\n';
    write('bad.yaml', broken);
    const { code, err } = await run('bad.yaml', '--image', `nginx=nginx@${D1}`);
    expect(code).toBe(2);
    expect(err).toMatch(/no file could be edited \(bad\.yaml: /);
    expect(err).not.toMatch(/no image matched/);
    expect(read('bad.yaml')).toBe(broken);
  });

  it('leaves Helm templates alone with a warning', async () => {
    const template = 'image: {{ .Values.image }}\nname: {{ .Release.Name }}\n';
    write('chart/templates/deploy.yaml', template);
    write('chart/values.yaml', 'image:\n  repository: nginx\n  tag: "1.25"\n');
    const { code, err } = await run('chart', '--image', `nginx=nginx@${D1}`);
    expect(code).toBe(0);
    expect(err).toMatch(/chart\/templates\/deploy.yaml: left alone: it holds template syntax/);
    expect(read('chart/templates/deploy.yaml')).toBe(template);
    expect(read('chart/values.yaml')).toBe(`image:\n  repository: nginx\n  tag: "1.25@${D1}"\n`);
  });
});

describe('updateFiles', () => {
  it('writes nothing when one file cannot be updated', async () => {
    write('a.yaml', DEPLOYMENT);
    const broken =
      'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: x\n      image: |\n        nginx:1\n';
    write('b.yaml', broken);
    await expect(
      updateFiles({
        root: dir,
        files: ['a.yaml', 'b.yaml'],
        images: [{ repository: 'nginx', reference: `nginx@${D1}` }],
      }),
    ).rejects.toThrow(/b\.yaml: .*block scalar/);
    expect(read('a.yaml')).toBe(DEPLOYMENT);
  });

  it('adds a kustomization entry for a named file but not for one found in a directory', async () => {
    write('overlay/kustomization.yaml', 'resources:\n- web.yaml\n');
    const images = [{ repository: 'nginx', reference: `nginx@${D1}` }];
    const walked = await updateFiles({ root: dir, files: ['overlay'], images });
    expect(walked.matched).toBe(0);
    const named = await updateFiles({ root: dir, files: ['overlay/kustomization.yaml'], images });
    expect(named.changedFiles).toEqual(['overlay/kustomization.yaml']);
    expect(read('overlay/kustomization.yaml')).toBe(
      `resources:\n- web.yaml\nimages:\n- name: nginx\n  digest: ${D1}\n`,
    );
  });

  it('matches globs relative to the root and reports files relative to it', async () => {
    write('apps/a/values.yaml', 'image: nginx:1\n');
    write('apps/b/values-prod.yaml', 'image: nginx:1\n');
    write('apps/b/other.yml', 'image: nginx:1\n');
    const result = await updateFiles({
      root: dir,
      globs: ['apps/**/values*.yaml'],
      images: [{ repository: 'nginx', reference: `nginx@${D1}` }],
      dryRun: true,
    });
    expect(result.changedFiles).toEqual(['apps/a/values.yaml', 'apps/b/values-prod.yaml']);
    expect(read('apps/a/values.yaml')).toBe('image: nginx:1\n');
  });

  it('refuses a missing path as a usage error', async () => {
    const error: unknown = await updateFiles({ root: dir, files: ['nope.yaml'], images: [] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FerryError);
    expect((error as FerryError).exitCode).toBe(2);
  });
});

describe('parseSetImageArgs', () => {
  it('reads every option, in both spellings', () => {
    const parsed = parseSetImageArgs([
      'a.yaml',
      `--image=app=registry.example.com/app@${D1}`,
      '--containerName',
      'web',
      '--kind=manifest',
      '--keep-tag',
      '--helmValuesImageKeys',
      'worker.image',
      '--imagePullSecret',
      'regcred',
      '--policy',
      `flux-system:app=registry.example.com/app@${D1}`,
      '--dryRun',
      '--json',
      '--allow-no-match',
      '--',
      '--weird-file.yaml',
    ]);
    expect(parsed).toMatchObject({
      paths: ['a.yaml', '--weird-file.yaml'],
      images: [{ repository: 'app', reference: `registry.example.com/app@${D1}` }],
      containerName: 'web',
      kind: 'manifest',
      keepTag: true,
      helmValuesImageKeys: ['worker.image'],
      imagePullSecret: 'regcred',
      policies: { 'flux-system:app': `registry.example.com/app@${D1}` },
      dryRun: true,
      json: true,
      allowNoMatch: true,
    });
  });
});
