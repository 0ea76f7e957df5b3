/**
 * Reads what Pagefind wrote for each page (its fragment: address, metadata, filters), for the
 * files the build writes beside the index (src/search/build/date-order.ts, filter-values.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

/** Pagefind's files are gzip, and their content starts with this marker. */
const MARKER = 'pagefind_dcd';

export interface IndexedPage {
  /** Pagefind's id for the page (its fragment's name). */
  id: string;
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export async function indexedPages(pagefindDir: string): Promise<IndexedPage[]> {
  const dir = `${pagefindDir}/fragment`;
  const pages: IndexedPage[] = [];
  for (const name of (await readdir(dir)).sort()) {
    if (!name.endsWith('.pf_fragment')) continue;
    let bytes = gunzipSync(await readFile(`${dir}/${name}`));
    if (bytes.subarray(0, MARKER.length).toString() === MARKER) bytes = bytes.subarray(MARKER.length);
    const fragment = JSON.parse(bytes.toString('utf8')) as Omit<IndexedPage, 'id'>;
    pages.push({ id: name.replace(/\.pf_fragment$/, ''), url: fragment.url, meta: fragment.meta ?? {}, filters: fragment.filters ?? {} });
  }
  return pages;
}
