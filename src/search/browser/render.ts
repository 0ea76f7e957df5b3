/**
 * Draws results, the result count and the note on a corrected query. Text from the index is
 * escaped except Pagefind's <mark>.
 *
 * Every excerpt is text from the page it links to: Pagefind builds excerpts from the page body
 * only, and the extra words pages are found by are metadata, never body (src/components/SearchData.astro).
 * A hit in a section of a long page (a guideline chapter, a plan step, an article) links to that
 * section's heading and names it under the title.
 */
import type { ResultData, SubResult } from './pagefind-client.ts';
import { ui, uiNodes } from './strings.ts';
import { firstValue, SHOWN } from '../shared/result-fields.ts';
import { onlyFunctionWords } from '../shared/stop-words.ts';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Pagefind's excerpt is escaped text with <mark> around matches; keep only those tags. */
const safeExcerpt = (excerpt: string): string => excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');

/** Words of the excerpt's length, like Pagefind's (src/search/browser/pagefind-client.ts). */
const EXCERPT_WORDS = 26;

const score = (s: SubResult) => s.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);

/**
 * The section to link to: the one with most of the page's hits, if it has a heading to land on,
 * holds at least half of the hits, and the title does not already carry the query (a page about
 * the query is best read from the top).
 */
function bestSection(data: ResultData, words: string[]): SubResult | undefined {
  const subs = data.sub_results ?? [];
  if (subs.length === 0) return undefined;
  const title = (data.meta.title ?? '').toLocaleLowerCase('nb');
  if (words.some((w) => title.includes(w))) return undefined;
  const total = subs.reduce((sum, s) => sum + score(s), 0);
  const best = subs.reduce((a, b) => (score(b) > score(a) ? b : a));
  return best.anchor && total > 0 && score(best) >= total / 2 ? best : undefined;
}

/** Whether a word of the text contains a query word (at least three letters of it). */
const isHit = (token: string, words: string[]) => {
  const lower = token.toLocaleLowerCase('nb');
  return words.some((w) => w.length >= 3 && lower.includes(w));
};

/**
 * An excerpt made from the page's text when Pagefind's has no marked word (the page was found by
 * a word in its metadata, or by a compound containing the query word): the passage with most
 * words that contain a query word, those words marked. Falls back to the start of the text.
 */
function ownExcerpt(content: string, words: string[]): string | undefined {
  const tokens = content.split(/\s+/).filter(Boolean);
  const hit = tokens.map((t) => isHit(t, words));
  let bestStart = -1;
  let bestCount = 0;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (hit[i]) count++;
    if (i >= EXCERPT_WORDS && hit[i - EXCERPT_WORDS]) count--;
    if (count > bestCount) {
      bestCount = count;
      bestStart = Math.max(0, i - EXCERPT_WORDS + 1);
    }
  }
  if (bestStart < 0) return undefined;
  // Centre the passage on its hits rather than ending on the last one.
  const first = hit.indexOf(true, bestStart);
  const start = Math.max(0, Math.min(first - 4, tokens.length - EXCERPT_WORDS));
  return tokens
    .slice(start, start + EXCERPT_WORDS)
    .map((t, i) => (hit[start + i] ? `<mark>${escape(t)}</mark>` : escape(t)))
    .join(' ');
}

/**
 * Pagefind's excerpt with every query word marked. Pagefind marks the words at the places it
 * matched, which can leave one of the query's words unmarked beside a marked one («Tverrfaglig
 * <mark>samarbeid</mark>»). Only text outside the marks is touched, and entities are left whole.
 */
function markAll(excerpt: string, words: string[]): string {
  return excerpt
    .split(/(<mark>.*?<\/mark>)/)
    .map((part) => (part.startsWith('<mark>') ? part : part.replace(/(&[#\w]+;)|[\p{L}\p{N}]+/gu, (token, entity) => (entity || !isHit(token, words) ? token : `<mark>${token}</mark>`))))
    .join('');
}

function excerptFor(data: ResultData, section: SubResult | undefined, words: string[]): string {
  const pagefind = safeExcerpt(section?.excerpt ?? data.excerpt);
  if (pagefind.includes('<mark>')) return markAll(pagefind, words);
  return ownExcerpt(data.content, words) ?? pagefind;
}

export function resultItem(data: ResultData, words: string[]): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result entry';
  const section = bestSection(data, words);
  const shown = (name: string) => firstValue(data.filters, name);
  const [type, date, datetime, topics] = [shown('type'), shown(SHOWN.when), shown(SHOWN.whenDatetime), shown(SHOWN.topics)];
  const when = date ? (datetime ? `<time datetime="${escape(datetime)}">${escape(date)}</time>` : `<span>${escape(date)}</span>`) : '';
  const meta = [type ? `<span>${escape(type)}</span>` : '', when, topics ? `<span>${escape(topics)}</span>` : ''].join('');
  const href = section?.url ?? data.url;
  const heading = section ? `<p class="search-result__section">${escape(ui('search.section'))}: ${escape(section.title)}</p>` : '';
  li.innerHTML = `<h2 class="entry__title"><a href="${escape(href)}">${escape(data.meta.title ?? data.url)}</a></h2>${heading}<p class="entry__meta">${meta}</p><p class="entry__ingress search-result__excerpt">${excerptFor(data, section, words)}</p>`;
  return li;
}

export function countText(n: number, q: string): string {
  if (n === 0) return ui('search.count.zero', { q });
  return n === 1 ? ui('search.count.one', { q }) : ui('search.count.many', { n, q });
}

function link(text: string, href: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = `«${text}»`;
  return a;
}

/** «Viser treff for «forebygging». Søk i stedet etter «forebyging».», with both as links. */
export function correctionNote(corrected: string, original: string, hrefs: { corrected: string; original: string }): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'search-correction';
  p.append(
    ...uiNodes('search.correction.showing', { q: link(corrected, hrefs.corrected) }),
    document.createTextNode(' '),
    ...uiNodes('search.correction.instead', { q: link(original, hrefs.original) }),
  );
  return p;
}

/**
 * The tip shown when nothing is found, with links to the topics and the glossary; for a query of
 * function words only, that the search leaves them out.
 */
export function noHitsTip(q: string): HTMLParagraphElement {
  const p = document.createElement('p');
  if (onlyFunctionWords(q)) {
    p.textContent = ui('search.tips.functionWords', { q });
    return p;
  }
  const a = (key: 'search.tips.topics' | 'search.tips.glossary', href: string) => {
    const el = document.createElement('a');
    el.href = href;
    el.textContent = ui(key);
    return el;
  };
  p.append(...uiNodes('search.tips', { topics: a('search.tips.topics', '/tema/'), glossary: a('search.tips.glossary', '/ordbok/') }));
  return p;
}
