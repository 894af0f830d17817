// The unified diff printer behind `set-image --dry-run`: hunks that rebuild both texts exactly, with
// headers whose counts add up, on random line edits from a fixed seed.
import { describe, expect, it } from 'vitest';
import { lineDiff, unifiedDiff } from '../../lib/gitops/updaters/diff';

/** Applies a unified diff to `before`, checking every context and removed line on the way. */
function applyPatch(before: string, patch: string): string {
  if (patch === '') return before;
  const lines = before.split('\n');
  const trailing = before.endsWith('\n');
  if (trailing) lines.pop();
  const out: string[] = [];
  let at = 0;
  let newEndsWithoutEol = false;
  const patchLines = patch.split('\n').slice(2, -1);
  for (let i = 0; i < patchLines.length; i++) {
    const header = /^@@ -(\d+),(\d+) \+(\d+),(\d+) @@$/.exec(patchLines[i] ?? '');
    if (!header) throw new Error(`bad header ${patchLines[i]}`);
    const aStart = Number(header[1]);
    const aCount = Number(header[2]);
    const bCount = Number(header[4]);
    const from = aCount === 0 ? aStart : aStart - 1;
    while (at < from) out.push(lines[at++] ?? '');
    let seenA = 0;
    let seenB = 0;
    while (i + 1 < patchLines.length && !(patchLines[i + 1] ?? '').startsWith('@@')) {
      const line = patchLines[++i] ?? '';
      if (line === '\\ No newline at end of file') {
        const previous = patchLines[i - 1] ?? '';
        if (previous.startsWith('+') || previous.startsWith(' ')) newEndsWithoutEol = true;
        continue;
      }
      const body = line.slice(1);
      if (line.startsWith('+')) {
        out.push(body);
        seenB++;
      } else {
        expect(lines[at]).toBe(body);
        at++;
        seenA++;
        if (line.startsWith(' ')) {
          out.push(body);
          seenB++;
        }
      }
    }
    expect([seenA, seenB]).toEqual([aCount, bCount]);
  }
  // Lines after the last hunk keep the old ending; otherwise the patch's marker decides.
  const noEol = at < lines.length ? !trailing : newEndsWithoutEol;
  while (at < lines.length) out.push(lines[at++] ?? '');
  return out.join('\n') + (noEol || out.length === 0 ? '' : '\n');
}

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\n', 'a\n', 'f')).toBe('');
  });

  it('prints a small hunk', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\n';
    const after = 'a\nb\nc\nd\nE\nf\ng\nh\n';
    expect(unifiedDiff(before, after, 'x.yaml')).toBe(
      '--- a/x.yaml\n+++ b/x.yaml\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n',
    );
  });

  it('marks a missing final end of line', () => {
    expect(unifiedDiff('a\nb', 'a\nb\n', 'f')).toBe(
      '--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n',
    );
  });

  it('rebuilds the new text from the old for random edits', () => {
    let seed = 42;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let round = 0; round < 400; round++) {
      const a = Array.from({ length: Math.floor(next() * 40) }, () => `l${Math.floor(next() * 5)}`);
      const b = a.filter(() => next() > 0.15).map((l) => (next() > 0.9 ? `${l}x` : l));
      if (next() > 0.5) b.splice(Math.floor(next() * (b.length + 1)), 0, 'inserted');
      const before = a.join('\n') + (next() > 0.2 ? '\n' : '');
      const after = b.join('\n') + (next() > 0.2 ? '\n' : '');
      if (before === '\n' || after === '\n') continue;
      const patch = unifiedDiff(before, after, 'f');
      expect(applyPatch(before, patch), `round ${round}`).toBe(after);
      const ops = lineDiff(before, after);
      expect(ops.filter((o) => o.type !== '+').length).toBe(a.length);
      expect(ops.filter((o) => o.type !== '-').length).toBe(b.length);
    }
  });
});
