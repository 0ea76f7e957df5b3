/** Draws results and the result count. Text from the index is escaped except Pagefind's <mark>. */
import type { ResultData } from './pagefind-client.ts';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Pagefind's excerpt is escaped text with <mark> around matches; keep only those tags. */
function safeExcerpt(excerpt: string): string {
  return excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
}

const dateFormat = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The excerpt to show: Pagefind's, unless the match was only in the page's hidden search words. */
function excerptFor(data: ResultData, words: string[]): string {
  const marked = safeExcerpt(data.excerpt);
  const visible = data.content.replace(/\s+/g, ' ');
  const plain = marked.replace(/<\/?mark>/g, '').trim();
  if (plain && visible.includes(plain.slice(0, 40))) return marked;
  // Fall back to the page's own lead, marking the query words that occur in it.
  const lead = escape(data.meta.description ?? visible.slice(0, 200));
  if (words.length === 0) return lead;
  const pattern = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu');
  return lead.replace(pattern, '<mark>$1</mark>');
}

export function resultItem(data: ResultData, words: string[]): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result entry';
  const date = data.meta.date ? new Date(`${data.meta.date}T00:00:00Z`) : undefined;
  const meta = [
    data.meta.type ? `<span>${escape(data.meta.type)}</span>` : '',
    date && !Number.isNaN(date.getTime()) ? `<time datetime="${escape(data.meta.date!)}">${dateFormat.format(date)}</time>` : '',
    data.meta.topics ? `<span>${escape(data.meta.topics)}</span>` : '',
  ].join('');
  li.innerHTML = `<h2 class="entry__title"><a href="${escape(data.url)}">${escape(data.meta.title ?? data.url)}</a></h2><p class="entry__meta">${meta}</p><p class="entry__ingress">${excerptFor(data, words)}</p>`;
  return li;
}

export function countText(n: number, q: string): string {
  if (n === 0) return `Ingen treff på «${q}».`;
  return n === 1 ? `1 treff på «${q}».` : `${n} treff på «${q}».`;
}
