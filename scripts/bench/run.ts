/**
 * `npm run bench`: builds synthetic sites of 1 000, 5 000 and 10 000 pages outside content/ (Markdown,
 * and MDX for the guideline chapters whose bodies use components, as the editors' files are)
 * and reports build time, peak memory, output and index size, what a search downloads, and page
 * weight. For each size it first builds the floor, a plain Astro + MDX + Pagefind CLI site over
 * the identical content (scripts/bench/baseline.ts), and reports the site's wall time, CPU time
 * and peak memory as ratios to it. Results go to bench/results/<name>.md and .json;
 * docs/performance.md says how to read them.
 *
 *   npm run bench                              all three sizes
 *   npm run bench -- --sizes 1000,10000        chosen sizes
 *   npm run bench -- --warm                    also a second build with the cache kept, after one article is changed,
 *                                              of the site and of the floor
 *   npm run bench -- --no-query                skip the Chromium search measurement
 *   npm run bench -- --name concurrency-2 --astro '{"build":{"concurrency":2}}'
 *                                              a variant with other Astro options, kept apart from latest
 *   npm run bench -- --astro '{"skipIntegrations":["pagefind"]}'
 *                                              leave an integration out, to see what it costs
 *   npm run bench -- --keep                    leave bench/work/site-<n>/ in place afterwards
 *   npm run bench -- --no-baseline             skip the plain-Astro floor (no ratios in the report)
 *   npm run bench -- --repeat 1                one round of the floor and the site instead of three
 *                                              (scripts/bench/rounds.ts says why three)
 *   npm run bench -- --topical                 synthetic pages that are about something: each word on
 *                                              about as many pages as on the real site
 *                                              (scripts/bench/document-shares.ts), not word salad
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.ts';
import { distStats } from './dist-stats.ts';
import { measureBuild } from './measure-build.ts';
import { measureFirstQueries, measureQueries } from './query.ts';
import { measureSearchQuality } from './search-quality.ts';
import { writeReport, type Report, type SizeResult } from './report.ts';
import { BUILD_OUTPUTS, changeOneEntry, clearBuild, countPages, prepareSite } from './site.ts';
import { combineRounds, DEFAULT_ROUNDS } from './rounds.ts';
import type { BuildMeasurement } from './measure-build.ts';
import { baselineCommand, prepareBaseline } from './baseline.ts';
import { chromiumPath } from '../lib/chromium.ts';
import { FIRST_SEARCH_BYTES } from '../../src/search/shared/index-budget.ts';

const root = join(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    warm: { type: 'boolean', default: false },
    'no-query': { type: 'boolean', default: false },
    name: { type: 'string', default: 'latest' },
    astro: { type: 'string', default: '{}' },
    keep: { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
    repeat: { type: 'string', default: String(DEFAULT_ROUNDS) },
    topical: { type: 'boolean', default: false },
  },
});
const rounds = Number(values.repeat);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error('Bruk: npm run bench -- --repeat 3 (et helt tall, minst 1).');
  process.exit(2);
}
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 50)) {
  console.error('Bruk: npm run bench -- --sizes 1000,5000,10000 (hele tall, minst 50).');
  process.exit(2);
}
const overrides = JSON.parse(values.astro) as Record<string, unknown>;
const version = (pkg: string) => (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
let chromium: string | undefined;
try {
  chromium = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  chromium = undefined;
}

// A fixed build date, so past events and closed grants are the same in every run.
const env = { ...process.env, BUILD_DATE: '2026-06-30', ASTRO_TELEMETRY_DISABLED: '1', BENCH_ASTRO_CONFIG: JSON.stringify(overrides) };
const node = process.execPath;
// The site's own build command (`npm run build`): Astro, then the search index once Astro has ended,
// with the Node options package.json gives it, so the benchmark builds as the site does.
const buildScript = join(root, 'scripts', 'astro.ts');
const buildOptions = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build
  .split(/\s+/)
  .filter((arg) => arg.startsWith('--'));

/** Where a warm build finds the cold build's dist/, moved aside. */
const COLD_DIST = 'dist-kald';

/**
 * A warm build of the copy in `dir` after an editor's change to one article. As in CI, where a pull
 * request's build starts from a clean clone with only the cache kept, the cold build's dist/ is
 * moved aside (to COLD_DIST), not left for Astro to empty. `says` gives the progress line.
 */
async function buildWarm(dir: string, command: string, args: string[], says: (changed: string) => string): Promise<BuildMeasurement> {
  renameSync(join(dir, 'dist'), join(dir, COLD_DIST));
  console.log(`   ${says(changeOneEntry(dir))} …`);
  return measureBuild(command, args, dir, env, join(dir, 'build-warm.log'));
}

const results: SizeResult[] = [];
// Trees removed only once every size is measured. The machine's file system (ext4 without a
// journal) will not reuse an inode deleted in the last minutes, and finding a free one past
// tens of thousands of them is kernel time for every file a build then writes: the site built
// right after the floor's tree was deleted spent some 10 s more (docs/performance.md, «Runde 13»).
const removeAfter: string[] = [];

for (const size of sizes) {
  const site = join(root, 'bench', 'work', `site-${size}`);
  console.log(`\n== ${size} sider: lager innhold i ${site}`);
  prepareSite(root, site);
  const real = countPages(join(site, 'content'));
  if (size <= real) {
    console.error(`   ${size} er ikke flere enn de ${real} ekte sidene; velg en større størrelse.`);
    process.exit(2);
  }
  const { syntheticPaths, ...corpus } = generateCorpus(site, size - real, { topical: values.topical });
  corpus.realPages = real;
  clearBuild(site);
  // Between rounds, the last round's output and caches are moved here, so every round builds
  // cold on a file system that has deleted nothing; removed once this size is measured.
  const movedDir = join(root, 'bench', 'work', `flyttet-${size}`);
  // What a run that was stopped left here would clash with this run's names.
  rmSync(movedDir, { recursive: true, force: true });
  let movedCount = 0;
  const moveAside = (dir: string, names: string[]) => {
    for (const name of names.filter((n) => existsSync(join(dir, n)))) {
      mkdirSync(movedDir, { recursive: true });
      renameSync(join(dir, name), join(movedDir, `${movedCount++}-${name}`));
    }
  };
  removeAfter.push(movedDir);
  const floorDir = join(root, 'bench', 'work', `baseline-${size}`);
  // The floor over a copy of the identical content, built before the site in each round, so both
  // builds meet the same machine.
  if (!values['no-baseline']) prepareBaseline(root, join(site, 'content'), floorDir);
  const floorRounds: BuildMeasurement[] = [];
  const siteRounds: BuildMeasurement[] = [];
  for (let round = 1; round <= rounds; round++) {
    const of = rounds > 1 ? `, runde ${round} av ${rounds}` : '';
    if (!values['no-baseline']) {
      if (round > 1) moveAside(floorDir, ['dist', '.astro-cache', '.astro']);
      console.log(`   bygger gulvet: vanlig Astro + MDX + Pagefind CLI (kald${of}) …`);
      const [command, args] = baselineCommand(node, root);
      const floor = await measureBuild(command, args, floorDir, env, join(floorDir, 'build.log'));
      floorRounds.push(floor);
      console.log(`   ${floor.ok ? 'ferdig' : 'FEILET'} på ${floor.seconds} s, CPU ${floor.cpuSeconds} s, toppminne ${(Math.max(floor.peakTreeBytes, floor.peakProcessBytes) / 1024 ** 3).toFixed(2)} GiB`);
      if (!floor.ok) {
        console.log(`   se ${join(floorDir, 'build.log')}`);
        break;
      }
    }
    // The content check's stamp goes with .cache, so every round checks the content as a cold build does.
    if (round > 1) moveAside(site, BUILD_OUTPUTS);
    console.log(`   bygger (kald${of}) …`);
    const cold = await measureBuild(node, [...buildOptions, buildScript, 'build'], site, env, join(site, 'build.log'));
    siteRounds.push(cold);
    console.log(`   ${cold.ok ? 'ferdig' : 'FEILET'} på ${cold.seconds} s, CPU ${cold.cpuSeconds} s, toppminne ${(Math.max(cold.peakTreeBytes, cold.peakProcessBytes) / 1024 ** 3).toFixed(2)} GiB`);
    if (!cold.ok) {
      console.log(`   se ${join(site, 'build.log')}`);
      break;
    }
  }
  const baseline = floorRounds.length > 0 ? combineRounds(floorRounds) : undefined;
  if (baseline?.ok && !values.keep) removeAfter.push(floorDir);
  const build = combineRounds(siteRounds);
  if (rounds > 1) console.log(`   median av rundene: gulvet ${baseline ? `${baseline.seconds} s / CPU ${baseline.cpuSeconds} s` : '–'}, nettstedet ${build.seconds} s / CPU ${build.cpuSeconds} s`);
  let warm;
  if (values.warm && build.ok) {
    const coldDist = join(site, COLD_DIST);
    removeAfter.push(coldDist);
    warm = await buildWarm(site, node, [...buildOptions, buildScript, 'build'], (changed) => `endrer ${changed} og bygger på nytt med cachen (varm)`);
    console.log(`   ferdig på ${warm.seconds} s`);
  }
  let baselineWarm;
  if (values.warm && build.ok && baseline?.ok) {
    // The floor the same way, after the same change, with Astro's own cache: how much of the warm
    // build's cost any Astro site with Pagefind pays, and how much is the site's own.
    const [command, args] = baselineCommand(node, root);
    baselineWarm = await buildWarm(floorDir, command, args, () => 'bygger gulvet på nytt med Astros cache (varm)');
    console.log(`   ${baselineWarm.ok ? 'ferdig' : 'FEILET'} på ${baselineWarm.seconds} s`);
  }
  const dist = build.ok ? distStats(join(site, 'dist')) : undefined;
  let queries: SizeResult['queries'] = [];
  let firstQueries: SizeResult['firstQueries'] = [];
  let quality: SizeResult['quality'];
  if (build.ok && !values['no-query']) {
    console.log(`   måler søk i Chromium …`);
    queries = await measureQueries(join(site, 'dist'), ['tidlig intervensjon', 'handlingsplan']);
    for (const q of queries) console.log(`   ${q.mode}: søk 1 ${(q.first.bytes / 1024).toFixed(1)} KB, søk 2 ${(q.second.bytes / 1024).toFixed(1)} KB`);
    firstQueries = await measureFirstQueries(join(site, 'dist'));
    for (const q of firstQueries) console.log(`   første søk «${q.query}»: ${(q.bytes / 1024).toFixed(1)} KB`);
    console.log(`   måler søkekvaliteten på spørresettet (de ekte sidene blant de syntetiske) …`);
    quality = await measureSearchQuality(join(site, 'dist'), new Set(syntheticPaths));
    console.log(`   recall@5 / MRR blant de ti første: ${quality.site.first10.recallAt5.toFixed(3)} / ${quality.site.first10.mrr.toFixed(3)} (vanlig Pagefind ${quality.plain.first10.recallAt5.toFixed(3)} / ${quality.plain.first10.mrr.toFixed(3)})`);
  }
  const pages = dist?.htmlPages ?? build.pages ?? corpus.pages;
  results.push({
    size,
    corpus,
    baseline,
    build,
    ...(rounds > 1 ? { baselineRounds: floorRounds, buildRounds: siteRounds } : {}),
    warm,
    baselineWarm,
    dist,
    queries,
    firstQueries,
    quality,
    pagesPerSecond: build.ok ? pages / build.seconds : 0,
  });
  // A failed build's copy stays, so its build.log can be read.
  if (!values.keep && build.ok) removeAfter.push(site);
}
for (const dir of removeAfter) rmSync(dir, { recursive: true, force: true });

const report: Report = {
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  label: values.name,
  machine: { cpus: cpus().length, memoryBytes: totalmem(), node: process.version, astro: version('astro'), pagefind: version('pagefind'), chromium },
  astroOverrides: overrides,
  budgets: { baselineRatio: 1.2, peakMemoryBytes: 3 * 1024 ** 3, queryBytes: FIRST_SEARCH_BYTES, pages: 10_000 },
  results,
};
const written = writeReport(join(root, 'bench', 'results'), values.name, report);
console.log(`\nRapport: ${written.md} og ${written.json}`);
process.exit(results.every((r) => r.build.ok && (r.baseline?.ok ?? true)) ? 0 : 1);
