/**
 * The benchmark judges the site's build against the plain-Astro floor of the same run: the
 * verdict a maintainer reads must say "over budsjett" when the site costs more than the allowed
 * multiple of the floor, and compare nothing when the floor was not built.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdown, ratios, type Report, type SizeResult } from '../../../scripts/bench/report.ts';
import type { BuildMeasurement } from '../../../scripts/bench/measure-build.ts';
import { combineRounds } from '../../../scripts/bench/rounds.ts';

const gib = 1024 ** 3;
const build = (seconds: number, cpuSeconds: number, peak: number): BuildMeasurement => ({
  ok: true, seconds, cpuSeconds, peakTreeBytes: peak, peakProcessBytes: peak / 2, peakByProgram: { node: peak / 4, pagefind_extend: peak / 2 }, maxLoad: 1, phases: {}, pages: 10_000,
});
const result = (site: BuildMeasurement, baseline?: BuildMeasurement): SizeResult => ({
  size: 10_000,
  corpus: { pages: 9_850, nynorsk: 2_462, realPages: 150, byCollection: {}, words: 5_000_000, topical: false },
  baseline,
  build: site,
  queries: [],
  pagesPerSecond: 100,
});
const report = (r: SizeResult): Report => ({
  date: '2026-11-30 06:00 UTC',
  label: 'test',
  machine: { cpus: 2, memoryBytes: 24 * gib, node: 'v24', astro: '7', pagefind: '1.6' },
  astroOverrides: {},
  budgets: { baselineRatio: 1.2, peakMemoryBytes: 3 * gib, queryBytes: 300 * 1024, pages: 10_000 },
  results: [r],
});

test('the site at 2.5× the floor is reported over budget, with the ratio', () => {
  const r = result(build(200, 240, 7.9 * gib), build(80, 96, 3.75 * gib));
  assert.deepEqual(ratios(r), { wall: 2.5, cpu: 2.5, memory: 7.9 / 3.75 });
  const text = markdown(report(r));
  assert.match(text, /Byggetid, veggklokke: 2,50× gulvet \(200 s mot 80 s\), høyst 1,20× – \*\*over budsjett\*\*/);
  assert.match(text, /Toppminne: 7\.90 GiB av 3\.00 GiB – \*\*over budsjett\*\*/);
  // Which program decided the peak: Pagefind's half before Astro's quarter.
  assert.match(text, /pagefind_extend 4045 MiB, node 2022 MiB/);
});

test('the site within 1.2× of the floor and under 3 GiB is reported within budget', () => {
  const text = markdown(report(result(build(90, 110, 2.5 * gib), build(80, 96, 3.75 * gib))));
  assert.match(text, /Byggetid, veggklokke: 1,13× gulvet .* – innenfor/);
  assert.match(text, /Byggetid, CPU: 1,15× gulvet .* – innenfor/);
  assert.match(text, /Toppminne: 2\.50 GiB av 3\.00 GiB – innenfor/);
});

test('without a floor in the run, no ratio is claimed', () => {
  const r = result(build(90, 110, 2.5 * gib));
  assert.equal(ratios(r), undefined);
  assert.match(markdown(report(r)), /ingen sammenligning med gulvet/);
});

test('several rounds are judged by their medians, each round shown, and the highest peak counts', () => {
  // The floor's second round was slowed by the machine; one round alone would have said 1,40×.
  const floors = [build(60, 75, 3.9 * gib), build(70, 85, 4.1 * gib), build(62, 76, 4.0 * gib)];
  const sites = [build(84, 100, 2.9 * gib), build(72, 92, 2.95 * gib), build(74, 90, 2.8 * gib)];
  const r: SizeResult = { ...result(combineRounds(sites), combineRounds(floors)), baselineRounds: floors, buildRounds: sites };
  const x = ratios(r)!;
  assert.equal(x.wall, 74 / 62);
  assert.equal(x.cpu, 92 / 76);
  const text = markdown(report(r));
  assert.match(text, /medianen av 3 runder/);
  assert.match(text, /Byggetid, veggklokke: 1,19× gulvet \(74 s mot 62 s\)/);
  assert.match(text, /Byggetid, CPU: 1,21× gulvet .* \*\*over budsjett\*\*/);
  assert.match(text, /Toppminne: 2\.95 GiB av 3\.00 GiB – innenfor/);
  assert.match(text, /\| Rundene, nettstedet: veggklokke \/ CPU \| 84 s \/ 100 s; 72 s \/ 92 s; 74 s \/ 90 s \|/);
});

test('search quality below the floors of npm test is reported as not holding, with plain Pagefind, the deeper count and the real pages alone beside it', () => {
  const q = (recallAt5: number, mrr: number) => ({ recallAt5, mrr });
  const quality = (site: number) => ({
    queries: 131,
    site: { first10: q(site, 0.795), deep: q(0.847, 0.836) },
    plain: { first10: q(0.497, 0.531), deep: q(0.515, 0.55) },
    subsets: [{ subset: 'skrivefeil' as const, queries: 29, first10: q(0.81, 0.839) }],
    alone: { first10: q(0.934, 0.894), subsets: [{ subset: 'spørsmål' as const, queries: 37, first10: q(0.838, 0.812) }] },
  });
  const below = markdown(report({ ...result(build(90, 110, 2.5 * gib), build(80, 96, 3.75 * gib)), quality: quality(0.753) }));
  assert.match(below, /Søkekvalitet \(recall@5 \/ MRR, de ekte sidene blant de ti første\): 0,753 \/ 0,795, gulvet i npm test er 0,950 \/ 0,850 – \*\*holder ikke\*\* \(vanlig Pagefind 0,497 \/ 0,531; blant de 50 første 0,847 \/ 0,836\)/);
  assert.match(below, /\| Søkekvalitet per delsett, blant de ti første \| skrivefeil \(29\) 0,810 \/ 0,839 \|/);
  assert.match(below, /Søkekvalitet, de ekte sidene alene med indeksen for alle sidene: 0,934 \/ 0,894 – \*\*holder ikke\*\*/);
  assert.match(below, /\| Søkekvalitet, de ekte sidene alene med indeksen for alle sidene \| 0,934 \/ 0,894; spørsmål \(37\) 0,838 \/ 0,812 \|/);
  const above = markdown(
    report({
      ...result(build(90, 110, 2.5 * gib), build(80, 96, 3.75 * gib)),
      quality: { ...quality(0.96), site: { first10: q(0.96, 0.9), deep: q(0.97, 0.91) }, alone: { first10: q(0.953, 0.909), subsets: [] } },
    }),
  );
  assert.match(above, /0,960 \/ 0,900, gulvet i npm test er 0,950 \/ 0,850 – holder /);
  assert.match(above, /de ekte sidene alene med indeksen for alle sidene: 0,953 \/ 0,909 – holder\n/);
});

test('the warm build’s row says how long the search index took and how many of its files were kept', () => {
  const warm: BuildMeasurement = { ...build(50, 60, 2.9 * gib), phases: { søkeindeks: 14.2 }, indexReused: '11627 av 11718' };
  const text = markdown(report({ ...result(build(90, 110, 2.5 * gib), build(80, 96, 3.75 * gib)), warm }));
  assert.match(text, /\| – søkeindeks, varm: tid, og filer Pagefind slapp å skrive \| 14\.2 s, 11627 av 11718 gjenbrukt \|/);
});

test('the warm build is judged against the cold one, and the floor’s warm build beside it', () => {
  const warm: BuildMeasurement = { ...build(55, 70, 2.9 * gib), phases: { søkeindeks: 18.3 } };
  const r = { ...result(build(88, 119, 2.9 * gib), build(98, 117, 3.75 * gib)), warm, baselineWarm: build(90, 110, 3.7 * gib) };
  const text = markdown(report(r));
  assert.match(text, /- Varmt bygg etter én endret artikkel: 55 s mot 88 s, 0,63 av det kalde; gulvet 90 s, 0,92 av det kalde/);
  assert.match(text, /\| Byggetid, varm \(cache beholdt\) \| 55 s, 2970 MiB, 0,63 av det kalde \|/);
  assert.match(text, /\| Gulvet, varm \(Astros cache beholdt, samme endring\) \| 90 s \/ CPU 110 s, 0,92 av det kalde \|/);
  // Without --warm, the verdict says nothing of it.
  assert.doesNotMatch(markdown(report(result(build(88, 119, 2.9 * gib), build(98, 117, 3.75 * gib)))), /Varmt bygg/);
});
