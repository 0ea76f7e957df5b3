/**
 * `npm run bench:first-search [-- dist-folder] [-- --queries file]`: what a first search downloads
 * (everything under /pagefind/ and the search page's own files, as `npm run bench` counts it),
 * each query on a fresh page, for many queries at once: by default every query in every set in
 * tests/search/, with `--queries` the lines of a text file (lines beginning with # are comments). Prints the median, the largest and the
 * queries over the budget of 300 KB, with what their bytes went to.
 *
 * The benchmark measures thirteen typical queries (scripts/bench/query.ts); this is for checking
 * the budget on questions no one tuned for, on the 10 000-page corpus
 * (`npm run bench -- --sizes 10000 --keep`, then `npm run bench:first-search -- bench/work/site-10000/dist`).
 * Some 1.5 s per query.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadQueries } from '../lib/search-eval.ts';
import { FIRST_SEARCH_BYTES } from '../../src/search/shared/index-budget.ts';
import { measureFirstQueries } from './query.ts';

const { values, positionals } = parseArgs({ options: { queries: { type: 'string' } }, allowPositionals: true });
const dist = positionals[0] ?? fileURLToPath(new URL('../../dist', import.meta.url));
const setsDir = fileURLToPath(new URL('../../tests/search/', import.meta.url));
const queries = values.queries
  ? readFileSync(values.queries, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'))
  : [...new Set(readdirSync(setsDir).filter((file) => file.endsWith('.yaml')).flatMap((file) => loadQueries(`${setsDir}${file}`).map((q) => q.q)))];

console.log(`Første søk for ${queries.length} spørringer i ${dist}, hver på en ny side …`);
const steps = await measureFirstQueries(dist, queries);
const kb = (bytes: number) => (bytes / 1024).toFixed(1).replace('.', ',');
const sorted = [...steps].sort((a, b) => a.bytes - b.bytes);
const over = sorted.filter((s) => s.bytes > FIRST_SEARCH_BYTES).reverse();
console.log(`Median ${kb(sorted[Math.floor(sorted.length / 2)]!.bytes)} KB, høyst ${kb(sorted.at(-1)!.bytes)} KB («${sorted.at(-1)!.query}»).`);
console.log(`Over ${kb(FIRST_SEARCH_BYTES)} KB: ${over.length} av ${steps.length}.`);
for (const step of over) {
  const parts = Object.entries(step.byKind).sort((a, b) => b[1] - a[1]).map(([kind, bytes]) => `${kind} ${kb(bytes)}`).join(', ');
  console.log(`  ${kb(step.bytes)} KB «${step.query}»: ${parts}`);
}
