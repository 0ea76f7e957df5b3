/**
 * The synonym groups for the search page, one file per beginning of a word
 * (src/search/shared/group-shards.ts), from the site's lexicon (src/search/build/site-words.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteWords } from '../../../search/build/site-words.ts';
import { shardGroups, shardPath, type Shard } from '../../../search/shared/group-shards.ts';

export const getStaticPaths = (async () => {
  const { lexicon } = await siteWords();
  return [...shardGroups(lexicon.groups)].map(([start, shard]) => ({
    params: { shard: shardPath(start).replace(/^.*\//, '').replace(/\.json$/, '') },
    props: { shard },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: Shard }> = ({ props }) => new Response(JSON.stringify(props.shard), { headers: { 'Content-Type': 'application/json' } });
