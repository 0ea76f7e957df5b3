/**
 * Images in content: the `image` field in frontmatter and ![alt](path) in bodies. Each must be a
 * file in the repository in a format sharp optimises, with alternative text; raw <img> bypasses
 * astro:assets and is refused. Images nobody uses are reported so they do not pile up.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { ContentProblem } from './problem.ts';
import type { ContentFile } from './files.ts';
import { fileLine, isElement, parseBody, walkTree } from './body-tree.ts';
import { imageExtensions, isAcceptedImage, isImageFile, maxImageBytes } from './image-files.ts';
import { walk } from '../lib/walk.ts';
import { closest } from './closest.ts';

const accepted = imageExtensions.join(', ');


/** What is wrong with an image path written in `file`, or undefined; adds the resolved file to `used`. */
function judgeSource(root: string, file: ContentFile, src: string, used: Set<string>): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return `Bildet ${src} ligger på et annet nettsted. Last opp bildet i mappen bilder/ ved siden av filen og skriv ./bilder/filnavn, slik at det blir optimalisert og ikke forsvinner.`;
  }
  if (src.startsWith('/')) {
    return `Bildestien ${src} starter med /. Skriv stien fra filen du redigerer, for eksempel ./bilder/${src.split('/').at(-1)}.`;
  }
  if (/\s/.test(src)) {
    const name = src.split('/').at(-1) ?? src;
    // The file is in use, just badly named: do not also call it unused.
    const absolute = resolve(root, dirname(file.path), src);
    if (existsSync(absolute)) used.add(absolute);
    const better = name.toLocaleLowerCase('nb').replace(/\s+/g, '-');
    return `Bildefilen «${name}» har mellomrom i navnet. Gi filen et navn med små bokstaver, tall og bindestrek, for eksempel ${better}, og skriv det samme navnet her.`;
  }
  let decoded = src;
  try {
    decoded = decodeURIComponent(src);
  } catch {
    // A stray % in the name: look for the file as written.
  }
  const absolute = resolve(root, dirname(file.path), decoded);
  const shown = relative(root, absolute).split('\\').join('/');
  if (!existsSync(absolute)) {
    const folder = dirname(absolute);
    const there = existsSync(folder) ? readdirSync(folder).filter((name) => isImageFile(name)) : [];
    const near = closest(basename(decoded), there);
    const hint = near.length > 0 ? ` Mente du ${near.map((n) => `${dirname(src)}/${n}`).join(' eller ')}?` : there.length > 0 ? ` Bildene i ${relative(root, folder).split('\\').join('/')}/ er: ${there.join(', ')}.` : '';
    return `Fant ikke bildet ${src} (${shown}).${hint} Sjekk at filen er lastet opp og at navnet er skrevet likt, med store og små bokstaver.`;
  }
  used.add(absolute);
  if (!isAcceptedImage(absolute)) return `Bildet ${src} har et format nettstedet ikke bruker. Lagre det som ${accepted}.`;
  const size = statSync(absolute).size;
  if (size > maxImageBytes) return `Bildet ${src} er ${(size / 1024 / 1024).toFixed(1)} MB. Gjør det mindre enn 5 MB (for eksempel 2400 piksler bredt).`;
  return undefined;
}

/** Checks image fields and body images, and reports images in content/ that nothing uses. */
export function checkImages(files: ContentFile[], root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const used = new Set<string>();
  for (const file of files) {
    const image = file.data?.image as { src?: unknown } | undefined;
    if (image && typeof image === 'object' && typeof image.src === 'string') {
      const wrong = judgeSource(root, file, image.src, used);
      if (wrong) problems.push({ file: file.path, line: file.lineOf(['image', 'src']), field: 'image.src', message: wrong });
    }
    const { tree } = parseBody(file);
    if (!tree) continue;
    walkTree(tree, (node) => {
      const at = { file: file.path, line: fileLine(file, node.position?.start.line), field: '(tekst)' };
      if (node.type === 'image' && typeof node.url === 'string') {
        if (!node.alt?.trim()) {
          problems.push({ ...at, message: `Bildet ${node.url} mangler alternativ tekst. Beskriv hva bildet viser mellom klammene: ![Beskrivelse av bildet](${node.url}).` });
        }
        const wrong = judgeSource(root, file, node.url, used);
        if (wrong) problems.push({ ...at, message: wrong });
      }
      // «![alt](./bilder/mitt bilde.png)» or «![alt][figur]» without a definition is not read as an
      // image at all: the reader would see the raw text.
      if (node.type === 'text' && /!\[[^\]]*\][([]/.test(node.value ?? '')) {
        const raw = /!\[[^\]]*\][([][^)\]]*[)\]]?/.exec(node.value ?? '')![0];
        const inner = /\(([^)]*)\)?/.exec(raw)?.[1];
        const message = inner && /\s/.test(inner.trim())
          ? judgeSource(root, file, inner.trim(), used)!
          : `Bildet ${raw} blir ikke vist, fordi stien mangler. Skriv ![Hva bildet viser](./bilder/filnavn.png) med stien til filen i parentes.`;
        problems.push({ ...at, message });
      }
      if (isElement(node) && (node.name === 'img' || node.name === 'picture')) {
        problems.push({ ...at, message: `Bruk ![Beskrivelse](./bilder/filnavn.png) i stedet for <${node.name}>, slik at bildet får alternativ tekst og blir optimalisert.` });
      }
    });
  }
  for (const absolute of walk(join(resolve(root), 'content'))) {
    const rel = relative(root, absolute).split('\\').join('/');
    if (!isImageFile(absolute) || used.has(absolute) || rel.split('/').some((part) => part.startsWith('_') || part.startsWith('.'))) continue;
    problems.push({ file: rel, field: '(fil)', message: 'Bildet brukes ikke av noen side. Vis det i en fil (feltet image eller ![beskrivelse](./bilder/…)), eller slett det.' });
  }
  return problems;
}
