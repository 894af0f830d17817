// The layers point one way: lib/ never imports steps/ or stages/ (the entry points hand lib a
// StepCatalog and stage definitions), and steps/ never imports stages/.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
// The entry points build the catalog from steps/ and stages/ and pass it in.
const EDGE = [/^lib\/cli\//, /^lib\/action\//];

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)].map((m) =>
    relative(ROOT, resolve(ROOT, dirname(file), m[1] ?? '')),
  );
}

describe('import layers', () => {
  it('lib/ below the entry points imports neither steps/ nor stages/', () => {
    const offending = sources('lib')
      .filter((f) => !EDGE.some((r) => r.test(f)))
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => /^(steps|stages)(\/|$)/.test(i))
          .map((i) => `${f} → ${i}`),
      );
    expect(offending).toEqual([]);
  });

  it('steps/ does not import stages/', () => {
    const offending = sources('steps').flatMap((f) =>
      importsOf(f)
        .filter((i) => /^stages(\/|$)/.test(i))
        .map((i) => `${f} → ${i}`),
    );
    expect(offending).toEqual([]);
  });
});
