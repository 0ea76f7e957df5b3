/**
 * The contents of one page: its h2 and h3 headings and its guideline recommendations, in the
 * order they come in the text, each with the anchor the built page gives it. Astro reports the
 * Markdown headings of an entry (with the ids it wrote) but not the recommendations, which are
 * components; so the body is parsed with satteri, the parser the MDX build itself uses, and each
 * Markdown heading in the tree is paired with Astro's next heading. A Markdown (.md) body has
 * headings only, so Astro's list is its contents.
 */
import { mdxToMdast } from 'satteri';
import { recommendationId } from '../components/recommendation-props.ts';

/** A heading as Astro's render() reports it. */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface OutlineItem {
  /** 2 for a section, 3 for a subsection or a recommendation inside a section. */
  depth: 2 | 3;
  slug: string;
  text: string;
  /** Recommendations are marked so the list can show them as such. */
  recommendation?: boolean;
}

interface Node {
  type: string;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/** Past this many entries, subsections are left out: a contents list should fit beside the text. */
const maxWithSubsections = 16;

function attribute(node: Node, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/**
 * The page's contents. `recommendationLabel` gives the word a recommendation's heading starts
 * with («Anbefaling», «Tilråding») in the written standard <Anbefaling lang> names, bokmål if none.
 */
export function pageOutline(body: string, headings: RenderedHeading[], recommendationLabel: (lang: 'nb' | 'nn') => string, format: 'md' | 'mdx' = 'mdx'): OutlineItem[] {
  // A Markdown body has no components, so its contents are the headings Astro reports, in order:
  // no need to parse the text again (2 s of a 10 000-page build).
  if (format === 'md') return capped(headings.flatMap((h) => (h.depth === 2 || h.depth === 3 ? [{ depth: h.depth, slug: h.slug, text: h.text }] : [])));
  let tree: Node;
  try {
    tree = mdxToMdast(body, { features: { frontmatter: false } }) as unknown as Node;
  } catch {
    // The content check reports a body that does not parse; the build stops before this matters.
    return [];
  }
  const items: OutlineItem[] = [];
  let next = 0;
  const visit = (node: Node): void => {
    if (node.type === 'heading') {
      // Pair with Astro's next heading of the same depth (skipping any it reports that the tree lacks).
      while (next < headings.length && headings[next]!.depth !== node.depth) next++;
      const heading = headings[next++];
      if (heading && (heading.depth === 2 || heading.depth === 3)) items.push({ depth: heading.depth, slug: heading.slug, text: heading.text });
      return;
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Anbefaling') {
      const nummer = attribute(node, 'nummer');
      const tekst = attribute(node, 'tekst') ?? '';
      const word = recommendationLabel(attribute(node, 'lang') === 'nn' ? 'nn' : 'nb');
      const text = nummer ? `${word} ${nummer}` : `${word}: ${tekst.slice(0, 60)}`;
      // Nested under the section it stands in; at the top of a page without sections it is a section of its own.
      items.push({ depth: items.length > 0 ? 3 : 2, slug: recommendationId(nummer, tekst), text, recommendation: true });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return capped(items);
}

/** A long contents list without its subsections, so it fits beside the text. */
const capped = (items: OutlineItem[]): OutlineItem[] => (items.length > maxWithSubsections ? items.filter((item) => item.depth === 2 || item.recommendation) : items);

/** Whether a page is long enough to earn a contents list of its own. */
export const needsOutline = (items: OutlineItem[]): boolean => items.filter((item) => item.depth === 2).length >= 3;
