/**
 * The registry rows say how each collection is published beyond its pages: every collection with
 * pages has a structured-data type, and the feeds are the ones the issue asks for.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectionNames, rowOf } from '../../../src/collections/registry.ts';
import { pageNames } from '../../../src/collections/paths.ts';
import { collectionFeedPath, feedKinds } from '../../../src/publishing/feeds/feeds.ts';

test('every collection with pages names the schema.org type its pages are described as', () => {
  assert.deepEqual(pageNames.filter((name) => !rowOf(name).structuredData), []);
  // Organisations have no pages, so no type.
  assert.deepEqual(collectionNames.filter((name) => !pageNames.includes(name as never) && rowOf(name).structuredData), []);
});

test('news, practice examples, events and grants have feeds at their list pages', () => {
  assert.deepEqual([...feedKinds].sort(), ['events', 'grants', 'news', 'practice']);
  assert.equal(collectionFeedPath('practice'), '/praksis/rss.xml');
});
