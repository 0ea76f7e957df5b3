/** Finds what an editor most likely meant, for «Mente du …?» hints. */

/** Levenshtein edit distance. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The candidates closest to `wanted`, if any is close enough to be a likely typo. */
export function closest(wanted: string, candidates: Iterable<string>, max = 1): string[] {
  const w = wanted.toLowerCase();
  const limit = Math.max(2, Math.floor(w.length / 3));
  return [...candidates]
    .map((candidate) => ({ candidate, d: editDistance(w, candidate.toLowerCase()) }))
    .filter(({ d }) => d <= limit)
    .sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate))
    .slice(0, max)
    .map(({ candidate }) => candidate);
}

/** «Mente du «a» eller «b»?» or nothing. */
export const didYouMean = (options: string[]): string =>
  options.length > 0 ? ` Mente du ${options.map((o) => `«${o}»`).join(' eller ')}?` : '';
