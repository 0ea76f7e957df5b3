/**
 * A file's name is its id and the last part of its address, so it may only hold a–z, digits and
 * hyphens. The build would otherwise turn «Tromsø BTI.mdx» into an address with «ø» and a space,
 * and no other entry could refer to it.
 */
import type { ContentProblem } from '../lib/references.ts';
import { slugify } from '../lib/slug.ts';
import type { ContentFile } from './files.ts';

const idPart = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkFileNames(files: ContentFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const file of files) {
    const parts = file.id.split('/');
    const bad = parts.find((part) => !idPart.test(part));
    if (bad === undefined) continue;
    const extension = file.path.split('.').at(-1);
    const better = slugify(bad);
    problems.push({
      file: file.path,
      field: '(filnavn)',
      message: `Filnavnet «${bad}.${extension}» kan bare ha små bokstaver a–z, tall og bindestrek.${better ? ` Kall filen ${better}.${extension}.` : ''}`,
    });
  }
  return problems;
}
