// The layers point one way: lib/ never imports steps/ or stages/ (the entry points hand lib a
// StepCatalog and stage definitions), steps/ never imports stages/, nothing below the entry points
// imports lib/cli or lib/action, and only the entry points read process.env.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
// The entry points build the catalog from steps/ and stages/ and pass it in.
const EDGE = [/^lib\/cli\//, /^lib\/action\//];

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/**
 * The files that may read process.env, each with the reason. Everything else gets the environment
 * handed down (RunOptions.vars/environment, StepContext.environment, CommandIO.env).
 */
const READS_PROCESS_ENV: Readonly<Record<string, string>> = {
  'lib/cli/entry.ts': 'the first module of the ferry binary: turns on the compile cache before main.ts loads',
  'lib/cli/main.ts': 'the entry point of the ferry binary',
  'lib/action/main.ts': 'the entry point of the GitHub Action',
  'lib/util/environment.ts':
    'the fallback for a library caller that hands in no environment: programs inherit what spawn would give them',
};

/** Where a file touches process.env (`process.env`, `process['env']`, `{ env } = process`, `env` from node:process). */
function processEnvReads(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  // Parsing is the slow part; a file that never names process cannot read it.
  if (!/\bprocess\b/.test(text)) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const isProcess = (node: ts.Node): boolean =>
    (ts.isIdentifier(node) && node.text === 'process') ||
    (ts.isPropertyAccessExpression(node) && node.name.text === 'process');
  const at = (node: ts.Node): string =>
    `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().slice(0, 60)}`;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'env' && isProcess(node.expression))
      found.push(at(node));
    else if (
      ts.isElementAccessExpression(node) &&
      isProcess(node.expression) &&
      ts.isStringLiteral(node.argumentExpression) &&
      node.argumentExpression.text === 'env'
    )
      found.push(at(node));
    else if (
      ts.isVariableDeclaration(node) &&
      ts.isObjectBindingPattern(node.name) &&
      node.initializer !== undefined &&
      isProcess(node.initializer)
    )
      found.push(at(node));
    else if (
      ts.isImportDeclaration(node) &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      /^(?:node:)?process$/.test(node.moduleSpecifier.text)
    )
      found.push(at(node));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
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

  it('nothing below the entry points imports lib/cli or lib/action', () => {
    const below = [...sources('lib'), ...sources('steps'), ...sources('stages')].filter(
      (f) => !/^lib\/(cli|action)\//.test(f),
    );
    const offending = below.flatMap((f) =>
      importsOf(f)
        .filter((i) => /^lib\/(cli|action)(\/|$)/.test(i))
        .map((i) => `${f} → ${i}`),
    );
    expect(offending).toEqual([]);
  });
});

describe('process.env', () => {
  const files = [...sources('lib'), ...sources('steps'), ...sources('stages'), 'index.ts'];

  it('is read only by the entry points (and the one documented fallback)', () => {
    const offending = files.filter((f) => !(f in READS_PROCESS_ENV)).flatMap(processEnvReads);
    expect(offending).toEqual([]);
  });

  it('the allow-list names files that exist and still read it, so it cannot go stale', () => {
    for (const file of Object.keys(READS_PROCESS_ENV)) {
      expect(files, file).toContain(file);
      expect(processEnvReads(file).length, file).toBeGreaterThan(0);
    }
  });

  it('the check sees every spelling of the read', () => {
    const probe = join('test', 'step', 'fixtures', 'reads-process-env.ts');
    expect(processEnvReads(probe).map((line) => line.replace(/^[^:]+:\d+: /, ''))).toEqual([
      "import { env } from 'node:process';",
      'process.env',
      "process['env']",
      '{ env: renamed } = process',
      'globalThis.process.env',
    ]);
  });
});
