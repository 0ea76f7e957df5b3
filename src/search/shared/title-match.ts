/**
 * How much of a query a page's title says, for ordering the first results. Pagefind weighs the
 * title already, but it never sees the query's function words (src/search/shared/stop-words.ts),
 * and in a question they carry the shape of it: «hvem bør være med i planarbeidet» is answered by
 * «Hvem bør delta i arbeidet med …», not by «Hvordan kan vi involvere unge i planarbeidet?», though
 * both titles share the one word Pagefind was given. Many pages here are questions with answers
 * (planning Q&A) or glossary terms, so a title that repeats the reader's words is usually the page
 * that answers them. Used by the search page (src/search/browser/pagefind-client.ts).
 */
import { STOP_WORDS } from './stop-words.ts';
import { tokenize } from './words.ts';
import { wordStem } from './stem.ts';

/** How much a function word in the title counts, beside 1 for every other word of the query. */
const FUNCTION_WORD = 0.3;
/** Words shorter than this count only when the title has the same word. */
const MIN_INFLECTED = 4;
/** How many letters an inflected or derived form may add («vedta» in «vedtak», «rusmiddelpolitisk» in «rusmiddelpolitiske»). */
const MAX_ADDED = 3;
/** Letters the shorter word needs for a compound to count as containing it. */
const MIN_PART = 5;
/** How much a compound counts that only ends in the other word. */
const PART = 0.5;

/** Whether two lower-case words are one word in different forms («brukerne» and «brukere», «vedta» and «vedtak»). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < MIN_INFLECTED || b.length < MIN_INFLECTED) return false;
  const [sa, sb] = [wordStem(a), wordStem(b)];
  if (sa === sb) return true;
  return Math.abs(a.length - b.length) <= MAX_ADDED && (b.startsWith(sa) || a.startsWith(sb));
}

/**
 * How far two words are the same: 1 for one word in different forms, 0.5 when one is a compound
 * ending in the other («planarbeidet» and «arbeidet», «handlingsplan» and «plan»): Norwegian puts
 * the head of a compound last, so it is about the same thing, but more narrowly.
 */
function likeness(a: string, b: string): number {
  if (sameWord(a, b)) return 1;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= MIN_PART && long.endsWith(short) ? PART : 0;
}

/**
 * The share of the query, from 0 to 1, that the title says: each distinct query word the title has
 * in some form counts 1 (0.3 for a function word, half when the title has only a compound ending in
 * it, or the other way round), over what all the query's words would count.
 * `forms` are the query and its other forms (bokmål, nynorsk, full name); the best form counts.
 */
export function titleShare(title: string, forms: string[]): number {
  const titleWords = tokenize(title);
  let best = 0;
  const weight = (w: string) => (STOP_WORDS.has(w) ? FUNCTION_WORD : 1);
  for (const form of forms) {
    const words = [...new Set(tokenize(form))];
    const total = words.reduce((sum, w) => sum + weight(w), 0);
    if (total === 0) continue;
    const said = words.reduce((sum, w) => sum + weight(w) * Math.max(0, ...titleWords.map((t) => likeness(w, t))), 0);
    best = Math.max(best, said / total);
  }
  return best;
}
