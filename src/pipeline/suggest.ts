/**
 * "Did you mean …?" for a name or code the reference does not know: the nearest known spellings by
 * edit distance, compared as the resolver compares names (case, accents and punctuation ignored).
 * Only a hint in a reject's text: nothing is ever resolved by it.
 */
import { normalizeName } from '../reference/stateResolver.ts';

/** Levenshtein distance, stopping early once it exceeds `max` (returns max + 1 then). */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Up to `limit` candidates nearest to `written`: within a quarter of its length (at least 1, at most
 * 3 edits), nearest first, each candidate shown as given. Codes are compared as written (case aside).
 */
export function suggest(written: string, candidates: readonly string[], opts: { limit?: number; names?: boolean } = {}): string[] {
  const key = (s: string) => (opts.names ? normalizeName(s) : s.trim().toLowerCase().replace(/\s+/g, ' '));
  const w = key(written);
  const max = Math.min(3, Math.max(1, Math.floor(w.length / 4)));
  const scored = new Map<string, number>();
  for (const c of candidates) {
    const d = editDistance(w, key(c), max);
    if (d <= max && d < (scored.get(c) ?? Number.POSITIVE_INFINITY)) scored.set(c, d);
  }
  return [...scored.entries()]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, opts.limit ?? 3)
    .map(([c]) => c);
}
