/**
 * The extra search words of one detail page (compound parts, abbreviations of full names it uses;
 * src/search/build/expand.ts), from the text the page shows: the entry (src/search/build/entry-text.ts),
 * its facts box and its notice (src/collections/details.ts). Worked out once per page and build,
 * where it is first asked for: by the page's cache key (src/collections/cache-keys.ts), so a
 * page whose words are unchanged can be copied from the last build, or by the page itself.
 */
import type { Entry } from '../../collections/content.ts';
import type { ListedName } from '../../collections/registry.ts';
import { detailParts } from '../../collections/details.ts';
import { entryText } from './entry-text.ts';
import { expansionTerms } from './expand.ts';
import { siteWords } from './site-words.ts';

const known = new Map<string, Promise<string[]>>();

async function compute(kind: ListedName, entry: Entry<ListedName>): Promise<string[]> {
  const { facts = [], notice } = await detailParts(kind, entry);
  const shown = [notice?.text, notice?.more, ...facts.flatMap((f) => [f.term, ...f.values.map((v) => (typeof v === 'string' ? v : v.label))])];
  return expansionTerms(entryText(entry, shown), (await siteWords()).lexicon);
}

export function extraWordsOf(kind: ListedName, entry: Entry<ListedName>): Promise<string[]> {
  const key = `${kind}/${entry.id}`;
  let words = known.get(key);
  if (!words) known.set(key, (words = compute(kind, entry)));
  return words;
}
