/**
 * Moves the headings of a rendered Markdown (.md) body one level down for the print page, as
 * print-components.ts does for MDX (h2–h4 become h3–h5, without their ids: the same heading text in
 * two chapters would give two elements the same id). A .md body reaches the page as finished HTML
 * from the content layer, so the change is made in that HTML.
 */
export function headingsOneLevelDown(html: string): string {
  return html.replace(/<(\/?)h([2-4])(\s[^>]*)?>/gi, (_tag, close: string, level: string, attributes: string | undefined) => {
    const name = `h${Number(level) + 1}`;
    if (close) return `</${name}>`;
    return `<${name}${(attributes ?? '').replace(/\s+id=(?:"[^"]*"|'[^']*'|[^\s>]+)/i, '')}>`;
  });
}
