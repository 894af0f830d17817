// The real-repository corpus (../shared/corpus/gitops-real beside the repository; see its
// SOURCES.md): every file, every image it references, pinned by auto mode. Three invariants hold for
// each: only the lines of that image change; the YAML reads back equal except at that image; a
// second run is byte-identical. Where the corpus has the peers' expected outputs (Argo CD Image
// Updater, Flux), ferry's output is compared with them. The files are read in place, never copied
// into the repository.
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { lineDiff } from '../../lib/gitops/updaters/diff';
import {
  canonicalName,
  detectKinds,
  updateFiles,
  updateText,
  updaters,
  type UpdateTextOptions,
} from '../../lib/gitops/updaters';
import { parseYamlFile } from '../../lib/gitops/updaters/yaml-text';
import { FerryError } from '../../lib/util/errors';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus/gitops-real');
const INPUTS = path.join(CORPUS, 'corpus');
const EXPECTED = path.join(CORPUS, 'expected');
const present = existsSync(INPUTS);
const inCI = process.env['CI'] === 'true';

if (!present && !inCI)
  console.warn(
    `corpus-real: skipped: ${CORPUS} is missing. It sits beside the repository (shared/corpus/gitops-real); in CI (CI=true) its absence fails the run.`,
  );

describe.runIf(!present && inCI)('the real-repository corpus', () => {
  it('is present in CI', () => {
    expect.fail(`${CORPUS} is missing: CI must check out shared/ beside the repository.`);
  });
});

/** Every file of the corpus, as `{ file (relative), real }`; links to nothing are left out. */
function corpusFiles(): { file: string; real: string }[] {
  const out: { file: string; real: string }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const l = lstatSync(full);
      if (l.isDirectory()) walk(full);
      else if (l.isSymbolicLink() ? existsSync(full) && statSync(full).isFile() : l.isFile())
        out.push({ file: path.relative(INPUTS, full).split(path.sep).join('/'), real: full });
    }
  };
  if (present) walk(INPUTS);
  return out;
}

/** The repositories a file references, each with the lines its parts sit on. */
function imagesIn(file: string, text: string): Map<string, Set<number>> {
  const groups = new Map<string, { lines: Set<number>; full?: string; name?: string; registry?: string }>();
  for (const kind of detectKinds(file, text))
    for (const o of updaters[kind].extract(text, { file })) {
      const key = `${kind}|${o.group ?? o.id}`;
      const group = groups.get(key) ?? { lines: new Set<number>() };
      group.lines.add(o.line);
      if (o.field === 'full') group.full = o.value;
      if (o.field === 'name') group.name = o.value;
      if (o.field === 'registry') group.registry = o.value;
      groups.set(key, group);
    }
  const repos = new Map<string, Set<number>>();
  for (const g of groups.values()) {
    const written = g.full ?? (g.name ? (g.registry ? `${g.registry}/${g.name}` : g.name) : undefined);
    const repo = written ? canonicalName(written) : undefined;
    if (!repo) continue;
    const lines = repos.get(repo) ?? new Set<number>();
    for (const l of g.lines) lines.add(l);
    repos.set(repo, lines);
  }
  return repos;
}

function fakeDigest(id: string): string {
  return `sha256:${createHash('sha256').update(id).digest('hex')}`;
}

interface LeafDiff {
  path: string;
  before: unknown;
  after: unknown;
}

function leafDiffs(a: unknown, b: unknown, at: string, out: LeafDiff[]): void {
  if (a === b) return;
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (isObject(a) && isObject(b) && Array.isArray(a) === Array.isArray(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
      leafDiffs(a[key], b[key], `${at}/${key}`, out);
    return;
  }
  if (a instanceof Date && b instanceof Date && a.getTime() === b.getTime()) return;
  out.push({ path: at, before: a, after: b });
}

function readAll(text: string): unknown[] {
  return parseAllDocuments(text, { merge: true, uniqueKeys: false }).map((d) =>
    d.toJS({ maxAliasCount: -1 }),
  );
}

const files = corpusFiles();
const cases = files.flatMap(({ file, real }) => {
  const text = readFileSync(real, 'utf8');
  return [...imagesIn(file, text).entries()].map(([repository, lines]) => ({
    id: `${file} ${repository}`,
    file,
    text,
    repository,
    lines,
  }));
});
const tally = { pinned: 0, refused: [] as string[] };

describe.runIf(present)('the real-repository corpus: every image of every file', () => {
  it('holds the files and images it is meant to', () => {
    expect(files.length).toBeGreaterThanOrEqual(70);
    expect(cases.length).toBeGreaterThanOrEqual(130);
  });

  for (const { id, file, text, repository, lines } of cases)
    it(id, () => {
      const digest = fakeDigest(`${file} ${repository}`);
      const options: UpdateTextOptions = {
        file,
        images: [{ repository, reference: `${repository}@${digest}` }],
      };
      let result;
      try {
        result = updateText(text, options);
      } catch (error) {
        // No right edit exists (an empty tag and no digest key, a value shared through an anchor):
        // refused with a GITOPS error that says how to fix it, and nothing is written.
        expect(error).toBeInstanceOf(FerryError);
        expect((error as FerryError).code).toBe('GITOPS');
        expect((error as FerryError).message).toMatch(/Cannot pin .*\. (Give|Write)/);
        tally.refused.push(`${file} ${repository}`);
        return;
      }
      expect(result.matched, 'the image is found again by the update').toBeGreaterThan(0);
      tally.pinned++;
      const hex = digest.slice('sha256:'.length);

      // 1. Only the lines of that image change.
      const diff = lineDiff(text, result.text);
      // A last line without an end of line gains one when a line is added after it: it reads as
      // removed and added again, unchanged.
      const bare = (line: string): string => (line.endsWith('\u0000') ? line.slice(0, -1) : line);
      const readded = new Set(diff.filter((op) => op.type === '+').map((op) => bare(op.line)));
      const removed = new Set(diff.filter((op) => op.type === '-').map((op) => bare(op.line)));
      for (const op of diff) {
        if (op.type === '-' && !readded.has(bare(op.line)))
          expect([...lines], `line ${op.ai + 1} changed`).toContain(op.ai + 1);
        if (op.type === '+' && !removed.has(bare(op.line)))
          expect(op.line, `added line ${op.bi + 1}`).toContain(hex);
      }
      expect(diff.some((op) => op.type === '+') || result.text === text).toBe(true);

      // 2. The YAML reads back equal except at that image.
      if (result.text !== text) {
        const differences: LeafDiff[] = [];
        leafDiffs(readAll(text), readAll(result.text), '', differences);
        expect(differences.length).toBeGreaterThan(0);
        expect(differences.length).toBeLessThanOrEqual(2 * lines.size + 1);
        for (const d of differences) {
          const removedTag = d.after === undefined && /\/newTag$/.test(d.path);
          expect(removedTag || (typeof d.after === 'string' && d.after.includes(hex)), d.path).toBe(true);
        }
      }

      // 3. A second run is byte-identical.
      const again = updateText(result.text, options);
      expect(again.text).toBe(result.text);
      expect(again.changes).toEqual([]);
    });

  afterAll(() => {
    // Refusals are the exception: most images of real repositories have a right edit.
    console.info(
      `corpus-real: ${tally.pinned} of ${cases.length} pinned; refused (no right edit): ${tally.refused.join('; ') || 'none'}`,
    );
    if (cases.length > 0) expect(tally.pinned).toBeGreaterThan(cases.length * 0.85);
  });
});

function input(relative: string): string {
  return readFileSync(path.join(INPUTS, relative), 'utf8');
}
function expected(relative: string): string {
  return readFileSync(path.join(EXPECTED, relative), 'utf8');
}

describe.runIf(present)("the real-repository corpus: the peers' expected outputs", () => {
  const updater = 'argoproj-labs+argocd-image-updater/pkg/argocd/update_test.go.d';
  it.each(['preserves-formatting.values.yaml', 'preserves-block-scalars.values.yaml'])(
    'Argo CD Image Updater: %s (the sidecar reaches its repository through <<: *app-image)',
    (name) => {
      const result = updateText(input(`${updater}/${name}`), {
        file: name,
        images: [{ repository: 'myapp', reference: 'myapp:v2.0.0' }],
      });
      expect(result.text).toBe(expected(`${updater}/${name}`));
    },
  );

  const flux = 'fluxcd+image-automation-controller';
  it('Flux: HelmRelease values with :name, :tag and :digest setters', () => {
    const file = `${flux}/docs/spec/v1/imageupdateautomations.md.d/helmrelease-setters.yaml`;
    const result = updateText(input(file), {
      file,
      images: [],
      policies: {
        'flux-system:my-policy':
          'ghcr.io/my-org/my-app:4.0.7@sha256:3dc2b4ef18c6671e9e30e34b75c66257e4b7a076bace21c33943c21ea86a3146',
      },
    });
    expect(result.text).toBe(expected(file));
  });

  it('Flux: a setter in a Deployment (policy appconfig)', () => {
    const result = updateText(input(`${flux}/internal/policy/testdata/appconfig/deploy.yaml`), {
      file: 'deploy.yaml',
      images: [],
      policies: { 'test-ns:policy1': 'helloworld:1.0.1' },
    });
    expect(result.text).toBe(
      expected(`${flux}/internal/policy/testdata/appconfig-setters-expected/deploy.yaml`),
    );
  });

  it.each(['deployment.yaml', 'cronjob.yaml'])('Flux: replace %s (a tag update)', (name) => {
    const result = updateText(input(`${flux}/internal/update/testdata/replace/original/${name}`), {
      file: name,
      images: [{ repository: 'used', reference: 'used:v1.1.0' }],
    });
    expect(result.text).toBe(expected(`${flux}/internal/update/testdata/replace/expected/${name}`));
  });

  it('Flux: replace with comments (Flux re-indents; ferry keeps the text and reads back the same)', () => {
    const before = input(`${flux}/internal/update/testdata/replace/commented/deployment.yaml`);
    const result = updateText(before, {
      file: 'deployment.yaml',
      images: [{ repository: 'used', reference: 'used:v1.1.0' }],
    });
    expect(readAll(result.text)).toEqual(
      readAll(expected(`${flux}/internal/update/testdata/replace/commented-expected/deployment.yaml`)),
    );
    expect(lineDiff(before, result.text).filter((op) => op.type !== ' ')).toHaveLength(2);
    expect(result.text).toContain('image: used:v1.1.0 # the comment must stay!');
  });

  const scratch: string[] = [];
  afterAll(() => {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  });

  it.each(['original', 'original-without-symlink'])(
    'Flux: the setters directory %s, walked whole (Kustomization, a dangling link)',
    async (name) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'ferry-corpus-'));
      scratch.push(dir);
      // A scratch copy to edit (links copied as links), removed afterwards; never into the repository.
      cpSync(path.join(INPUTS, `${flux}/internal/update/testdata/setters/${name}`), dir, {
        recursive: true,
        verbatimSymlinks: true,
      });
      // Where git checked the repository's link out as a file holding its target (core.symlinks
      // off), make it the dangling link the repository has.
      const link = path.join(dir, 'test.yaml');
      if (existsSync(link) && !lstatSync(link).isSymbolicLink()) {
        const target = readFileSync(link, 'utf8').trim();
        rmSync(link);
        symlinkSync(target, link);
      }
      const result = await updateFiles({
        root: dir,
        files: ['.'],
        images: [],
        policies: {
          'automation-ns:policy': 'index.repo.fake/updated:v1.0.1',
          'automation-ns:policy-with-digest':
            'image:v1.0.0@sha256:6745aaad46d795c9836632e1fb62f24b7e7f4c843144da8e47a5465c411a14be',
        },
      });
      const expectedDir = path.join(EXPECTED, `${flux}/internal/update/testdata/setters/expected`);
      const changed = readdirSync(expectedDir).sort();
      expect(result.changedFiles.sort()).toEqual(changed);
      for (const f of changed)
        expect(readFileSync(path.join(dir, f), 'utf8'), f).toBe(
          readFileSync(path.join(expectedDir, f), 'utf8'),
        );
      if (name === 'original')
        expect(result.skippedFiles).toEqual([
          { file: 'test.yaml', reason: expect.stringMatching(/symbolic link/), cause: 'dangling-link' },
        ]);
    },
  );

  it('kustomize: the digest of argocd-image-updater-controller keeps newName (kustomize edit set image)', () => {
    const file = 'argoproj-labs+argocd-image-updater/config/manager/kustomization.yaml';
    const digest = fakeDigest(file);
    const result = updateText(input(file), {
      file,
      images: [{ repository: 'argocd-image-updater-controller', reference: `*@${digest}` }],
    });
    expect(result.text).toBe(input(file).replace('newTag: latest', `digest: ${digest}`));
  });
});

describe.runIf(present)('the real-repository corpus: coverage', () => {
  // Found without ferry's readers: a line `image: <reference>` (a container image, a Helm or a
  // HelmRelease value), so an image the updaters do not see shows up here instead of going untested.
  // (`<YOUR-CONTAINER>` is a placeholder, not a reference.)
  const IMAGE_LINE = /^\s*(?:-\s+)?["']?image["']?\s*:\s*["']?[^\s"'#{}[\],<]/;

  it('tests every image line of every file, and leaves alone only templates', () => {
    const untested: string[] = [];
    const alone: string[] = [];
    for (const { file, real } of files) {
      const text = readFileSync(real, 'utf8');
      const parsed = parseYamlFile(text);
      if (parsed.problem !== undefined) {
        expect(parsed.problemKind, `${file}: ${parsed.problem}`).toBe('template');
        expect(text).toMatch(/\{\{/);
        alone.push(file);
        continue;
      }
      const tested = new Set(cases.filter((c) => c.file === file).flatMap((c) => [...c.lines]));
      text.split('\n').forEach((line, i) => {
        if (IMAGE_LINE.test(line) && !tested.has(i + 1)) untested.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(untested).toEqual([]);
    // The one Go template of the corpus (vitess' `{{replicas}}`); every other file is read.
    expect(alone.length).toBeLessThanOrEqual(files.length * 0.05);
  });
});
