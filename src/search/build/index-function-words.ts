/**
 * Takes the function words (src/search/shared/stop-words.ts) out of the index Pagefind has written.
 * The search page never sends them, but Pagefind cuts its index into slices by the alphabet and
 * closes a slice only when it has taken in enough locations, so a word on nearly every page
 * («som», «til», «var») ends a slice with the rarer words alphabetically before it. A query word
 * that lies there downloads the whole slice: at 10 000 pages «snakker» and «snus» cost 166 KB for
 * the slice ending in «som», and questions no one had measured went over the first search's
 * budget of 300 KB (docs/performance.md, «Runde 31»). Without the function words those slices are
 * as small as any other; the slices' ranges stay as they are, so every other word is loaded and
 * found as before.
 *
 * A query of function words only («hva er det») is not searched at all (runSearch in
 * src/search/browser/pagefind-client.ts): the search page says it leaves such words out. Before,
 * it found 81 pages on the site of today, in no useful order.
 *
 * Pagefind's files are rewritten in its own format (gzip, a marker, then CBOR as its page list
 * describes): each changed slice under a new name from its content, and the page list, which names
 * the slices, under a new name too, so a browser never mixes an old file with a new one.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { freshName, packPagefind, pagefindCbor, readMetaList, writeMetaList } from './pagefind-meta.ts';
import { arrayHead, readHead, readText, skipItem } from './cbor-walk.ts';
import { STOP_WORDS } from '../shared/stop-words.ts';
import { loadedSlices, pagefindForm } from '../shared/index-budget.ts';

/**
 * A slice's CBOR without the function words, or undefined when it has none. A slice is [words]; a
 * word is [Pagefind's form of it (without accents), its pages, its variants]; a variant is [a form
 * with accents, its pages]. «pa» holds the pages with «pa» as written and, as a variant, those with
 * «på». The pages are copied as they are, byte for byte.
 */
function withoutFunctionWords(cbor: Uint8Array): Buffer | undefined {
  const words = readHead(cbor, readHead(cbor, 0).next);
  const kept: Uint8Array[] = [];
  let count = 0;
  let changed = false;
  let at = words.next;
  for (let i = 0; i < words.value; i++) {
    const start = at;
    const { text: word, end: wordEnd } = readText(cbor, readHead(cbor, at).next);
    const pagesEnd = skipItem(cbor, wordEnd);
    const variants = readHead(cbor, pagesEnd);
    const forms: Uint8Array[] = [];
    at = variants.next;
    for (let j = 0; j < variants.value; j++) {
      const { text: form, end: formEnd } = readText(cbor, readHead(cbor, at).next);
      const end = skipItem(cbor, formEnd);
      if (!STOP_WORDS.has(form)) forms.push(cbor.subarray(at, end));
      at = end;
    }
    const hasPages = readHead(cbor, wordEnd).value > 0;
    const plain = hasPages && !STOP_WORDS.has(word);
    if (plain === hasPages && forms.length === variants.value) {
      // Nothing to take out: the word as it was.
      kept.push(cbor.subarray(start, at));
      count += 1;
      continue;
    }
    changed = true;
    // Nothing left of the word: it goes.
    if (!plain && forms.length === 0) continue;
    kept.push(arrayHead(3), cbor.subarray(readHead(cbor, start).next, wordEnd), plain ? cbor.subarray(wordEnd, pagesEnd) : arrayHead(0), arrayHead(forms.length), ...forms);
    count += 1;
  }
  return changed ? Buffer.concat([arrayHead(1), arrayHead(count), ...kept]) : undefined;
}

/**
 * Removes the function words from the index in `pagefindDir`, in place. Returns how many slices
 * were rewritten and the bytes they came to before and after.
 */
export async function dropFunctionWords(pagefindDir: string): Promise<{ slices: number; before: number; after: number }> {
  const read = await readMetaList(pagefindDir);
  if (!read) return { slices: 0, before: 0, after: 0 };
  const { language, list: meta } = read;
  const slices = meta[2] as [from: string, to: string, hash: string][];
  // Every name the index uses: its pages' fragments, its slices and its filters.
  const pages = meta[1] as [hash: string, words: number][];
  const filters = meta[3] as [name: string, hash: string][];
  const taken = new Set([...pages.map(([hash]) => hash), ...slices.map(([, , hash]) => hash), ...filters.map(([, hash]) => hash)]);
  const sliceFile = (hash: string) => `${pagefindDir}/index/${hash}.pf_index`;
  // The slices Pagefind would load for each function word: one of them holds it.
  const holding = new Set([...STOP_WORDS].flatMap((word) => loadedSlices(pagefindForm(word), slices).map(([, , hash]) => hash)));
  let before = 0;
  let after = 0;
  let rewritten = 0;
  for (const slice of slices) {
    const hash = slice[2];
    if (!holding.has(hash)) continue;
    const old = await readFile(sliceFile(hash));
    const kept = withoutFunctionWords(pagefindCbor(old));
    if (!kept) continue;
    const { bytes, digest } = packPagefind(kept);
    const name = freshName(language, digest, taken);
    taken.add(name);
    before += old.length;
    after += bytes.length;
    await writeFile(sliceFile(name), bytes);
    await rm(sliceFile(hash));
    slice[2] = name;
    rewritten += 1;
  }
  if (rewritten > 0) await writeMetaList(pagefindDir, read);
  return { slices: rewritten, before, after };
}
