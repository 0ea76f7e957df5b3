/**
 * The order of the search index's pages by date, newest first, for «Sorter etter dato».
 *
 * Pagefind can sort by a value itself (data-pagefind-sort), but it keeps that order in the file
 * every search loads first: 18 KB of the first search at 10 000 pages, for a choice few readers
 * make. This order is written to its own file instead (/sok/datoer.txt, one Pagefind page id per
 * line), which the search page loads only when the reader sorts by date.
 */
import { readdir, readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

/** Pagefind's files are gzip, and their content starts with this marker. */
const MARKER = 'pagefind_dcd';

interface Fragment {
  url: string;
  meta: Record<string, string | undefined>;
}

async function readFragment(path: string): Promise<Fragment> {
  let bytes = gunzipSync(await readFile(path));
  if (bytes.subarray(0, MARKER.length).toString() === MARKER) bytes = bytes.subarray(MARKER.length);
  return JSON.parse(bytes.toString('utf8')) as Fragment;
}

/** Page ids newest first (ties by address, so two builds give the same file), one per line. */
export async function dateOrder(pagefindDir: string): Promise<string> {
  const dir = `${pagefindDir}/fragment`;
  const pages: { id: string; date: string; url: string }[] = [];
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const fragment = await readFragment(`${dir}/${name}`);
    pages.push({ id: name.replace(/\.pf_fragment$/, ''), date: fragment.meta.date ?? '', url: fragment.url });
  }
  pages.sort((a, b) => (a.date === b.date ? (a.url < b.url ? -1 : 1) : a.date < b.date ? 1 : -1));
  return `${pages.map((p) => p.id).join('\n')}\n`;
}
