/**
 * A long question's first search stays within its budget (src/search/shared/index-budget.ts): the
 * words whose slices of the index would take it over are left out, the most common first, and the
 * slices reach the search page through the files for the words' beginnings
 * (src/search/build/index-slices.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sliceRoom, slicesByStart, type Slice } from '../../src/search/build/index-slices.ts';
import { extensionLoads, FIRST_SEARCH_BYTES, leftoverWithin, loadedSlices, sliceCost, spannedSlices, withVocabularies, wordsOverBudget, type SliceBudget } from '../../src/search/shared/index-budget.ts';
import { wordStarts } from '../../src/search/shared/group-shards.ts';
import { budgetedWords, leftOutWithForms, without } from '../../src/search/shared/common-words.ts';
import { searchForms } from '../../src/search/shared/query-variants.ts';

const KB = 1024;

/** A budget that lists only slices (the ranges), as for words whose beginnings' files the search page has. */
const slicesOnly = (room: number, typical: number, ranges: SliceBudget['ranges']): SliceBudget => ({ room, typical, vocabulary: 10 * 1024, ranges, words: [], sizes: [] });

/** Slices as at 10 000 pages: «barn» has one of its own, «bekymret» shares one with its neighbours. */
const budget = slicesOnly(96 * KB, 8 * KB, [
  ['barn', 'barn', 50 * KB, 1],
  ['barna', 'barnet', 9 * KB, 2],
  ['behoveta', 'bekymring', 28 * KB, 3],
  ['lovb', 'loven', 16 * KB, 4],
  ['sie', 'sie', 17 * KB, 5],
  ['sif', 'sjekk', 6 * KB, 6],
  ['tau', 'team', 6 * KB, 7],
]);
/** The beginnings whose files the search page has: a question's own words'. */
const known = new Set(['si', 'lo', 'ta', 'be', 'ba']);

/** Every word of a question is sent as it is: the words left out are just not. */
const sendAll = (words: string[]) => (out: ReadonlySet<string>) => words.filter((w) => !out.has(w));

test('a question whose slices fit the room is searched with all its words', () => {
  const words = ['loven', 'taushetsplikt', 'bekymret'];
  assert.equal(sliceCost(words, budget, known), (16 + 6 + 28) * KB);
  assert.deepEqual(wordsOverBudget({ typed: words, alternatives: [], named: new Set() }, sendAll(words), budget, known, new Map(), 2), []);
});

test('over the room, the most common word is left out first, even if another saves as much', () => {
  const words = ['sier', 'loven', 'taushetsplikt', 'bekymret', 'barn'];
  assert.ok(sliceCost(words, budget, known) > budget.room);
  // «barn» is on most pages; leaving it out brings the question within the room.
  assert.deepEqual(wordsOverBudget({ typed: words, alternatives: [], named: new Set() }, sendAll(words), budget, known, new Map([['barn', 0.6]]), 2), ['barn']);
});

test('without shares, the word whose slices cost most goes first, and only as many as needed', () => {
  const words = ['sier', 'loven', 'taushetsplikt', 'bekymret', 'barn', 'skolen', 'helsesykepleier'];
  const tight = { ...budget, room: 60 * KB };
  const out = wordsOverBudget({ typed: words, alternatives: [], named: new Set() }, sendAll(words), tight, known, new Map(), 2);
  assert.deepEqual(out, ['barn', 'bekymret']);
  assert.ok(sliceCost(sendAll(words)(new Set(out)), tight, known) <= tight.room);
});

test('a question keeps at least the words it must, even over the room', () => {
  const tight = { ...budget, room: 10 * KB };
  const words = ['barn', 'bekymret', 'loven'];
  assert.equal(wordsOverBudget({ typed: words, alternatives: [], named: new Set() }, sendAll(words), tight, known, new Map(), 2).length, 1);
});

test('a word whose slice another word sent still needs saves nothing and is not left out', () => {
  // «bekymring» lies in the same slice as «bekymret»: leaving out «bekymret» alone saves nothing.
  const words = ['bekymret', 'loven', 'taushetsplikt'];
  const sent = (out: ReadonlySet<string>) => [...words.filter((w) => !out.has(w)), 'bekymring'];
  // The 28 KB of «bekymret» stay; the two others go, though each saves less.
  assert.deepEqual(wordsOverBudget({ typed: words, alternatives: [], named: new Set() }, sent, { ...budget, room: 30 * KB }, known, new Map(), 1), ['loven', 'taushetsplikt']);
});

test('a word of a beginning the search page has no file for costs a typical slice, its shortened form nothing more', () => {
  assert.equal(sliceCost(['ungdomsskolen', 'ungdomsskol'], budget, known), 8 * KB);
  assert.equal(sliceCost(['ungdomsskolen', 'helsesykepleier'], budget, known), 16 * KB);
});

test('without a budget (an older build) nothing is left out', () => {
  const words = ['sier', 'loven', 'taushetsplikt', 'bekymret', 'barn'];
  assert.deepEqual(wordsOverBudget({ typed: words, alternatives: [], named: new Set() }, sendAll(words), undefined, known, new Map(), 2), []);
});

test('the other names the groups add go before the reader’s own words', () => {
  // «førebyggjande», the nynorsk name a group adds for «forebyggende», is at the end of its slice and loads three.
  const withGroup: SliceBudget = {
    ...budget,
    room: 60 * KB,
    words: [['førebyggjande', 10, 11, 12]],
    // The two large ones; the third, small, counts as typical.
    sizes: [
      [10, 23 * KB],
      [11, 10 * KB],
    ],
  };
  const typed = ['involvere', 'foreldre', 'forebyggende', 'barn'];
  const sent = (out: ReadonlySet<string>) => [...typed, 'førebyggjande'].filter((w) => !out.has(w));
  // Three typical slices for the reader's other words, «barn», and the three slices «førebyggjande» loads.
  assert.equal(sliceCost(sent(new Set()), withGroup, known), (3 * 8 + 50 + 23 + 10 + 8) * KB);
  assert.deepEqual(wordsOverBudget({ typed, alternatives: ['førebyggjande'], named: new Set() }, sent, withGroup, known, new Map(), 2), ['førebyggjande', 'barn']);
});

const slices: Slice[] = [
  { place: 0, from: 'følgjed', to: 'før', bytes: 23 * KB },
  { place: 1, from: 'føra', to: 'føre', bytes: 9 * KB },
  { place: 2, from: 'førebygginga', to: 'førebyggjan', bytes: 5 * KB },
  { place: 3, from: 'førebyggjane', to: 'førsk', bytes: 7 * KB },
  { place: 4, from: 'pa', to: 'pb', bytes: 6 * KB },
];
const ranges = slices.map((s) => [s.from, s.to, s] as const);

test('Pagefind loads the slice whose range holds a word, or every slice near a word at a slice’s end', () => {
  assert.deepEqual(loadedSlices('førebyggings', ranges).map(([from]) => from), ['førebygginga']);
  // The last word of a slice is past its shortened end: every slice whose ends, cut to its length, hold it.
  assert.deepEqual(loadedSlices('førebyggjande', ranges).map(([from]) => from), ['følgjed', 'føra', 'førebygginga']);
  // Accents come off as in Pagefind: «på» is looked up as «pa».
  assert.deepEqual(loadedSlices('pårørende', ranges).map(([from]) => from), ['pa']);
});

test('the file for a word’s beginning lists every slice the word can lie in or load', () => {
  const words = ['førebyggings', 'førebyggjande', 'føre', 'førsteklassing', 'pårørende', 'folk', 'fø'];
  const byStart = slicesByStart(slices, [...words.flatMap((word) => wordStarts(word)), 'ta']);
  for (const word of words) {
    const [start] = wordStarts(word);
    const listed = (byStart.get(start!) ?? []).map((s) => [s.from, s.to, s] as const);
    assert.deepEqual(loadedSlices(word, listed), loadedSlices(word, ranges), word);
  }
  assert.equal(byStart.get('ta'), undefined);
});

test('the room is the budget less what every search loads, the results read and the word files', () => {
  const made = sliceRoom(
    [
      { place: 0, from: 'a', to: 'b', bytes: 6 * KB },
      { place: 1, from: 'barn', to: 'barn', bytes: 50 * KB },
      { place: 2, from: 'c', to: 'd', bytes: 8 * KB },
    ],
    160 * KB,
    3 * KB,
    4 * KB,
  );
  // Less a typo's vocabulary file and the slice of its correction, and the word-group files.
  assert.ok(made.room < FIRST_SEARCH_BYTES - 160 * KB - 10 * 3 * KB - 4 * KB - 7 * KB && made.room > 80 * KB, String(made.room));
  // The typical slice is a small one: the large ones are counted one by one.
  assert.equal(made.typical, 7 * KB);
});

test('the site’s subjects, the words a group names, go last', () => {
  const words = ['sier', 'loven', 'taushetsplikt', 'bekymret'];
  const sent = sendAll(words);
  // «bekymret» saves most (28 KB), but a group names it; «sier» (17 KB, the slice of «sie» near it) goes instead.
  const named = new Set(['bekymret', 'loven', 'taushetsplikt']);
  assert.deepEqual(wordsOverBudget({ typed: words, alternatives: [], named }, sent, { ...budget, room: 60 * KB }, known, new Map(), 2), ['sier']);
  assert.deepEqual(wordsOverBudget({ typed: words, alternatives: [], named: new Set() }, sent, { ...budget, room: 60 * KB }, known, new Map(), 2), ['bekymret']);
});

test('a corrected query counts what the search as typed loaded: its own words go, not the ones already loaded', () => {
  // The query as typed loaded «barn» and «sier» (67 KB); the corrected one alone would fit (94 KB of 96).
  const words = ['barn', 'loven', 'bekymret'];
  const question = { typed: words, alternatives: [], named: new Set<string>() };
  assert.deepEqual(wordsOverBudget(question, sendAll(words), budget, known, new Map(), 2), []);
  // Counted together they take 111 KB. Leaving out «barn» saves nothing: its slice is loaded already.
  const out = wordsOverBudget(question, sendAll(words), budget, known, new Map(), 2, ['barn', 'sier']);
  assert.deepEqual(out, ['bekymret']);
  assert.ok(sliceCost(['barn', 'sier', ...sendAll(words)(new Set(out))], budget, known) <= budget.room);
});

test('a search that loads more than one vocabulary file to correct its words has that much less room', () => {
  // The room keeps one file (10 KB here). Three mistyped words with three first letters load three.
  assert.equal(withVocabularies(budget, 3)!.room, budget.room - 2 * 10 * KB);
  assert.equal(withVocabularies(budget, 1)!.room, budget.room);
  assert.equal(withVocabularies(budget, 0)!.room, budget.room);
  // Four files leave 30 KB less: the question that fitted (67 KB of 96) leaves its most costly word out.
  const words = ['loven', 'taushetsplikt', 'bekymret', 'sier'];
  const question = { typed: words, alternatives: [], named: new Set<string>() };
  assert.deepEqual(wordsOverBudget(question, sendAll(words), budget, known, new Map(), 2), []);
  assert.deepEqual(wordsOverBudget(question, sendAll(words), withVocabularies(budget, 4), known, new Map(), 2), ['bekymret']);
  // A small site has no budget.
  assert.equal(withVocabularies(undefined, 3), undefined);
});

/** Slices as at 10 000 pages, where the words that begin with «beskyttelse» and «plan» run over several. */
const spread = slicesOnly(60 * KB, 8 * KB, [
  ['beskrivera', 'beskyttelse', 7 * KB, 10],
  ['beskyttelsea', 'beskyttelsesfaktor', 5 * KB, 11],
  ['beskyttelsesfaktora', 'beskyttelsesfaktorer', 6 * KB, 12],
  ['beskyttelsesfaktorera', 'beskytter', 6 * KB, 13],
  ['pilotkommunarf', 'plan', 50 * KB, 20],
  ['plana', 'planar', 6 * KB, 21],
  ['planara', 'planarbeid', 7 * KB, 22],
  ['planarbeida', 'planarbeidet', 8 * KB, 23],
  ['planarbeideta', 'planen', 50 * KB, 24],
]);

test('a word’s longer words are found in every slice they run over, not only the first and the last', () => {
  // The search page sends «beskyttelse» and the word past its range: the first and last slice.
  const sent = ['beskyttelse', 'beskyttelseþ'];
  const loads = extensionLoads(['beskyttelse'], sent, spread, new Set(['be']));
  assert.deepEqual(loads, ['beskyttelsea', 'beskyttelsesfaktora']);
  // Each loads the slice it names, so «beskyttelsesfaktorer» is among the words searched.
  assert.deepEqual(loads.flatMap((word) => loadedSlices(word, spread.ranges)).map(([, to]) => to), ['beskyttelsesfaktor', 'beskyttelsesfaktorer']);
});

test('a slice that ends in a shorter word and comes before the next slice’s first is not loaded', () => {
  // «plan» ends a slice of 50 KB, but the next slice begins at «plana», before «planarbeid».
  assert.deepEqual(spannedSlices('planarbeid', spread.ranges).map(([from]) => from), ['planara', 'planarbeida', 'planarbeideta']);
});

test('the slices in between are loaded only as far as the first search has room', () => {
  const known = new Set(['be', 'pl']);
  // «planarbeid» is sent; its next slice fits, the last (50 KB) does not; «beskyttelse» comes after and still fits.
  const loads = extensionLoads(['planarbeid', 'beskyttelse'], ['planarbeid'], spread, known);
  assert.deepEqual(loads, ['planarbeida', 'beskrivera', 'beskyttelsea', 'beskyttelsesfaktora', 'beskyttelsesfaktorera']);
  assert.ok(sliceCost(['planarbeid', ...loads], spread, known) <= spread.room);
  // A small site has no budget and loads nothing more.
  assert.deepEqual(extensionLoads(['beskyttelse'], ['beskyttelse'], undefined, known), []);
});

test('a word with «å» loads the slices in between at what they weigh, not as typical slices', () => {
  // Pagefind looks «år» up as «ar»: the file for «år» lists the slices of «arbeid…», and the
  // search page only has the files for the query's own beginnings («år», «sk»).
  const ar = slicesOnly(60 * KB, 6 * KB, [
    ['apni', 'ar', 8 * KB, 1],
    ['ar2', 'arbeid', 36 * KB, 2],
    ['arbeida', 'arbeidet', 25 * KB, 3],
    ['arbeideta', 'arena', 15 * KB, 4],
    ['skjenkekontroll', 'skjenkekontroller', 9 * KB, 5],
  ]);
  const known = new Set(['år', 'sk']);
  const sent = ['skjenkekontroller', 'år', 'årþ'];
  const loads = extensionLoads(['skjenkekontroller', 'år'], sent, ar, known);
  assert.ok(sliceCost([...sent, ...loads], ar, known) <= ar.room, `within the room: ${loads.join(' ')}`);
  // Counted at what they weigh, the slices of «arbeid…» take more room than there is.
  const everySlice = sliceCost([...sent, 'ar2', 'arbeida', 'arbeideta'], ar, known);
  assert.equal(everySlice, (9 + 8 + 36 + 25 + 15) * KB);
  assert.ok(!loads.includes('arbeida') || !loads.includes('ar2'), `not both large slices: ${loads.join(' ')}`);
});

test('a slice in between whose longer words are on many pages is not loaded: they add work and tell little', () => {
  // «beskyttelsesfaktorer» on 25 % of the pages: its slice would make every search for «beskyttelse» match a quarter more.
  const shares = new Map([['beskyttelsesfaktorer', 0.25], ['beskyttelsesfaktor', 0.02]]);
  assert.deepEqual(extensionLoads(['beskyttelse'], ['beskyttelse', 'beskyttelseþ'], spread, new Set(['be']), shares), ['beskyttelsea']);
  // On few pages, both are loaded.
  assert.deepEqual(extensionLoads(['beskyttelse'], ['beskyttelse', 'beskyttelseþ'], spread, new Set(['be']), new Map([['beskyttelsesfaktorer', 0.05]])), ['beskyttelsea', 'beskyttelsesfaktora']);
});

test('a search that found next to nothing searches what fits the room left, and loads the slices in between that fit', () => {
  const known = new Set(['be', 'pl']);
  // The first search loaded «planarbeid» (7 KB of 60). «planen» lies in a slice of 50 KB and does not fit.
  const sent = ['planarbeid'];
  const { kept, loads } = leftoverWithin([['beskyttelse'], ['planen']], new Set(['beskyttelse']), sent, spread, known);
  assert.deepEqual(kept, [['beskyttelse']]);
  // Every slice «beskyttelse» runs over fits, so «beskyttelsesfaktorer» is found.
  assert.deepEqual(loads, ['beskyttelsea', 'beskyttelsesfaktora', 'beskyttelsesfaktorera']);
  assert.ok(sliceCost([...sent, ...kept.flat(), ...loads], spread, known) <= spread.room);
  // With the room nearly used, the word is still searched in its own slice, but nothing in between is loaded.
  const full = leftoverWithin([['beskyttelse']], new Set(['beskyttelse']), ['plan'], spread, known);
  assert.deepEqual(full, { kept: [['beskyttelse']], loads: [] });
  // Only the rare words' ranges are loaded: a word on most pages runs over many slices that add little.
  assert.deepEqual(leftoverWithin([['beskyttelse']], new Set(), sent, spread, known).loads, []);
});

test('a short name searched by its full title too stays within the room: the title\'s words go, the reader\'s stay', () => {
  // At 10 000 pages «tidlig inn» was also searched by the programme's full title, five words more,
  // and its first search came to 336 KB.
  const query = 'tidlig inn';
  const groups = [['tidlig inn', 'tidlig inn opplæring møter gravide småbarnsforeldre']];
  const forms = searchForms(query, groups);
  const slices = slicesOnly(60 * KB, 4 * KB, [
    ['gravid', 'gravide', 12 * KB, 1],
    ['inn', 'inn', 9 * KB, 2],
    ['møte', 'møter', 14 * KB, 3],
    ['opplær', 'opplæring', 11 * KB, 4],
    ['småbarn', 'småbarnsforeldre', 5 * KB, 5],
    ['tidlig', 'tidlig', 30 * KB, 6],
  ]);
  const starts = new Set(wordStarts(forms.join(' ')));
  const { typed, alternatives } = budgetedWords(query, forms, new Set());
  const sentWithout = (out: ReadonlySet<string>) => {
    const leftOut = leftOutWithForms(out, { typed, common: new Set(), groups });
    return forms.flatMap((form) => without(form, leftOut).split(' '));
  };
  assert.ok(sliceCost(sentWithout(new Set()), slices, starts) > slices.room, 'the full title takes the search over the room');
  const out = new Set(wordsOverBudget({ typed, alternatives, named: new Set() }, sentWithout, slices, starts, new Map(), 2));
  const leftOut = leftOutWithForms(out, { typed, common: new Set(), groups });
  const sent = forms.map((form) => without(form, leftOut));
  assert.ok(sliceCost(sentWithout(out), slices, starts) <= slices.room, `within the room: ${sent.join(' | ')}`);
  assert.equal(sent[0], 'tidlig inn', 'the reader\'s words are searched as typed');
  assert.ok(sent[1]!.startsWith('tidlig inn ') && sent[1]!.split(' ').length > 2, `the full title is still searched, shortened: ${sent[1]}`);
});
