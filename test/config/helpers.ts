// Shared helpers for the config and stage tests: temp workspaces and a logger whose output the tests
// read (the Piper sample config is test/fixtures/piper-sample.ts).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createLogger, createMemorySink } from '../../lib/log';
import type { Logger } from '../../lib/log';

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
