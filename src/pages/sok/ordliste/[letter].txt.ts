/**
 * The vocabulary the search page corrects typos against, one file per first letter
 * (src/search/shared/spelling.ts, src/search/build/vocabulary.ts), from the site's words
 * (src/search/build/site-words.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteWords } from '../../../search/build/site-words.ts';
import { vocabularyPath } from '../../../search/shared/spelling.ts';

export const getStaticPaths = (async () => {
  const { vocabulary } = await siteWords();
  return [...vocabulary].map(([letter, words]) => ({
    params: { letter: vocabularyPath(letter).replace(/^.*\//, '').replace(/\.txt$/, '') },
    props: { words },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ words: string[] }> = ({ props }) => new Response(`${props.words.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
