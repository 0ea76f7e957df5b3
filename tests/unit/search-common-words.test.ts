import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMON_PAGES, groupsToRewrite, leftOutWithForms, leftOutWords, without } from '../../src/search/shared/common-words.ts';
import { searchForms } from '../../src/search/shared/query-variants.ts';
import { startFiles, joinShards, wordStarts } from '../../src/search/shared/group-shards.ts';
import { VocabularyBuilder } from '../../src/search/build/vocabulary.ts';

// Shares as the build writes them for a large site: «kommunen» and «arbeid» on most pages.
const shares = new Map([['kommunen', 0.92], ['arbeid', 0.84], ['barn', 0.87], ['alkohol', 0.6]]);
const groups = [['barn', 'born'], ['alkohol', 'sprit'], ['psykisk helse', 'psykiatri'], ['arbeidet', 'arbeidd']];

/** What the search sends to Pagefind for a query: its forms without the words left out. */
const sent = (query: string) => {
  const leftOut = leftOutWords(query, shares, groups);
  return [...new Set(searchForms(query, groupsToRewrite(query, shares, groups)).map((form) => without(form, leftOut)))];
};

test('a long question is searched without the words most pages have, in every form', () => {
  assert.deepEqual(sent('hvem kan søke tilskudd til rusforebyggende arbeid i kommunen'), ['søke tilskudd rusforebyggende']);
});

test('a question keeps at least two words, the least common', () => {
  assert.deepEqual(sent('arbeid i kommunen med rusforebygging'), ['arbeid rusforebygging']);
});

test('a short query keeps every word, however common', () => {
  assert.deepEqual(sent('arbeid i kommunen'), ['arbeid kommunen', 'arbeid kommun']);
});

test('a common word a synonym group names is a subject and stays, alone or in a phrase', () => {
  assert.deepEqual(sent('kurs om alkohol og barn for ansatte i kommunen'), ['kurs alkohol barn ansatte']);
  const helse = new Map([...shares, ['psykisk', 0.8], ['helse', 0.82]]);
  const leftOut = leftOutWords('hvor rapporterer kommunen årsverk i psykisk helse', helse, groups);
  assert.deepEqual([...leftOut].sort(), ['kommun', 'kommunen']);
});

test('a long question sends a common subject only as typed, but still rewrites its other words', () => {
  // «alkohol» and «barn» are on most pages: their other names («sprit», «born») would cost slices
  // of the index and add few pages.
  assert.deepEqual(sent('kurs om sprit og barn for ansatte i kommunen'), ['kurs sprit barn ansatte', 'kurs alkohol barn ansatte']);
  // A short query is rewritten in full, common words too.
  assert.deepEqual(sent('alkohol og barn'), ['alkohol barn', 'sprit born']);
});

test('leaving out another name for the budget keeps the stem the reader\'s own word shares with it', () => {
  // At 10 000 pages the nynorsk «overdosar» the group adds for «overdoser» is left out for the budget;
  // the word the reader typed must still be searched, in its shortened form too.
  const query = 'hvordan kan kommunen forebygge overdoser';
  const overdose = [['overdoser', 'overdosar']];
  const typed = ['forebygge', 'overdoser'];
  const leftOut = leftOutWithForms(['overdosar'], { typed, common: new Set(['kommunen']), groups: overdose });
  const sentForms = searchForms(query, overdose).map((form) => without(form, leftOut));
  assert.ok(!leftOut.has('overdos'), 'the stem «overdos» is the reader\'s word too');
  assert.ok(sentForms.every((form) => !form.includes('overdosar')), 'the other name is left out');
  assert.ok(sentForms.some((form) => form.split(' ').includes('overdos')), `a form with «overdos» is sent: ${sentForms.join(' | ')}`);
  // Leaving out a typed word still takes its forms with it.
  const withTyped = leftOutWithForms(['overdoser'], { typed, common: new Set(), groups: overdose });
  assert.ok(withTyped.has('overdosar') && withTyped.has('overdos'));
});

test('the build lists a word as common only on a large site, and files it beside the groups that begin like it', () => {
  const small = new VocabularyBuilder();
  for (let i = 0; i < 150; i++) small.addPage('Arbeid i kommunen.');
  assert.equal(small.common().size, 0, 'no word is left out on a site of 150 pages');
  const large = new VocabularyBuilder();
  for (let i = 0; i < 2 * COMMON_PAGES; i++) large.addPage(i % 4 === 0 ? 'Arbeid og skjenkekontroll.' : 'Arbeid i kommunen.');
  assert.deepEqual([...large.common()], [['arbeid', 1], ['kommunen', 0.75]]);
  const files = startFiles(groups, large.common());
  const fetched = wordStarts('arbeid i kommunen').map((start) => files.get(start)!);
  assert.deepEqual(fetched.flatMap((file) => file.common), [['arbeid', 1], ['kommunen', 0.75]]);
  assert.deepEqual(joinShards(fetched.map((file) => file.groups)), [['arbeidet', 'arbeidd']]);
});

test('on a large site the build lists the words on many pages with their share, for the search page to leave out what tells least', () => {
  const small = new VocabularyBuilder();
  for (let i = 0; i < 150; i++) small.addPage(i % 10 === 0 ? 'Skjenkekontroll i kommunen.' : 'Arbeid i kommunen.');
  assert.equal(small.frequent().size, 0, 'a site of 150 pages has no budget to keep');
  const large = new VocabularyBuilder();
  // «skjenkekontroll» on 1 page in 10, «årsverk» on 1 in 100 (under FREQUENT_SHARE).
  for (let i = 0; i < 2 * COMMON_PAGES; i++) large.addPage(i % 100 === 0 ? 'Årsverk i kommunen.' : i % 10 === 0 ? 'Skjenkekontroll i kommunen.' : 'Arbeid i kommunen.');
  assert.deepEqual(new Map(large.frequent()).get('skjenkekontroll'), 0.09);
  assert.equal(large.frequent().has('årsverk'), false);
  const files = startFiles(groups, large.common(), large.frequent());
  assert.deepEqual(files.get('sk')?.frequent, [['skjenkekontroll', 0.09]]);
});
