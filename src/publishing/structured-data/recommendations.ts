/**
 * Reads the <Anbefaling> elements out of a chapter's MDX source with satteri, the parser the
 * build uses, so structured data lists exactly the recommendations the page shows.
 */
import { mdxToMdast } from 'satteri';

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

export interface RawRecommendation {
  nummer?: string | undefined;
  styrke?: string | undefined;
  tekst: string;
}

const attr = (node: Node, name: string): string | undefined => {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
};

export function recommendationsIn(mdx: string): RawRecommendation[] {
  const found: RawRecommendation[] = [];
  const visit = (node: Node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Anbefaling') {
      const tekst = attr(node, 'tekst');
      if (tekst) found.push({ nummer: attr(node, 'nummer'), styrke: attr(node, 'styrke'), tekst });
    }
    node.children?.forEach(visit);
  };
  visit(mdxToMdast(mdx, { features: { frontmatter: false } }) as unknown as Node);
  return found;
}
