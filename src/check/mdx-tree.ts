/**
 * Parses an MDX body into a syntax tree with line numbers, using satteri: the same parser
 * @astrojs/mdx builds the site with, so a body that parses here also parses in the build, and a
 * syntax error is reported with the same line the build would stop at.
 */
import { mdxToMdast } from 'satteri';
import type { ContentFile } from './files.ts';

/** The parts of an mdast node the checks read. */
export interface MdNode {
  type: string;
  children?: MdNode[];
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
}

export type ParsedBody = { tree: MdNode; error?: undefined } | { tree?: undefined; error: { line?: number; message: string } };

const cache = new WeakMap<ContentFile, ParsedBody>();

/** Why satteri's (English) error usually happens, said so an editor can fix it. */
function explain(raw: string): string {
  if (raw.includes('to create a comment in MDX')) return 'HTML-kommentarer (<!-- … -->) virker ikke i MDX. Skriv kommentaren som {/* … */}, eller slett den.';
  if (raw.includes('closing brace')) return 'En krøllparentes { er ikke lukket. I vanlig tekst må { skrives som \\{.';
  if (raw.includes('Could not parse expression')) return 'Teksten mellom krøllparenteser { } er ikke gyldig. I vanlig tekst må { og } skrives som \\{ og \\}.';
  if (raw.includes('Unexpected character after `<`') || raw.includes('before name')) {
    return 'Tegnet < blir lest som starten på en HTML-tagg. I vanlig tekst må det skrives som \\< (for eksempel «\\<5 år»). Lenker skrives som [tekst](adresse).';
  }
  if (raw.includes('Expected a closing tag') || raw.includes('Unexpected closing tag')) {
    return 'En tagg er ikke lukket riktig. Hver <Tagg> må ha en </Tagg>, og tomme tagger skrives som <br />.';
  }
  return 'Teksten kan ikke leses som MDX.';
}

/** Parses the body of one file once; later checks reuse the tree. */
export function parseBody(file: ContentFile): ParsedBody {
  const cached = cache.get(file);
  if (cached) return cached;
  let parsed: ParsedBody;
  try {
    parsed = { tree: mdxToMdast(file.body, { features: { frontmatter: false } }) as unknown as MdNode };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+):\s*/.exec(raw);
    const detail = raw.replace(/^\d+:\d+:\s*/, '').replace(/\s*\([\w-]+:[\w-]+\)\s*$/, '');
    parsed = {
      error: {
        line: at ? fileLine(file, Number(at[1])) : undefined,
        message: `${explain(raw)} (Teknisk melding: ${detail})`,
      },
    };
  }
  cache.set(file, parsed);
  return parsed;
}

/** The line in the file of a line in the body. */
export const fileLine = (file: ContentFile, bodyLine: number | undefined): number | undefined =>
  bodyLine === undefined ? undefined : file.bodyLine + bodyLine - 1;

/** Calls visit for every node, depth first, in document order. */
export function walkTree(node: MdNode, visit: (node: MdNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walkTree(child, visit);
}

/** The plain text inside a node, for headings and placeholder checks. */
export function textOf(node: MdNode): string {
  if (typeof node.value === 'string' && node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** The string value of a JSX attribute, or undefined if it is missing or an expression. */
export function attribute(node: MdNode, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name?.toLowerCase() === name.toLowerCase());
  return typeof found?.value === 'string' ? found.value : undefined;
}
