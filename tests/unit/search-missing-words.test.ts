import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MissingWords, unseenWords } from '../../src/search/shared/missing-words.ts';

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
