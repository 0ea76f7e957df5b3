/** Writes the benchmark's results as JSON (for comparing runs) and Markdown (for reading). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildMeasurement } from './measure-build.ts';
import type { CorpusSummary } from './corpus.ts';
import type { DistStats } from './dist-stats.ts';
import type { QueryCost, QueryStep } from './query.ts';
import { DEEP, type Quality, type QualityFigures, type SubsetQuality } from './quality-figures.ts';
import { QUALITY_FLOORS } from '../lib/search-eval.ts';

export interface SizeResult {
  size: number;
  corpus: CorpusSummary;
  /** The floor: plain Astro + MDX + Pagefind CLI over the identical content, built in the same run. */
  baseline?: BuildMeasurement | undefined;
  build: BuildMeasurement;
  /** Each round of the floor and the site, when there were several; `baseline` and `build` are their medians (scripts/bench/rounds.ts). */
  baselineRounds?: BuildMeasurement[] | undefined;
  buildRounds?: BuildMeasurement[] | undefined;
  /** A second build after one changed article, with the caches kept and dist/ moved away as in CI, when asked for. */
  warm?: BuildMeasurement | undefined;
  /** The floor built again the same way after the same change, with Astro's own cache kept: what plain Astro and Pagefind reuse. */
  baselineWarm?: BuildMeasurement | undefined;
  dist?: DistStats | undefined;
  queries: QueryCost[];
  /** The first search for each of several typical queries, each on a fresh page. */
  firstQueries?: QueryStep[] | undefined;
  /** The query set's recall@5 and MRR on the real pages among the synthetic ones (scripts/bench/search-quality.ts). */
  quality?: QualityFigures | undefined;
  pagesPerSecond: number;
}

export interface Report {
  date: string;
  label: string;
  machine: { cpus: number; memoryBytes: number; node: string; astro: string; pagefind: string; chromium?: string | undefined };
  astroOverrides: unknown;
  /** Wall and CPU time may be at most this many times the floor's of the same run. */
  budgets: { baselineRatio: number; peakMemoryBytes: number; queryBytes: number; pages: number };
  results: SizeResult[];
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;
const gib = (n: number) => `${(n / 1024 ** 3).toFixed(2)} GiB`;

/** Peak memory as the budget counts it: the larger of the sampled tree total and any one process's exact peak. */
export const peakMemory = (b: BuildMeasurement) => Math.max(b.peakTreeBytes, b.peakProcessBytes);

export interface Ratios {
  wall: number;
  cpu: number;
  memory: number;
}

/** The site's cost as a multiple of the floor's in the same run, or undefined without a floor. */
export function ratios(r: SizeResult): Ratios | undefined {
  const floor = r.baseline;
  if (!floor?.ok || !r.build.ok) return undefined;
  return { wall: r.build.seconds / floor.seconds, cpu: r.build.cpuSeconds / floor.cpuSeconds, memory: peakMemory(r.build) / peakMemory(floor) };
}

/** Each round's wall and CPU time, when there were several. */
const roundsOf = (rounds: BuildMeasurement[] | undefined) =>
  rounds && rounds.length > 1 ? rounds.map((b) => (b.ok ? `${b.seconds} s / ${b.cpuSeconds} s` : 'feilet')).join('; ') : '–';

/** «0,753 / 0,795»: recall@5 and MRR, as the report writes decimals. */
const pair = (q: Quality) => `${q.recallAt5.toFixed(3).replace('.', ',')} / ${q.mrr.toFixed(3).replace('.', ',')}`;
/** Whether figures hold the floors `npm test` holds the site's search to. */
const floorsVerdict = (q: Quality) => (q.recallAt5 >= QUALITY_FLOORS.recallAt5 && q.mrr >= QUALITY_FLOORS.mrr ? 'holder' : '**holder ikke**');
const subsets = (list: SubsetQuality[]) => list.map((s) => `${s.subset} (${s.queries}) ${pair(s.first10)}`).join(', ');

const times = (n: number) => `${n.toFixed(2).replace('.', ',')}×`;

/** A warm build's time as a share of the cold one's: «0,63 av det kalde». */
const share = (warm: BuildMeasurement, cold: BuildMeasurement | undefined) =>
  cold?.ok && warm.ok ? `${(warm.seconds / cold.seconds).toFixed(2).replace('.', ',')} av det kalde` : '';

function verdict(report: Report): string[] {
  const target = report.results.find((r) => r.size === report.budgets.pages);
  if (!target) return [`Ingen kjøring med ${report.budgets.pages} sider: budsjettet er ikke vurdert.`];
  const b = target.build;
  // The budget holds for a first search only if it holds for the heaviest of the measured ones.
  const firstQuery = Math.max(0, ...target.queries.map((q) => q.first.bytes), ...(target.firstQueries ?? []).map((q) => q.bytes));
  const ratio = ratios(target);
  const within = (n: number) => (n <= report.budgets.baselineRatio ? 'innenfor' : '**over budsjett**');
  const rounds = target.buildRounds?.length ?? 1;
  const lines = ratio
    ? [
        ...(rounds > 1 ? [`- Tidene er medianen av ${rounds} runder, gulvet og nettstedet vekselvis; toppminnet er det høyeste i noen runde.`] : []),
        `- Byggetid, veggklokke: ${times(ratio.wall)} gulvet (${b.seconds} s mot ${target.baseline!.seconds} s), høyst ${times(report.budgets.baselineRatio)} – ${within(ratio.wall)}`,
        `- Byggetid, CPU: ${times(ratio.cpu)} gulvet (${b.cpuSeconds} s mot ${target.baseline!.cpuSeconds} s), høyst ${times(report.budgets.baselineRatio)} – ${within(ratio.cpu)}`,
      ]
    : [`- Byggetid: ingen sammenligning med gulvet i denne kjøringen (${b.seconds} s, CPU ${b.cpuSeconds} s)`];
  lines.push(
    `- Toppminne: ${gib(peakMemory(b))} av ${gib(report.budgets.peakMemoryBytes)} – ${peakMemory(b) <= report.budgets.peakMemoryBytes ? 'innenfor' : '**over budsjett**'}${ratio ? ` (${times(ratio.memory)} gulvet)` : ''}`,
  );
  if (target.warm?.ok) {
    const floor = target.baselineWarm?.ok ? `; gulvet ${target.baselineWarm.seconds} s, ${share(target.baselineWarm, target.baseline)}` : '';
    lines.push(`- Varmt bygg etter én endret artikkel: ${target.warm.seconds} s mot ${b.seconds} s, ${share(target.warm, b)}${floor}`);
  }
  if (target.queries.length > 0) {
    lines.push(`- Første søk: ${kb(firstQuery)} av ${kb(report.budgets.queryBytes)} – ${firstQuery <= report.budgets.queryBytes ? 'innenfor' : '**over budsjett**'}`);
  }
  if (target.quality) {
    const q = target.quality.site.first10;
    const alone = target.quality.alone.first10;
    lines.push(
      `- Søkekvalitet (recall@5 / MRR, de ekte sidene blant de ti første): ${pair(q)}, gulvet i npm test er ${pair(QUALITY_FLOORS)} – ${floorsVerdict(q)} (vanlig Pagefind ${pair(target.quality.plain.first10)}; blant de ${DEEP} første ${pair(target.quality.site.deep)})`,
      `- Søkekvalitet, de ekte sidene alene med indeksen for alle sidene: ${pair(alone)} – ${floorsVerdict(alone)}`,
    );
  }
  return lines;
}

export function markdown(report: Report): string {
  const sizes = report.results;
  const row = (name: string, cell: (r: SizeResult) => string) => `| ${name} | ${sizes.map(cell).join(' | ')} |`;
  const phaseNames = [...new Set(sizes.flatMap((r) => Object.keys(r.build.phases)))];
  const query = (r: SizeResult, mode: 'ui' | 'api', which: 'first' | 'second') => {
    const q = r.queries.find((x) => x.mode === mode)?.[which];
    return q ? `${kb(q.bytes)} (${q.requests} filer, ${q.results} treff)` : '–';
  };
  const lines = [
    `# Ytelsesmåling: ${report.label}`,
    '',
    `Målt ${report.date} på ${report.machine.cpus} kjerner og ${gib(report.machine.memoryBytes)} minne; Node ${report.machine.node}, Astro ${report.machine.astro}, Pagefind ${report.machine.pagefind}${report.machine.chromium ? `, ${report.machine.chromium}` : ''}.`,
    report.astroOverrides && Object.keys(report.astroOverrides).length > 0 ? `Astro-innstillinger for denne kjøringen: \`${JSON.stringify(report.astroOverrides)}\`.` : 'Astro-innstillingene er prosjektets egne.',
    'Slik leses tabellen: se docs/performance.md.',
    '',
    `## Budsjett (${report.budgets.pages} sider)`,
    '',
    ...verdict(report),
    '',
    '## Tall',
    '',
    `| | ${sizes.map((r) => `${r.size} sider`).join(' | ')} |`,
    `| --- | ${sizes.map(() => '---:').join(' | ')} |`,
    row('Sider (.md og .mdx): ekte + syntetiske (av dem nynorsk)', (r) => `${r.corpus.realPages ?? 0} + ${r.corpus.pages} (${r.corpus.nynorsk})`),
    row('Syntetiske sider', (r) => (r.corpus.topical ? 'handler om noe: hvert ord på om lag like mange sider som på det ekte nettstedet (--topical)' : 'ordsalat: hvert ord trukket etter hvor ofte det står i nettstedets tekster')),
    row('Ord i brødtekst per side', (r) => String(Math.round(r.corpus.words / Math.max(1, r.corpus.pages)))),
    row('Gulvet: vanlig Astro + MDX + Pagefind CLI, veggklokke / CPU / toppminne', (r) =>
      r.baseline ? (r.baseline.ok ? `${r.baseline.seconds} s / ${r.baseline.cpuSeconds} s / ${mb(peakMemory(r.baseline))}` : '**feilet**') : '–',
    ),
    row('Nettstedet som del av gulvet: veggklokke / CPU / toppminne', (r) => {
      const x = ratios(r);
      return x ? `${times(x.wall)} / ${times(x.cpu)} / ${times(x.memory)}` : '–';
    }),
    row('Rundene, gulvet: veggklokke / CPU', (r) => roundsOf(r.baselineRounds)),
    row('Rundene, nettstedet: veggklokke / CPU', (r) => roundsOf(r.buildRounds)),
    row('Bygget gikk', (r) => (r.build.ok ? 'ja' : '**nei**')),
    row('HTML-sider i dist/', (r) => String(r.dist?.htmlPages ?? '–')),
    row('Byggetid, kald', (r) => `${r.build.seconds} s`),
    ...phaseNames.map((p) => row(`– ${p}`, (r) => (r.build.phases[p] !== undefined ? `${r.build.phases[p]} s` : '–'))),
    row('CPU-tid i alt (bruker + system)', (r) => `${r.build.cpuSeconds} s`),
    row('Høyeste lastsnitt under bygget', (r) => `${r.build.maxLoad} (på ${report.machine.cpus} kjerner)`),
    row('Sider per sekund', (r) => r.pagesPerSecond.toFixed(0)),
    row('Toppminne, prosesstreet', (r) => mb(r.build.peakTreeBytes)),
    row('Toppminne, største prosess', (r) => mb(r.build.peakProcessBytes)),
    row('Toppminne per program (største prosess av hvert)', (r) =>
      Object.entries(r.build.peakByProgram ?? {})
        .filter(([, bytes]) => bytes > 100 * 1024 ** 2)
        .sort((a, b) => b[1] - a[1])
        .map(([name, bytes]) => `${name} ${mb(bytes)}`)
        .join(', ') || '–',
    ),
    row('Byggetid, varm (cache beholdt)', (r) => (r.warm ? `${r.warm.seconds} s, ${mb(peakMemory(r.warm))}, ${share(r.warm, r.build)}` : '–')),
    row('Gulvet, varm (Astros cache beholdt, samme endring)', (r) => (r.baselineWarm ? (r.baselineWarm.ok ? `${r.baselineWarm.seconds} s / CPU ${r.baselineWarm.cpuSeconds} s, ${share(r.baselineWarm, r.baseline)}` : '**feilet**') : '–')),
    row('– søkeindeks, varm: tid, og filer Pagefind slapp å skrive', (r) =>
      r.warm ? `${r.warm.phases['søkeindeks'] ?? '–'} s, ${r.warm.indexReused ? `${r.warm.indexReused} gjenbrukt` : 'ingen gjenbrukt'}` : '–',
    ),
    row('dist/ i alt', (r) => (r.dist ? `${mb(r.dist.distBytes)}, ${r.dist.distFiles} filer` : '–')),
    row('Pagefind-indeks', (r) => (r.dist ? `${mb(r.dist.pagefindBytes)}, ${r.dist.pagefindFiles} filer` : '–')),
    row('Søk 1, søkesiden', (r) => query(r, 'ui', 'first')),
    row('Søk 2, søkesiden', (r) => query(r, 'ui', 'second')),
    row('Søk 1, søkesiden, fordelt', (r) => {
      const q = r.queries.find((x) => x.mode === 'ui') ?? r.queries[0];
      return q?.first.byKind ? Object.entries(q.first.byKind).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${kb(v)}`).join(', ') : '–';
    }),
    row('Første søk, typiske spørringer (hver på ny side)', (r) =>
      r.firstQueries && r.firstQueries.length > 0 ? r.firstQueries.map((q) => `«${q.query}» ${kb(q.bytes)}`).join(', ') : '–',
    ),
    row('Søkekvalitet, spørresettet: recall@5 / MRR blant de ti første (ekte sider)', (r) => (r.quality ? `${pair(r.quality.site.first10)} (vanlig Pagefind ${pair(r.quality.plain.first10)}; ${r.quality.queries} spørringer)` : '–')),
    row(`Søkekvalitet, blant de ${DEEP} første (ekte sider)`, (r) => (r.quality ? `${pair(r.quality.site.deep)} (vanlig Pagefind ${pair(r.quality.plain.deep)})` : '–')),
    row('Søkekvalitet per delsett, blant de ti første', (r) => (r.quality ? subsets(r.quality.subsets) : '–')),
    row('Søkekvalitet, de ekte sidene alene med indeksen for alle sidene', (r) => (r.quality ? `${pair(r.quality.alone.first10)}; ${subsets(r.quality.alone.subsets)}` : '–')),
    row('Søk 1, Pagefind-API', (r) => query(r, 'api', 'first')),
    row('Søk 2, Pagefind-API', (r) => query(r, 'api', 'second')),
    row('HTML gzip per side, median / p95 / maks', (r) => (r.dist ? `${kb(r.dist.htmlGzip.median)} / ${kb(r.dist.htmlGzip.p95)} / ${kb(r.dist.htmlGzip.max)}` : '–')),
    row('CSS gzip per side, median / maks', (r) => (r.dist ? `${kb(r.dist.cssGzip.median)} / ${kb(r.dist.cssGzip.max)}` : '–')),
    row('JS gzip per side, median / maks', (r) => (r.dist ? `${kb(r.dist.jsGzip.median)} / ${kb(r.dist.jsGzip.max)}` : '–')),
    row('Sider med JavaScript', (r) => (r.dist ? r.dist.pagesWithJs.join(', ') || 'ingen' : '–')),
    row('Tyngste side (HTML gzip)', (r) => (r.dist?.heaviest[0] ? `${r.dist.heaviest[0].path} ${kb(r.dist.heaviest[0].htmlGzip)}` : '–')),
    '',
  ];
  return lines.join('\n');
}

export function writeReport(dir: string, name: string, report: Report): { json: string; md: string } {
  mkdirSync(dir, { recursive: true });
  const json = join(dir, `${name}.json`);
  const md = join(dir, `${name}.md`);
  writeFileSync(json, JSON.stringify(report, null, 2) + '\n');
  writeFileSync(md, markdown(report));
  return { json, md };
}
