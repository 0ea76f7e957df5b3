/**
 * Keeps bodies to text, links, images and the site's own components. Pages must stay free of
 * JavaScript (architecture brief) and content arrives by pull request from people outside the
 * team, so script, event handlers, code in MDX and embeds from unknown hosts are refused here,
 * before review, with a message that says what to write instead. Raw HTML in a Markdown (.md) body
 * is judged the same way as tags in MDX; a component there would not work at all (Markdown prints
 * it as an unknown HTML tag), so it is refused with the ending that makes it work.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ContentProblem } from './problem.ts';
import type { ContentFile } from './files.ts';
import { attribute, fileLine, isElement, parseBody, walkTree, type MdNode } from './body-tree.ts';

/** Hosts an <iframe> may load from: video players that set no tracking cookies before play. */
export const iframeHosts = ['www.youtube-nocookie.com', 'player.vimeo.com'];

/** HTML elements that have no place in an article: they run code, load things or post forms. */
const forbiddenElements: Record<string, string> = {
  script: '<script> er ikke tillatt. Sidene på nettstedet skal ikke ha JavaScript.',
  style: '<style> er ikke tillatt. Utseendet styres av nettstedet, ikke av den enkelte siden.',
  object: '<object> er ikke tillatt. Lenk til innholdet i stedet.',
  embed: '<embed> er ikke tillatt. Lenk til innholdet i stedet.',
  form: '<form> er ikke tillatt. Lenk til skjemaet på nettstedet der det ligger.',
  input: '<input> er ikke tillatt i innhold.',
  button: '<button> er ikke tillatt i innhold. Bruk en vanlig lenke.',
  link: '<link> er ikke tillatt i innhold.',
  meta: '<meta> er ikke tillatt i innhold.',
  base: '<base> er ikke tillatt i innhold.',
  frame: '<frame> er ikke tillatt.',
  frameset: '<frameset> er ikke tillatt.',
};

/** Components every body may use, read from src/components/mdx-components.ts so the two cannot disagree. */
export function knownComponents(): string[] {
  const source = readFileSync(fileURLToPath(new URL('../components/mdx-components.ts', import.meta.url)), 'utf8');
  const list = /export const mdxComponents\s*=\s*\{([^}]*)\}/.exec(source)?.[1] ?? '';
  return list.split(',').map((part) => part.split(':')[0]!.trim()).filter((name) => /^[A-Z]\w*$/.test(name));
}

const isComment = (value: string) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(value);
const isStringLiteral = (value: string) => /^\s*(["'])(?:(?!\1)[^\\]|\\.)*\1\s*$/.test(value);

function elementProblems(node: MdNode, components: string[]): string[] {
  const name = node.name ?? '';
  const out: string[] = [];
  const lower = name.toLowerCase();
  if (forbiddenElements[lower]) out.push(forbiddenElements[lower]!);
  if (lower === 'iframe') {
    const src = attribute(node, 'src') ?? '';
    let host = '';
    try {
      host = new URL(src).hostname;
    } catch {
      // Not an absolute address: reported below as an unknown host.
    }
    if (!iframeHosts.includes(host)) {
      const hint = /(^|\.)youtube\.com$|^youtu\.be$/.test(host) ? ' Bruk adressen https://www.youtube-nocookie.com/embed/<video-id>.' : '';
      out.push(`<iframe> fra ${host || `«${src}»`} er ikke tillatt. Innebygd innhold kan bare komme fra ${iframeHosts.join(' og ')}.${hint} Ellers: lenk til innholdet.`);
    }
    if (!attribute(node, 'title')?.trim()) out.push('<iframe> mangler title. Skriv hva den viser, for eksempel title="Video: Slik bruker du stafettloggen".');
  }
  if (/^[A-Z]/.test(name) && !components.includes(name)) {
    out.push(`Ukjent komponent <${name}>. I teksten kan du bruke ${components.map((c) => `<${c}>`).join(', ')}, eller vanlig Markdown.`);
  }
  for (const attr of node.attributes ?? []) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      out.push(`<${name}> har et attributt med kode i krøllparenteser. Skriv attributter som navn="verdi".`);
      continue;
    }
    const attrName = attr.name ?? '';
    if (/^on/i.test(attrName)) out.push(`Attributtet ${attrName} på <${name}> er ikke tillatt: det kjører JavaScript. Fjern det.`);
    else if (typeof attr.value === 'object' && attr.value !== null) {
      out.push(`Attributtet ${attrName} på <${name}> har kode i krøllparenteser. Skriv verdien i anførselstegn: ${attrName}="…".`);
    } else if (/^(href|src|action|formaction)$/i.test(attrName) && typeof attr.value === 'string' && /^\s*(javascript|data|vbscript):/i.test(attr.value)) {
      out.push(`Attributtet ${attrName} på <${name}> kjører kode og er ikke tillatt. Bruk en vanlig nettadresse.`);
    }
  }
  return out;
}

/** «<A>», «<A> og <B>», «<A>, <B> og <C>». */
const tagList = (names: string[]) => names.map((n) => `<${n}>`).join(', ').replace(/, ([^,]*)$/, ' og $1');

/** What to do about the site's components written in a Markdown (.md) file: they only work in MDX. */
function componentsInMarkdown(names: string[], file: ContentFile): string {
  const mdx = file.path.replace(/\.md$/, '.mdx');
  return `${tagList(names)} virker bare i filer som slutter på .mdx. I denne .md-filen blir det ingen anbefalingsboks, bare løs tekst. Gi filen endelsen .mdx (${mdx}), eller skriv teksten som vanlig Markdown. Anbefalingsbokser hører hjemme i kapitler i veiledere.`;
}

export function checkSafety(files: ContentFile[]): ContentProblem[] {
  const components = knownComponents();
  const problems: ContentProblem[] = [];
  for (const file of files) {
    if (file.collection === 'topics' || file.collection === 'organisations') continue;
    const parsed = parseBody(file);
    if (parsed.error) {
      problems.push({ file: file.path, line: parsed.error.line, field: '(tekst)', message: parsed.error.message });
      continue;
    }
    // The site's components in a .md file: one problem, at the first, naming them all.
    const used: { names: string[]; line?: number | undefined } = { names: [] };
    walkTree(parsed.tree, (node) => {
      const at = { file: file.path, line: fileLine(file, node.position?.start.line), field: '(tekst)' };
      if (isElement(node)) for (const message of elementProblems(node, components)) problems.push({ ...at, message });
      if (node.type === 'mdxjsEsm') {
        problems.push({ ...at, message: `Linjer som starter med import eller export er ikke tillatt i innhold. Komponentene ${components.join(', ')} kan brukes uten import.` });
      }
      if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(node.value ?? '') && !isStringLiteral(node.value ?? '')) {
        problems.push({ ...at, message: `Krøllparenteser {${(node.value ?? '').trim().slice(0, 30)}} blir lest som kode i MDX. Skriv \\{ og \\} hvis du mener selve tegnene.` });
      }
      if (node.type === 'html' && file.format === 'md') {
        for (const name of node.components ?? []) {
          if (!components.includes(name)) {
            problems.push({ ...at, message: `Ukjent komponent <${name}>. Skriv teksten som vanlig Markdown. Komponentene ${tagList(components)} kan bare brukes i filer som slutter på .mdx.` });
          } else if (!used.names.includes(name)) {
            used.names.push(name);
            used.line ??= at.line;
          }
        }
      } else if (node.type === 'html') {
        problems.push({ ...at, message: 'Teksten inneholder HTML som MDX ikke kan bruke. Skriv den som Markdown.' });
      }
    });
    if (used.names.length > 0) problems.push({ file: file.path, line: used.line, field: '(tekst)', message: componentsInMarkdown(used.names, file) });
  }
  return problems;
}
