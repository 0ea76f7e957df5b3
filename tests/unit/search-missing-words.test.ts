import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MissingWords, startsOnly, unseenWords, withoutDoubledEnd } from '../../src/search/shared/missing-words.ts';

test('a word stays missing as the reader types on, and only words that begin with it do', () => {
  const missing = new MissingWords();
  missing.add('pårørnd');
  assert.equal(missing.has('pårørnd'), true);
  assert.equal(missing.has('pårørnde'), true, 'no page has a word beginning «pårørnd», so none has «pårørnde»');
  assert.equal(missing.has('pårørende'), false, 'the word the reader meant is not missing');
  assert.equal(missing.has('pårør'), false, 'a shorter word the missing one begins with may well exist');
});

test('nothing is missing until a search has shown it', () => {
  assert.equal(new MissingWords().has('tverfaglig'), false);
});

test('a word typed without its Norwegian marks is missing unless a page has it written so, as Pagefind matches', () => {
  const page = ['læringsnettverk', 'i', 'psykisk', 'helse'];
  assert.deepEqual(unseenWords(['leringsnettverk', 'psykisk'], page), ['leringsnettverk'], 'Pagefind does not find «læringsnettverk» for «leringsnettverk»');
  assert.deepEqual(unseenWords(['læringsnett', 'helse'], page), [], 'a word counts as seen when a page word begins with it');
  assert.deepEqual(unseenWords(['parorende'], ['pårørende', 'parorende']), [], 'a page that also has the unmarked form has it');
});

test('a word the hits have only as the start of a longer word is told apart from one they have whole', () => {
  // On a large site «planstrategii» (one «i» too many) begins a rare compound on one page, so
  // Pagefind finds it and nothing counts it as missing; the search page may still correct it.
  const page = ['planstrategiinnledningen', 'kommunen', 'plan'];
  assert.deepEqual(startsOnly(['planstrategii', 'kommunen', 'pla'], page), ['planstrategii', 'pla'], 'words the page has whole are not among them');
  assert.deepEqual(startsOnly(['folkehelse'], page), [], 'a word on no page is missing, not a start (unseenWords)');
  assert.deepEqual(startsOnly(['plan'], ['planen', 'plan']), [], 'a word a page also has alone counts as whole');
});

test('only a doubled last letter is taken off a word the hits have only as a start', () => {
  assert.equal(withoutDoubledEnd('planstrategii'), 'planstrategi', 'a key struck twice');
  assert.equal(withoutDoubledEnd('kommunenn'), 'kommunen');
  assert.equal(withoutDoubledEnd('alkoholr'), undefined, 'a reader on the way to «alkoholregelverket» is not corrected to «alkohol»');
  assert.equal(withoutDoubledEnd('tilskudd'), 'tilskud', 'the vocabulary decides: the search page keeps the word unless a page has the shorter one');
  assert.equal(withoutDoubledEnd('åå'), undefined);
});
