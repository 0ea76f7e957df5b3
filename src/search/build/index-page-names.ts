/**
 * Short names for the pages' fragments, so that the page list every search downloads first is
 * smaller. Pagefind names each page's fragment by a hash of its content (`und_c435e8d`) and lists
 * every page by that name in its page list (pagefind.*.pf_meta). Hashes do not compress: at 10 000
 * pages the names were half of the page list, 47 of its 91 KB compressed, in every first search.
 * Named by their place in the list after one tag for the whole list (`3fa9c01b7e-17`), the page list
 * came to 65 KB (docs/performance.md, «Runde 32»).
 *
 * The tag is taken from Pagefind's names for all the pages, so it changes whenever any page's
 * fragment does, and a name never stands for two contents: a browser or proxy that has kept a
 * fragment from an earlier build (scripts/bench/static-server.ts lets them keep the index's files
 * for a year) never shows it for another page. Two builds of the same pages give the same names.
 *
 * Runs after the index's files are kept for the next build under Pagefind's own names
 * (src/search/build/index-reuse.ts), so that Pagefind finds them there and need not write them.
 */
import { createHash } from 'node:crypto';
import { readdir, rename, rm } from 'node:fs/promises';
import { eachAtOnce } from './at-once.ts';
import { readMetaList, writeMetaList } from './pagefind-meta.ts';

/** Hex digits of the tag: a proxy would need a fragment from a build with the same tag, one in 2^40. */
const TAG_LENGTH = 10;

const fragmentFile = (pagefindDir: string, name: string) => `${pagefindDir}/fragment/${name}.pf_fragment`;

/**
 * Renames the fragments of the index in `pagefindDir` by their place in its page list, and writes
 * the page list with the new names. Returns each page's new name by Pagefind's; empty for an index
 * with no pages. Fragment files the page list does not name (left by an earlier build) are removed.
 */
export async function shortenPageNames(pagefindDir: string): Promise<Map<string, string>> {
  const read = await readMetaList(pagefindDir);
  const pages = (read?.list[1] ?? []) as [name: string, words: number, ...rest: unknown[]][];
  if (!read || pages.length === 0) return new Map();
  const tag = createHash('sha256').update(pages.map(([name]) => name).join('\n')).digest('hex').slice(0, TAG_LENGTH);
  const names = new Map(pages.map(([name], place) => [name, `${tag}-${place}`]));
  const stale = (await readdir(`${pagefindDir}/fragment`)).filter((file) => !names.has(file.replace(/\.pf_fragment$/, '')));
  await eachAtOnce(stale, (file) => rm(`${pagefindDir}/fragment/${file}`, { force: true }));
  await eachAtOnce([...names], ([from, to]) => rename(fragmentFile(pagefindDir, from), fragmentFile(pagefindDir, to)));
  for (const page of pages) page[0] = names.get(page[0])!;
  await writeMetaList(pagefindDir, read);
  return names;
}
