/**
 * Warns when a page's text is clearly written in the other standard than its `lang` says, so the
 * page is not announced to screen readers and search in the wrong language. Words that exist in
 * only one of bokmål and nynorsk are counted; a few stray words (a quoted title, a name) are not
 * enough, the other standard must clearly dominate.
 */
import type { ContentProblem } from './problem.ts';
import type { ContentFile } from './files.ts';

/** Common words written one way in bokmål and another in nynorsk. */
const only = {
  nb: new Set(['ikke', 'hva', 'hvordan', 'hvorfor', 'hvem', 'hvor', 'hvis', 'noe', 'noen', 'bare', 'fra', 'mye', 'mer', 'hele', 'jeg', 'selv', 'ble', 'være', 'uten', 'sammen', 'disse', 'deres', 'tjenester', 'tjenestene', 'skolen', 'en', 'et', 'kommer', 'også', 'hun', 'vært']),
  nn: new Set(['ikkje', 'kva', 'korleis', 'kvifor', 'kven', 'kor', 'noko', 'nokon', 'berre', 'frå', 'mykje', 'meir', 'heile', 'eg', 'sjølv', 'vart', 'blei', 'vere', 'utan', 'saman', 'desse', 'deira', 'tenester', 'tenestene', 'skulen', 'ein', 'eit', 'kjem', 'òg', 'ho', 'vore']),
} as const;

const names = { nb: 'bokmål', nn: 'nynorsk' } as const;

interface Hit {
  word: string;
  line: number;
}

/** Words of each standard found in the title, ingress and body, with their lines. */
function hits(file: ContentFile): Record<'nb' | 'nn', Hit[]> {
  const found: Record<'nb' | 'nn', Hit[]> = { nb: [], nn: [] };
  const scan = (text: string, line: number) => {
    for (const word of text.toLocaleLowerCase('nb').match(/[\p{L}]+/gu) ?? []) {
      if (only.nb.has(word as never)) found.nb.push({ word, line });
      else if (only.nn.has(word as never)) found.nn.push({ word, line });
    }
  };
  const frontmatterStart = 2;
  file.frontmatter.split('\n').forEach((text, index) => {
    if (/^(title|ingress|challenge|evaluation|results|definition)\s*:/.test(text)) scan(text.replace(/^\w+\s*:/, ''), frontmatterStart + index);
  });
  let inCode = false;
  file.body.split('\n').forEach((text, index) => {
    if (/^\s*(```|~~~)/.test(text)) inCode = !inCode;
    // Links and tags hold addresses and attribute names, not prose.
    if (!inCode) scan(text.replace(/\]\([^)]*\)/g, ']').replace(/<[^>]*>/g, ' '), file.bodyLine + index);
  });
  return found;
}

export function checkWrittenStandard(files: ContentFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const file of files) {
    const lang = file.data?.lang;
    if ((lang !== 'nb' && lang !== 'nn') || file.body === '') continue;
    const other = lang === 'nb' ? 'nn' : 'nb';
    const found = hits(file);
    const theirs = found[other];
    if (theirs.length < 4 || theirs.length < 2 * found[lang].length) continue;
    const examples = theirs.slice(0, 3).map((h) => `«${h.word}» på linje ${h.line}`).join(', ');
    problems.push({
      file: file.path,
      line: file.lineOf(['lang']),
      field: 'lang',
      warning: true,
      message: `Teksten ser ut til å være skrevet på ${names[other]} (${examples}), men lang er «${lang}». Er teksten på ${names[other]}, skriv lang: ${other}. Ellers: skriv teksten på ${names[lang]}.`,
    });
  }
  return problems;
}
