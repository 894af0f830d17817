// steps/gitOpsUpdateDeployment/paths.ts: files the step writes stay inside the clone.
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writableInside } from '../../../steps/gitOpsUpdateDeployment/paths';

describe('writableInside', () => {
  it('allows new files inside and refuses lexical and symlinked escapes', async () => {
    const base = await mkdtemp(join(tmpdir(), 'ferry-paths-'));
    const repo = join(base, 'repo');
    const outside = join(base, 'outside');
    await mkdir(join(repo, 'manifests'), { recursive: true });
    await mkdir(outside);
    await symlink(outside, join(repo, 'link'));
    await writeFile(join(outside, 'target.yaml'), 'x');
    await symlink(join(outside, 'target.yaml'), join(repo, 'manifests', 'file-link.yaml'));
    try {
      const real = await realpath(repo);
      expect(await writableInside(repo, 'manifests/new/dev.yaml')).toBe(join(real, 'manifests/new/dev.yaml'));
      for (const escape of [
        '../outside/x.yaml',
        'link/x.yaml',
        'link/deeper/x.yaml',
        'manifests/file-link.yaml',
      ]) {
        await expect(writableInside(repo, escape)).rejects.toMatchObject({ code: 'PATH' });
      }
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });
});

// Piper TestRunGitopsUpdateDeploymentWithKustomize: `kustomize edit set image
// myFancyDeployment=myregistry.com/containers/myFancyContainer:1337` takes a mixed-case name.
