/**
 * Internal links in bodies must point to a page the build will write. Checked against the
 * addresses in site-paths.ts, with a «Mente du …?» for near misses and a plain word about the
 * trailing slash, which every address on the site ends with.
 */
import type { ContentProblem } from './problem.ts';
import type { ContentFile } from './files.ts';
import { attribute, fileLine, isElement, parseBody, walkTree, type MdNode } from './body-tree.ts';
import { sitePaths } from './site-paths.ts';
import { closest, didYouMean } from './closest.ts';

/** Link targets in a body: Markdown links, link definitions and <a href>. */
export function linksIn(tree: MdNode): { url: string; line?: number }[] {
  const links: { url: string; line?: number }[] = [];
  walkTree(tree, (node) => {
    const line = node.position?.start.line;
    if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string') links.push({ url: node.url, line });
    if (isElement(node) && node.name === 'a') {
      const href = attribute(node, 'href');
      if (href !== undefined) links.push({ url: href, line });
    }
  });
  return links;
}

/** What is wrong with one internal address, or undefined if it exists. */
export function judgeInternal(url: string, paths: Set<string>): string | undefined {
  let path = url.replace(/[#?].*$/, '');
  try {
    path = decodeURI(path);
  } catch {
    // A malformed %-escape: judge the address as written.
  }
  if (paths.has(path)) return undefined;
  const lastPart = path.split('/').at(-1) ?? '';
  if (!path.endsWith('/') && !lastPart.includes('.') && paths.has(`${path}/`)) {
    return `Lenken ${url} mangler skråstrek på slutten. Skriv ${path}/.`;
  }
  const wanted = path.endsWith('/') || lastPart.includes('.') ? path : `${path}/`;
  const lower = wanted.toLowerCase();
  if (paths.has(lower)) return `Lenken ${url} finnes ikke. Adresser skrives med små bokstaver: ${lower}.`;
  const section = `/${wanted.split('/')[1] ?? ''}/`;
  const sameSection = [...paths].filter((p) => p.startsWith(section));
  const hint = didYouMean(closest(wanted, sameSection));
  return `Lenken ${url} går til en side som ikke finnes.${hint} Sjekk adressen, eller fjern lenken.`;
}

export function checkLinks(files: ContentFile[]): ContentProblem[] {
  const paths = sitePaths(files);
  const problems: ContentProblem[] = [];
  for (const file of files) {
    if (file.collection === 'topics' || file.collection === 'organisations') continue;
    const { tree } = parseBody(file);
    if (!tree) continue;
    for (const { url, line } of linksIn(tree)) {
      const at = { file: file.path, line: fileLine(file, line), field: '(tekst)' };
      const trimmed = url.trim();
      if (/^javascript:/i.test(trimmed)) {
        problems.push({ ...at, message: `Lenken «${url}» kjører kode og er ikke tillatt. Lenk til en nettadresse.` });
      } else if (trimmed.startsWith('/') && !trimmed.startsWith('//')) {
        const wrong = judgeInternal(trimmed, paths);
        if (wrong) problems.push({ ...at, message: wrong });
      } else if (trimmed !== '' && !trimmed.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !trimmed.startsWith('//')) {
        problems.push({ ...at, message: `Lenken «${url}» er ufullstendig. Lenker til sider her starter med /, for eksempel /tema/samhandling/; lenker til andre nettsteder starter med https://.` });
      } else if (trimmed === '') {
        problems.push({ ...at, message: 'En lenke mangler adresse. Skriv adressen mellom parentesene: [tekst](/praksis/eksempel/).' });
      }
    }
  }
  return problems;
}
