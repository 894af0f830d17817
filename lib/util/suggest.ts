// "Did you mean …?" for unknown names: the nearest known name by edit distance, when it is near enough.

/** Levenshtein distance, case-insensitive (a key typed with the wrong case is still a near miss). */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, i) => i);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[t.length] ?? 0;
}

/**
 * The candidate nearest to `name`: within a third of the name's length (at least 2 edits), or one the
 * name is the start of (a name cut short, `fileP` for `filePath`).
 */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(name.length / 3));
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(name, candidate);
    const near = d <= limit || (name.length >= 4 && candidate.toLowerCase().startsWith(lower));
    if (!near) continue;
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** " Did you mean 'x'?" or the empty string, to append to an error message. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const near = suggest(name, candidates);
  return near === undefined ? '' : ` Did you mean '${near}'?`;
}
