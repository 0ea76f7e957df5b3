/**
 * Reads what Pagefind wrote for each page (its fragment: address and filters), for the
 * files the build writes beside the index (src/search/build/date-order.ts, filter-values.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { eachAtOnce } from './at-once.ts';

const unzip = promisify(gunzip);

/** Pagefind's files are gzip, and their content starts with this marker. */
export const MARKER = 'pagefind_dcd';
export interface IndexedPage {
  /** Pagefind's id for the page (its fragment's name). */
  id: string;
  url: string;
  /** Its filters: the menus' values, and what its result shows (src/search/shared/result-fields.ts). */
  filters: Record<string, string[]>;
  /** The fragment file's size, compressed as served: what reading the result downloads. */
  bytes: number;
}

async function readFragment(dir: string, name: string): Promise<IndexedPage> {
  const file = await readFile(`${dir}/${name}`);
  let bytes = await unzip(file);
  if (bytes.subarray(0, MARKER.length).toString() === MARKER) bytes = bytes.subarray(MARKER.length);
  const fragment = JSON.parse(bytes.toString('utf8')) as Omit<IndexedPage, 'id' | 'bytes'>;
  return { id: name.replace(/\.pf_fragment$/, ''), url: fragment.url, filters: fragment.filters ?? {}, bytes: file.length };
}

/**
 * Every indexed page, in the order of their ids: the pages with the fragments `ids` (from Pagefind's
 * page list, src/search/build/pagefind-meta.ts), or every fragment in the folder.
 */
export async function indexedPages(pagefindDir: string, ids?: string[]): Promise<IndexedPage[]> {
  const dir = `${pagefindDir}/fragment`;
  const names = ids ? [...new Set(ids)].map((id) => `${id}.pf_fragment`).sort() : (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment')).sort();
  const pages: IndexedPage[] = new Array(names.length);
  await eachAtOnce(names, async (name, i) => (pages[i] = await readFragment(dir, name)));
  return pages;
}
