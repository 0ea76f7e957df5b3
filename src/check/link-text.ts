/**
 * A bare address in the text («Les mer på https://…») becomes a link whose text is the address:
 * screen readers spell it out, and nobody can tell where it goes. Ask for a link text instead.
 */
import type { ContentProblem } from './problem.ts';
import type { ContentFile } from './files.ts';
import { fileLine, parseBody, textOf, walkTree } from './body-tree.ts';

const looksLikeAddress = (text: string) => /^(https?:\/\/|www\.)\S+$/i.test(text.trim());

export function checkLinkText(files: ContentFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const file of files) {
    if (!/https?:\/\/|www\./i.test(file.body)) continue;
    const { tree } = parseBody(file);
    if (!tree) continue;
    walkTree(tree, (node) => {
      if (node.type !== 'link' || typeof node.url !== 'string') return;
      const text = textOf(node);
      if (!looksLikeAddress(text)) return;
      problems.push({
        file: file.path,
        line: fileLine(file, node.position?.start.line),
        field: '(tekst)',
        message: `Adressen ${node.url} står uten lenketekst, så leseren ser bare adressen. Skriv hva lenken går til: [Rapporten om tiltaket (KoRus Nord, 2020)](${node.url}).`,
      });
    });
  }
  return problems;
}
