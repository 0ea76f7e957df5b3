import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commonPairs, matchWordByWord, searchesShare, tellingWords } from '../../src/search/shared/word-by-word.ts';

// Shares as the build writes them for a large site (words on at least 3 % of the pages).
const shares = new Map([
  ['kommune', 0.4],
  ['kommunen', 0.78],
  ['skolen', 0.12],
  ['skoler', 0.04],
  ['rusforebygging', 0.28],
  ['rusforebyggende', 0.1],
  ['opplæring', 0.28],
  ['ansatte', 0.37],
]);

test('a search counts the pages of every word that begins with it', () => {
  assert.equal(searchesShare(['skol'], shares).toFixed(2), '0.16');
  assert.equal(searchesShare(['skolen', 'rusforebygg'], shares).toFixed(2), '0.50');
});

test('a word on fewer pages than the build lists costs nothing, and no search counts for more than every page', () => {
  assert.equal(searchesShare(['skjenkested', 'prikktildeling'], shares), 0);
  assert.equal(searchesShare(['kommun'], shares), 1);
});

test('a question whose words are on few pages is matched word by word, though all its words together find plenty', () => {
  assert.equal(matchWordByWord(300, ['skolen', 'jobbe', 'skjenkested'], shares), true);
});

test('a question whose words are on many pages keeps the strict match when all its words together find plenty', () => {
  assert.equal(matchWordByWord(300, ['opplæring', 'ansatte', 'skjenkested'], shares), false);
  assert.equal(matchWordByWord(49, ['opplæring', 'ansatte', 'skjenkested'], shares), true);
});

test('on a small site, without shares, every question is matched word by word', () => {
  assert.equal(matchWordByWord(120, ['kommunen', 'opplæring', 'ansatte'], new Map()), true);
});

test('a word on at least half the pages is not searched on its own while a rarer word is', () => {
  // «hvordan kan kommunen bruke ungdataresultatene»: «kommun» would find most of the site.
  assert.deepEqual(tellingWords([['kommun'], ['ungdataresultat']], shares), [['ungdataresultat']]);
  // A word counts with all its searches: «rusforebygg» and «skol» find fewer than half between them.
  assert.deepEqual(tellingWords([['skol'], ['rusforebygg'], ['kommun']], shares), [['skol'], ['rusforebygg']]);
});

test('when every word is on most pages, the least common one is still searched', () => {
  const common = new Map([...shares, ['barn', 0.52], ['barnehage', 0.1]]);
  assert.deepEqual(tellingWords([['kommun'], ['barn']], common), [['barn']]);
});

test('a word left out has no searches, and on a small site, without shares, every other word is searched', () => {
  assert.deepEqual(tellingWords([[], ['kommun'], ['skol']], new Map()), [['kommun'], ['skol']]);
  assert.deepEqual(tellingWords([[]], shares), []);
});

test('a common word left out of the word-by-word match is searched together with each telling word', () => {
  // «hvordan kan skolen jobbe med rusforebygging» where «skolen» is on most pages: the pages with
  // it and a telling word still count it, without a search that finds most of the site.
  const perWord = [['skolen', 'skul'], ['jobb'], ['rusforebygging', 'rusførebygging']];
  const telling = [perWord[1]!, perWord[2]!];
  assert.deepEqual(commonPairs(perWord, telling), [['skolen jobb', 'skolen rusforebygging']]);
});

test('with every word telling, or a common word left out entirely, there is nothing to pair', () => {
  const perWord = [['kommun'], ['ungdataresultat']];
  assert.deepEqual(commonPairs(perWord, perWord), []);
  assert.deepEqual(commonPairs([[], ['ungdataresultat']], [['ungdataresultat']]), []);
});
