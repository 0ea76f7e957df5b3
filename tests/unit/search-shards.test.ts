import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstLetters, joinShards, shardGroups, shardPath } from '../../src/search/group-shards.ts';
import { queryVariants } from '../../src/search/query-variants.ts';
import { synonymGroups } from '../../src/search/lexicon.ts';
import { loadQueries } from '../support/search-eval.ts';

const groups = synonymGroups(process.cwd());

test('the search page gets the same query variants from the letter files as from all groups', () => {
  const shards = shardGroups(groups);
  const queries = [...loadQueries().map((q) => q.q), 'tidleg intervensjon i barnehagen', 'Bedre tverrfaglig innsats', 'førebygging i skulen', 'skjenkeløyve'];
  for (const q of queries) {
    const fetched = joinShards(firstLetters(q).map((l) => shards.get(l) ?? []));
    assert.deepEqual(queryVariants(q, fetched), queryVariants(q, groups), q);
  }
});

test('a query fetches only a small part of the groups', () => {
  const shards = shardGroups(groups);
  const fetched = joinShards(firstLetters('tidlig intervensjon').map((l) => shards.get(l) ?? []));
  assert.ok(fetched.length > 0 && fetched.length < groups.length / 2, `${fetched.length} av ${groups.length}`);
});

test('letter files have plain ASCII names', () => {
  assert.equal(shardPath('æ'), '/sok/ordgrupper/e6.json');
  assert.equal(shardPath('t'), '/sok/ordgrupper/74.json');
});
