const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);

// lib/util/suggest.ts
function editDistance(a, b) {
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
function suggest(name, candidates) {
  const limit = Math.max(2, Math.floor(name.length / 3));
  const lower = name.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(name, candidate);
    const near = d <= limit || name.length >= 4 && candidate.toLowerCase().startsWith(lower);
    if (!near) continue;
    if (d < bestDistance || d === bestDistance && best !== void 0 && candidate < best) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function didYouMean(name, candidates) {
  const near = suggest(name, candidates);
  return near === void 0 ? "" : ` Did you mean '${near}'?`;
}

export {
  suggest,
  didYouMean
};
