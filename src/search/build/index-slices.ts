/**
 * The index's slices and what they cost, for the search page to count a query's download before
 * it searches (src/search/shared/index-budget.ts). Pagefind's page list (its .pf_meta file) names
 * each slice of the index with the first and last word of its range; a slice's file is already
 * compressed, so its size on disk is what a reader downloads. Run after Pagefind, when the files
 * exist (src/search/build/index-site.ts): the slices are added, by the beginnings of the words
 * their range can hold, to the files the search page fetches for its query's words anyway
 * (src/search/shared/group-shards.ts), so knowing costs no request of its own.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { FIRST_SEARCH_BYTES, HEADER_BYTES, LISTED_SLICE_BYTES, loadedSlices, pagefindForm, RESULTS_READ, startOf, type SliceBudget } from '../shared/index-budget.ts';
import { shardPath, wordStarts, type StartFile } from '../shared/group-shards.ts';
import { pagefindMeta } from './pagefind-meta.ts';
import { inflectionStem, wordStem } from '../shared/stem.ts';
import { vocabularyPath } from '../shared/spelling.ts';
import { tokenize } from '../shared/words.ts';

/**
 * What the word-group files a search fetches come to, at most about: at 10 000 pages 4–11 KB for a
 * question of five words, with the slices they list.
 */
const START_FILES_BYTES = 12 * 1024;

export interface Slice {
  /** Its place in Pagefind's list. */
  place: number;
  from: string;
  to: string;
  /** The file's size with the response's headers. */
  bytes: number;
}

/** The index's slices, in Pagefind's order, and what every search downloads besides them and the results. */
async function readSlices(pagefindDir: string, outDir: string): Promise<{ slices: Slice[]; fixed: number }> {
  const meta = await pagefindMeta(pagefindDir);
  if (!meta) return { slices: [], fixed: 0 };
  const slices = await Promise.all(
    meta.slices.map(async ({ from, to, hash }, place) => ({ place, from, to, bytes: (await stat(`${pagefindDir}/index/${hash}.pf_index`)).size + HEADER_BYTES })),
  );
  // Served compressed: the script and the filter values are compressed here to count them so.
  const compressed = async (file: string) => (existsSync(file) ? gzipSync(await readFile(file)).length + HEADER_BYTES : 0);
  const fixed =
    (await stat(`${pagefindDir}/${meta.file}`)).size +
    (await stat(`${pagefindDir}/${meta.wasm}`)).size +
    (await compressed(`${pagefindDir}/pagefind.js`)) +
    (await compressed(`${pagefindDir}/pagefind-entry.json`)) +
    (await compressed(`${outDir}/sok/filtre.json`)) +
    4 * HEADER_BYTES;
  return { slices, fixed };
}

/** The size below which three in four of Pagefind's page files (fragments) lie, with headers: what a result read costs, about. */
function fragmentBytes(sizes: number[]): number {
  const sorted = [...sizes].sort((a, b) => a - b);
  return (sorted[Math.floor(sorted.length * 0.75)] ?? 0) + HEADER_BYTES;
}

/**
 * The vocabulary files (src/pages/sok/ordliste/): the largest compressed, which correcting a typo
 * fetches, and the beginnings of the site's words, which are the ones a file is worth writing for.
 */
async function vocabulary(outDir: string): Promise<{ bytes: number; starts: Set<string> }> {
  const dir = `${outDir}${vocabularyPath('a').replace(/[^/]*$/, '')}`;
  if (!existsSync(dir)) return { bytes: 0, starts: new Set() };
  const texts = await Promise.all((await readdir(dir)).map((name) => readFile(`${dir}/${name}`)));
  const starts = new Set(texts.flatMap((text) => wordStarts(text.toString('utf8'))));
  return { bytes: Math.max(0, ...texts.map((text) => gzipSync(text).length)) + HEADER_BYTES, starts };
}

/**
 * The room left for the index's slices in a first search, and the typical slice not listed. Besides
 * what every search loads (`fixed`), the results read (`fragment` each) and the word-group files,
 * a mistyped word costs a vocabulary file (`vocabulary`) and the slice of its correction.
 */
export function sliceRoom(slices: Slice[], fixed: number, fragment: number, vocabulary: number): Pick<SliceBudget, 'room' | 'typical'> {
  // On a small site every slice is large (27 KB on the site of today): then the typical one is the mean of all.
  const small = slices.filter((s) => s.bytes < LISTED_SLICE_BYTES);
  const counted = small.length > 0 ? small : slices;
  const typical = counted.length > 0 ? Math.round(counted.reduce((sum, s) => sum + s.bytes, 0) / counted.length) : 0;
  return { room: FIRST_SEARCH_BYTES - fixed - RESULTS_READ * fragment - START_FILES_BYTES - vocabulary - typical, typical };
}

/**
 * The slices filed by the beginnings (one or two letters, src/search/shared/group-shards.ts) of
 * the words they can hold or load: every slice whose range a word beginning so can lie in, and
 * those that such a word lying in no range loads (loadedSlices).
 */
export function slicesByStart(slices: Slice[], starts: Iterable<string>): Map<string, Slice[]> {
  // Ranges are in Pagefind's order, which is the order of their words: those a beginning can hold
  // lie together, from the first whose end comes no earlier than it.
  const ranges = slices.map((s) => [s.from, s.to, s] as const);
  const byStart = new Map<string, Slice[]>();
  for (const start of starts) {
    const form = pagefindForm(start);
    let i = 0;
    for (let step = 1 << 20; step > 0; step >>= 1) if (i + step <= slices.length && slices[i + step - 1]!.to < form) i += step;
    // A word that begins so lies between the start itself and the start followed by any letters.
    const holds: Slice[] = [];
    for (; i < slices.length && slices[i]!.from.slice(0, 2) <= form; i++) holds.push(slices[i]!);
    const near = loadedSlices(form, ranges).map(([, , s]) => s);
    const all = [...new Set([...holds, ...near])];
    if (all.length > 0) byStart.set(start, all);
  }
  return byStart;
}

/** The start file's name in `shardPath`, back to its beginning: «62-61.json» → «ba». */
const startOfName = (name: string) =>
  String.fromCodePoint(...name.replace(/\.json$/, '').split('-').map((hex) => parseInt(hex, 16)));

/**
 * The words a query can be sent as through a file's synonym groups: each term's words, and the
 * shortened forms the search page sends (src/search/shared/stem.ts), as Pagefind looks them up.
 */
function groupWords(file: StartFile): string[] {
  const terms = file.groups.flatMap(([, group]) => group);
  const words = terms.flatMap((term) => [...tokenize(term), ...tokenize(wordStem(term.toLocaleLowerCase('nb')))]);
  return [...new Set(words.flatMap((word) => [word, inflectionStem(word)]))];
}

/**
 * Adds the slices' budget to the word-group files in `outDir`: every file gets the room, the
 * typical small slice, every slice its beginning's words can lie in or load, and its groups' words
 * that begin otherwise and load a large slice or several, with the slices each loads (the large
 * ones listed). A file is written for each beginning of the site's words (its vocabulary) that had
 * none; a query word that begins otherwise counts as a typical slice. `fragmentSizes` are the
 * sizes of Pagefind's page files, read by the step before (src/search/build/fragments.ts).
 */
export async function writeSliceBudgets(outDir: string, fragmentSizes: number[]): Promise<void> {
  const { slices, fixed } = await readSlices(`${outDir}/pagefind`, outDir);
  const words = await vocabulary(outDir);
  const { room, typical } = sliceRoom(slices, fixed, fragmentBytes(fragmentSizes), words.bytes);
  const dir = `${outDir}${shardPath('a').replace(/[^/]*$/, '')}`;
  await mkdir(dir, { recursive: true });
  const existing = (await readdir(dir)).filter((name) => name.endsWith('.json')).map(startOfName);
  const byStart = slicesByStart(slices, new Set([...existing, ...words.starts]));
  const ranges = slices.map((s) => [s.from, s.to, s] as const);
  // A group is filed under each of its words' beginnings: its words are looked up once.
  const looked = new Map<string, Slice[]>();
  const slicesOf = (word: string) => looked.get(word) ?? looked.set(word, loadedSlices(word, ranges).map(([, , s]) => s)).get(word)!;
  for (const start of new Set([...existing, ...byStart.keys()])) {
    const path = `${outDir}${shardPath(start)}`;
    const file: StartFile = existsSync(path) ? (JSON.parse(await readFile(path, 'utf8')) as StartFile) : { groups: [], common: [] };
    const own = byStart.get(start) ?? [];
    const sizes = new Map<number, number>();
    const listed: SliceBudget['words'] = [];
    for (const word of groupWords(file)) {
      // A word that begins like the file's own is counted from its slices; others need telling.
      if (startOf(word) === start) continue;
      const loaded = slicesOf(word);
      if (loaded.length < 2 && !loaded.some((s) => s.bytes >= LISTED_SLICE_BYTES)) continue;
      for (const s of loaded) if (s.bytes >= LISTED_SLICE_BYTES && !own.includes(s)) sizes.set(s.place, s.bytes);
      listed.push([pagefindForm(word), ...loaded.map((s) => s.place)]);
    }
    file.slices = { room, typical, vocabulary: words.bytes, ranges: own.map((s) => [s.from, s.to, s.bytes, s.place]), words: listed, sizes: [...sizes] };
    await writeFile(path, JSON.stringify(file));
  }
}
