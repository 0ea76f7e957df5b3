import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compoundParts, expansionTerms, type Lexicon } from '../../src/search/expand.ts';

const heads = new Set(['forebygging', 'kontroll', 'skjenke', 'rusmiddel', 'handling', 'plan', 'tilskot']);
const lexicon: Lexicon = {
  groups: [
    ['tidlig', 'tidleg'],
    ['tilskudd', 'tilskot'],
    ['bti', 'bedre tverrfaglig innsats'],
    ['ip', 'individuell plan'],
  ],
  heads,
};

test('a compound is also indexed by its parts', () => {
  assert.ok(compoundParts('rusmiddelforebygging', heads).includes('forebygging'));
  assert.ok(compoundParts('rusmiddelforebygging', heads).includes('rusmiddel'));
  assert.deepEqual(compoundParts('skjenkekontroll', heads).sort(), ['kontroll', 'skjenke']);
});

test('an inflected compound finds its base part', () => {
  assert.ok(compoundParts('skjenkekontrollen', heads).includes('kontroll'));
  assert.ok(compoundParts('handlingsplanen', heads).includes('plan'));
});

test('short and unknown words are left alone', () => {
  assert.deepEqual(compoundParts('plan', heads), []);
  assert.deepEqual(compoundParts('kommunestyre', heads), []);
});

test('a nynorsk page gets the bokmål form and the other way round', () => {
  assert.ok(expansionTerms('Tilskotet skal styrkje tidleg intervensjon.', lexicon).includes('tilskudd'));
  assert.ok(expansionTerms('Tilskotet skal styrkje tidleg intervensjon.', lexicon).includes('tidlig'));
  assert.ok(expansionTerms('Tidlig intervensjon i skolen.', lexicon).includes('tidleg'));
});

test('an abbreviation and its full name find each other', () => {
  assert.ok(expansionTerms('Kommunen bruker Bedre tverrfaglig innsats.', lexicon).includes('bti'));
  const fromAbbreviation = expansionTerms('Kommunen bruker BTI i barnehagen.', lexicon);
  assert.ok(fromAbbreviation.includes('tverrfaglig') && fromAbbreviation.includes('innsats'));
});

test('a short abbreviation must be a whole word, not part of one', () => {
  assert.ok(!expansionTerms('Vi ipsum tipper at det går.', lexicon).includes('individuell'));
  assert.ok(expansionTerms('Alle med behov har rett til IP.', lexicon).includes('individuell'));
});

test('words already on the page are not added again', () => {
  const terms = expansionTerms('Tidlig og tidleg.', lexicon);
  assert.ok(!terms.includes('tidlig') && !terms.includes('tidleg'));
});

import { queryVariants } from '../../src/search/query-variants.ts';

const groups = [
  ['skole', 'skule'],
  ['forebygging', 'førebygging'],
  ['bedre tverrfaglig innsats', 'bti'],
  ['tidlig intervensjon', 'tidleg intervensjon'],
];

test('a nynorsk query is also run in bokmål', () => {
  assert.deepEqual(queryVariants('førebygging i skulen', groups), ['forebygging i skole']);
});

test('a bokmål query is also run in nynorsk', () => {
  assert.deepEqual(queryVariants('forebygging i skolen', groups), ['førebygging i skule']);
});

test('a full name is also run as its abbreviation, but a word is not widened into a phrase', () => {
  assert.deepEqual(queryVariants('bedre tverrfaglig innsats', groups), ['bti']);
  assert.deepEqual(queryVariants('BTI', groups), []);
});

test('a phrase is rewritten as a whole', () => {
  assert.ok(queryVariants('tidleg intervensjon barnehage', groups).includes('tidlig intervensjon barnehage'));
});

test('a query with no known words has no variants', () => {
  assert.deepEqual(queryVariants('kommunestyret', groups), []);
});
