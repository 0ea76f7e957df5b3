/**
 * A file's name is its id and the last part of its address, so it may only hold a–z, digits and
 * hyphens. The build would otherwise turn «Tromsø BTI.md» into an address with «ø», and no
 * other entry could refer to it. Two names the build turns into the same id (for example
 * «tidlig inn.md» and «tidlig-inn.md») would make one page silently replace the other.
 */
import type { ContentProblem } from './problem.ts';
import { slugify } from '../lib/slug.ts';
import type { ContentFile } from './files.ts';

const idPart = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The id Astro's glob loader gives a file: a frontmatter `slug` if there is one, else each part of
 * the path through github-slugger (lower case, punctuation dropped, spaces to hyphens).
 */
export function buildId(file: ContentFile): string {
  if (file.data && typeof file.data.slug === 'string' && file.data.slug !== '') return file.data.slug;
  return file.id
    .split('/')
    .map((part) => part.toLowerCase().replace(/[^\p{L}\p{N}\p{M}\- _]/gu, '').replace(/ /g, '-'))
    .join('/');
}

export function checkFileNames(files: ContentFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, ContentFile>();
  for (const file of files) {
    const key = `${file.collection}:${buildId(file)}`;
    const first = seen.get(key);
    if (first && first.id !== file.id) {
      // Report it on the file whose name is not already the id: that is the one to rename.
      const [rename, keep] = file.id === buildId(file) ? [first, file] : [file, first];
      problems.push({
        file: rename.path,
        field: '(filnavn)',
        message: `Får samme id («${buildId(file)}») som ${keep.path}, så den ene siden ville erstattet den andre. Gi filen et annet navn.`,
      });
    } else if (!first) {
      seen.set(key, file);
    }
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
