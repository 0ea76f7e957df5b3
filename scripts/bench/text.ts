/**
 * Seeded random numbers and Norwegian-looking text for the synthetic benchmark corpus. Words are
 * drawn by their frequency in the site's own texts (words.json), so the search index sees a
 * realistic mix of common and rare words; a few made-up compounds per page make the vocabulary
 * grow with the corpus, as real Norwegian text does.
 */
import words from './words.json' with { type: 'json' };
import type { DocumentShares } from './document-shares.ts';

export type Lang = 'nb' | 'nn';

/** mulberry32: small, fast and the same on every machine, so a corpus of a given size is always the same. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface WeightedList {
  words: string[];
  cumulative: number[];
}

function weighted(list: (string | number)[][]): WeightedList {
  const out: WeightedList = { words: [], cumulative: [] };
  let sum = 0;
  for (const [word, count] of list) {
    sum += Number(count);
    out.words.push(String(word));
    out.cumulative.push(sum);
  }
  return out;
}

const lists: Record<Lang, WeightedList> = { nb: weighted(words.nb), nn: weighted(words.nn) };
/** Longer words make better compound parts and headings than «og» and «for». */
const content: Record<Lang, string[]> = {
  nb: lists.nb.words.filter((w) => w.length >= 6),
  nn: lists.nn.words.filter((w) => w.length >= 6),
};

/** The words one page of the topical corpus draws from (Text.beginPage). */
interface PageWords {
  lang: Lang;
  list: WeightedList;
  content: string[];
}

export class Text {
  readonly random: () => number;
  /** For the topical corpus: the share of the real pages each word is on. */
  private readonly shares?: DocumentShares;
  private page?: PageWords;

  constructor(seed: number, shares?: DocumentShares) {
    this.random = rng(seed);
    this.shares = shares;
  }

  /**
   * In the topical corpus, the words of the page about to be written: each word of the language's
   * list with the chance of being on a real page, and weighted by how often a real page that has
   * it says it (its frequency over its share), so a word is on about as many pages as on the real
   * site and said as often on each. Without shares (the default corpus) every page draws from the
   * whole list and no random number is used here, so that corpus stays the same.
   */
  beginPage(lang: Lang): void {
    if (!this.shares) return;
    const shares = this.shares[lang];
    const chosen: (string | number)[][] = [];
    for (const [word, count] of (words[lang] as [string, number][])) {
      const share = shares.get(word) ?? 0;
      if (share > 0 && this.random() < share) chosen.push([word, count / share]);
    }
    const list = weighted(chosen);
    const content = list.words.filter((w) => w.length >= 6);
    this.page = list.words.length > 0 && content.length > 0 ? { lang, list, content } : undefined;
  }

  /** Back to the whole list, for what is not one page's text (topics, organisations). */
  endPage(): void {
    this.page = undefined;
  }

  private listFor(lang: Lang): WeightedList {
    return this.page?.lang === lang ? this.page.list : lists[lang];
  }

  private contentFor(lang: Lang): string[] {
    return this.page?.lang === lang ? this.page.content : content[lang];
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  /** Up to `max` distinct items, at least `min`. */
  some<T>(items: readonly T[], min: number, max: number): T[] {
    const n = Math.min(items.length, this.int(min, max));
    const chosen = new Set<T>();
    while (chosen.size < n) chosen.add(this.pick(items));
    return [...chosen];
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  word(lang: Lang): string {
    if (this.chance(0.02)) return this.pick(this.contentFor(lang)) + this.pick(this.contentFor(lang));
    const list = this.listFor(lang);
    const target = this.random() * list.cumulative.at(-1)!;
    let lo = 0;
    let hi = list.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return list.words[lo]!;
  }

  contentWord(lang: Lang): string {
    return this.pick(this.contentFor(lang));
  }

  sentence(lang: Lang, min = 8, max = 20): string {
    const n = this.int(min, max);
    const parts = Array.from({ length: n }, () => this.word(lang));
    const text = parts.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
  }

  /** Sentences up to a length limit, always at least one. */
  sentences(lang: Lang, count: number, maxChars = Infinity): string {
    let out = this.sentence(lang);
    for (let i = 1; i < count; i++) {
      const next = this.sentence(lang);
      if (out.length + next.length + 1 > maxChars) break;
      out += ' ' + next;
    }
    return out.length > maxChars ? out.slice(0, maxChars - 1).trimEnd() + '.' : out;
  }

  title(lang: Lang, min = 3, max = 8): string {
    const parts = Array.from({ length: this.int(min, max) }, (_, i) => (i % 2 === 0 ? this.contentWord(lang) : this.word(lang)));
    const text = parts.join(' ').slice(0, 120).trim();
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  paragraph(lang: Lang): string {
    return this.sentences(lang, this.int(3, 6));
  }
}

/** An id-safe slug: ASCII letters, digits and hyphens. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
