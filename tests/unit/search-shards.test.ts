import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordStarts, joinShards, shardGroups, shardPath } from '../../src/search/shared/group-shards.ts';
import { searchForms } from '../../src/search/shared/query-variants.ts';
import { synonymGroups } from '../../src/search/build/lexicon.ts';
import { loadQueries } from '../../scripts/lib/search-eval.ts';
import { readFileSync } from 'node:fs';

const groups = synonymGroups(readFileSync('content/sok/synonymer.yaml', 'utf8'), [{ kind: "tools", names: ["Bedre tverrfaglig innsats", "BTI"] }, { kind: "topics", names: ["Tidlig intervensjon", "Tidleg intervensjon"] }]);

test('the search page sends Pagefind the same searches with the split groups as with all of them', () => {
  const shards = shardGroups(groups);
  const queries = [...loadQueries().map((q) => q.q), 'tidleg intervensjon i barnehagen', 'Bedre tverrfaglig innsats', 'førebygging i skulen', 'skjenkeløyve'];
  for (const q of queries) {
    const fetched = joinShards(wordStarts(q).map((l) => shards.get(l) ?? []));
    assert.deepEqual(searchForms(q, fetched), searchForms(q, groups), q);
  }
});

test('a query fetches only a small part of the groups', () => {
  const shards = shardGroups(groups);
  const fetched = joinShards(wordStarts('tidlig intervensjon').map((l) => shards.get(l) ?? []));
  assert.ok(fetched.length > 0 && fetched.length < groups.length / 2, `${fetched.length} av ${groups.length}`);
});

test('files have plain ASCII names', () => {
  assert.equal(shardPath('bø'), '/sok/ordgrupper/62-f8.json');
  assert.equal(shardPath('ti'), '/sok/ordgrupper/74-69.json');
});

test('function words fetch no groups', () => {
  assert.deepEqual(wordStarts('barn som pårørende'), ['ba', 'på']);
});
