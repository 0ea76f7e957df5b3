/**
 * What the index build reads from a built page: its visible text (what is inside the element
 * marked data-pagefind-body, without tags, navigation and SearchData's hidden element), its title
 * and headings, its extra search terms and the name groups it defines. Good enough for finding
 * words; Pagefind itself does the real HTML parsing when it indexes.
 */
const BODY = /<main\b[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/i;
/** SearchData's element: hidden, ignored by Pagefind's text index, spans only inside. */
const SEARCH_DATA = /<div hidden data-pagefind-ignore>[\s\S]*?<\/div>/i;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '' };

/** Markup to text: tags become spaces and the common entities their characters. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (_, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[name.toLowerCase()] ?? ' ';
    });
}

export function pageText(html: string): string | undefined {
  const body = BODY.exec(html)?.[1];
  if (body === undefined) return undefined;
  return text(body.replace(SEARCH_DATA, ' ').replace(/<(nav|aside|script|style)\b[\s\S]*?<\/\1>/gi, ' '));
}

/** The page's title and headings, and the extra terms its editors gave it: words the vocabulary always knows. */
export function namedText(html: string): string {
  const body = BODY.exec(html)?.[1] ?? '';
  const headings = [...body.matchAll(/<h[1-4]\b[^>]*>([\s\S]*?)<\/h[1-4]>/gi)].map((m) => m[1]!);
  const terms = /<span data-pagefind-meta="terms">([\s\S]*?)<\/span>/.exec(body)?.[1] ?? '';
  return text([...headings, terms].join(' \n '));
}

/** The name groups the page defines (SearchData's data-search-group), by kind. */
export function pageGroups(html: string): { kind: string; names: string[] }[] {
  return [...html.matchAll(/<span data-search-group="([a-zA-Z]+)">([^<]*)<\/span>/g)].map((m) => ({
    kind: m[1]!,
    names: JSON.parse(decodeURIComponent(m[2]!)) as string[],
  }));
}

/**
 * Adds the extra search words to a page as searchable metadata («extra»), which Pagefind matches
 * and ranks by its own weight but never shows in an excerpt.
 */
export function withExtraWords(html: string, words: string[]): string {
  if (words.length === 0) return html;
  const element = `<span hidden data-pagefind-ignore data-pagefind-meta="extra">${words.join(' ')}</span>`;
  return html.replace(/<\/main>/i, `${element}</main>`);
}
