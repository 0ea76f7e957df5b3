/**
 * Several rounds of the same two builds, the floor and the site one after the other, taken together.
 * On the machines this project runs on, the floor alone took 58–71 s of wall time and 72–86 s of
 * CPU time for the same work on one afternoon (docs/performance.md, «Runde 14»): one round's ratio
 * moved by ±0.1×, half the distance to the budget. The median of three alternating rounds is what
 * a build costs when the machine does not get in the way; the peak memory is the highest seen.
 */
import type { BuildMeasurement } from './measure-build.ts';

/** Rounds unless `--repeat` says otherwise. */
export const DEFAULT_ROUNDS = 3;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round(((sorted[mid - 1]! + sorted[mid]!) / 2) * 100) / 100;
};

/**
 * One measurement for all the rounds of one build: the median wall time and the median CPU time
 * (each on its own), the highest peaks, and the phases of the round whose wall time is the median.
 * A build that failed in any round failed.
 */
export function combineRounds(rounds: readonly BuildMeasurement[]): BuildMeasurement {
  const [first] = rounds;
  if (!first) throw new Error('Ingen runder å slå sammen.');
  if (rounds.length === 1) return first;
  const seconds = median(rounds.map((r) => r.seconds));
  const middle = [...rounds].sort((a, b) => a.seconds - b.seconds)[Math.floor((rounds.length - 1) / 2)]!;
  const peakByProgram: Record<string, number> = {};
  for (const r of rounds) for (const [program, bytes] of Object.entries(r.peakByProgram)) peakByProgram[program] = Math.max(peakByProgram[program] ?? 0, bytes);
  return {
    ok: rounds.every((r) => r.ok),
    seconds,
    cpuSeconds: median(rounds.map((r) => r.cpuSeconds)),
    peakTreeBytes: Math.max(...rounds.map((r) => r.peakTreeBytes)),
    peakProcessBytes: Math.max(...rounds.map((r) => r.peakProcessBytes)),
    peakByProgram,
    maxLoad: Math.max(...rounds.map((r) => r.maxLoad)),
    phases: middle.phases,
    pages: first.pages,
  };
}
