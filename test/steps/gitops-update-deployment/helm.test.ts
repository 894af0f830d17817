// steps/gitOpsUpdateDeployment/helm.ts: the helm template argv and rendering a chart to a file.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FerryError } from '../../../lib/util/errors';
import { helmTemplateArgs, renderChart } from '../../../steps/gitOpsUpdateDeployment/helm';
import { type DeployImage } from '../../../steps/gitOpsUpdateDeployment/images';
import { parseReference } from '../../../lib/oci/reference';

const D1 = `sha256:${'1'.repeat(64)}`;

function deployImage(text: string, source: DeployImage['source'] = 'images'): DeployImage {
  const ref = parseReference(text);
  return { repository: ref.name, ref, shortName: ref.repository.split('/').pop() ?? '', source };
}

describe('helm template', () => {
  const image = deployImage(`prod.example/team/app:1.4@${D1}`, 'promotion');

  it('builds the argv: release, chart, values files in order, then the image', () => {
    expect(
      helmTemplateArgs({
        releaseName: 'web',
        chartPath: 'charts/web',
        valuesFiles: ['v1.yaml', 'https://x/v2.yaml'],
        image,
      }),
    ).toEqual([
      'template',
      'web',
      'charts/web',
      '--values',
      'v1.yaml',
      '--values',
      'https://x/v2.yaml',
      '--set-string',
      'image.repository=prod.example/team/app',
      '--set-string',
      'image.tag=1.4',
      '--set-string',
      `image.digest=${D1}`,
    ]);
  });

  // Piper TestRunGitopsUpdateDeploymentWithHelm "successful run": the chart is
  // filepath.Join(temporaryFolder, chartPath), in the GitOps clone; helm runs in the workspace.
  it('looks the chart up in the GitOps clone, values in the workspace; says how to fix a missing helm', async () => {
    const clone = await mkdtemp(join(tmpdir(), 'ferry-clone-'));
    try {
      await mkdir(join(clone, 'charts', 'web'), { recursive: true });
      const calls: { command: string; args: readonly string[] }[] = [];
      const rendered = await renderChart(
        async (command, args) => {
          calls.push({ command, args });
          return { exitCode: 0, stdout: 'kind: Deployment\n', stderr: '' };
        },
        { clone, workspace: '/ws' },
        { releaseName: 'web', chartPath: './charts/web', valuesFiles: ['values/prod.yaml'], image },
      );
      expect(rendered).toBe('kind: Deployment\n');
      expect(calls[0]?.command).toBe('helm');
      expect(calls[0]?.args.slice(0, 5)).toEqual([
        'template',
        'web',
        join(clone, 'charts/web'),
        '--values',
        '/ws/values/prod.yaml',
      ]);
      await expect(
        renderChart(
          async () => ({ exitCode: 0, stdout: '', stderr: '' }),
          { clone, workspace: '/ws' },
          {
            releaseName: 'web',
            chartPath: '../elsewhere',
            valuesFiles: [],
            image,
          },
        ),
      ).rejects.toMatchObject({ code: 'PATH' });

      const missing = renderChart(
        async () => {
          throw new FerryError('helm: could not start it', { code: 'NOT_FOUND' });
        },
        { clone, workspace: '/ws' },
        { releaseName: 'web', chartPath: 'charts/web', valuesFiles: [], image },
      );
      await expect(missing).rejects.toThrow('helm is not on PATH');
    } finally {
      await rm(clone, { recursive: true, force: true });
    }
  });
});
