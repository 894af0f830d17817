// Golden tests, one group per form real GitOps repositories keep, each checked against what the best
// peer writes (kustomize `edit set image`, Argo CD Image Updater, Flux image-automation-controller)
// or refused with an error that says how to fix it. Inputs are minimal and written for ferry.
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandIO } from '../../lib/cli/command';
import { parseSetImageArgs, setImageCommand, SET_IMAGE_USAGE } from '../../lib/cli/commands/set-image';
import { parseHelmImageKeys, updateText, type UpdateTextOptions } from '../../lib/gitops/updaters';
import { createLogger, createMemorySink } from '../../lib/log';
import { FerryError } from '../../lib/util/errors';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;

/** Runs the update, checks the golden output, and that a second run changes nothing. */
function golden(input: string, options: UpdateTextOptions, output: string): void {
  const result = updateText(input, options);
  expect(result.text).toBe(output);
  const again = updateText(result.text, options);
  expect(again.text).toBe(result.text);
  expect(again.changes).toEqual([]);
}

function refusal(input: string, options: UpdateTextOptions): FerryError {
  let caught: unknown;
  try {
    updateText(input, options);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(FerryError);
  expect((caught as FerryError).code).toBe('GITOPS');
  expect((caught as FerryError).usage).toBe(false);
  return caught as FerryError;
}

const image = (repository: string, reference: string) => ({ images: [{ repository, reference }] });

describe('1. kustomize: a bare digest keeps newName and replaces newTag', () => {
  const input = `images:
- name: controller
  newName: quay.io/team/controller
  newTag: latest
`;
  it.each([D1, `*@${D1}`])('controller=%s', (reference) => {
    golden(
      input,
      { file: 'kustomization.yaml', ...image('controller', reference) },
      `images:\n- name: controller\n  newName: quay.io/team/controller\n  digest: ${D1}\n`,
    );
  });

  it('matches the entry by newName as well, and keeps it', () => {
    golden(
      input,
      { file: 'kustomization.yaml', ...image('quay.io/team/controller', D1) },
      `images:\n- name: controller\n  newName: quay.io/team/controller\n  digest: ${D1}\n`,
    );
  });

  it('`*:TAG` keeps newName and sets newTag, as kustomize does', () => {
    golden(
      `images:\n- name: controller\n  newName: quay.io/team/controller\n  digest: ${D1}\n`,
      { file: 'kustomization.yaml', ...image('controller', '*:v2') },
      `images:\n- name: controller\n  newName: quay.io/team/controller\n  newTag: v2\n`,
    );
  });

  it('a full reference still moves newName', () => {
    golden(
      input,
      { file: 'kustomization.yaml', ...image('controller', `ghcr.io/team/controller@${D1}`) },
      `images:\n- name: controller\n  newName: ghcr.io/team/controller\n  digest: ${D1}\n`,
    );
  });
});

describe('2. Helm values: an empty tag and no digest key', () => {
  const input = `global:
  image:
    repository: quay.io/argoproj/argocd
    tag: ""
`;
  it('is refused, saying how to fix it', () => {
    const error = refusal(input, { kind: 'helm-values', ...image('quay.io/argoproj/argocd', D1) });
    expect(error.message).toMatch(/Cannot pin quay\.io\/argoproj\/argocd at global\.image: its tag is empty/);
    expect(error.message).toMatch(/Give a tag with the reference/);
    expect(error.message).toMatch(/image-digest=/);
  });

  it('a map with no tag key at all is refused too', () => {
    refusal('image:\n  repository: nginx\n', { kind: 'helm-values', ...image('nginx', D1) });
  });

  it('pins when the reference has a tag for the digest to ride on', () => {
    golden(
      input,
      { kind: 'helm-values', ...image('quay.io/argoproj/argocd', `quay.io/argoproj/argocd:v3.1.0@${D1}`) },
      `global:\n  image:\n    repository: quay.io/argoproj/argocd\n    tag: "v3.1.0@${D1}"\n`,
    );
  });

  it('pins when the key the chart reads is configured', () => {
    golden(
      input,
      {
        kind: 'helm-values',
        ...image('quay.io/argoproj/argocd', D1),
        helmValuesImageKeys: [
          parseHelmImageKeys(
            'image-name=global.image.repository,image-tag=global.image.tag,image-digest=global.image.digest',
          ),
        ],
      },
      `global:\n  image:\n    repository: quay.io/argoproj/argocd\n    tag: ""\n    digest: ${D1}\n`,
    );
  });

  it('an existing digest key is used', () => {
    golden(
      'image:\n  repository: bitnami/nginx\n  tag: ""\n  digest: ""\n',
      { kind: 'helm-values', ...image('bitnami/nginx', D1) },
      `image:\n  repository: bitnami/nginx\n  tag: ""\n  digest: "${D1}"\n`,
    );
  });
});

describe('3. a string image: next to a tag: is a repository', () => {
  it('puts the digest on the tag, as Argo CD Image Updater writes it', () => {
    golden(
      `redis-ha:
  exporter:
    enabled: false
    # -- Repository to use for the exporter
    image: ghcr.io/oliver006/redis_exporter
    # -- Tag to use for the exporter
    tag: v1.75.0
`,
      { kind: 'helm-values', ...image('ghcr.io/oliver006/redis_exporter', D1) },
      `redis-ha:
  exporter:
    enabled: false
    # -- Repository to use for the exporter
    image: ghcr.io/oliver006/redis_exporter
    # -- Tag to use for the exporter
    tag: v1.75.0@${D1}
`,
    );
  });

  it('uses a digest key beside them, and leaves an image with its own tag as one reference', () => {
    golden(
      `a:\n  image: team/a\n  tag: "1.0"\n  digest: ""\nb:\n  image: team/b:2.0\n  tag: unrelated\n`,
      {
        kind: 'helm-values',
        images: [
          { repository: 'team/a', reference: D1 },
          { repository: 'team/b', reference: D2 },
        ],
      },
      `a:\n  image: team/a\n  tag: "1.0"\n  digest: "${D1}"\nb:\n  image: team/b@${D2}\n  tag: unrelated\n`,
    );
  });
});

describe('4. image maps with other key names', () => {
  const nginx = `controller:
  image:
    chroot: false
    image: ingress-nginx/controller
    tag: "v1.15.1"
    digest: sha256:${'0'.repeat(64)}
`;
  it('finds {image, tag, digest} by key name', () => {
    golden(
      nginx,
      { kind: 'helm-values', ...image('ingress-nginx/controller', `ingress-nginx/controller:v1.15.2@${D1}`) },
      nginx.replace('"v1.15.1"', '"v1.15.2"').replace(`sha256:${'0'.repeat(64)}`, D1),
    );
  });

  it('takes per-key paths, the registry included, from the command line syntax', () => {
    const input = `global:\n  image:\n    registry: registry.k8s.io\n${nginx}`;
    golden(
      input,
      {
        kind: 'helm-values',
        ...image('registry.k8s.io/ingress-nginx/controller', D1),
        helmValuesImageKeys: [
          parseHelmImageKeys(
            'image-name=controller.image.image,image-tag=controller.image.tag,image-digest=controller.image.digest,image-registry=global.image.registry',
          ),
        ],
      },
      input.replace(`sha256:${'0'.repeat(64)}`, D1),
    );
  });

  it('finds {name, tag} under an image key', () => {
    golden(
      'app:\n  image:\n    name: team/app\n    tag: "1.0"\n',
      { kind: 'helm-values', ...image('team/app', D1) },
      `app:\n  image:\n    name: team/app\n    tag: "1.0@${D1}"\n`,
    );
  });

  it.each([
    ['worker.image', 'worker.image'],
    ['image-spec=worker.image', 'worker.image'],
    ['image-name=a.n,image-tag=a.t', { repository: 'a.n', tag: 'a.t' }],
    [
      'name=a.n,tag=a.t,digest=a.d,registry=a.r',
      { repository: 'a.n', tag: 'a.t', digest: 'a.d', registry: 'a.r' },
    ],
  ])('parses %s', (text, keys) => {
    expect(parseHelmImageKeys(text)).toEqual(keys);
  });

  it.each(['', 'image-tag=a.t', 'image-name=a,image-name=b', 'flavour=a', 'image-spec=a,image-tag=b', 'a b'])(
    'refuses %j as a usage error',
    (text) => {
      expect(() => parseHelmImageKeys(text)).toThrow(/Invalid Helm image keys/);
    },
  );

  it('reads the syntax from the command line', () => {
    const parsed = parseSetImageArgs([
      'values.yaml',
      '--image',
      `nginx=${D1}`,
      '--helmValuesImageKeys',
      'image-name=c.image.image,image-tag=c.image.tag',
      '--helm-values-image-keys',
      'sidecar.image',
    ]);
    expect(parsed.helmValuesImageKeys).toEqual([
      { repository: 'c.image.image', tag: 'c.image.tag' },
      'sidecar.image',
    ]);
    expect(SET_IMAGE_USAGE).toContain('image-name=PATH,image-tag=PATH');
  });
});

describe('5. YAML merge keys', () => {
  const input = `images:
  app: &app-image
    repository: myapp
    tag: v1.0.0  # current
    pullPolicy: IfNotPresent
  sidecar:
    <<: *app-image
    tag: v1.0.0
`;
  it('edits the keys each image owns (the sidecar overrides tag), as Argo CD Image Updater does', () => {
    golden(
      input,
      { kind: 'helm-values', ...image('myapp', 'myapp:v2.0.0') },
      input.replace('tag: v1.0.0  #', 'tag: v2.0.0  #').replace('tag: v1.0.0\n', 'tag: v2.0.0\n'),
    );
  });

  it('edits a merged value once when every image that reads it takes the same change', () => {
    const shared = 'images:\n  app: &app\n    repository: myapp\n    tag: v1\n  copy:\n    <<: *app\n';
    golden(
      shared,
      { kind: 'helm-values', ...image('myapp', 'myapp:v2') },
      shared.replace('tag: v1', 'tag: v2'),
    );
  });

  it('refuses an edit that would change another image through the anchor', () => {
    const other =
      'images:\n  app: &app\n    repository: myapp\n    tag: v1\n  other:\n    <<: *app\n    repository: otherapp\n';
    const error = refusal(other, { kind: 'helm-values', ...image('otherapp', 'otherapp:v2') });
    expect(error.message).toMatch(/shared through a YAML anchor/);
    expect(error.message).toMatch(/images\.app\.tag/);
    expect(error.message).toMatch(/its own 'tag:'/);
  });

  it('refuses an edit of an aliased scalar that something else reads', () => {
    const aliased = 'version: &v "1.0"\nappVersion: *v\nimage:\n  repository: myapp\n  tag: *v\n';
    refusal(aliased, { kind: 'helm-values', ...image('myapp', 'myapp:2.0') });
  });
});

describe('6. images inside Flux HelmReleases and Argo CD Applications, in auto mode', () => {
  it('Flux HelmRelease spec.values', () => {
    const input = `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: podinfo
spec:
  values:
    redis:
      enabled: true
      repository: public.ecr.aws/docker/library/redis
      tag: 8.6.2
`;
    golden(
      input,
      { file: 'release.yaml', ...image('public.ecr.aws/docker/library/redis', D1) },
      input.replace('tag: 8.6.2', `tag: 8.6.2@${D1}`),
    );
  });

  it('Argo CD Application: helm parameters, valuesObject and kustomize images, in source and sources[]', () => {
    const input = `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: guestbook
spec:
  source:
    helm:
      parameters:
        - name: image.repository
          value: team/web
        - name: image.tag
          value: "1.0"
        - name: replicaCount
          value: "2"
      valuesObject:
        worker:
          image: team/worker:1.0
  sources:
    - repoURL: https://example.com/charts
      kustomize:
        images:
          - team/api:1.0
          - old-name=team/jobs:1.0
`;
    const result = updateText(input, {
      file: 'app.yaml',
      images: [
        { repository: 'team/web', reference: D1 },
        { repository: 'team/worker', reference: D1 },
        { repository: 'team/api', reference: D1 },
        { repository: 'old-name', reference: `team/jobs@${D2}` },
      ],
    });
    expect(result.kinds).toEqual(['manifest', 'helm-values', 'argocd']);
    expect(result.text).toBe(
      input
        .replace('value: "1.0"', `value: "1.0@${D1}"`)
        .replace('image: team/worker:1.0', `image: team/worker@${D1}`)
        .replace('- team/api:1.0', `- team/api@${D1}`)
        .replace('- old-name=team/jobs:1.0', `- old-name=team/jobs@${D2}`),
    );
    expect(updateText(result.text, { file: 'app.yaml', images: [] }).text).toBe(result.text);
  });

  it("Argo CD Image Updater's write-back file", () => {
    const input = `helm:
  parameters:
  - name: image.name
    value: registry.example.com/team/app
    forcestring: true
  - name: image.tag
    value: v1.0.0
    forcestring: true
`;
    const result = updateText(input, {
      file: 'apps/.argocd-source-guestbook.yaml',
      ...image('registry.example.com/team/app', `registry.example.com/team/app:v1.0.1@${D1}`),
    });
    expect(result.kinds).toEqual(['argocd']);
    expect(result.text).toBe(input.replace('value: v1.0.0', `value: v1.0.1@${D1}`));
    golden(
      'kustomize:\n  images:\n  - nginx:1.17.10\n',
      { file: '.argocd-source-web.yaml', ...image('nginx', D1) },
      `kustomize:\n  images:\n  - nginx@${D1}\n`,
    );
  });

  it('says so when the image is inside helm.values, a string ferry does not edit', () => {
    const input = `apiVersion: argoproj.io/v1alpha1
kind: Application
spec:
  source:
    helm:
      values: |
        image:
          repository: team/app
          tag: "1.0"
`;
    const result = updateText(input, { file: 'app.yaml', ...image('team/app', D1) });
    expect(result.text).toBe(input);
    expect(result.matched).toBe(0);
    expect(result.warnings.join('\n')).toMatch(
      /spec\.source\.helm\.values names team\/app inside a string, which ferry does not edit; move those values to helm\.valuesObject/,
    );
  });

  it('a helm parameter with an empty tag and no digest parameter is refused', () => {
    refusal(
      'helm:\n  parameters:\n  - name: image.name\n    value: team/app\n  - name: image.tag\n    value: ""\n',
      { file: '.argocd-source-app.yaml', ...image('team/app', D1) },
    );
  });
});

describe('8. Flux setters write what Flux writes for the policy', () => {
  const input = `spec:
  containers:
  - name: c
    image: image # {"$imagepolicy": "automation-ns:policy-with-digest"}
  values:
    repository: image # {"$imagepolicy": "automation-ns:policy-with-digest:name"}
    tag: v0 # {"$imagepolicy": "automation-ns:policy-with-digest:tag"}
    digest: sha256:0 # {"$imagepolicy": "automation-ns:policy-with-digest:digest"}
`;
  const output = input
    .replace('image: image #', `image: image:v1.0.0@${D1} #`)
    .replace('tag: v0', 'tag: v1.0.0')
    .replace('digest: sha256:0', `digest: ${D1}`);
  it('from --policy', () => {
    golden(
      input,
      { kind: 'setter', images: [], policies: { 'automation-ns:policy-with-digest': `image:v1.0.0@${D1}` } },
      output,
    );
  });
  it('from --image', () => {
    golden(input, { kind: 'setter', ...image('image', `image:v1.0.0@${D1}`) }, output);
  });
  it('keeps ferry marker semantics for ferry markers', () => {
    golden(
      'image: app:1 # ferry:image=app\n',
      { kind: 'setter', ...image('app', `app:2@${D1}`) },
      `image: app@${D1} # ferry:image=app\n`,
    );
  });
});

describe('9 and 10. the command: re-pinning, paths, exit codes', () => {
  let dir: string;
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'ferry-peers-')));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

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

  it('--help says that images already at the new repository match (re-pinning)', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/already at\s+REFERENCE's repository match too/);
    expect(out).toMatch(/Exit codes:/);
  });

  it('re-pins an image already moved to the new repository', async () => {
    const file = path.join(dir, 'pod.yaml');
    writeFileSync(
      file,
      `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      image: prod.example.com/app@${D1}\n`,
    );
    const { code } = await run('pod.yaml', '--image', `staging.example.com/app=prod.example.com/app@${D2}`);
    expect(code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain(`image: prod.example.com/app@${D2}`);
  });

  it('a directory of templates only exits 1, not 2 (which is for usage errors)', async () => {
    mkdirSync(path.join(dir, 'templates'));
    writeFileSync(path.join(dir, 'templates/deploy.yaml'), 'image: {{ .Values.image }}\n');
    const { code, err } = await run('templates', '--image', `nginx=nginx@${D1}`);
    expect(code).toBe(1);
    expect(err).toMatch(
      /nothing was pinned: every file was left alone \(templates\/deploy\.yaml: it holds template syntax/,
    );
    expect(readFileSync(path.join(dir, 'templates/deploy.yaml'), 'utf8')).toBe(
      'image: {{ .Values.image }}\n',
    );
    expect((await run('templates', '--image', `nginx=nginx@${D1}`, '--allow-no-match')).code).toBe(0);
  });

  it('a refused pin exits 1 and writes nothing', async () => {
    writeFileSync(path.join(dir, 'values.yaml'), 'image:\n  repository: nginx\n  tag: ""\n');
    const { code, err } = await run('values.yaml', '--image', `nginx=${D1}`);
    expect(code).toBe(1);
    expect(err).toMatch(/values\.yaml: Cannot pin docker\.io\/library\/nginx at image: its tag is empty/);
    expect(readFileSync(path.join(dir, 'values.yaml'), 'utf8')).toBe(
      'image:\n  repository: nginx\n  tag: ""\n',
    );
  });
});
