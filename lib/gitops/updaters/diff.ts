// A unified diff of two texts (Myers' algorithm on lines), for `--dry-run`: small enough to keep
// here rather than take a dependency.

const NO_EOL = '\u0000';

type Op = { type: ' ' | '-' | '+'; line: string; noEol: boolean };

function splitLines(text: string): { lines: string[]; endsWithEol: boolean } {
  const endsWithEol = text.endsWith('\n');
  const lines = text.split('\n');
  if (endsWithEol || text === '') lines.pop();
  // A last line without an end of line differs from the same line with one.
  else lines[lines.length - 1] += NO_EOL;
  return { lines, endsWithEol };
}

/** The shortest edit script from a to b: Myers' O((N+M)·D) greedy algorithm with a trace. */
function diffLines(
  a: readonly string[],
  b: readonly string[],
): { type: ' ' | '-' | '+'; ai: number; bi: number }[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let done = false;
  for (let d = 0; d <= max && !done; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
  }
  const ops: { type: ' ' | '-' | '+'; ai: number; bi: number }[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const t = trace[d] ?? new Int32Array(0);
    // trace[d] holds v for k in [-d-1, d+1] as it was before step d.
    const at = (k: number): number => t[k + d + 1] ?? 0;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ type: ' ', ai: --x, bi: --y });
    }
    if (d === 0) break;
    if (down) ops.push({ type: '+', ai: x, bi: --y });
    else ops.push({ type: '-', ai: --x, bi: y });
  }
  while (x > 0 && y > 0) ops.push({ type: ' ', ai: --x, bi: --y });
  return ops.reverse();
}

/** The line-by-line edit script between two texts (lines without their `\n`). */
export function lineDiff(
  before: string,
  after: string,
): { type: ' ' | '-' | '+'; line: string; ai: number; bi: number }[] {
  const a = splitLines(before);
  const b = splitLines(after);
  return diffLines(a.lines, b.lines).map((s) => ({
    ...s,
    line: ((s.type === '+' ? b.lines[s.bi] : a.lines[s.ai]) ?? '').replace(NO_EOL, ''),
  }));
}

/** `--- a/file` / `+++ b/file` hunks with `context` lines around each change; '' when equal. */
export function unifiedDiff(before: string, after: string, file: string, context = 3): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const script = diffLines(a.lines, b.lines);
  const ops: (Op & { ai: number; bi: number })[] = script.map((s) => {
    const fromA = s.type !== '+';
    const lines = fromA ? a : b;
    const index = fromA ? s.ai : s.bi;
    return {
      ...s,
      line: lines.lines[index] ?? '',
      noEol: !lines.endsWithEol && index === lines.lines.length - 1,
    };
  });
  const out = [`--- a/${file}`, `+++ b/${file}`];
  let i = 0;
  while (i < ops.length) {
    if (ops[i]?.type === ' ') {
      i++;
      continue;
    }
    const start = Math.max(0, i - context);
    let end = i;
    // Extend the hunk while changes are closer than 2·context lines apart.
    for (let j = i; j < ops.length; j++) {
      if (ops[j]?.type !== ' ') end = j;
      else if (j - end > 2 * context) break;
    }
    const stop = Math.min(ops.length, end + context + 1);
    const hunk = ops.slice(start, stop);
    const first = hunk[0];
    const aCount = hunk.filter((o) => o.type !== '+').length;
    const bCount = hunk.filter((o) => o.type !== '-').length;
    const aStart = first ? (first.type === '+' ? first.ai : first.ai) + (aCount > 0 ? 1 : 0) : 0;
    const bStart = first ? first.bi + (bCount > 0 ? 1 : 0) : 0;
    out.push(`@@ -${aStart},${aCount} +${bStart},${bCount} @@`);
    for (const o of hunk) {
      out.push(`${o.type}${o.line.replace(NO_EOL, '').replace(/\r$/, '')}`);
      if (o.noEol) out.push('\\ No newline at end of file');
    }
    i = stop;
  }
  return `${out.join('\n')}\n`;
}
