/**
 * The visible text of a built page: what is inside the element marked data-pagefind-body, without
 * tags, navigation and the hidden search words (SearchData's «search-terms»). Extra words are
 * worked out from this text only, so that one page's extra words never bring in more of their own.
 * Good enough for finding words; Pagefind itself does the real HTML parsing when it indexes.
 */
const BODY = /<main\b[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/i;

export function pageText(html: string): string | undefined {
  const body = BODY.exec(html)?.[1];
  if (body === undefined) return undefined;
  return body
    .replace(/<(nav|aside|script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<p\b[^>]*class="search-terms"[^>]*>[\s\S]*?<\/p>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

/** Adds the extra search words to a page, inside its indexed body, with a low weight. */
export function withSearchTerms(html: string, terms: string[]): string {
  if (terms.length === 0) return html;
  const element = `<p hidden data-pagefind-weight="0.5" class="search-expansion">${terms.join(' ')}</p>`;
  return html.replace(/<\/main>/i, `${element}</main>`);
}
