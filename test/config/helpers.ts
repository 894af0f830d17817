// Shared fixtures for the config and stage tests: the Piper sample config of issue 2, temp workspaces,
// and a logger whose output the tests read.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createLogger, createMemorySink } from '../../lib/log';
import type { Logger } from '../../lib/log';

/** The sample config from Piper's announcement of imagePushToRegistry (issue 2). */
export const PIPER_SAMPLE = `stages:
    Build:
        imagePushToRegistry: true
        kanikoExecute: true
    Performance:
        filePath: manifest-performance-stage.yaml
    Acceptance:
        filePath: manifest-acceptance-stage.yaml
    Release:
        filePath: manifest-release-stage.yaml
steps:
    imagePushToRegistry:
        targetRegistryUrl: https://piper-test.common.repositories.cloud.sap
    gitOpsUpdateDeployment:
        forcePush: true
        chartPath: helm/azure-demo-k8s-go
        deploymentName: azure-demo-k8s-go
        serverUrl: https://github.tools.sap/project-piper/azure-demo-k8s-go.git
        tool: helm
`;

export function memoryLogger(): { log: Logger; text: () => string; warnings: () => string[] } {
  const sink = createMemorySink();
  const log = createLogger({ sink, debug: true });
  return {
    log,
    text: () => sink.text(),
    warnings: () => sink.lines.filter((l) => l.level === 'warn').map((l) => l.text),
  };
}

/** A temp workspace with the given files (path → content); remove it with the returned `cleanup`. */
export async function workspaceWith(
  files: Record<string, string>,
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'ferry-config-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
