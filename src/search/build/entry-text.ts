/**
 * The words a reader sees on an entry's page, read from the content layer's data instead of the
 * written HTML: title, lead and body, with Markdown and MDX syntax taken out. The search build
 * works out extra words and the typo vocabulary from this text before any page is written
 * (src/search/build/site-words.ts), so no pass over dist/ is needed and Pagefind reads the pages
 * itself. Good enough for finding words; Pagefind still indexes the real HTML.
 */

/** A component's attributes that are shown as text (a recommendation's `tekst`). */
const QUOTED = /"([^"]*)"/g;

/** Markdown or MDX source → plain text with the words a reader sees. */
export function bodyText(source: string): string {
  return (
    source
      // Comments are never shown: HTML comments in Markdown, {/* … */} in MDX.
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      .replace(/^(import|export)\s.*$/gm, ' ')
      // Links and images keep their text, not their address.
      .replace(/\]\([^)]*\)/g, '] ')
      .replace(/<https?:[^>]*>/g, ' ')
      .replace(/https?:\/\/\S+/g, ' ')
      // Tags go; the quoted values of a component's attributes stay (a recommendation's text).
      .replace(/<[^>]*>/g, (tag) => ` ${[...tag.matchAll(QUOTED)].map((m) => m[1]).join(' ')} `)
      .replace(/&[a-z]+;|&#x?[0-9a-f]+;/gi, ' ')
  );
}

/** The headings in Markdown or MDX source, levels 1 to 4. */
export function bodyHeadings(source: string): string[] {
  return [...source.matchAll(/^#{1,4}\s+(.+?)\s*#*\s*$/gm)].map((m) => bodyText(m[1]!));
}

/** The data fields a detail page shows as running text (the rest are names, dates and choices). */
const TEXT_FIELDS = ['title', 'term', 'ingress', 'definition', 'challenge', 'evaluation', 'results', 'checklist'] as const;

/**
 * What an entry's page shows as text, from the entry's data and source: the text fields, the body
 * and the sources list. `shown` adds what the page template shows besides (the facts box with the
 * names of linked pages, a notice); related content and topic links are not indexed, so not here.
 */
export function entryText(entry: { body?: string | undefined; data: object }, shown: readonly (string | undefined)[] = []): string {
  const d = entry.data as Record<string, unknown>;
  const sources = Array.isArray(d.sources) ? (d.sources as Record<string, unknown>[]).flatMap((s) => [s.title, s.publisher, s.note]) : [];
  const parts = [...TEXT_FIELDS.flatMap((field) => d[field]), bodyText(entry.body ?? ''), ...sources, ...shown];
  return parts.filter((v): v is string => typeof v === 'string').join('\n');
}
