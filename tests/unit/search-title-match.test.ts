import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameWord, titleShare } from '../../src/search/shared/title-match.ts';
import { inflectionStem, wordStem } from '../../src/search/shared/stem.ts';

test('the title that asks the reader\'s question says more of it than one that shares a word', () => {
  const forms = ['hvem bør være med i planarbeidet'];
  const asked = titleShare('Hvem bør delta i arbeidet med en rusmiddelpolitisk handlingsplan?', forms);
  const other = titleShare('Hvordan kan vi involvere unge i planarbeidet?', forms);
  assert.ok(asked > other, `${asked} skulle vært over ${other}`);
});

test('function words count, but less than the words that carry the meaning', () => {
  const forms = ['hvordan hjelpe barn av foreldre som ruser seg'];
  const topic = titleShare('Barn som pårørende: å se barna når foreldre strever med rus eller psykisk sykdom', forms);
  const onlyFunctionWords = titleShare('Rusførebygging som ein del av folkehelsearbeidet', forms);
  assert.ok(topic > onlyFunctionWords, `${topic} skulle vært over ${onlyFunctionWords}`);
  assert.ok(onlyFunctionWords < 0.2);
});

test('the best of the query\'s forms counts, so a nynorsk title matches a bokmål query', () => {
  const title = 'Korleis kan vi bruke Ungdata-resultata i planarbeidet?';
  const bokmal = titleShare(title, ['hvordan kan vi bruke ungdata i planarbeidet']);
  const withNynorsk = titleShare(title, ['hvordan kan vi bruke ungdata i planarbeidet', 'korleis kan vi bruke ungdata i planarbeidet']);
  assert.ok(withNynorsk > bokmal);
  assert.equal(titleShare(title, ['korleis kan vi bruke ungdata i planarbeidet']), 1);
});

test('a title that says none of the query gives nothing', () => {
  assert.equal(titleShare('Prikktildeling', ['tilskudd til rusarbeid']), 0);
  assert.equal(titleShare('Prikktildeling', []), 0);
});

test('inflected forms are one word, short words only when the same, and compounds count half', () => {
  assert.equal(sameWord('brukerne', 'brukere'), true);
  assert.equal(sameWord('vedta', 'vedtak'), true);
  assert.equal(sameWord('rusmiddelpolitisk', 'rusmiddelpolitiske'), true);
  assert.equal(sameWord('kor', 'korus'), false, 'an abbreviation is not the start of a longer word');
  assert.equal(sameWord('plan', 'planarbeidet'), false, 'a compound is not an inflected form');
  const half = titleShare('Arbeidet i kommunen', ['planarbeidet']);
  assert.equal(half, 0.5);
});

test('the stemmer takes inflection endings off long words only', () => {
  assert.equal(wordStem('handlingsplanen'), 'handlingsplan');
  assert.equal(wordStem('skjenkestader'), 'skjenkestad');
  assert.equal(wordStem('studenter'), 'student');
  assert.equal(wordStem('skolen'), 'skolen', 'a short word is left as it is');
  assert.equal(wordStem('rusarbeid'), 'rusarbeid');
});

test('the whole query is shortened by plural and definite endings, a final «a» included, but not a final «e»', () => {
  assert.equal(inflectionStem('handlingsplanen'), 'handlingsplan');
  assert.equal(inflectionStem('skjenkestader'), 'skjenkestad');
  assert.equal(inflectionStem('arbeidsgruppa'), 'arbeidsgrupp', 'finds «arbeidsgruppe» and «arbeidsgruppen» too');
  assert.equal(inflectionStem('tiltaka'), 'tiltak');
  assert.equal(inflectionStem('overdose'), 'overdose', '«overdos» would find every compound beginning so');
  assert.equal(inflectionStem('pårørende'), 'pårørende');
  assert.equal(inflectionStem('vedta'), 'vedta');
});
