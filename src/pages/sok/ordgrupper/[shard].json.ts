/**
 * The synonym groups and the words on most pages for the search page, one file per beginning of a
 * word (src/search/shared/group-shards.ts), from the site's words (src/search/build/site-words.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteWords } from '../../../search/build/site-words.ts';
import { startFiles, shardPath, type StartFile } from '../../../search/shared/group-shards.ts';

export const getStaticPaths = (async () => {
  const { lexicon, common, frequent } = await siteWords();
  return [...startFiles(lexicon.groups, common, frequent)].map(([start, file]) => ({
    params: { shard: shardPath(start).replace(/^.*\//, '').replace(/\.json$/, '') },
    props: { file },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: StartFile }> = ({ props }) => new Response(JSON.stringify(props.file), { headers: { 'Content-Type': 'application/json' } });
