/**
 * The index step's last part, run once Pagefind's program has written the index:
 * `node scripts/finish-index.ts <site folder> <HTML files> [<index cache>]` writes the files beside
 * the index, keeps the index's files in the cache for the next build, and reports the step in the
 * build's log. `npm run build` runs it (src/search/build/index-handover.ts);
 * it is not meant to be run by hand.
 */
import { finishIndex, indexSummary } from '../src/search/build/index-site.ts';

const [outDir, files, cacheDir] = process.argv.slice(2);
try {
  if (!outDir || !files) throw new Error('Bruk: node scripts/finish-index.ts <mappe> <antall HTML-filer> [<indeksens cache>].');
  console.log(indexSummary(await finishIndex(outDir, Number(files), cacheDir || undefined)));
} catch (error) {
  console.error(`Søkeindeksen ble bygget, men filene ved siden av den kunne ikke skrives: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
