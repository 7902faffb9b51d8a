/**
 * "Did you mean" suggestions: the candidates closest to what was typed, by edit distance,
 * plus those that contain it. Used for figure ids, units and currency codes alike.
 */

/** Levenshtein distance between two strings, case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, i) => i);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[t.length]!;
}

/**
 * The edit distance of two lower-case strings when it is at most `limit`, else some number above
 * `limit`: candidates far off are dropped after a row or two (a million ids take a second, not
 * twenty), and those within the limit get their exact distance.
 */
function distanceWithin(s: string, t: string, limit: number): number {
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let prev = new Int32Array(t.length + 1);
  let cur = new Int32Array(t.length + 1);
  for (let j = 0; j <= t.length; j++) prev[j] = j;
  for (let i = 1; i <= s.length; i++) {
    cur[0] = i;
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s.charCodeAt(i - 1) === t.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[t.length]!;
}

/** Up to `max` candidates close to `typed`, nearest first; empty when none is close. */
export function suggest(typed: string, candidates: Iterable<string>, max = 3): string[] {
  const needle = typed.toLowerCase();
  const limit = Math.max(2, Math.floor(typed.length / 3));
  const scored: Array<[string, number]> = [];
  for (const c of candidates) {
    const lower = c.toLowerCase();
    const d = lower.includes(needle) && needle.length >= 3 ? 0.5 : distanceWithin(needle, lower, limit);
    if (d <= limit) scored.push([c, d]);
  }
  scored.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0], 'en'));
  return scored.slice(0, max).map(([c]) => c);
}
