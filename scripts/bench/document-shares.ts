/**
 * How many of the real site's pages each word is on, per written standard: the share the
 * benchmark's topical corpus (`npm run bench -- --topical`, scripts/bench/text.ts) gives each
 * synthetic page its words by. Real text is bursty: «overdose» is on 3 % of the site's pages,
 * dozens of times on the two about it, where drawing every word by its frequency alone put it on
 * 9 % of the synthetic pages, once or twice on each («beskyttelse» 1 % against 9 %, «skolen» 11 %
 * against 34 %; docs/performance.md, «Runde 18»).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from './text.ts';
import { tokenize } from '../../src/search/shared/words.ts';

export type DocumentShares = Record<Lang, ReadonlyMap<string, number>>;

/** The words of a page's file, each once: frontmatter and body, split as the search splits them. */
export const wordsOf = (text: string): Set<string> => new Set(tokenize(text));

/** Every .md and .mdx file under `contentDir` (the real site's pages, before the corpus adds any). */
export function documentShares(contentDir: string): DocumentShares {
  const pages: Record<Lang, Set<string>[]> = { nb: [], nn: [] };
  for (const file of readdirSync(contentDir, { recursive: true }) as string[]) {
    if (!/\.mdx?$/.test(file)) continue;
    const text = readFileSync(join(contentDir, file), 'utf8');
    pages[/^lang:\s*nn\s*$/m.test(text) ? 'nn' : 'nb'].push(wordsOf(text));
  }
  const shares = (list: Set<string>[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const words of list) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    return new Map([...counts].map(([word, n]) => [word, n / Math.max(1, list.length)]));
  };
  return { nb: shares(pages.nb), nn: shares(pages.nn) };
}
