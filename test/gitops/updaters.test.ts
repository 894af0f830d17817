// Golden input/output pairs for every updater kind (test/fixtures/gitops/<kind>/<case>/): the output
// must match byte for byte, the line diff must hold only image lines, and a second run must change
// nothing. Set FERRY_UPDATE_GOLDEN=1 to rewrite output.yaml after reviewing a deliberate change.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineDiff } from '../../lib/gitops/updaters/diff';
import { updateText, updaters, type UpdateTextOptions, type UpdaterKind } from '../../lib/gitops/updaters';
import { FerryError } from '../../lib/util/errors';

const ROOT = path.join(import.meta.dirname, '../fixtures/gitops');
const UPDATE = process.env['FERRY_UPDATE_GOLDEN'] === '1';

interface CaseOptions extends Omit<UpdateTextOptions, 'kind'> {
  expectWarning?: string;
  /** False for cases that add lines on purpose (imagePullSecrets, annotations). */
  imageLinesOnly?: boolean;
}

/** Lines an updater may touch, per kind: the image keys and nothing else. */
const IMAGE_LINE: Record<UpdaterKind, RegExp> = {
  manifest: /\bimage\s*:/,
  kustomize: /^\s*(-\s+)?(images|name|newName|newTag|digest)\s*:|^\s*images:\s*\[/,
  'helm-values': /\b(image|repository|tag|digest|registry|name|version|sha)\s*:/,
  setter: /\$imagepolicy|ferry:image=/,
  argocd: /^\s*(-\s+)?(value\s*:|["']?[\w./-]+(=[\w./-]+)?[:@])/,
};

const cases = readdirSync(ROOT).flatMap((kind) =>
  readdirSync(path.join(ROOT, kind)).map((name) => ({
    kind: kind as UpdaterKind,
    name,
    dir: path.join(ROOT, kind, name),
  })),
);

describe('golden files', () => {
  it('has cases for every kind', () => {
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(Object.keys(updaters)));
  });

  it.each(cases)('$kind/$name', ({ kind, dir }) => {
    const input = readFileSync(path.join(dir, 'input.yaml'), 'utf8');
    const {
      expectWarning,
      imageLinesOnly = true,
      ...options
    } = JSON.parse(readFileSync(path.join(dir, 'options.json'), 'utf8')) as CaseOptions;
    const result = updateText(input, { ...options, kind });
    const outputFile = path.join(dir, 'output.yaml');
    if (UPDATE || !existsSync(outputFile)) writeFileSync(outputFile, result.text);
    const golden = readFileSync(outputFile, 'utf8');
    expect(result.text).toBe(golden);

    if (expectWarning) {
      expect(result.warnings.join('\n')).toContain(expectWarning);
      expect(result.text).toBe(input);
      return;
    }
    expect(result.changes.length).toBeGreaterThan(0);
    // BOM and line endings survive.
    expect(result.text.startsWith('\uFEFF')).toBe(input.startsWith('\uFEFF'));
    expect(result.text.includes('\r\n')).toBe(input.includes('\r\n'));
    if (input.includes('\r\n')) expect(result.text.replaceAll('\r\n', '')).not.toContain('\n');

    const diff = lineDiff(input, result.text);
    const touched = diff.filter((op) => op.type !== ' ');
    expect(touched.length).toBeGreaterThan(0);
    if (imageLinesOnly) for (const op of touched) expect(op.line).toMatch(IMAGE_LINE[kind]);
    // Every added line is a line the result reports, and every reported line was added.
    const added = new Set(diff.filter((op) => op.type === '+').map((op) => op.bi + 1));
    for (const change of result.changes) expect(added).toContain(change.line);

    const again = updateText(result.text, { ...options, kind });
    expect(again.text).toBe(result.text);
    expect(again.changes).toEqual([]);
    expect(again.matched).toBe(result.matched);
  });
});

const D1 = `sha256:${'1'.repeat(64)}`;

describe('extract', () => {
  it('reports positions that slice to the value as written', () => {
    const dir = path.join(ROOT, 'manifest/comments-everywhere');
    const text = readFileSync(path.join(dir, 'input.yaml'), 'utf8');
    const found = updaters.manifest.extract(text);
    expect(found.map((o) => [o.container, o.value])).toEqual([
      ['migrate', 'registry.example.com/team/app:1.0'],
      ['web', 'registry.example.com/team/app:1.0'],
      ['proxy', 'nginx:1.25'],
    ]);
    for (const o of found) {
      expect(text.slice(o.start, o.end).replace(/^["']|["']$/g, '')).toBe(o.value);
      const line = text.split('\n')[o.line - 1] ?? '';
      expect(line.slice(o.column - 1)).toMatch(/^["']?(registry|nginx)/);
    }
  });

  it('finds Helm parts and setter fields with their groups', () => {
    const helm = readFileSync(path.join(ROOT, 'helm-values/found-by-key/input.yaml'), 'utf8');
    expect(updaters['helm-values'].extract(helm).map((o) => `${o.group}:${o.field}=${o.value}`)).toEqual([
      '0.0:image:name=registry.example.com/team/app',
      '0.0:image:tag=1.0',
      '0.0:sidecar.image:full=nginx:1.25',
      '0.0:worker.image:registry=localhost:5000',
      '0.0:worker.image:name=team/worker',
      '0.0:worker.image:tag=2.10',
      '0.0:worker.image:digest=',
      '0.0:busybox.image:name=busybox',
      '0.0:busybox.image:tag=latest',
    ]);
    const flux = readFileSync(path.join(ROOT, 'setter/flux/input.yaml'), 'utf8');
    expect(updaters.setter.extract(flux).map((o) => o.field)).toEqual(['full', 'name', 'tag', 'digest']);
    const kustomization = readFileSync(path.join(ROOT, 'kustomize/update-entry/input.yaml'), 'utf8');
    expect(updaters.kustomize.extract(kustomization).map((o) => `${o.field}=${o.value}`)).toEqual([
      'name=registry.example.com/team/app',
      'tag=1.0',
      'name=nginx',
      'tag=1.25-alpine',
    ]);
  });

  it('returns nothing for text that is not YAML', () => {
    const text = readFileSync(path.join(ROOT, 'manifest/helm-template/input.yaml'), 'utf8');
    for (const updater of Object.values(updaters)) expect(updater.extract(text)).toEqual([]);
  });
});

describe('matching and forms', () => {
  const deployment = (image: string, name = 'app'): string =>
    `apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: ${name}\n          image: ${image}\n`;

  it.each([
    ['nginx', 'docker.io/library/nginx:1', true],
    ['docker.io/library/nginx', 'nginx', true],
    ['index.docker.io/library/nginx', 'nginx@sha256:' + '3'.repeat(64), true],
    ['localhost:5000/app', 'localhost:5000/app:1', true],
    ['localhost:5000/app', 'localhost:5001/app:1', false],
    ['localhost/app', 'localhost:5000/app:1', false],
    ['team/app', 'docker.io/team/app:1', true],
    ['app', 'team/app:1', false],
    ['registry.example.com/team/app', 'registry.example.com/team/app-extra:1', false],
  ])('repository %s matches %s: %s', (repository, image, expected) => {
    const result = updaters.manifest.update(deployment(image), {
      images: [{ repository, reference: `${repository}@${D1}` }],
    });
    expect(result.matched > 0).toBe(expected);
  });

  it.each([
    [{}, 'registry.example.com/app:1.0', `registry.example.com/app@${D1}`],
    [{ keepTag: true }, 'registry.example.com/app:1.0', `registry.example.com/app:2.0@${D1}`],
    [
      { referenceForm: 'tag+digest' as const },
      'registry.example.com/app:1.0',
      `registry.example.com/app:2.0@${D1}`,
    ],
    [{ referenceForm: 'tag' as const }, 'registry.example.com/app:1.0', 'registry.example.com/app:2.0'],
  ])('form %j writes %s as %s', (form, before, after) => {
    const result = updaters.manifest.update(deployment(before), {
      ...form,
      images: [{ repository: 'registry.example.com/app', reference: `registry.example.com/app:2.0@${D1}` }],
    });
    expect(result.changes.map((c) => c.after)).toEqual([after]);
  });

  it('keeps the current tag with tag+digest when the reference has none', () => {
    const result = updaters.manifest.update(deployment('registry.example.com/app:1.0'), {
      keepTag: true,
      images: [{ repository: 'registry.example.com/app', reference: `registry.example.com/app@${D1}` }],
    });
    expect(result.changes[0]?.after).toBe(`registry.example.com/app:1.0@${D1}`);
  });

  it('quotes a plain value that would otherwise read as a number', () => {
    const text = 'image:\n  repository: registry.example.com/app\n  tag: 1.0\n  digest: x\n';
    const result = updaters['helm-values'].update(text, {
      referenceForm: 'tag',
      images: [{ repository: 'registry.example.com/app', reference: 'registry.example.com/app:1.10' }],
    });
    expect(result.text).toContain('tag: "1.10"\n');
  });

  it('refuses a reference form the reference cannot give, as a usage error', () => {
    const run = () =>
      updaters.manifest.update(deployment('nginx:1'), {
        images: [{ repository: 'nginx', reference: 'nginx:2' }],
        referenceForm: 'digest',
      });
    expect(run).toThrow(FerryError);
    expect(run).toThrow(/needs a digest/);
  });

  it('refuses a container name with several images', () => {
    expect(() =>
      updaters.manifest.update(deployment('nginx:1'), {
        containerName: 'app',
        images: [
          { repository: 'a', reference: `a@${D1}` },
          { repository: 'b', reference: `b@${D1}` },
        ],
      }),
    ).toThrow(/exactly one image/);
  });

  it('leaves a block-scalar image alone with an error rather than rewriting it', () => {
    const text = deployment('|\n            nginx:1');
    expect(() =>
      updaters.manifest.update(text, { images: [{ repository: 'nginx', reference: `nginx@${D1}` }] }),
    ).toThrow(/block scalar/);
  });
});

describe('optional additions', () => {
  it('never writes credentials from the repository URL into the annotation', () => {
    const text = readFileSync(path.join(ROOT, 'manifest/pull-secret-and-annotation/input.yaml'), 'utf8');
    const result = updateText(text, {
      kind: 'manifest',
      images: [
        { repository: 'registry.example.com/team/app', reference: `registry.example.com/team/app@${D1}` },
      ],
      annotateSource: {
        revision: 'abc',
        repositoryUrl: 'https://ci-bot:s3cr3t-token@git.example.com/team/app.git',
      },
    });
    expect(result.text).toContain('ferry.dev/image-source: "https://git.example.com/team/app.git@abc"');
    expect(result.text).not.toContain('s3cr3t-token');
    expect(JSON.stringify(result.changes)).not.toContain('s3cr3t-token');
  });

  it('finds Helm images in lists of maps', () => {
    const text = 'sidecars:\n  - name: log\n    image: nginx:1 # log shipper\n';
    const result = updateText(text, {
      kind: 'helm-values',
      images: [{ repository: 'nginx', reference: `nginx@${D1}` }],
    });
    expect(result.text).toBe(`sidecars:\n  - name: log\n    image: nginx@${D1} # log shipper\n`);
  });
});

describe('auto detection', () => {
  it.each([
    ['kustomization.yaml', 'resources: []\n', ['kustomize']],
    ['deploy.yaml', 'apiVersion: v1\nkind: Pod\n', ['manifest']],
    ['values.yaml', 'image:\n  repository: x\n', ['helm-values']],
    ['deploy.yaml', '\uFEFFapiVersion: v1\r\nkind: Pod\r\n', ['manifest']],
    ['overlay.yaml', 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n', ['kustomize']],
    ['pod.yaml', '{"apiVersion": "v1", "kind": "Pod"}\n', ['manifest']],
    ['deploy.yaml', 'apiVersion: v1\nkind: Pod\nx: a # {"$imagepolicy": "ns:p"}\n', ['manifest', 'setter']],
  ])('%s → %j', (file, text, kinds) => {
    expect(
      updateText(text, { file, images: [{ repository: 'nginx', reference: `nginx@${D1}` }] }).kinds,
    ).toEqual(kinds);
  });
});
