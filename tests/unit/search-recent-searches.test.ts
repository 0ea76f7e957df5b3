import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RecentSearches } from '../../src/search/browser/recent-searches.ts';

type Answer = { results: number[] };

/** A search that counts how often it ran, answering with `size` results. */
function counted(size: number) {
  const run = { times: 0, search: async (): Promise<Answer> => (run.times++, { results: Array.from({ length: size }, (_, i) => i) }) };
  return run;
}

test('the search for the next key reuses the answer to a search the key before made, and one still running', async () => {
  const recent = new RecentSearches<Answer>(1000);
  const rus = counted(500);
  const first = recent.get('rus', rus.search);
  const again = recent.get('rus', rus.search);
  assert.equal(again, first);
  await first;
  await recent.get('rus', rus.search);
  assert.equal(rus.times, 1);
});

test('a search that failed is asked again the next time', async () => {
  const recent = new RecentSearches<Answer>(1000);
  let times = 0;
  const failing = () => (times++, Promise.reject(new Error('biten av indeksen lastet ikke')));
  await assert.rejects(recent.get('rus', failing));
  await assert.rejects(recent.get('rus', failing));
  assert.equal(times, 2);
});

test('the oldest answers are dropped when they hold more results than the bound, the last used kept', async () => {
  const recent = new RecentSearches<Answer>(1000);
  const [a, b, c] = [counted(400), counted(400), counted(400)];
  await recent.get('a', a.search);
  await recent.get('b', b.search);
  await recent.get('a', a.search); // «a» used again: now «b» is the oldest
  await recent.get('c', c.search); // 1 200 results: one answer must go
  assert.equal(recent.known('a') !== undefined, true);
  assert.equal(recent.known('b'), undefined);
  assert.equal(recent.known('c') !== undefined, true);
  assert.equal(a.times, 1);
});

test('an answer larger than the bound is kept until the next one comes', async () => {
  const recent = new RecentSearches<Answer>(100);
  await recent.get('kommun', counted(8000).search);
  assert.notEqual(recent.known('kommun'), undefined);
  await recent.get('rus', counted(10).search);
  assert.equal(recent.known('kommun'), undefined);
  assert.notEqual(recent.known('rus'), undefined);
});
