import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closestWord, correctWord, distance, maxDistance, vocabularyKey, vocabularyPath } from '../../src/search/shared/spelling.ts';
import { VocabularyBuilder } from '../../src/search/build/vocabulary.ts';

// A vocabulary file lists its words most common first.
const words = ['forebygging', 'forebyggende', 'handlingsplan', 'tverrfaglig', 'ungdata', 'pårørende', 'pårørande', 'plan', 'planen', 'rus', 'samarbeid', 'skjenkekontroll', 'kontroll'];
/** A vocabulary loader over a list of words: the words filed under the same letter as `word`. */
const loaderFor = (list: readonly string[]) => async (word: string) => list.filter((w) => vocabularyKey(w) === vocabularyKey(word));
const load = loaderFor(words);

test('common slips are corrected to the word the reader meant', () => {
  assert.equal(closestWord('forebyging', words), 'forebygging');
  assert.equal(closestWord('tverfaglig', words), 'tverrfaglig');
  assert.equal(closestWord('ungdatta', words), 'ungdata');
  assert.equal(closestWord('handlingsplna', words), 'handlingsplan');
  assert.equal(closestWord('pårørnde', words), 'pårørende');
});

test('doubled and single consonants and Norwegian letters cost half an edit', () => {
  assert.equal(distance('tverfaglig', 'tverrfaglig'), 0.5);
  assert.equal(distance('parorende', 'pårørende'), 1);
  assert.equal(distance('handlingsplna', 'handlingsplan'), 1);
});

test('short words may be one edit off, longer ones two, and the shortest are left alone', () => {
  assert.equal(maxDistance(3), 0);
  assert.equal(maxDistance(5), 1);
  assert.equal(maxDistance(9), 2);
  assert.equal(closestWord('pln', words), undefined);
  assert.equal(closestWord('skjenkekatalog', words), undefined);
});

test('a known word is never corrected, and a compound is corrected part by part', async () => {
  assert.equal(await correctWord('planen', load), undefined);
  assert.equal(await correctWord('rusforebyggng', load), 'rusforebygging');
});

test('the vocabulary keeps named words and body words on two pages, most common first', () => {
  const v = new VocabularyBuilder();
  v.addPage('Skjenkekontroll og kontroll i kommunen.');
  v.addPage('Kontroll i kommunen, en gang til: skjenketid.');
  v.addNamed('Stafettlogg');
  const files = v.files();
  assert.deepEqual(files.get('k'), ['kommunen', 'kontroll']);
  assert.deepEqual(files.get('s'), ['stafettlogg']);
  assert.equal(vocabularyPath('ødegård'), vocabularyPath('odel'));
});

test('a hyphenated word is in the vocabulary joined too, so a slip in it typed whole is corrected', async () => {
  const v = new VocabularyBuilder();
  v.addPage('Resultatene fra Ungdata-undersøkelsen er klare.');
  v.addPage('Bruk Ungdata-undersøkelsen i planarbeidet.');
  v.addNamed('KoRus-Nord');
  const files = v.files();
  assert.ok(files.get('u')?.includes('ungdataundersøkelsen'));
  assert.ok(files.get('u')?.includes('ungdata'));
  assert.ok(files.get('k')?.includes('korusnord'));
  const known = async (word: string) => files.get(vocabularyKey(word)) ?? [];
  assert.equal(await correctWord('ungdatundersøkelsen', known), 'ungdataundersøkelsen');
});

test('a compound with the slip in its first part is corrected when its last part is a known word', async () => {
  const vocabulary = ['alkohol', 'alkoholen', 'forbruket', 'forbruk', 'rus'];
  const known = loaderFor(vocabulary);
  assert.equal(await correctWord('alokholforbruket', known), 'alkoholforbruket');
  const withPlan = loaderFor(['forebygging', 'plan']);
  assert.equal(await correctWord('forebygingsplan', withPlan), 'forebyggingsplan');
  assert.equal(await correctWord('forebyggingsplna', withPlan), 'forebyggingsplan');
  // Both parts known: a compound the vocabulary lacks is not a typo.
  assert.equal(await correctWord('forebyggingsplan', withPlan), undefined);
  assert.equal(await correctWord('alkoholforbruk', known), undefined);
  const nurses = loaderFor(['helsesøster', 'helsesøstere', 'helse', 'tjenesten', 'nesten']);
  assert.equal(await correctWord('helsesøstertjenesten', nurses), undefined);
  assert.equal(await correctWord('alkoholforbruket', async () => ['alkoholforbruket']), undefined);
});
