// ferry's own glob syntax, shared by stage conditions and GitOps file paths.
import { describe, expect, it } from 'vitest';
import { globToRegExp, hasGlobMagic } from '../../lib/util/glob';

describe('globToRegExp', () => {
  it.each([
    ['**/Dockerfile', 'a/b/Dockerfile', true],
    ['**', 'a/b/c.yaml', true],
    ['*.yaml', 'dir/a.yaml', false],
    ['k8s/*.{yaml,yml}', 'k8s/app.yml', true],
    ['k8s/*.{yaml,yml}', 'k8s/app.json', false],
    ['{base,overlays/*}/kustomization.yaml', 'overlays/prod/kustomization.yaml', true],
    ['{a?,b}.txt', 'ax.txt', true],
    ['{a?,b}.txt', 'a.txt', false],
    ['env-[ab].yaml', 'env-b.yaml', true],
    ['env-[!ab].yaml', 'env-a.yaml', false],
    ['a.b', 'axb', false],
    ['a{b', 'a{b', true],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });

  it('tells a pattern from a path', () => {
    expect(['a/*.yaml', 'a?', 'a[bc]', 'a{b,c}'].map(hasGlobMagic)).toEqual([true, true, true, true]);
    expect(hasGlobMagic('k8s/deployment.yaml')).toBe(false);
  });
});
