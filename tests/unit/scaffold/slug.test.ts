import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slugify } from '../../../src/lib/slug.ts';

test('a title becomes a file name with æ, ø and å written as the existing addresses do', () => {
  assert.equal(slugify('Tidlig inn i Tromsø, Bærum og Ås'), 'tidlig-inn-i-tromso-baerum-og-as');
  assert.equal(slugify('BTI: Målselv – samhandling (2016)'), 'bti-malselv-samhandling-2016');
  assert.equal(slugify('  «Café» på Røros  '), 'cafe-pa-roros');
});

test('a long title is cut at a word, not in the middle of one', () => {
  const slug = slugify('Bedre tverrfaglig innsats (BTI): oppfølging av nøkkelkommunen Tromsø og spredning fra pilotkommunene i Nord-Norge');
  assert.ok(slug.length <= 80, slug);
  assert.ok(!slug.endsWith('-'));
  assert.match(slug, /^bedre-tverrfaglig-innsats-bti-oppfolging-av-nokkelkommunen-tromso/);
  assert.ok('bedre-tverrfaglig-innsats-bti-oppfolging-av-nokkelkommunen-tromso-og-spredning-fra-pilotkommunene'.startsWith(slug));
});
