// The examples of docs/library.md compile against the library's source with strict settings, so the
// guide cannot drift from the API (.ci/check-types compiles them against the packed package as well).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');

describe('docs/library.md', () => {
  let dir: string;
  let blocks: string[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ferry-library-doc-'));
    const text = await readFile(join(ROOT, 'docs', 'library.md'), 'utf8');
    blocks = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('shows three uses: run a stage, copy an image, pin images in a tree', () => {
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toContain('runStage(');
    expect(blocks[1]).toContain('oci.copyImage(');
    expect(blocks[2]).toContain('gitops.setImage(');
  });

  it('each example type-checks against the source', async () => {
    const files = await Promise.all(
      blocks.map(async (code, i) => {
        const file = join(dir, `example-${i + 1}.ts`);
        await writeFile(file, code);
        return file;
      }),
    );
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          strict: true,
          noUncheckedIndexedAccess: true,
          noEmit: true,
          skipLibCheck: true,
          resolveJsonModule: true,
          types: ['node'],
          typeRoots: [join(ROOT, 'node_modules', '@types')],
          paths: { 'ferry-ci': [join(ROOT, 'index.ts')] },
        },
        files,
      }),
    );
    const result = await run(process.execPath, [
      join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      dir,
    ]).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? 'tsc failed',
    );
    expect(result).toBe('');
  }, 120_000);
});
