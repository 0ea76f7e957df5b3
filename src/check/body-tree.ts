/**
 * Parses a body into a syntax tree with line numbers, using satteri: the parser the build renders
 * with, as MDX for .mdx files and as Markdown for .md files. A body that parses here also parses in
 * the build, and an MDX syntax error is reported with the same line the build would stop at.
 *
 * Raw HTML in Markdown is one `html` node per tag or block; the checks need elements with
 * attributes, as MDX gives them. Each such node is read with satteri's HTML parser (the way a
 * browser reads it) and gets the elements it holds as children of type `htmlElement`.
 */
import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';
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
  /** In raw HTML in Markdown: the capitalised tags written, which an HTML parser would lower-case (components). */
  components?: string[];
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

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** An HTML comment and nothing else. */
export const onlyComment = /^\s*<!--(?:(?!-->)[\s\S])*-->\s*$/;

/** The attribute as written in HTML, from the parser's property name (onClick → onclick, className → class). */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^(data|aria)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

/** The elements in one piece of raw HTML, as MDX would give them (name and attributes), on its line. */
function htmlElements(node: MdNode): MdNode[] {
  const html = node.value ?? '';
  const line = node.position?.start.line;
  const at = (name: string) => {
    const index = html.toLowerCase().indexOf(`<${name.toLowerCase()}`);
    const offset = index < 0 ? 0 : html.slice(0, index).split('\n').length - 1;
    return line === undefined ? undefined : { start: { line: line + offset, column: 1 } };
  };
  const out: MdNode[] = [];
  const visit = (h: HastNode) => {
    if (h.type === 'element' && h.tagName) {
      const attributes = Object.entries(h.properties ?? {}).map(([name, value]) => ({
        type: 'htmlAttribute',
        name: attributeName(name),
        value: Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : String(value),
      }));
      const position = at(h.tagName);
      out.push({ type: 'htmlElement', name: h.tagName, attributes, ...(position ? { position } : {}) });
    }
    h.children?.forEach(visit);
  };
  visit(htmlToHast(html, { fragment: true }) as unknown as HastNode);
  return out;
}

/** Gives every raw-HTML node of a Markdown tree the elements it holds and the component tags written in it. */
function readHtml(node: MdNode): void {
  if (node.type === 'html' && !onlyComment.test(node.value ?? '')) {
    node.children = htmlElements(node);
    node.components = [...(node.value ?? '').matchAll(/<([A-Z][A-Za-z0-9]*)(?=[\s/>])/g)].map((m) => m[1]!);
    return;
  }
  node.children?.forEach(readHtml);
}

/** Parses the body of one file once; later checks reuse the tree. */
export function parseBody(file: ContentFile): ParsedBody {
  const cached = cache.get(file);
  if (cached) return cached;
  let parsed: ParsedBody;
  if (file.format === 'md') {
    // Markdown has no syntax errors: whatever is written is text, a tag or a block.
    const tree = markdownToMdast(file.body, { features: { frontmatter: false } }) as unknown as MdNode;
    readHtml(tree);
    parsed = { tree };
    cache.set(file, parsed);
    return parsed;
  }
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

/** An element written as a tag: JSX in MDX, or raw HTML in Markdown. */
export const isElement = (node: MdNode): boolean => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' || node.type === 'htmlElement';

/** The string value of an attribute (JSX or HTML), or undefined if it is missing or an expression. */
export function attribute(node: MdNode, name: string): string | undefined {
  const found = node.attributes?.find((a) => (a.type === 'mdxJsxAttribute' || a.type === 'htmlAttribute') && a.name?.toLowerCase() === name.toLowerCase());
  return typeof found?.value === 'string' ? found.value : undefined;
}
